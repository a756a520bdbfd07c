#include "models/mcp/mcpinstancesmodel.h"

#include "models/core/displayformat.h"
#include "models/mcp/mcpreadiness.h"

namespace sk::models {

using entities::McpInstance;

McpInstancesModel::McpInstancesModel(services::McpService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{ }

int McpInstancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant McpInstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case User:
        return tr("User identifier");
    case Config:
        return tr("Config");
    case Readiness:
        return tr("Readiness");
    case LastUsed:
        return tr("Last used");
    case Updated:
        return tr("Updated");
    case Id:
        return tr("ID");
    default:
        return {};
    }
}

void McpInstancesModel::setFilter(const services::McpInstanceFilter &filter)
{
    m_filter = filter;
    reload();
}

bool McpInstancesModel::isFiltered() const
{
    return !m_filter.userIdentifier.empty() || !m_filter.configName.empty() || !m_filter.name.empty()
        || !m_filter.search.empty() || !m_filter.id.empty();
}

void McpInstancesModel::requestPage(const std::string &pageToken, QObject *scope)
{
    m_service->listInstances(m_filter, { kPageSize, pageToken }, scope, appendPage());
}

QVariant McpInstancesModel::entityData(int row, int column, int role) const
{
    const McpInstance &x = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(x.id);
    if (role == JsonRole)
        return entityJson(x); // the URL is a Secret: masked
    if (column == Readiness) {
        const McpReadiness readiness = McpReadiness::of(x);
        switch (role) {
        case Qt::DisplayRole:
            return readiness.text();
        case Qt::ToolTipRole:
            return readiness.badge().tooltip;
        case BadgeRole:
            return QVariant::fromValue(readiness.badge());
        // Not ready first (fewest connected), then ready.
        case RawValueRole:
            return readiness.isReady() ? 1.0 + readiness.total
                                       : double(readiness.connected) / (readiness.total + 1);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (column) {
    case Name:
        return text(x.name);
    case User:
        return text(x.userIdentifier);
    case Config:
        return text(x.config.name);
    case LastUsed:
        return raw ? timestampSortKey(x.lastUsedAt)
                   : QVariant(x.lastUsedAt.isSet() ? formatTimestamp(x.lastUsedAt) : tr("never"));
    case Updated:
        return raw ? timestampSortKey(x.updatedAt) : QVariant(formatTimestamp(x.updatedAt));
    case Id:
        return text(x.id);
    default:
        return {};
    }
}

} // namespace sk::models
