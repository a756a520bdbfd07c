#include "models/agentkit/accountsoverview.h"

#include "services/json/jsonfields.h"

namespace sk::models {

using entities::ConnectedAccount;

namespace {
// One page, already folded on the worker thread.
struct Folded
{
    AccountsSummary counts;
    std::string nextPageToken;
    qint64 totalSize = 0;
};
} // namespace

AccountsOverview::AccountsOverview(api::ApiClient *client, QObject *parent)
    : PageScan(client, parent)
{ }

void AccountsOverview::resetData()
{
    m_summary = AccountsSummary(entities::Timestamp::now());
}

void AccountsOverview::requestPage(const std::string &token)
{
    const entities::Timestamp asOf = m_summary.asOf();
    // Runs on a worker thread: decode the page, count it, keep only the counts.
    auto fold = [asOf](const json::Json &body) {
        entities::Page<ConnectedAccount> page
            = json::decodePage<ConnectedAccount>(body, entities::pagekeys::kConnectedAccounts);
        Folded folded { AccountsSummary(asOf), std::move(page.nextPageToken), page.totalSize };
        for (const ConnectedAccount &account : page.items)
            folded.counts.add(account);
        return folded;
    };
    fetchPage<Folded>(services::ConnectedAccountsService::listRequest(m_filter, { kPageSize, token }), fold,
                      [this](Folded folded) {
                          m_summary.merge(folded.counts);
                          return PageEnd { std::move(folded.nextPageToken), folded.totalSize };
                      });
}

} // namespace sk::models
