#pragma once

#include "services/entities/role.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sk::api {
class ApiCall;

}

namespace sk::models {
class RolePermissionsModel;
class RolesModel;
}

namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

class MessageBanner;
class ResourceTableView;

// The Roles page of the Roles and permissions window: a scope (the environment, or one
// organization), its roles, and the selected role's detail: its own permissions and those it
// inherits (greyed, "inherited from …"), what it extends, how many users hold it. New, Edit and
// Delete (with reassignment) open dialogs; they are disabled unless the environment is writable.
class RolesPage : public QWidget
{
    Q_OBJECT

public:
    RolesPage(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    void showOrganization(const QString &organizationId, const QString &displayName);
    void showEnvironment();
    QString organizationId() const;
    void refresh();
    // Selects a role by name once it is listed.
    void selectRole(const QString &name);

    models::RolesModel *model() const { return m_model; }
    models::RolePermissionsModel *permissionsModel() const { return m_permissionsModel; }
    ResourceTableView *view() const { return m_view; }
    QComboBox *scopeCombo() const { return m_scope; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *defaultsButton() const { return m_defaults; }
    QAction *memberDefaultAction() const { return m_memberDefault; }
    QAction *creatorDefaultAction() const { return m_creatorDefault; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *detailTitle() const { return m_title; }
    QLabel *usersLabel() const { return m_users; }

    void openCreateDialog();
    void openEditDialog();
    void openDeleteDialog();
    // The selected role becomes the default for new members (of the environment, or of the
    // organization in scope) or, environment only, for organization creators.
    void makeDefault(bool creator);

private:
    void openRoleDialog(const std::optional<entities::Role> &role);
    void loadOrganizations();
    void onScopeChanged();
    void onConnectionChanged();
    void showRole(int row);
    void updateActions();
    void updateSummary();
    QString defaultMemberRole() const;

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    models::RolesModel *m_model;
    models::RolePermissionsModel *m_permissionsModel;
    QComboBox *m_scope = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_defaults = nullptr;
    QAction *m_memberDefault = nullptr;
    QAction *m_creatorDefault = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    ResourceTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_extends = nullptr;
    QLabel *m_users = nullptr;
    QTableView *m_permissions = nullptr;
    QPointer<api::ApiCall> m_countCall;
    QString m_pendingSelection;
    bool m_loadedOnce = false;
};

} // namespace sk::ui
