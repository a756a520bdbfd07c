#include "ui/users/userstab.h"

#include "models/core/displayformat.h"
#include "models/users/userformat.h"
#include "models/users/usersmodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/consoletabs.h"
#include "ui/users/changerolesdialog.h"
#include "ui/users/edituserdialog.h"
#include "ui/users/invitedialog.h"
#include "ui/users/organizationfilter.h"
#include "ui/users/userdetailpane.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/tabframe.h"

#include <QAction>
#include <QLineEdit>

namespace sk::ui {

using entities::MembershipStatus;
using entities::OrganizationMembership;
using entities::User;
using models::PagedTableModel;
using models::text;
using models::UsersModel;
using services::EnvironmentStatus;

UsersTab::UsersTab(services::Services *services, EnvironmentStatus *status, QWidget *parent)
    : ResourcePage(TabId::Users, QStringLiteral("users"), status, parent)
    , m_services(services)
    , m_model(new UsersModel(&services->users(), this))
    , m_detail(new UserDetailPane(services, status, this))
    , m_organizations(new OrganizationFilter(services, this))
{
    setListModel(m_model, { 150, 230, 170, 130, 180, 90, 120, 120 });
    enableSearch(tr("Search users by name, email, usr_ or external ID (3 characters or more)"));
    addFilterWidget(m_organizations);
    using Place = ActionPlace;
    m_invite = addPageAction(QStringLiteral("invite"), tr("Invite…"), QStringLiteral("actionInviteUser"),
                             QKeySequence(Qt::CTRL | Qt::Key_I), Place::Toolbar, &UsersTab::inviteUser);
    m_edit = addPageAction(QStringLiteral("edit"), tr("Edit…"), QStringLiteral("actionEditUser"),
                           QKeySequence(Qt::Key_F2), Place::ToolbarAndContextMenu, &UsersTab::editUser);
    m_changeRoles = addPageAction(
        QStringLiteral("key"), tr("Change roles…"), QStringLiteral("actionChangeRoles"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), Place::ToolbarAndContextMenu, &UsersTab::changeRoles);
    m_resend
        = addPageAction(QStringLiteral("refresh"), tr("Resend invite"), QStringLiteral("actionResendInvite"),
                        {}, Place::ToolbarAndContextMenu, &UsersTab::resendInvite);
    m_remove = addPageAction(QStringLiteral("link"), tr("Remove from organization"),
                             QStringLiteral("actionRemoveFromOrganization"), {}, Place::ToolbarAndContextMenu,
                             &UsersTab::removeFromOrganization);
    addContextSeparator();
    m_delete = addPageAction(QStringLiteral("delete"), tr("Delete user"), QStringLiteral("actionDeleteUser"),
                             QKeySequence::Delete, Place::ToolbarAndContextMenu, &UsersTab::deleteUser);
    setDetailPane(m_detail, 420);

    connect(m_organizations, &OrganizationFilter::organizationChanged, this, &UsersTab::applyFilter);
    connect(view(), &ResourceTableView::openRequested, this, [this](int row) {
        view()->selectSourceRow(row);
        m_detail->pages()->setFocus();
    });
    connect(m_detail, &UserDetailPane::currentOrganizationChanged, this, &UsersTab::updateActions);
    finishSetup();
}

void UsersTab::onEnvironmentReset()
{
    ResourcePage::onEnvironmentReset();
    m_organizations->reset();
    m_detail->setUser(nullptr);
}

void UsersTab::showOrganization(const QString &organizationId, const QString &displayName)
{
    m_organizations->setOrganization(organizationId, displayName);
    applyFilter(); // in case it was already the current one
}

void UsersTab::refresh()
{
    if (!isConnected())
        return;
    ResourcePage::refresh();
    if (!m_organizations->isLoading())
        m_organizations->reload();
}

void UsersTab::onLoadRequested()
{
    m_organizations->reload();
    m_model->setQuery(m_organizations->organizationId(), searchField()->text());
    if (m_model->state() != PagedTableModel::State::Loading)
        m_model->reload(); // the same query as in the last environment: load it anyway
    updateActions();
}

void UsersTab::onSearchChanged(const QString &)
{
    applyFilter();
}

void UsersTab::applyFilter()
{
    if (!frame()->hasLoaded())
        return; // the first load uses whatever is set by then
    m_model->setQuery(m_organizations->organizationId(), searchField()->text());
    updateSummary();
}

bool UsersTab::isSearching() const
{
    return !m_model->search().isEmpty();
}

QString UsersTab::summaryText() const
{
    return m_organizations->organizationName().isEmpty()
        ? m_model->summaryText(isSearching(), tr("user"), tr("users"))
        : m_model->summaryText(isSearching(), tr("member"), tr("members"));
}

void UsersTab::onCurrentRowChanged(int row)
{
    m_detail->setUser(m_model->userAt(row), m_model->organizationId());
}

void UsersTab::reloadSelecting(const QString &userId)
{
    m_model->reload();
    if (!userId.isEmpty())
        selectWhenLoaded(userId);
}

const User *UsersTab::currentUser() const
{
    return m_model->userAt(view()->currentSourceRow());
}

const OrganizationMembership *UsersTab::currentMembership() const
{
    const User *user = currentUser();
    if (!user || !m_detail->user() || m_detail->user()->id != user->id)
        return nullptr;
    return m_detail->currentMembership();
}

QString UsersTab::organizationLabel(const OrganizationMembership &membership) const
{
    return models::membershipOrganizationName(membership);
}

void UsersTab::updateActions()
{
    const bool writable = environment()->canWrite() && !m_busy;
    const User *user = currentUser();
    const OrganizationMembership *membership = currentMembership();
    const bool invited = membership
        && (membership->membershipStatus == MembershipStatus::PendingInvite
            || membership->membershipStatus == MembershipStatus::InviteExpired);
    m_invite->setEnabled(writable && frame()->hasLoaded());
    m_edit->setEnabled(writable && user);
    m_changeRoles->setEnabled(writable && membership);
    m_resend->setEnabled(writable && invited);
    m_remove->setEnabled(writable && membership);
    m_delete->setEnabled(writable && user);
    const QString readOnly = environment()->isReadOnly() ? tr(" (this profile is read-only)") : QString();
    for (QAction *action : { m_invite, m_edit, m_changeRoles, m_resend, m_remove, m_delete })
        action->setToolTip(action->text().remove(u'…') + (action->isEnabled() ? QString() : readOnly));
    if (membership && writable) { // say which organization the membership actions work on
        const QString where = organizationLabel(*membership);
        m_changeRoles->setToolTip(tr("Change the roles in %1").arg(where));
        m_resend->setToolTip(tr("Send the invitation to %1 again").arg(where));
        m_remove->setToolTip(tr("Remove from %1").arg(where));
    }
}

void UsersTab::applyUser(const User &user)
{
    m_model->updateUser(user);
    m_detail->refreshUser(user);
    updateActions();
}

void UsersTab::fetchAndApplyUser(const std::string &userId)
{
    m_services->users().get(userId, this, [this](api::Result<User> result) {
        if (result)
            applyUser(result.value());
    });
}

// ---- actions ----

void UsersTab::inviteUser()
{
    if (!environment()->canWrite())
        return;
    QString org = m_organizations->organizationId();
    if (org.isEmpty())
        org = m_detail->currentOrganizationId();
    auto organizations = m_organizations->organizations();
    if (const OrganizationMembership *m = currentMembership(); m
        && std::none_of(organizations.begin(), organizations.end(),
                        [m](const auto &o) { return o.first == text(m->organizationId); })) {
        organizations.prepend({ text(m->organizationId), organizationLabel(*m) });
    }
    auto *dialog = new InviteDialog(m_services, organizations, org, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<User> user = dialog->resultUser();
        if (!user)
            return;
        const OrganizationMembership *m = user->membership(dialog->organizationId().toStdString());
        const QString where = m ? organizationLabel(*m) : dialog->organizationId();
        showInfo(
            m && m->membershipStatus == MembershipStatus::PendingInvite
                ? tr("Invited <b>%1</b> to %2; the invitation email is on its way.")
                      .arg(text(user->email).toHtmlEscaped(), where.toHtmlEscaped())
                : tr("Added <b>%1</b> to %2.").arg(text(user->email).toHtmlEscaped(), where.toHtmlEscaped()));
        if (m_model->rowOfUser(text(user->id)) >= 0)
            applyUser(*user);
        else
            reloadSelecting(text(user->id));
    });
    dialog->open();
}

