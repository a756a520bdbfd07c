#pragma once

#include "services/api/apicall.h"
#include "services/api/apierror.h"
#include "services/api/result.h"
#include "services/entities/page.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <string>
#include <vector>

namespace sk::models {

// The base of every list in the console: rows arrive a cursor page at a time through
// canFetchMore()/fetchMore(), never two page requests at once. While a page is loading for
// longer than a moment a "Loading…" row appears at the end; when a page fails, a "load failed,
// retry" row does (retry() or activating it tries again). Subclasses hold the rows and say how
// to fetch a page and what each column shows.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        RawValueRole = Qt::UserRole + 1, // the value to sort by (numbers, timestamps as ms)
        StatusRowRole,                   // true on the loading / error row
        IdRole,                          // the entity's id
        JsonRole,                        // the entity as indented JSON (Copy as JSON); no secrets
    };
    enum class State { Idle, Loading, Failed, Complete };
    Q_ENUM(State)

    explicit PagedTableModel(QObject *parent = nullptr);
    ~PagedTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const final;
    void fetchMore(const QModelIndex &parent = {}) final;

    // Drops every row and any request in flight, and starts again from the first page.
    void reload();
    // After a failure: fetch the page that failed again.
    void retry();
    // Abandons the page being loaded (the rows so far stay; fetchMore() asks again).
    void cancelLoading();

    State state() const { return m_state; }
    int entityCount() const { return m_entityCount; }
    int totalSize() const { return m_totalSize; } // from the server's total_size
    std::optional<api::ApiError> lastError() const { return m_error; }
    bool isStatusRow(int row) const { return hasStatusRow() && row == m_entityCount; }
    // The line a tab shows above its table: "Loading failed", "3 matches" (searching),
    // "100 of 230 organizations loaded", "230 organizations".
    QString summaryText(bool searching, const QString &singular, const QString &plural) const;

    // How long a page may load before the "Loading…" row appears.
    static constexpr int kLoadingRowDelayMs = 300;

signals:
    void stateChanged(State state);
    void totalSizeChanged(int total);

protected:
    // Start fetching the page at `pageToken` (empty: the first page); call pageLoaded() or
    // pageFailed() from the callback. Return the call so it can be cancelled.
    virtual api::ApiCall *requestPage(const std::string &pageToken) = 0;
    virtual QVariant entityData(int row, int column, int role) const = 0;
    virtual void clearEntities() = 0;

    // Subclasses append their rows between beginAppend(count) and endAppend().
    void beginAppend(int count);
    void endAppend();
    void pageLoaded(const std::string &nextPageToken, int totalSize);
    void pageFailed(const api::ApiError &error);

    // For subclasses that replace one entity in place (after an edit).
    void entityChanged(int row);
    // For subclasses that add or drop rows outside paging (after a create or a delete); the
    // total follows.
    void beginInsertEntities(int row, int count);
    void endInsertEntities();
    void beginRemoveEntities(int row, int count);
    void endRemoveEntities();

private:
    bool hasStatusRow() const { return m_showLoadingRow || m_state == State::Failed; }
    void setState(State state);
    void showLoadingRow();
    void hideStatusRow();

    QPointer<api::ApiCall> m_call;
    std::string m_nextToken;
    bool m_started = false;
    int m_entityCount = 0;
    int m_pendingAppend = 0;
    int m_pendingRemove = 0;
    int m_totalSize = 0;
    bool m_showLoadingRow = false;
    State m_state = State::Idle;
    std::optional<api::ApiError> m_error;
    QTimer m_loadingRowTimer;
};

} // namespace sk::models
