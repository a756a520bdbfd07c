#pragma once

#include "services/entities/user.h"
#include "ui/widgets/resourcepage.h"


namespace sk::models {
class UsersModel;
}
namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

class OrganizationFilter;
class UserDetailPane;
class UserRequestDialog;

// The Users tab: every user of the environment, or one organization's members (picked in the
// organization filter, or arriving from the Organizations tab through showOrganization()),
// searchable, a page at a time, with the selected user's detail beside the table.
// Actions (toolbar, context menu, keyboard):
//   Invite… (Ctrl+I)  Edit… (F2)  Change roles… (Ctrl+Shift+R)  Resend invite
//   Remove from organization  Delete user (Del)
// Write actions are disabled unless the environment can be written; the destructive ones are
// confirmed first (by typing the user's email in production). The membership ones work on the
// organization chosen in the detail pane (the filtered organization when there is one).
class UsersTab : public ResourcePage
{
    Q_OBJECT

public:
    UsersTab(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    models::UsersModel *model() const { return m_model; }
    OrganizationFilter *organizationFilter() const { return m_organizations; }
    UserDetailPane *detailPane() const { return m_detail; }

    QAction *inviteAction() const { return m_invite; }
    QAction *editAction() const { return m_edit; }
    QAction *changeRolesAction() const { return m_changeRoles; }
    QAction *resendInviteAction() const { return m_resend; }
    QAction *removeFromOrganizationAction() const { return m_remove; }
    QAction *deleteAction() const { return m_delete; }

    // Shows the members of one organization (from the Organizations tab's members link).
    void showOrganization(const QString &organizationId, const QString &displayName) override;
    void refresh() override;

protected:
    void onLoadRequested() override;
    void onEnvironmentReset() override;
    void onSearchChanged(const QString &text) override;
    void onCurrentRowChanged(int row) override;
    void updateActions() override;
    QString summaryText() const override;
    bool isSearching() const override;

private:
    void applyFilter();

    const entities::User *currentUser() const;
    const entities::OrganizationMembership *currentMembership() const;
    QString organizationLabel(const entities::OrganizationMembership &membership) const;
    void applyUser(const entities::User &user);
    void fetchAndApplyUser(const std::string &userId);
    void reloadSelecting(const QString &userId);

    // Opens an edit or change-roles dialog and applies the user it returns.
    void openUserDialog(UserRequestDialog *dialog, const QString &doneMessage);
    void inviteUser();
    void editUser();
    void changeRoles();
    void resendInvite();
    void removeFromOrganization();
    void deleteUser();

    services::Services *m_services;
    models::UsersModel *m_model;
    UserDetailPane *m_detail;
    OrganizationFilter *m_organizations;
    QAction *m_invite;
    QAction *m_edit;
    QAction *m_changeRoles;
    QAction *m_resend;
    QAction *m_remove;
    QAction *m_delete;
    bool m_busy = false;
};

} // namespace sk::ui