void UsersTab::openUserDialog(UserRequestDialog *dialog, const QString &doneMessage)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, doneMessage] {
        if (const std::optional<User> updated = dialog->resultUser()) {
            applyUser(*updated);
            showInfo(doneMessage.arg(text(updated->email).toHtmlEscaped()));
        }
    });
    dialog->open();
}

void UsersTab::editUser()
{
    const User *user = currentUser();
    if (!user || !environment()->canWrite())
        return;
    openUserDialog(new EditUserDialog(m_services, *user, this), tr("Saved the profile of <b>%1</b>."));
}

void UsersTab::changeRoles()
{
    const User *user = currentUser();
    const OrganizationMembership *membership = currentMembership();
    if (!user || !membership || !environment()->canWrite())
        return;
    openUserDialog(new ChangeRolesDialog(m_services, *user, text(membership->organizationId),
                                         organizationLabel(*membership), this),
                   tr("Changed the roles of <b>%1</b>."));
}

void UsersTab::resendInvite()
{
    const User *user = currentUser();
    const OrganizationMembership *membership = currentMembership();
    if (!user || !membership || !environment()->canWrite())
        return;
    const std::string userId = user->id;
    const QString email = text(user->email);
    const QString where = organizationLabel(*membership);
    m_busy = true;
    updateActions();
    m_services->users().resendInvite(
        membership->organizationId, userId, this,
        [this, userId, email, where](api::Result<entities::Invite> result) {
            m_busy = false;
            updateActions();
            if (!result) {
                showFailure(tr("The invitation was not sent again."), result.error().describe());
                return;
            }
            showInfo(tr("Sent the invitation to <b>%1</b> (%2) again; it now expires %3.")
                         .arg(email.toHtmlEscaped(), where.toHtmlEscaped(),
                              models::formatTimestamp(result.value().expiresAt)));
            fetchAndApplyUser(userId);
        });
}

