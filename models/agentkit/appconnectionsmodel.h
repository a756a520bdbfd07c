#pragma once

#include "models/agentkit/accountssummary.h"
#include "models/core/entitytablemodel.h"
#include "services/resources/connectionsservice.h"

namespace sk::models {

// The environment's AgentKit connections (GET /connections/app, 30 a page), each completed
// with its full configuration (GET /connections/{id}: scopes, whose credentials, redirect URI),
// and the connected-account counts by status from the AgentKit overview. Secrets in the
// configuration are Secret<>s: never shown, never in Copy as JSON.
class AppConnectionsModel : public EntityTableModel<entities::Connection>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Provider,
        AuthType,
        Enabled,
        Credentials,
        Scopes,
        Accounts,
        NeedAttention,
        Id,
        ColumnCount
    };
    static constexpr int kPageSize = 30; // the API's limit for app connections

    explicit AppConnectionsModel(services::ConnectionsService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const entities::Connection *connectionAt(int row) const { return entityAt(row); }
    void updateConnection(const entities::Connection &connection) { replaceEntity(connection); }
    // The account counts per connection name; repaints the count columns.
    void setSummary(const AccountsSummary &summary);

    // What the table and detail say about a connection, shared with the CLI.
    static QString nameOf(const entities::Connection &c);
    static QString authTypeText(const entities::Enum<entities::ConnectionType> &type);
    // "Scalekit shared", "Your own", "Each user's own" (API keys and the like), "—".
    static QString credentialsText(const entities::Connection &c);
    static QStringList scopesOf(const entities::Connection &c);
    // A Connection from a list item, for when its details could not be read.
    static entities::Connection fromListItem(const entities::ListConnection &item);

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;

private:
    QVariant countData(const entities::Connection &c, int column, int role) const;

    services::ConnectionsService *m_service;
    QMap<QString, ConnectionCounts> m_counts;
};

} // namespace sk::models
