#pragma once

#include "services/entities/user.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

class UserSessionsPanel;

// The pane beside the Users table: who the selected user is, and in four pages
//   Profile              profile fields, custom attributes, metadata, external identities
//   Memberships          every organization the user belongs to, with status and roles
//   Roles & permissions  roles and effective permissions in the chosen organization
//   Sessions             devices and sessions, with Revoke and Revoke all
// "Organization" above the pages picks the membership the roles page and the tab's
// membership actions (change roles, resend invite, remove) work on.
class UserDetailPane : public QWidget
{
    Q_OBJECT

public:
    UserDetailPane(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    // Shows a user (nullptr: the "select a user" placeholder). preferredOrganizationId picks
    // the membership to start on when the user has it (else the first one).
    void setUser(const entities::User *user, const QString &preferredOrganizationId = {});
    // Same user, fresh data (after an edit): keeps the chosen organization and the page.
    void refreshUser(const entities::User &user);
    const entities::User *user() const { return m_user ? &*m_user : nullptr; }

    QString currentOrganizationId() const;
    const entities::OrganizationMembership *currentMembership() const;
    void setCurrentOrganization(const QString &organizationId);

    QTabWidget *pages() const { return m_tabs; }
    QComboBox *organizationPicker() const { return m_organization; }
    QTableWidget *membershipsTable() const { return m_memberships; }
    QListWidget *rolesList() const { return m_roles; }
    QTableWidget *permissionsTable() const { return m_permissions; }
    UserSessionsPanel *sessionsPanel() const { return m_sessions; }

signals:
    void currentOrganizationChanged(const QString &organizationId);

private:
    QWidget *buildProfilePage();
    QWidget *buildMembershipsPage();
    QWidget *buildRolesPage();
    void showUser(const QString &organizationId);
    void fillProfile();
    void fillMemberships();
    void loadRolesAndPermissions();

    services::Services *m_services;
    std::optional<entities::User> m_user;
    QStackedWidget *m_stack;
    QLabel *m_name;
    QLabel *m_email;
    QLabel *m_id;
    QComboBox *m_organization;
    QTabWidget *m_tabs;
    QFormLayout *m_profileForm = nullptr;
    QTableWidget *m_attributes = nullptr;
    QTableWidget *m_memberships = nullptr;
    QLabel *m_rolesStatus = nullptr;
    QListWidget *m_roles = nullptr;
    QTableWidget *m_permissions = nullptr;
    UserSessionsPanel *m_sessions;
    QPointer<QObject> m_rolesRequests; // deleting it cancels the roles/permissions calls
};

} // namespace sk::ui
