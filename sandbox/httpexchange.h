#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sk::sandbox {

struct WireRequest;

// One parsed request, copied out of QHttpServerRequest so that it outlives the socket's buffer.
struct HttpRequest
{
    QByteArray method;                 // "GET", "POST", ...
    std::string path;                  // decoded path, e.g. /api/v1/organizations:search
    std::multimap<std::string, std::string> query; // decoded query items, repeated keys kept
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::map<std::string, std::string> params; // path parameters filled by the router
    std::string route;                         // the matched route pattern, filled by the router
    std::string requestId;

    // The request as parsed off the wire: path still percent-encoded, query decoded (Go's
    // url.ParseQuery: '+' is a space, repeated keys kept).
    static HttpRequest fromWire(WireRequest wire);
    // The query key (or "query") whose decoded text is not UTF-8, if any: answered 400.
    std::optional<std::string> invalidQueryField() const;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    bool hasQuery(const std::string &key) const;
    std::string queryValue(const std::string &key, const std::string &fallback = {}) const;
    std::vector<std::string> queryValues(const std::string &key) const; // repeated keys and comma lists
    const std::string &param(const std::string &name) const;
};

// One answer. The server adds Content-Length, X-Request-Id and applies body faults.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    std::string body;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }

    static HttpResponse json(const nlohmann::json &value, int status = 200);
    static HttpResponse empty(int status = 200); // {}
};

// Text for an HTML page: & < > " ' as character references.
std::string htmlEscape(const std::string &text);

// Reason phrase for the status line.
QByteArray reasonPhrase(int status);

} // namespace sk::sandbox
