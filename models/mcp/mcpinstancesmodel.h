#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/mcpservice.h"

namespace sk::models {

// The MCP tab's instances table: every MCP instance of the environment, 30 a page (the API's
// limit), narrowed on the server by user identifier, config name and instance name. The
// readiness column is a badge computed from the instance's config mappings, whose
// connected_account_status the API fills for the instance's user: "Ready" only when every one
// is ACTIVE. The instance URL is a Secret: Copy as JSON shows "[secret]".
class McpInstancesModel : public EntityTableModel<entities::McpInstance>
{
    Q_OBJECT

public:
    enum Column { Name, User, Readiness, Config, LastUsed, Updated, Id, ColumnCount };
    static constexpr int kPageSize = 30;

    explicit McpInstancesModel(services::McpService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Server-side filters; reloads.
    void setFilter(const services::McpInstanceFilter &filter);
    void clearFilter() { m_filter = {}; }
    const services::McpInstanceFilter &filter() const { return m_filter; }
    bool isFiltered() const;

    const entities::McpInstance *instanceAt(int row) const { return entityAt(row); }
    void updateInstance(const entities::McpInstance &instance) { replaceEntity(instance); }
    void addInstance(const entities::McpInstance &instance) { insertEntity(0, instance); }
    void removeInstance(const std::string &id) { removeEntity(id); }

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;

private:
    services::McpService *m_service;
    services::McpInstanceFilter m_filter;
};

} // namespace sk::models
