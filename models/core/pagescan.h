#pragma once

#include "services/api/apicall.h"
#include "services/api/apiclient.h"
#include "services/api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <set>
#include <string>

namespace sk::models {

// Pages a whole list in the background, one page at a time, each page decoded and folded on a
// worker thread (the request's decodeOnWorker), so the GUI thread only merges what the fold
// kept (counts, a compact matrix), never the entities. The overviews of the AgentKit and MCP
// tabs and their CLI verbs are subclasses: they say how to ask for a page (requestPage() with
// fetchPage()), what to forget on refresh (resetData()) and how much is loaded (loaded()).
//
// changed() is throttled (at most one per changeInterval(), and one at the end) so a view
// repaints without stalls; progress() carries rows loaded and the total the server reports
// (-1 while unknown). One scan runs at a time: refresh() drops the running one and starts over;
// cancel() stops it, keeping what was gathered, and sends no further request. A page token the
// server already returned fails the scan instead of looping.
class PageScan : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Finished, Failed, Cancelled };
    Q_ENUM(State)

    explicit PageScan(api::ApiClient *client, QObject *parent = nullptr);
    ~PageScan() override;

    void setChangeInterval(int milliseconds) { m_changeTimer.setInterval(milliseconds); }
    int changeInterval() const { return m_changeTimer.interval(); }

    void refresh();
    void cancel();

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    // Finished: every page was read.
    bool isComplete() const { return m_state == State::Finished; }
    virtual qint64 loaded() const = 0;
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

protected:
    // Where a page ends: what the merge tells the scan about the page it merged.
    struct PageEnd
    {
        std::string nextPageToken;
        qint64 totalSize = 0;
    };

    // refresh(): forget everything gathered.
    virtual void resetData() = 0;
    // Ask for the page at this token ("" first) with fetchPage().
    virtual void requestPage(const std::string &token) = 0;
    // The last page is merged (before finished()).
    virtual void completeData() { }

    api::ApiClient *client() const { return m_client; }

    // Fetches one page: fold(json body) runs on a worker thread and returns a Folded;
    // merge(Folded) runs on the GUI thread, adds it to what was gathered and returns its PageEnd.
    template<typename Folded, typename Fold, typename Merge>
    void fetchPage(api::ApiRequest request, Fold fold, Merge merge)
    {
        request.decodeOnWorker(true);
        const quint64 generation = m_generation;
        ++m_pagesRequested;
        m_call = m_client->fetch<Folded>(
            std::move(request), this, std::move(fold),
            [this, generation, merge = std::move(merge)](api::Result<Folded> result) mutable {
                if (generation != m_generation)
                    return;
                m_call = nullptr;
                if (!result) {
                    fail(result.error());
                    return;
                }
                pageDone(merge(std::move(result).value()));
            });
    }

private:
    void pageDone(const PageEnd &end);
    void fail(const api::ApiError &error);
    void stop(State state);
    void flushChanged();

    api::ApiClient *m_client;
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
