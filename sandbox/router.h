#pragma once

#include "sandbox/httpexchange.h"

#include <QByteArray>

#include <functional>
#include <string>
#include <vector>

namespace sk::sandbox {

// Whether text is well-formed UTF-8 (no overlong forms, surrogates or stray bytes).
bool isValidUtf8(const std::string &text);

// A small segment router for grpc-gateway style paths. Patterns are literal text with {name}
// placeholders that match one path segment up to the next '/' or ':' (so both
// "/organizations/{id}" and "/organizations/{id}:enable" work, and "/organizations:search" is a
// literal). When several patterns match, the one with the most literal characters wins, so
// "/organizations/-/connections" beats "/organizations/{organization_id}/connections".
class Router
{
public:
    using Handler = std::function<HttpResponse(HttpRequest &)>;

    // InvalidParameter: the route matched, but a parameter is not valid UTF-8 once decoded
    // (no id ever is; answer 400, never pass it to a handler).
    enum class Match { Found, MethodNotAllowed, NotFound, InvalidParameter };

    void add(const QByteArray &method, const std::string &pattern, Handler handler);

    // On Found, fills request.params and request.route and returns the handler in *handler.
    // On InvalidParameter, request.params holds the offending parameter's name only.
    Match route(HttpRequest &request, const Handler **handler) const;

    std::size_t size() const { return m_routes.size(); }

    // Every registered route as (method, pattern), in registration order (for /_sandbox/routes).
    std::vector<std::pair<QByteArray, std::string>> routes() const;

private:
    struct Segment
    {
        bool isParam = false;
        std::string text; // literal text, or the parameter name
    };
    struct Route
    {
        QByteArray method;
        std::string pattern;
        std::vector<Segment> segments;
        std::size_t literalLength = 0;
        Handler handler;
    };

    static bool matchRoute(const Route &route, const std::string &path,
                           std::map<std::string, std::string> &params);

    std::vector<Route> m_routes;
};

} // namespace sk::sandbox
