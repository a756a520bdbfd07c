#include "sandbox/httpexchange.h"

#include "sandbox/httpparser.h"
#include "sandbox/router.h"

namespace sk::sandbox {

namespace {

// Go's url.ParseQuery semantics: '+' is a space, then percent-decoding; repeated keys are kept.
std::multimap<std::string, std::string> parseQuery(const QByteArray &raw)
{
    std::multimap<std::string, std::string> out;
    for (const QByteArray &pair : raw.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.emplace(QByteArray::fromPercentEncoding(key).toStdString(),
                    QByteArray::fromPercentEncoding(value).toStdString());
    }
    return out;
}

} // namespace

HttpRequest HttpRequest::fromWire(WireRequest wire)
{
    HttpRequest request;
    request.method = std::move(wire.method);
    const qsizetype q = wire.target.indexOf('?');
    // Still percent-encoded: the router decodes each parameter.
    request.path = (q < 0 ? wire.target : wire.target.left(q)).toStdString();
    if (q >= 0)
        request.query = parseQuery(wire.target.mid(q + 1));
    request.headers = std::move(wire.headers);
    request.body = std::move(wire.body);
    return request;
}

std::optional<std::string> HttpRequest::invalidQueryField() const
{
    for (const auto &[key, value] : query) {
        if (!isValidUtf8(key))
            return std::string("query");
        if (!isValidUtf8(value))
            return key;
    }
    return std::nullopt;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasQuery(const std::string &key) const
{
    return query.find(key) != query.end();
}

std::string HttpRequest::queryValue(const std::string &key, const std::string &fallback) const
{
    const auto it = query.find(key);
    return it == query.end() ? fallback : it->second;
}

std::vector<std::string> HttpRequest::queryValues(const std::string &key) const
{
    std::vector<std::string> out;
    const auto [begin, end] = query.equal_range(key);
    for (auto it = begin; it != end; ++it) {
        // grpc-gateway takes repeated keys; accept comma-separated lists as well.
        std::string::size_type start = 0;
        const std::string &v = it->second;
        while (start <= v.size()) {
            const auto comma = v.find(',', start);
            const std::string part = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (!part.empty())
                out.push_back(part);
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    }
    return out;
}

const std::string &HttpRequest::param(const std::string &name) const
{
    static const std::string kEmpty;
    const auto it = params.find(name);
    return it == params.end() ? kEmpty : it->second;
}

HttpResponse HttpResponse::json(const nlohmann::json &value, int status)
{
    HttpResponse r;
    r.status = status;
    // Never throws: a byte sequence that is not UTF-8 becomes U+FFFD instead of a 500.
    r.body = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    r.body = "{}";
    return r;
}

std::string htmlEscape(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409: return "Conflict";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 417:
        return "Expectation Failed";
    case 429: return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 499: return "Client Closed Request";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default: return "Status";
    }
}

} // namespace sk::sandbox
