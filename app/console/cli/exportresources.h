#pragma once

#include "app/console/cli/exportwriter.h"
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

// Wraps a typed page fetcher into a started stream that hands each row on as JSON.
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

} // namespace sk::app::cli
