#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/rolesservice.h"

#include <QStringList>

#include <vector>

namespace sk::models {

// The roles of one scope: the environment's roles (GET /roles), or what an organization sees
// (GET /organizations/{id}/roles: the environment roles plus the organization's own). Both lists
// are unpaginated, so the whole list arrives as one page. Roles are fetched with
// include=permissions:all, so each role carries its effective permissions; a permission's
// role_name says which role grants it (the role itself, or one it extends).
class RolesModel : public EntityTableModel<entities::Role, &entities::Role::name>
{
    Q_OBJECT

public:
    enum Column { DisplayName, Name, Scope, Extends, Defaults, Permissions, Dependents, Description, ColumnCount };

    explicit RolesModel(services::RolesService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Empty: the environment. Reloads when the scope changes.
    void setOrganization(const QString &organizationId);
    QString organizationId() const { return m_organizationId; }

    const entities::Role *roleAt(int row) const { return entityAt(row); }
    int rowOfRole(const QString &name) const { return rowOf(name); } // -1 if not loaded
    QStringList names() const;

    // Permissions the role grants itself, and those it inherits through `extends`.
    static std::vector<entities::RolePermission> ownPermissions(const entities::Role &role);
    static std::vector<entities::RolePermission> inheritedPermissions(const entities::Role &role);

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;

private:
    services::RolesService *m_service;
    QString m_organizationId;
};

} // namespace sk::models
