#pragma once

#include "models/agentkit/accountssummary.h"
#include "models/core/pagescan.h"
#include "services/resources/connectedaccountsservice.h"

namespace sk::models {

// The AgentKit overview's numbers: pages every connected account (under an optional filter),
// 99 per page, and folds each page into an AccountsSummary on a worker thread, so the GUI
// thread only merges a few dozen counters per page. Only the counts are kept, never the
// accounts. summary() can be read at any time, also while it fills; the scan itself (progress,
// throttled changed(), refresh, cancel) is PageScan's.
class AccountsOverview : public PageScan
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 99;

    explicit AccountsOverview(api::ApiClient *client, QObject *parent = nullptr);

    // Takes effect at the next refresh().
    void setFilter(const services::ConnectedAccountFilter &filter) { m_filter = filter; }
    const services::ConnectedAccountFilter &filter() const { return m_filter; }

    const AccountsSummary &summary() const { return m_summary; }
    qint64 loaded() const override { return m_summary.total(); }

protected:
    void resetData() override;
    void requestPage(const std::string &token) override;

private:
    services::ConnectedAccountFilter m_filter;
    AccountsSummary m_summary;
};

} // namespace sk::models
