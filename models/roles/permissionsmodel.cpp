#include "models/roles/permissionsmodel.h"

#include "models/core/listquery.h"

#include "models/core/displayformat.h"

namespace sk::models {

using entities::Permission;

PermissionsModel::PermissionsModel(services::RolesService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{
}

int PermissionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PermissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Description: return tr("Description");
    case Type: return tr("Type");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    default: return {};
    }
}

QStringList PermissionsModel::environmentPermissionNames() const
{
    QStringList names;
    for (const Permission &p : m_rows) {
        if (!p.isScalekitPermission)
            names << text(p.name);
    }
    return names;
}

void PermissionsModel::requestPage(const std::string &pageToken, QObject *scope)
{
    m_service->listPermissions({listquery::kPageSize, pageToken}, {}, scope, appendPage());
}

QVariant PermissionsModel::entityData(int row, int column, int role) const
{
    const Permission &p = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(p.name); // permissions are addressed by name
    if (role == JsonRole)
        return entityJson(p);
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (column) {
        case Name: return text(p.name);
        case Description: return text(p.description);
        case Type: return p.isScalekitPermission ? tr("Scalekit") : tr("Environment");
        case Created: return role == RawValueRole ? timestampSortKey(p.createTime) : QVariant(formatTimestamp(p.createTime));
        case Updated: return role == RawValueRole ? timestampSortKey(p.updateTime) : QVariant(formatTimestamp(p.updateTime));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Description)
        return text(p.description);
    return {};
}

} // namespace sk::models
