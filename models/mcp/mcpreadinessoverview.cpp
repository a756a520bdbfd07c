#include "models/mcp/mcpreadinessoverview.h"

#include "services/api/apicall.h"
#include "services/api/apiclient.h"
#include "services/json/jsonfields.h"
#include "services/resources/mcpservice.h"

#include <QCoreApplication>

namespace sk::models {

struct McpReadinessOverview::Folded
{
    McpReadinessMatrix matrix;
    std::string nextPageToken;
    qint64 totalSize = 0;
};

McpReadinessOverview::McpReadinessOverview(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(100);
    connect(&m_changeTimer, &QTimer::timeout, this, &McpReadinessOverview::changed);
}

McpReadinessOverview::~McpReadinessOverview()
{
    delete m_call.data();
}

void McpReadinessOverview::refresh()
{
    ++m_generation;
    delete m_call.data();
    m_matrix.clear();
    m_seenTokens.clear();
    m_error.reset();
    m_total = -1;
    m_state = State::Loading;
    emit started();
    emit progress(0, -1);
    m_changeTimer.stop();
    emit changed();
    requestPage({});
}

void McpReadinessOverview::cancel()
{
    if (m_state != State::Loading)
        return;
    ++m_generation;
    delete m_call.data();
    stop(State::Cancelled);
    emit cancelled();
}

void McpReadinessOverview::requestPage(const std::string &token)
{
    api::ApiRequest request = services::McpService::listInstancesRequest({}, { kPageSize, token });
    request.decodeOnWorker(true);
    auto fold = [](const json::Json &body) {
        entities::Page<entities::McpInstance> page
            = json::decodePage<entities::McpInstance>(body, entities::pagekeys::kInstances);
        Folded folded { {}, std::move(page.nextPageToken), page.totalSize };
        for (const entities::McpInstance &instance : page.items)
            folded.matrix.add(instance);
        return folded;
    };
    const quint64 generation = m_generation;
    m_call = m_client->fetch<Folded>(std::move(request), this, fold,
                                     [this, generation](api::Result<Folded> result) {
                                         if (generation != m_generation)
                                             return;
                                         m_call = nullptr;
                                         if (!result) {
                                             m_error = result.error();
                                             stop(State::Failed);
                                             emit failed(*m_error);
                                             return;
                                         }
                                         onPage(std::move(result).value());
                                     });
}

void McpReadinessOverview::onPage(Folded folded)
{
    m_matrix.merge(folded.matrix);
    const qint64 loaded = m_matrix.instanceCount();
    const bool last = folded.nextPageToken.empty();
    if (last)
        m_total = loaded;
    else if (folded.totalSize > 0)
        m_total = std::max<qint64>(folded.totalSize, loaded);
    const quint64 generation = m_generation;
    emit progress(loaded, m_total);
    if (generation != m_generation || m_state != State::Loading)
        return;
    if (last) {
        m_matrix.sort();
        stop(State::Finished);
        emit finished();
        return;
    }
    if (!m_seenTokens.insert(folded.nextPageToken).second) {
        m_error = api::ApiError::make(
            api::ApiError::Kind::BadResponse,
            QCoreApplication::translate("sk::models::McpReadinessOverview",
                                        "The server returned a page token it had already returned."));
        stop(State::Failed);
        emit failed(*m_error);
        return;
    }
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
    requestPage(folded.nextPageToken);
}

void McpReadinessOverview::stop(State state)
{
    m_state = state;
    m_changeTimer.stop();
    emit changed();
}

} // namespace sk::models
