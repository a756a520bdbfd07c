#include "sandbox/httpexchange.h"

namespace sk::sandbox {

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
    r.body = value.dump();
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    r.body = "{}";
    return r;
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
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 499: return "Client Closed Request";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace sk::sandbox
