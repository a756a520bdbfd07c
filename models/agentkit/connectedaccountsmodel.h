#pragma once

#include "models/agentkit/connectedaccountrow.h"
#include "models/core/entitytablemodel.h"
#include "services/resources/connectedaccountsservice.h"

#include <QDateTime>
#include <QSet>

namespace sk::models {

// The AgentKit tab's accounts table: every connected account of the environment, a page of 99
// at a time, narrowed on the server by connection names, identifier and free-text search, and
// here by status (the API has no status filter: with one set, every page is loaded and only
// the matching accounts are kept). Status is a badge with what it means and what to do; token
// expiry reads relative ("in 3 h", "expired 2 d ago") with a tone: expired, within 24 h, later.
class ConnectedAccountsModel
    : public EntityTableModel<entities::ConnectedAccount, &entities::ConnectedAccount::id,
                              CompactRows<ConnectedAccountRowCodec>>
{
    Q_OBJECT

public:
    enum Column {
        Identifier,
        Connection,
        Provider,
        Status,
        AuthType,
        TokenExpires,
        LastUsed,
        Updated,
        Id,
        ColumnCount
    };
    static constexpr int kPageSize = 99; // the API's limit is below 100

    explicit ConnectedAccountsModel(services::ConnectedAccountsService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    // On the packed row's UTF-8 bytes, statuses and auth types once per value: no QString per
    // cell (a million rows).
    bool rowMatches(int row, const TextMatcher &matcher) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Server-side filters and the status keys to keep (empty: every status); reloads.
    void setFilter(const services::ConnectedAccountFilter &filter, const QSet<QString> &statuses);
    // Forgets the filters without loading anything (another environment is coming).
    void clearFilter()
    {
        m_filter = {};
        m_statuses.clear();
    }
    const services::ConnectedAccountFilter &filter() const { return m_filter; }
    const QSet<QString> &statuses() const { return m_statuses; }
    bool isFiltered() const;

    // The account as listed, without its authorization details (never kept in the table).
    std::optional<entities::ConnectedAccount> accountAt(int row) const { return entityCopy(row); }
    void updateAccount(const entities::ConnectedAccount &account) { replaceEntity(account); }
    void removeAccount(const std::string &id) { removeEntity(id); }

    // "in 3 h", "expired 2 d ago", "" when unset; relative to `now`.
    static QString relativeTime(const entities::Timestamp &time, const QDateTime &now);
    static QString authTypeText(const entities::Enum<entities::ConnectorType> &type);
    static StatusTone expiryTone(const entities::Timestamp &time, const QDateTime &now);
    // The token expiry column's text: "in 3 h", "expired 2 d ago", "" when unset.
    static QString expiryText(const entities::Timestamp &time, const QDateTime &now);

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;
    void skipRepeated(std::vector<entities::ConnectedAccount> &items) override;

private:
    services::ConnectedAccountsService *m_service;
    services::ConnectedAccountFilter m_filter;
    QSet<QString> m_statuses;
};

} // namespace sk::models
