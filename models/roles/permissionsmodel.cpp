#include "models/roles/permissionsmodel.h"

#include "models/core/displayformat.h"

namespace sk::models {

using entities::Permission;

PermissionsModel::PermissionsModel(api::ApiClient *client, QObject *parent)
    : PagedTableModel(parent)
    , m_service(client)
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

const Permission *PermissionsModel::permissionAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[std::size_t(row)];
}

int PermissionsModel::rowOfPermission(const QString &name) const
{
    const std::string key = name.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name == key)
            return int(i);
    }
    return -1;
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

void PermissionsModel::updatePermission(const Permission &permission)
{
    const int row = rowOfPermission(text(permission.name));
    if (row < 0)
        return;
    m_rows[std::size_t(row)] = permission;
    entityChanged(row);
}

api::ApiCall *PermissionsModel::requestPage(const std::string &pageToken)
{
    return m_service.listPermissions({kPageSize, pageToken}, {}, this, [this](api::Result<entities::Page<Permission>> result) {
        appendPage(m_rows, std::move(result));
    });
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

void PermissionsModel::clearEntities()
{
    m_rows.clear();
}

} // namespace sk::models
