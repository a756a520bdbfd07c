#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/rolesservice.h"

#include <QStringList>

namespace sk::models {

// The environment's permissions (GET /permissions, paged up to 100) and Scalekit's built-in ones.
class PermissionsModel : public EntityTableModel<entities::Permission, &entities::Permission::name>
{
    Q_OBJECT

public:
    enum Column { Name, Description, Type, Created, Updated, ColumnCount };

    explicit PermissionsModel(services::RolesService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const entities::Permission *permissionAt(int row) const { return entityAt(row); }
    int rowOfPermission(const QString &name) const { return rowOf(name); } // -1 if not loaded
    // Names of the loaded permissions the environment defines (not Scalekit's own).
    QStringList environmentPermissionNames() const;
    // Replaces the row holding permission.name, if loaded (after an edit).
    void updatePermission(const entities::Permission &permission) { replaceEntity(permission); }

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;

private:
    services::RolesService *m_service;
};

} // namespace sk::models
