#include "sandbox/router.h"

#include <QUtf8StringView>

namespace sk::sandbox {

bool isValidUtf8(const std::string &text)
{
    return QUtf8StringView(text.data(), qsizetype(text.size())).isValidUtf8();
}

void Router::add(const QByteArray &method, const std::string &pattern, Handler handler)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.handler = std::move(handler);
    std::string::size_type pos = 0;
    while (pos < pattern.size()) {
        const auto open = pattern.find('{', pos);
        if (open == std::string::npos) {
            route.segments.push_back({false, pattern.substr(pos)});
            break;
        }
        if (open > pos)
            route.segments.push_back({false, pattern.substr(pos, open - pos)});
        const auto close = pattern.find('}', open);
        route.segments.push_back({true, pattern.substr(open + 1, close - open - 1)});
        pos = close + 1;
    }
    for (const Segment &s : route.segments) {
        if (!s.isParam)
            route.literalLength += s.text.size();
    }
    m_routes.push_back(std::move(route));
}

bool Router::matchRoute(const Route &route, const std::string &path, std::map<std::string, std::string> &params)
{
    std::string::size_type pos = 0;
    for (std::size_t i = 0; i < route.segments.size(); ++i) {
        const Segment &segment = route.segments[i];
        if (!segment.isParam) {
            if (path.compare(pos, segment.text.size(), segment.text) != 0)
                return false;
            pos += segment.text.size();
            continue;
        }
        std::string::size_type end = pos;
        while (end < path.size() && path[end] != '/' && path[end] != ':')
            ++end;
        if (end == pos)
            return false;
        params[segment.text] = path.substr(pos, end - pos);
        pos = end;
    }
    return pos == path.size();
}

Router::Match Router::route(HttpRequest &request, const Handler **handler) const
{
    const Route *best = nullptr;
    std::map<std::string, std::string> bestParams;
    std::map<std::string, std::string> params;
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        // Cheap rejection on the first literal segment (always "/api/v1/..." or similar prefix).
        if (!route.segments.empty() && !route.segments.front().isParam
            && request.path.compare(0, route.segments.front().text.size(), route.segments.front().text) != 0)
            continue;
        params.clear();
        if (!matchRoute(route, request.path, params))
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;
        if (!best || route.literalLength > best->literalLength) {
            best = &route;
            bestParams = params;
        }
    }
    if (!best)
        return pathMatched ? Match::MethodNotAllowed : Match::NotFound;
    // The path was matched still percent-encoded, so an encoded ':' or '/' inside an id stays
    // part of the id; each parameter is decoded only now.
    for (auto &[name, value] : bestParams) {
        value = QByteArray::fromPercentEncoding(QByteArray::fromStdString(value)).toStdString();
        if (!isValidUtf8(value)) {
            request.params = { { name, std::string() } };
            return Match::InvalidParameter;
        }
    }
    request.params = std::move(bestParams);
    request.route = best->pattern;
    *handler = &best->handler;
    return Match::Found;
}

std::vector<std::pair<QByteArray, std::string>> Router::routes() const
{
    std::vector<std::pair<QByteArray, std::string>> out;
    out.reserve(m_routes.size());
    for (const Route &route : m_routes)
        out.emplace_back(route.method, route.pattern);
    return out;
}

} // namespace sk::sandbox