void UsersTab::removeFromOrganization()
{
    if (!currentUser() || !currentMembership() || !environment()->canWrite())
        return;
    // Copies: the confirmation runs an event loop in which the rows may change.
    const User user = *currentUser();
    const OrganizationMembership membership = *currentMembership();
    const QString email = text(user.email);
    const QString where = organizationLabel(membership);
    const bool last = user.memberships.size() == 1;
    QString message = tr("%1 loses access to %2 at once and is signed out of it.").arg(email, where);
    if (last) {
        message += QStringLiteral("\n\n")
            + tr("This is the user's last organization: removing it also deletes the user, with their "
                 "profile and every session. This cannot be undone; adding them again creates a new user.");
    }
    if (!ConfirmByTypingDialog::confirmWrite(this, *environment(), tr("Remove from organization"), message,
                                             email, last ? tr("Remove and delete user") : tr("Remove")))
        return;
    const std::string userId = user.id;
    const bool leavesList = last || !m_model->organizationId().isEmpty();
    m_busy = true;
    updateActions();
    m_services->users().removeMembership(
        membership.organizationId, userId, last, this,
        [this, userId, email, where, last, leavesList](api::Result<api::Empty> result) {
            m_busy = false;
            updateActions();
            if (!result) {
                showFailure(tr("%1 was not removed from %2.").arg(email, where), result.error().describe());
                return;
            }
            showInfo(
                last ? tr("Removed <b>%1</b> from %2 and deleted the user.")
                           .arg(email.toHtmlEscaped(), where.toHtmlEscaped())
                     : tr("Removed <b>%1</b> from %2.").arg(email.toHtmlEscaped(), where.toHtmlEscaped()));
            if (leavesList)
                reloadSelecting({});
            else
                fetchAndApplyUser(userId);
        });
}

void UsersTab::deleteUser()
{
    if (!currentUser() || !environment()->canWrite())
        return;
    const User user = *currentUser(); // a copy: the confirmation runs an event loop
    const QString email = text(user.email);
    const int count = int(user.memberships.size());
    const QString memberships = count == 0 ? tr("It belongs to no organization.")
        : count == 1                       ? tr("Its membership and every session end at once.")
                     : tr("All %1 memberships and every session end at once.").arg(count);
    const QString message = tr("This deletes %1 (%2) for good. %3 This cannot be undone.")
                                .arg(email, text(user.id), memberships);
    if (!ConfirmByTypingDialog::confirmWrite(this, *environment(), tr("Delete user"), message, email,
                                             tr("Delete user")))
        return;
    m_busy = true;
    updateActions();
    m_services->users().remove(user.id, this, [this, email](api::Result<api::Empty> result) {
        m_busy = false;
        updateActions();
        if (!result) {
            showFailure(tr("%1 was not deleted.").arg(email), result.error().describe());
            return;
        }
        showInfo(tr("Deleted the user <b>%1</b>.").arg(email.toHtmlEscaped()));
        reloadSelecting({});
    });
}

} // namespace sk::ui
