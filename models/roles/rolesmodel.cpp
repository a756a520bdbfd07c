#include "models/roles/rolesmodel.h"

#include "models/core/displayformat.h"

#include <algorithm>

namespace sk::models {

using entities::Role;
using entities::RolePermission;

namespace {
constexpr const char *kIncludeEffective = "permissions:all";
}

RolesModel::RolesModel(services::RolesService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{
}

int RolesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName: return tr("Display name");
    case Name: return tr("Name");
    case Description: return tr("Description");
    case Extends: return tr("Extends");
    case Permissions: return tr("Permissions");
    case Dependents: return tr("Extended by");
    case Scope: return tr("Scope");
    case Defaults: return tr("Default for");
    default: return {};
    }
}

void RolesModel::setOrganization(const QString &organizationId)
{
    if (organizationId == m_organizationId && state() != State::Idle)
        return;
    m_organizationId = organizationId;
    reload();
}

QStringList RolesModel::names() const
{
    QStringList names;
    for (const Role &role : m_rows)
        names << text(role.name);
    return names;
}

std::vector<RolePermission> RolesModel::ownPermissions(const Role &role)
{
    std::vector<RolePermission> out;
    std::copy_if(role.permissions.begin(), role.permissions.end(), std::back_inserter(out),
                 [&](const RolePermission &p) { return p.roleName.empty() || p.roleName == role.name; });
    return out;
}

std::vector<RolePermission> RolesModel::inheritedPermissions(const Role &role)
{
    std::vector<RolePermission> out;
    std::copy_if(role.permissions.begin(), role.permissions.end(), std::back_inserter(out),
                 [&](const RolePermission &p) { return !p.roleName.empty() && p.roleName != role.name; });
    return out;
}

void RolesModel::requestPage(const std::string &, QObject *scope)
{
    if (m_organizationId.isEmpty())
        m_service->list(kIncludeEffective, scope, appendWhole());
    else
        m_service->listOrganizationRoles(m_organizationId.toStdString(), kIncludeEffective, scope, appendWhole());
}

QVariant RolesModel::entityData(int row, int column, int role) const
{
    const Role &r = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(r.name); // roles are addressed by name
    if (role == JsonRole)
        return entityJson(r);
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (column) {
        case DisplayName: return text(r.displayName);
        case Name: return text(r.name);
        case Description: return text(r.description);
        case Extends: return text(r.extends);
        case Permissions: {
            const int own = int(ownPermissions(r).size());
            const int all = int(r.permissions.size());
            if (role == RawValueRole)
                return all;
            return own == all ? QString::number(all) : tr("%1 (%2 own)").arg(all).arg(own);
        }
        case Dependents: return role == RawValueRole ? QVariant(r.dependentRolesCount) : QVariant(QString::number(r.dependentRolesCount));
        case Scope: return r.isOrgRole ? tr("Organization") : tr("Environment");
        case Defaults: {
            QStringList defaults;
            if (r.defaultCreator)
                defaults << tr("creator");
            if (r.defaultMember)
                defaults << tr("members");
            return defaults.join(QStringLiteral(", "));
        }
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Description)
        return text(r.description);
    return {};
}

} // namespace sk::models
