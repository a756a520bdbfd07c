#pragma once

#include "app/console/cli/exportwriter.h"
#include "models/connections/authlogsmodel.h"
#include "services/api/apiclient.h"
#include "services/api/pagestream.h"
#include "services/api/tapepagestream.h"
#include "services/entities/tapecodecs.h"
#include "services/json/fieldcells.h"

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
    // The bulk path, when the resource has one (tapeResource): pages decoded from a json::Tape
    // straight into entities, rows written into `writer` as they are decoded (CSV cells read
    // from the entity), the next page asked for while this one is decoded. Same rows as start.
    std::function<api::PageStreamBase *(api::ApiClient *client, const ExportScope &scope, ExportWriter &writer,
                                        QObject *parent)>
        startDirect;
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

// A paged resource with the bulk path as well (T has from_tape and readFields, tapecodecs.h):
// `request` builds the page request the service's list() sends for (scope, page token).
template <typename T>
ExportResource tapeResource(ExportResource resource, ExportPageFetch<T> fetch, std::string_view itemsKey,
                            std::function<api::ApiRequest(const ExportScope &scope, const std::string &pageToken)> request)
{
    resource = pagedResource<T>(std::move(resource), std::move(fetch));
    resource.startDirect = [itemsKey, request = std::move(request)](api::ApiClient *client, const ExportScope &scope,
                                                                    ExportWriter &writer, QObject *parent) {
        std::vector<std::string> keys;
        bool topLevel = writer.format() == ExportWriter::Format::Csv;
        for (const ExportWriter::Column &column : writer.columns()) {
            keys.push_back(column.path);
            topLevel = topLevel && column.path.find('.') == std::string::npos;
        }
        typename api::TapePageStream<T>::Row row;
        if (topLevel) {
            row = [cells = std::make_shared<json::FieldCells>(std::move(keys)), &writer](const T &entity) {
                cells->clear();
                readFields(entity, *cells);
                writer.writeCells(cells->cells());
            };
        } else {
            row = [&writer](const T &entity) { writer.write(nlohmann::json(entity)); };
        }
        auto *stream = new api::TapePageStream<T>(
            client, [request, scope](const std::string &token) { return request(scope, token); }, itemsKey,
            std::move(row), parent);
        stream->start();
        return static_cast<api::PageStreamBase *>(stream);
    };
    return resource;
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
