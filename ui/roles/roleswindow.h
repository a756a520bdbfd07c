#pragma once

#include <QWidget>

class QTabWidget;


namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

class PermissionsPage;
class RolesPage;

// "Roles and permissions": a non-modal window with the Roles page (environment roles, or one
// organization's, with inheritance and effective permissions) and the Permissions page.
class RolesWindow : public QWidget
{
    Q_OBJECT

public:
    RolesWindow(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    // Shows the roles an organization sees (its own and the environment's).
    void showOrganization(const QString &organizationId, const QString &displayName);
    void showPermissions();

    RolesPage *rolesPage() const { return m_roles; }
    PermissionsPage *permissionsPage() const { return m_permissions; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    RolesPage *m_roles;
    PermissionsPage *m_permissions;
};

} // namespace sk::ui
