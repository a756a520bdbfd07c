#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/mcpservice.h"

#include <QHash>

namespace sk::models {

// The MCP tab's configs table: name, description, the connections it maps with their tool
// counts ("gmail-prod (all tools), slack-prod (2 tools)") and how many instances use it. The
// API keeps no update time for a config, so there is no Updated column. The instance counts
// come from whoever has counted every instance (setInstanceCounts); "…" until then.
class McpConfigsModel : public EntityTableModel<entities::McpConfig>
{
    Q_OBJECT

public:
    enum Column { Name, Description, Connections, Instances, Id, ColumnCount };
    static constexpr int kPageSize = 30;

    explicit McpConfigsModel(services::McpService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Instances per config name; `complete` says every instance was counted.
    void setInstanceCounts(const QHash<QString, int> &counts, bool complete);
    // The count of the config's instances, or -1 while not every instance was counted.
    int instanceCount(const std::string &configName) const;

    const entities::McpConfig *configAt(int row) const { return entityAt(row); }
    const entities::McpConfig *configNamed(const std::string &name) const;
    void updateConfig(const entities::McpConfig &config) { replaceEntity(config); }
    void addConfig(const entities::McpConfig &config) { insertEntity(int(m_rows.size()), config); }
    void removeConfig(const std::string &id) { removeEntity(id); }

    // "all tools" (an empty tool list), "1 tool", "2 tools".
    static QString toolCountText(int count);
    // "gmail-prod (all tools), slack-prod (2 tools)".
    static QString connectionsText(const entities::McpConfig &config);

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;

private:
    services::McpService *m_service;
    QHash<QString, int> m_counts;
    bool m_countsComplete = false;
};

} // namespace sk::models
