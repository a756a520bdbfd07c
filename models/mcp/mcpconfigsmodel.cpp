#include "models/mcp/mcpconfigsmodel.h"

#include "models/core/displayformat.h"

namespace sk::models {

using entities::McpConfig;

McpConfigsModel::McpConfigsModel(services::McpService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{ }

int McpConfigsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant McpConfigsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Connections:
        return tr("Connections (tools)");
    case Instances:
        return tr("Instances");
    case Id:
        return tr("ID");
    default:
        return {};
    }
}

void McpConfigsModel::setInstanceCounts(const QHash<QString, int> &counts, bool complete)
{
    m_counts = counts;
    m_countsComplete = complete;
    if (!m_rows.empty())
        emit dataChanged(index(0, Instances), index(int(m_rows.size()) - 1, Instances));
}

int McpConfigsModel::instanceCount(const std::string &configName) const
{
    return m_countsComplete ? m_counts.value(QString::fromStdString(configName), 0) : -1;
}

const McpConfig *McpConfigsModel::configNamed(const std::string &name) const
{
    for (const McpConfig &c : m_rows) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString McpConfigsModel::toolCountText(int count)
{
    if (count == 0)
        return tr("all tools");
    return count == 1 ? tr("1 tool") : tr("%1 tools").arg(count);
}

QString McpConfigsModel::connectionsText(const McpConfig &config)
{
    QStringList parts;
    for (const auto &m : config.connectionToolMappings) {
        const QString tools = toolCountText(int(m.tools.size()));
        parts << QStringLiteral("%1 (%2)").arg(text(m.connectionName), tools);
    }
    return parts.isEmpty() ? tr("no connections") : parts.join(QStringLiteral(", "));
}

void McpConfigsModel::requestPage(const std::string &pageToken, QObject *scope)
{
    m_service->listConfigs({}, { kPageSize, pageToken }, scope, appendPage());
}

QVariant McpConfigsModel::entityData(int row, int column, int role) const
{
    const McpConfig &c = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(c.id);
    if (role == JsonRole)
        return entityJson(c);
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return text(c.name);
    case Description:
        return text(c.description);
    case Connections:
        if (role == RawValueRole)
            return int(c.connectionToolMappings.size());
        return connectionsText(c);
    case Instances: {
        const int count = instanceCount(c.name);
        if (role == RawValueRole)
            return count;
        if (role == Qt::ToolTipRole)
            return count < 0 ? tr("Counted once every instance is loaded (the readiness overview).")
                             : QVariant();
        return count < 0 ? QStringLiteral("…") : QString::number(count);
    }
    case Id:
        return text(c.id);
    default:
        return {};
    }
}

} // namespace sk::models
