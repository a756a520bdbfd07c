#pragma once

// Small pieces every resource service shares: the page request, the typed callback, and
// decoders for the API's response wrappers ({organization: {...}}, {organizations: [...], ...}).

#include "services/api/apiclient.h"
#include "services/entities/page.h"
#include "services/json/jsonfields.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sk::services {

template <typename T>
using Callback = std::function<void(api::Result<T>)>;

// Cursor paging parameters (reference §3.6). pageSize 0 lets the server choose.
struct PageQuery
{
    int pageSize = 0;
    std::string pageToken;

    void apply(api::ApiRequest &request) const
    {
        if (pageSize > 0)
            request.query(QStringLiteral("page_size"), qint64(pageSize));
        request.query(QStringLiteral("page_token"), pageToken);
    }
};

// Decodes the member `key` of a wrapper object: {"organization": {...}} -> Organization.
template <typename T>
auto member(std::string_view key)
{
    return [key](const json::Json &body) {
        T value{};
        json::Reader(body).read(key, value);
        return value;
    };
}

template <typename T>
auto page(std::string_view itemsKey)
{
    return [itemsKey](const json::Json &body) { return json::decodePage<T>(body, itemsKey); };
}

template <typename T>
auto whole()
{
    return [](const json::Json &body) { return body.get<T>(); };
}

// Page-number pages ({domains[], page_size, page_number}).
template <typename T>
auto numberedPage(std::string_view itemsKey)
{
    return [itemsKey](const json::Json &body) { return json::decodeNumberedPage<T>(body, itemsKey); };
}

inline auto nothing()
{
    return [](const json::Json &) { return api::Empty{}; };
}

// A request body: the entity encoded with its secrets included (json::IncludeSecrets), since
// the API must receive the real client secret or token the user typed. Every body a service
// sends goes through here; everywhere else (Copy as JSON, exports, logs) secrets stay masked.
template <typename T>
json::Json requestBody(const T &entity)
{
    const json::IncludeSecrets include;
    return json::Json(entity);
}

// A timestamp query parameter (RFC 3339); unset timestamps are left out.
inline void queryTime(api::ApiRequest &request, const QString &key, entities::Timestamp time)
{
    if (time.isSet())
        request.query(key, time.toRfc3339());
}

// Repeated query values from std::strings (connection_names=a&connection_names=b).
inline QStringList toQStringList(const std::vector<std::string> &values)
{
    QStringList list;
    list.reserve(qsizetype(values.size()));
    for (const std::string &value : values)
        list << QString::fromStdString(value);
    return list;
}

// "/api/v1" + path pieces, each id percent-encoded.
inline QString apiPath(const QString &path) { return QStringLiteral("/api/v1") + path; }
inline QString seg(const std::string &id) { return api::ApiRequest::segment(id); }

} // namespace sk::services
