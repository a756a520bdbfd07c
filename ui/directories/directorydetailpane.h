#pragma once

#include "services/entities/directory.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace sk::services {
class EnvironmentStatus;
class Services;
} // namespace sk::services

namespace sk::ui {

class DirectoryMembersPanel;

// The selected directory, as a person checks it: is it set up (status), is it syncing (last
// sync, a warning when stale), where the identity provider sends SCIM requests (endpoint with
// Copy) and with which token (its last characters and expiry only: the token itself is shown
// once, when it is made), which groups grant which roles, how attributes map, and its counts.
// Users and Groups pages drill into the directory's members, paged, searchable and filtered.
// The actions (enable/disable, sync now, rotate token) are emitted for the tab to run.
class DirectoryDetailPane : public QWidget
{
    Q_OBJECT

public:
    DirectoryDetailPane(services::Services *services, services::EnvironmentStatus *status,
                        QWidget *parent = nullptr);

    // organizationName: for the subtitle ("" shows the ID).
    void setDirectory(const std::optional<entities::Directory> &directory,
                      const QString &organizationName = {});
    const std::optional<entities::Directory> &directory() const { return m_directory; }

    QTabWidget *pages() const { return m_pages; }
    DirectoryMembersPanel *usersPanel() const { return m_users; }
    DirectoryMembersPanel *groupsPanel() const { return m_groups; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *syncLabel() const { return m_sync; }
    QLabel *endpointLabel() const { return m_endpoint; }
    QToolButton *copyEndpointButton() const { return m_copyEndpoint; }
    QLabel *tokenLabel() const { return m_token; }
    QLabel *roleAssignmentsLabel() const { return m_roles; }
    QLabel *attributeMappingsLabel() const { return m_attributes; }
    QPushButton *toggleButton() const { return m_toggle; }
    QPushButton *syncButton() const { return m_syncNow; }
    QPushButton *rotateButton() const { return m_rotate; }

    static constexpr int kUsersPage = 1;
    static constexpr int kGroupsPage = 2;

signals:
    void toggleRequested();
    void syncRequested();
    void rotateTokenRequested();
    void organizationRequested(const QString &organizationId);

private:
    void fillOverview(const entities::Directory &d, const QString &organizationName);
    void fillRoleAssignments();
    void updateButtons();

    services::EnvironmentStatus *m_environment;
    std::optional<entities::Directory> m_directory;
    QTabWidget *m_pages;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QLabel *m_advice;
    QLabel *m_sync;
    QFormLayout *m_identity;
    QLabel *m_endpoint;
    QToolButton *m_copyEndpoint;
    QLabel *m_token;
    QFormLayout *m_stats;
    QLabel *m_roles;
    QLabel *m_attributes;
    QPushButton *m_toggle;
    QPushButton *m_syncNow;
    QPushButton *m_rotate;
    DirectoryMembersPanel *m_users;
    DirectoryMembersPanel *m_groups;
};

} // namespace sk::ui
