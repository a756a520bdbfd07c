#pragma once

#include "services/entities/role.h"

#include <QAbstractTableModel>

#include <vector>

namespace sk::models {

// The effective permissions of one role for its detail pane: the role's own permissions first,
// then those it inherits through `extends`, each inherited row marked with the role granting it
// (greyed and italic, "inherited from admin").
class RolePermissionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Description, GrantedBy, ColumnCount };
    enum Roles { InheritedRole = Qt::UserRole + 1 };

    explicit RolePermissionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The role as listed with include=permissions:all; an empty Role clears the list.
    void setRole(const entities::Role &role);
    void clear() { setRole({}); }
    int ownCount() const { return m_ownCount; }
    bool isInherited(int row) const { return row >= m_ownCount; }

private:
    std::vector<entities::RolePermission> m_rows;
    int m_ownCount = 0;
};

} // namespace sk::models
