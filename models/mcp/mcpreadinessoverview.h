#pragma once

#include "models/mcp/mcpreadinessmatrix.h"
#include "services/api/apierror.h"

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

// The readiness matrix of every MCP instance, counted in the background: pages the instances
// (30 a page, the API's limit), decodes and folds each page into a McpReadinessMatrix on a
// worker thread, and merges it on the GUI thread. changed() is throttled (at most one per
// changeInterval(), and one at the end); progress() carries instances loaded and the total
// the server reports (-1 while unknown). refresh() starts over; cancel() stops, keeping what
// was counted. Like AccountsOverview, for MCP instances.
class McpReadinessOverview : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 30;
    enum class State { Idle, Loading, Finished, Failed, Cancelled };
    Q_ENUM(State)

    explicit McpReadinessOverview(api::ApiClient *client, QObject *parent = nullptr);
    ~McpReadinessOverview() override;

    void refresh();
    void cancel();
    void setChangeInterval(int milliseconds) { m_changeTimer.setInterval(milliseconds); }

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    bool isComplete() const { return m_state == State::Finished; }
    const McpReadinessMatrix &matrix() const { return m_matrix; }
    qint64 loaded() const { return m_matrix.instanceCount(); }
    qint64 total() const { return m_total; }
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

    api::ApiClient *m_client;
    McpReadinessMatrix m_matrix;
    QPointer<api::ApiCall> m_call;
    QTimer m_changeTimer;
    std::set<std::string> m_seenTokens;
    std::optional<api::ApiError> m_error;
    State m_state = State::Idle;
    qint64 m_total = -1;
    quint64 m_generation = 0;
};

} // namespace sk::models
