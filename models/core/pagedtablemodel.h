#pragma once

#include "models/core/statusbadge.h"
#include "models/core/textmatcher.h"
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
// canFetchMore()/fetchMore(), never two page loads at once. While a page is loading for longer
// than a moment a "Loading…" row appears at the end; when a page fails, a "load failed, retry"
// row does (retry() or activating it tries again). Subclasses hold the rows and say how to fetch
// a page and what each column shows.
//
// Every page load owns a scope object. requestPage(token, scope) starts as many requests as the
// page needs (an exact-match lookup, then a search...) with the scope as their owner; the page
// ends with pageLoaded() or pageFailed(). Cancelling (Esc) or resetting closes the scope: every
// request still running under it is aborted silently, so nothing late can land, and a new
// page load can never run beside an old one.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        RawValueRole = Qt::UserRole + 1, // the value to sort by (numbers, timestamps as ms)
        StatusRowRole,                   // true on the loading / error row
        IdRole,                          // the entity's id
        JsonRole,                        // the entity as indented JSON (Copy as JSON); secrets masked
        BadgeRole = kStatusBadgeRole,    // a models::StatusBadge for status columns (else null)
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
    // Abandons the page being loaded (the rows so far stay; fetchMore() asks again), and stops
    // a "load all".
    void cancelLoading();
    // Loads every remaining page, one after another, until the list is complete, it fails or
    // cancelLoading() is called. Each page's rows go in as one insertion, and the pages are
    // decoded off the GUI thread.
    void loadAll();
    bool isLoadingAll() const { return m_loadingAll; }

    State state() const { return m_state; }
    int entityCount() const { return m_entityCount; }
    // From the server's total_size; kUnknownTotal when the server did not say (or said
    // something impossible): counts are informational, rows are what matter.
    int totalSize() const { return m_totalSize; }
    static constexpr int kUnknownTotal = -1;
    std::optional<api::ApiError> lastError() const { return m_error; }
    bool isStatusRow(int row) const { return hasStatusRow() && row == m_entityCount; }
    // The row of the entity with this id, or -1 when it is not loaded.
    virtual int rowOfId(const QString &id) const = 0;

    // Whether the entity at `row` (not the status row) shows text the matcher matches: the
    // "Filter loaded rows" field keeps the rows for which this is true. By default, the
    // DisplayRole text of every column (hidden ones included). Models of packed rows override it
    // to match on their arena's UTF-8 bytes without building a QString per cell; the override
    // must agree with the default (tests/unit/tst_textmatcher.cpp checks both ways).
    virtual bool rowMatches(int row, const TextMatcher &matcher) const;

    // The line a tab shows above its table: "Loading failed", "3 matches" (searching),
    // "100 of 230 organizations loaded", "230 organizations", "100 organizations loaded"
    // (total unknown).
    QString summaryText(bool searching, const QString &singular, const QString &plural) const;

    // How long a page may load before the "Loading…" row appears.
    static constexpr int kLoadingRowDelayMs = 300;

signals:
    void stateChanged(State state);
    void totalSizeChanged(int total);
    void loadingAllChanged(bool loadingAll);

protected:
    // Start fetching the page at `pageToken` (empty: the first page) with `scope` as the owner
    // of every request the page needs; end with pageLoaded() or pageFailed(). A request started
    // from a callback of an earlier one (a chained request) is owned by the same scope.
    virtual void requestPage(const std::string &pageToken, QObject *scope) = 0;
    virtual QVariant entityData(int row, int column, int role) const = 0;
    virtual void clearEntities() = 0;

    // Subclasses append their rows between beginAppend(count) and endAppend().
    void beginAppend(int count);
    void endAppend();
    // Whether `scope` is still the running page load's. Requests (ApiCalls) owned by a closed
    // scope are aborted for you; other asynchronous work a page starts (a timer, a worker)
    // checks this before it delivers.
    bool isCurrentScope(const QObject *scope) const { return scope && scope == m_scope; }
    // Ends the page load. totalSize < 0 means unknown.
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
    // Aborts every request still running under the current page's scope, silently.
    void closeScope();
    void setLoadingAll(bool on);

    QPointer<QObject> m_scope;
    std::string m_nextToken;
    bool m_started = false;
    int m_entityCount = 0;
    int m_pendingAppend = 0;
    int m_pendingRemove = 0;
    int m_totalSize = 0;
    bool m_showLoadingRow = false;
    bool m_loadingAll = false;
    State m_state = State::Idle;
    std::optional<api::ApiError> m_error;
    QTimer m_loadingRowTimer;
};

} // namespace sk::models
