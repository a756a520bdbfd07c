#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/connectionsservice.h"

namespace sk::models {

// What the SSO Connections table shows: the server-side search filters, and optionally one
// organization. The search endpoint has no organization filter, so one organization's
// connections come from GET /connections?organization_id= and the other filters apply here.
struct ConnectionsFilter
{
    services::ConnectionSearch search;
    std::string organizationId;

    bool hasSearch() const
    {
        return !search.query.empty() || !search.provider.empty() || search.status || search.connectionType
            || search.enabled;
    }
    bool isFiltered() const { return hasSearch() || !organizationId.empty(); }
    // Whether a connection passes the search filters (the local half, for one organization).
    bool matches(const entities::ListConnection &connection) const;
};

// The environment's organization SSO connections (organizations/-/connections, 30 a page),
// the matches of a search (:search with provider, type, status, enabled, query), or one
// organization's. Columns: organization, provider (with its icon), type, status and enabled
// badges, domains, created (the list item carries no update time; the detail pane shows it).
class ConnectionsModel : public EntityTableModel<entities::ListConnection>
{
    Q_OBJECT

public:
    enum Column { Organization, Provider, Type, Status, Enabled, Domains, Created, Id, ColumnCount };
    static constexpr int kPageSize = 30; // the API's limit

    explicit ConnectionsModel(services::ConnectionsService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const ConnectionsFilter &filter); // reloads
    void clearFilter() { m_filter = {}; } // no reload (another environment is coming)
    const ConnectionsFilter &filter() const { return m_filter; }

    const entities::ListConnection *connectionAt(int row) const { return entityAt(row); }
    // After an enable, disable or domain change: the row follows the full connection.
    void updateFrom(const entities::Connection &connection);
    void setEnabled(const std::string &id, bool enabled);
    void removeConnection(const std::string &id) { removeEntity(id); }

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;

private:
    services::ConnectionsService *m_service;
    ConnectionsFilter m_filter;
};

} // namespace sk::models
