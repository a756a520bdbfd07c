#pragma once

#include "app/console/cli/exportwriter.h"
#include "models/connections/authlogsmodel.h"
#include "services/api/apiclient.h"
#include "services/api/pagestream.h"

#include <QList>
#include <QString>

#include <functional>

namespace sk::app::cli {

using JsonSink = std::function<void(const nlohmann::json &row)>;

struct ExportScope
{
    std::string organizationId; // --org
    std::string directoryId;    // --directory
    // auth-logs only: the sign-in logs view's filters (--status, --email, --since, --until,
    // --connection); --org narrows them too.
    models::AuthLogsFilter authLogs;
};

// One exportable resource: its name on the command line, what it needs, its CSV columns and
// how to stream it. Rows are the API's own JSON (entities re-encoded with their wire names).
struct ExportResource
{
    QString name;
    QString description;
    bool needsOrganization = false;
    bool needsDirectory = false;
    QList<ExportWriter::Column> columns;
    std::function<api::PageStreamBase *(api::ApiClient *client, const ExportScope &scope, JsonSink sink,
                                        QObject *parent)>
        start;
};

const QList<ExportResource> &exportResources();
const ExportResource *findExportResource(const QString &name);

// Wraps a typed page fetcher into a started stream that hands each row on as JSON (Secret
// fields masked: an export is a listing, never a credential dump).
template <typename T>
api::PageStreamBase *streamRows(typename api::PageStream<T>::FetchPage fetch, JsonSink sink, QObject *parent)
{
    auto *stream = new api::PageStream<T>(
        std::move(fetch),
        [sink = std::move(sink)](std::vector<T> &&rows) {
            for (const T &row : rows)
                sink(nlohmann::json(row));
        },
        parent);
    stream->start();
    return stream;
}

// One page of a resource: the service call for (scope, page token).
template <typename T>
using ExportPageFetch = std::function<api::ApiCall *(api::ApiClient *client, const ExportScope &scope,
                                                     const std::string &pageToken, QObject *owner,
                                                     typename api::PageStream<T>::PageDone done)>;
// A list the API returns whole (roles, connections, directories).
template <typename T>
using ExportListFetch = std::function<api::ApiCall *(api::ApiClient *client, const ExportScope &scope, QObject *owner,
                                                     std::function<void(api::Result<std::vector<T>>)> done)>;

// The one recipe for an exportable table: `resource` names it and its columns; its rows stream
// page by page through `fetch`.
template <typename T>
ExportResource pagedResource(ExportResource resource, ExportPageFetch<T> fetch)
{
    resource.start = [fetch = std::move(fetch)](api::ApiClient *client, const ExportScope &scope, JsonSink sink,
                                                QObject *parent) {
        return streamRows<T>(
            [fetch, client, scope](const std::string &token, QObject *owner, typename api::PageStream<T>::PageDone done) {
                return fetch(client, scope, token, owner, std::move(done));
            },
            std::move(sink), parent);
    };
    return resource;
}

// The same for an unpaginated list: one page, no token.
template <typename T>
ExportResource wholeResource(ExportResource resource, ExportListFetch<T> fetch)
{
    return pagedResource<T>(
        std::move(resource),
        [fetch = std::move(fetch)](api::ApiClient *client, const ExportScope &scope, const std::string &,
                                   QObject *owner, typename api::PageStream<T>::PageDone done) -> api::ApiCall * {
            return fetch(client, scope, owner, [done = std::move(done)](api::Result<std::vector<T>> result) {
                if (!result) {
                    done(api::Result<entities::Page<T>>(result.error()));
                    return;
                }
                entities::Page<T> page;
                page.items = std::move(result).value();
                page.totalSize = std::int32_t(page.items.size());
                done(api::Result<entities::Page<T>>(std::move(page)));
            });
        });
}

// The name, help text and CSV columns of a resource; what it needs from the command line.
inline ExportResource exportTable(const char *name, const char *description, QList<ExportWriter::Column> columns,
                                  bool needsOrganization = false, bool needsDirectory = false)
{
    ExportResource r;
    r.name = QString::fromUtf8(name);
    r.description = QString::fromUtf8(description);
    r.columns = std::move(columns);
    r.needsOrganization = needsOrganization;
    r.needsDirectory = needsDirectory;
    return r;
}

inline ExportWriter::Column exportColumn(const char *header, const char *path)
{
    return {QString::fromLatin1(header), path};
}

} // namespace sk::app::cli
