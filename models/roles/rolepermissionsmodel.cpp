#include "models/roles/rolepermissionsmodel.h"

#include "models/core/displayformat.h"
#include "models/roles/rolesmodel.h"

#include <QColor>
#include <QFont>

namespace sk::models {

RolePermissionsModel::RolePermissionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int RolePermissionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RolePermissionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolePermissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Permission");
    case Description: return tr("Description");
    case GrantedBy: return tr("Granted by");
    default: return {};
    }
}

QVariant RolePermissionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const entities::RolePermission &p = m_rows[std::size_t(index.row())];
    const bool inherited = isInherited(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return text(p.name);
        case Description: return text(p.description);
        case GrantedBy: return inherited ? tr("inherited from %1").arg(text(p.roleName)) : tr("this role");
        default: return {};
        }
    case Qt::ToolTipRole:
        return inherited ? tr("Inherited from %1 through extends").arg(text(p.roleName)) : QVariant();
    case Qt::ForegroundRole:
        return inherited ? QVariant(QColor(0x6b, 0x73, 0x7c)) : QVariant();
    case Qt::FontRole:
        if (inherited) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case InheritedRole:
        return inherited;
    default:
        return {};
    }
}

void RolePermissionsModel::setRole(const entities::Role &role)
{
    beginResetModel();
    m_rows = RolesModel::ownPermissions(role);
    m_ownCount = int(m_rows.size());
    const auto inherited = RolesModel::inheritedPermissions(role);
    m_rows.insert(m_rows.end(), inherited.begin(), inherited.end());
    endResetModel();
}

} // namespace sk::models
