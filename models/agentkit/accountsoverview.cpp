#include "models/agentkit/accountsoverview.h"

#include "services/api/apicall.h"
#include "services/api/apiclient.h"
#include "services/json/jsonfields.h"

#include <QCoreApplication>

namespace sk::models {

using entities::ConnectedAccount;

// One page, already folded on the worker thread.
struct AccountsOverview::Folded
{
    AccountsSummary counts;
    qint64 rows = 0;
    std::string nextPageToken;
    qint64 totalSize = 0;
};

AccountsOverview::AccountsOverview(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(100);
    connect(&m_changeTimer, &QTimer::timeout, this, &AccountsOverview::changed);
}

AccountsOverview::~AccountsOverview()
{
    delete m_call.data(); // aborts silently
}

void AccountsOverview::refresh()
{
    ++m_generation;
    delete m_call.data();
    m_summary = AccountsSummary(entities::Timestamp::now());
    m_seenTokens.clear();
    m_error.reset();
    m_total = -1;
    m_pagesRequested = 0;
    m_state = State::Loading;
    emit started();
    emit progress(0, -1);
    flushChanged();
    requestPage({});
}

void AccountsOverview::cancel()
{
    if (m_state != State::Loading)
        return;
    ++m_generation;
    delete m_call.data(); // no callback runs, no further page is asked for
    stop(State::Cancelled);
    emit cancelled();
}

void AccountsOverview::requestPage(const std::string &token)
{
    api::ApiRequest request = services::ConnectedAccountsService::listRequest(m_filter, {kPageSize, token});
    request.decodeOnWorker(true);
    const entities::Timestamp asOf = m_summary.asOf();
    // Runs on a worker thread: decode the page, count it, keep only the counts.
    auto fold = [asOf](const json::Json &body) {
        entities::Page<ConnectedAccount> page = json::decodePage<ConnectedAccount>(body, entities::pagekeys::kConnectedAccounts);
        Folded folded{AccountsSummary(asOf), qint64(page.items.size()), std::move(page.nextPageToken), page.totalSize};
        for (const ConnectedAccount &account : page.items)
            folded.counts.add(account);
        return folded;
    };
    const quint64 generation = m_generation;
    ++m_pagesRequested;
    m_call = m_client->fetch<Folded>(std::move(request), this, fold, [this, generation](api::Result<Folded> result) {
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

void AccountsOverview::onPage(Folded folded)
{
    m_summary.merge(folded.counts);
    const qint64 loaded = m_summary.total();
    const bool last = folded.nextPageToken.empty();
    if (last)
        m_total = loaded;
    else if (folded.totalSize > 0)
        m_total = std::max<qint64>(folded.totalSize, loaded);
    const quint64 generation = m_generation;
    emit progress(loaded, m_total);
    if (generation != m_generation || m_state != State::Loading)
        return; // a slot cancelled or restarted the scan
    if (last) {
        stop(State::Finished);
        emit finished();
        return;
    }
    if (!m_seenTokens.insert(folded.nextPageToken).second) {
        m_error = api::ApiError::make(api::ApiError::Kind::BadResponse,
                                      QCoreApplication::translate("sk::models::AccountsOverview",
                                                                  "The server returned a page token it had already returned."));
        stop(State::Failed);
        emit failed(*m_error);
        return;
    }
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
    requestPage(folded.nextPageToken);
}

void AccountsOverview::stop(State state)
{
    m_state = state;
    flushChanged();
}

void AccountsOverview::flushChanged()
{
    m_changeTimer.stop();
    emit changed();
}

} // namespace sk::models
