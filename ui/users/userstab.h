#pragma once

#include "services/entities/user.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;

namespace sk::api {
class ApiClient;
}
namespace sk::models {
class UsersModel;
}
namespace sk::services {
class EnvironmentStatus;
}

namespace sk::ui {

class TabFrame;
class MessageBanner;
class OrganizationFilter;
class ResourceTableView;
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
class UsersTab : public QWidget
{
    Q_OBJECT

public:
    UsersTab(api::ApiClient *client, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    models::UsersModel *model() const { return m_model; }
    ResourceTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    OrganizationFilter *organizationFilter() const { return m_organizations; }
    UserDetailPane *detailPane() const { return m_detail; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *summaryLabel() const { return m_summary; }

    QAction *inviteAction() const { return m_invite; }
    QAction *editAction() const { return m_edit; }
    QAction *changeRolesAction() const { return m_changeRoles; }
    QAction *resendInviteAction() const { return m_resend; }
    QAction *removeFromOrganizationAction() const { return m_remove; }
    QAction *deleteAction() const { return m_delete; }

    // Shows the members of one organization (from the Organizations tab's members link).
    void showOrganization(const QString &organizationId, const QString &displayName);
    void refresh();

private:
    QWidget *buildTablePage();
    QAction *makeAction(const QString &icon, const QString &text, const QString &objectName,
                        const QKeySequence &shortcut);
    void onLoadRequested();
    void onEnvironmentReset();
    void applyFilter();
    void updateSummary();
    void updateActions();
    void onCurrentRowChanged(int row);
    void afterReload();

    const entities::User *currentUser() const;
    const entities::OrganizationMembership *currentMembership() const;
    QString organizationLabel(const entities::OrganizationMembership &membership) const;
    void applyUser(const entities::User &user);
    void fetchAndApplyUser(const std::string &userId);
    void reloadSelecting(const QString &userId);
    void showInfo(const QString &html);
    void showFailure(const QString &what, const QString &details);

    // Opens an edit or change-roles dialog and applies the user it returns.
    void openUserDialog(UserRequestDialog *dialog, const QString &doneMessage);
    void inviteUser();
    void editUser();
    void changeRoles();
    void resendInvite();
    void removeFromOrganization();
    void deleteUser();

    api::ApiClient *m_client;
    services::EnvironmentStatus *m_status;
    models::UsersModel *m_model;
    TabFrame *m_frame = nullptr;
    ResourceTableView *m_view;
    UserDetailPane *m_detail;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search;
    OrganizationFilter *m_organizations;
    QLabel *m_summary;
    MessageBanner *m_banner;
    QTimer *m_searchDelay;
    QAction *m_invite;
    QAction *m_edit;
    QAction *m_changeRoles;
    QAction *m_resend;
    QAction *m_remove;
    QAction *m_delete;
    QString m_selectAfterReload;
    bool m_busy = false;
};

} // namespace sk::ui
