#pragma once

#include "models/agentkit/accountssummary.h"
#include "services/api/apierror.h"
#include "services/resources/connectedaccountsservice.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <set>

namespace sk::api {
class ApiCall;
class ApiClient;
} // namespace sk::api

namespace sk::models {

// The AgentKit overview's numbers: pages every connected account (under an optional filter),
// 99 per page, one page at a time, and folds each page into an AccountsSummary on a worker
// thread (the request decodes off the GUI thread whatever its size), so the GUI thread only
// merges a few dozen counters per page. Only the counts are kept, never the accounts.
//
// summary() can be read at any time, also while it fills. changed() is throttled (at most one
// per changeInterval(), and one at the end) so a view repaints without stalls; progress()
// carries rows loaded and the total the server reports (-1 while unknown). One scan runs at a
// time: refresh() drops the running one and starts over; cancel() stops it, keeping the counts
// gathered so far, and sends no further request.
class AccountsOverview : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 99;

    enum class State { Idle, Loading, Finished, Failed, Cancelled };
    Q_ENUM(State)

    explicit AccountsOverview(api::ApiClient *client, QObject *parent = nullptr);
    ~AccountsOverview() override;

    // Takes effect at the next refresh().
    void setFilter(const services::ConnectedAccountFilter &filter) { m_filter = filter; }
    const services::ConnectedAccountFilter &filter() const { return m_filter; }
    void setChangeInterval(int milliseconds) { m_changeTimer.setInterval(milliseconds); }
    int changeInterval() const { return m_changeTimer.interval(); }

    void refresh();
    void cancel();

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    // Finished: every page was counted; the summary is complete.
    bool isComplete() const { return m_state == State::Finished; }
    const AccountsSummary &summary() const { return m_summary; }
    qint64 loaded() const { return m_summary.total(); }
    qint64 total() const { return m_total; } // -1 while unknown
    int pagesRequested() const { return m_pagesRequested; }
    const std::optional<api::ApiError> &error() const { return m_error; }

signals:
    void started();
    void progress(qint64 loaded, qint64 total);
    void changed();
    void finished();
    void failed(const sk::api::ApiError &error);
    void cancelled();

private:
    struct Folded;
    void requestPage(const std::string &token);
    void onPage(Folded folded);
    void stop(State state);
    void flushChanged();

    api::ApiClient *m_client;
    services::ConnectedAccountFilter m_filter;
    AccountsSummary m_summary;
    QPointer<api::ApiCall> m_call;
    QTimer m_changeTimer;
    std::set<std::string> m_seenTokens;
    std::optional<api::ApiError> m_error;
    State m_state = State::Idle;
    qint64 m_total = -1;
    int m_pagesRequested = 0;
    quint64 m_generation = 0;
};

} // namespace sk::models
