#include "ui/users/userstab.h"

#include "models/core/displayformat.h"
#include "models/users/userformat.h"
#include "models/users/usersmodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/usersservice.h"
#include "ui/consoletabs.h"
#include "ui/users/changerolesdialog.h"
#include "ui/users/edituserdialog.h"
#include "ui/users/invitedialog.h"
#include "ui/users/organizationfilter.h"
#include "ui/users/userdetailpane.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/tabframe.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourcetableview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

using entities::MembershipStatus;
using entities::OrganizationMembership;
using entities::User;
using models::PagedTableModel;
using models::UsersModel;
using models::text;
using services::EnvironmentStatus;

UsersTab::UsersTab(api::ApiClient *client, EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_status(status)
    , m_model(new UsersModel(client, this))
    , m_view(new ResourceTableView(QStringLiteral("users"), this))
    , m_detail(new UserDetailPane(client, status, this))
    , m_search(new QLineEdit(this))
    , m_organizations(new OrganizationFilter(client, this))
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("usersTab"));

    m_invite = makeAction(QStringLiteral("invite"), tr("Invite…"), QStringLiteral("actionInviteUser"),
                          QKeySequence(Qt::CTRL | Qt::Key_I));
    m_edit = makeAction(QStringLiteral("edit"), tr("Edit…"), QStringLiteral("actionEditUser"), QKeySequence(Qt::Key_F2));
    m_changeRoles = makeAction(QStringLiteral("key"), tr("Change roles…"), QStringLiteral("actionChangeRoles"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_resend = makeAction(QStringLiteral("refresh"), tr("Resend invite"), QStringLiteral("actionResendInvite"), {});
    m_remove = makeAction(QStringLiteral("link"), tr("Remove from organization"),
                          QStringLiteral("actionRemoveFromOrganization"), {});
    m_delete = makeAction(QStringLiteral("delete"), tr("Delete user"), QStringLiteral("actionDeleteUser"),
                          QKeySequence::Delete);
    connect(m_invite, &QAction::triggered, this, &UsersTab::inviteUser);
    connect(m_edit, &QAction::triggered, this, &UsersTab::editUser);
    connect(m_changeRoles, &QAction::triggered, this, &UsersTab::changeRoles);
    connect(m_resend, &QAction::triggered, this, &UsersTab::resendInvite);
    connect(m_remove, &QAction::triggered, this, &UsersTab::removeFromOrganization);
    connect(m_delete, &QAction::triggered, this, &UsersTab::deleteUser);

    m_frame = new TabFrame(TabId::Users, status, buildTablePage(), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_frame);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &UsersTab::applyFilter);
    connect(m_organizations, &OrganizationFilter::organizationChanged, this, &UsersTab::applyFilter);
    connect(m_view, &ResourceTableView::refreshRequested, this, &UsersTab::refresh);
    connect(m_view, &ResourceTableView::currentSourceRowChanged, this, &UsersTab::onCurrentRowChanged);
    connect(m_view, &ResourceTableView::openRequested, this, [this](int row) {
        m_view->selectSourceRow(row);
        m_detail->pages()->setFocus();
    });
    connect(m_detail, &UserDetailPane::currentOrganizationChanged, this, &UsersTab::updateActions);
    connect(m_model, &PagedTableModel::stateChanged, this, &UsersTab::updateSummary);
    connect(m_model, &PagedTableModel::stateChanged, this, &UsersTab::afterReload);
    connect(m_model, &PagedTableModel::totalSizeChanged, this, &UsersTab::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersTab::updateSummary);
    connect(m_status, &EnvironmentStatus::writableChanged, this, &UsersTab::updateActions);
    connect(m_status, &EnvironmentStatus::connectionChanged, this, &UsersTab::updateActions);
    connect(m_frame, &TabFrame::loadRequested, this, &UsersTab::onLoadRequested);
    connect(m_frame, &TabFrame::environmentReset, this, &UsersTab::onEnvironmentReset);
    m_frame->start();
    updateActions();
}

void UsersTab::onEnvironmentReset()
{
    m_banner->hide();
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_organizations->reset();
    m_detail->setUser(nullptr);
}

QAction *UsersTab::makeAction(const QString &icon, const QString &text, const QString &objectName,
                              const QKeySequence &shortcut)
{
    auto *action = new QAction(QIcon(QStringLiteral(":/icons/") + icon + QStringLiteral(".svg")), text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut); // on the table: typing elsewhere never triggers it
    }
    return action;
}

QWidget *UsersTab::buildTablePage()
{
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search users by name, email, usr_ or external ID (3 characters or more)"));
    m_search->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("userSummary"));
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setPagedModel(m_model);
    m_view->setSelectFirstRow(true);
    m_view->setDefaultColumnWidths({150, 230, 170, 130, 180, 90, 120, 120});
    for (QAction *action : {m_edit, m_changeRoles, m_resend, m_remove})
        m_view->addContextAction(action);
    m_view->addContextSeparator();
    m_view->addContextAction(m_delete);
    m_view->addAction(m_invite);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(8, 8, 8, 4);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_organizations);
    filters->addSpacing(12);
    filters->addWidget(m_summary);

    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(8, 0, 8, 4);
    actions->setSpacing(4);
    for (QAction *action : {m_invite, m_edit, m_changeRoles, m_resend, m_remove, m_delete}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        actions->addWidget(button);
    }
    actions->addStretch(1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("usersSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({880, 520});
    m_splitter->setChildrenCollapsible(false);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    return page;
}

void UsersTab::showOrganization(const QString &organizationId, const QString &displayName)
{
    m_organizations->setOrganization(organizationId, displayName);
    applyFilter(); // in case it was already the current one
}

void UsersTab::refresh()
{
    if (m_status->connection() != EnvironmentStatus::Connection::Connected)
        return;
    m_selectAfterReload = m_view->currentId();
    m_model->reload();
    if (!m_organizations->isLoading())
        m_organizations->reload();
}

void UsersTab::onLoadRequested()
{
    m_organizations->reload();
    m_model->setQuery(m_organizations->organizationId(), m_search->text());
    if (m_model->state() != PagedTableModel::State::Loading)
        m_model->reload(); // the same query as in the last environment: load it anyway
    updateActions();
}

void UsersTab::applyFilter()
{
    if (!m_frame->hasLoaded())
        return; // the first load uses whatever is set by then
    m_model->setQuery(m_organizations->organizationId(), m_search->text());
    updateSummary();
}

void UsersTab::updateSummary()
{
    const QString org = m_organizations->organizationName();
    m_summary->setText(org.isEmpty() ? m_model->summaryText(!m_model->search().isEmpty(), tr("user"), tr("users"))
                                     : m_model->summaryText(!m_model->search().isEmpty(), tr("member"), tr("members")));
}

void UsersTab::afterReload()
{
    const PagedTableModel::State state = m_model->state();
    if (m_selectAfterReload.isEmpty() || state == PagedTableModel::State::Loading
        || (state == PagedTableModel::State::Idle && m_model->entityCount() == 0))
        return; // not yet: reload() passes through Idle before the first page arrives
    // The first page is in (or failed): select the user if it is there, else give up.
    const int row = m_model->rowOfUser(m_selectAfterReload);
    m_selectAfterReload.clear();
    if (row >= 0)
        m_view->selectSourceRow(row);
}

void UsersTab::onCurrentRowChanged(int row)
{
    m_detail->setUser(m_model->userAt(row), m_model->organizationId());
    updateActions();
}

const User *UsersTab::currentUser() const
{
    return m_model->userAt(m_view->currentSourceRow());
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
    const bool writable = m_status->canWrite() && !m_busy;
    const User *user = currentUser();
    const OrganizationMembership *membership = currentMembership();
    const bool invited = membership
                         && (membership->membershipStatus == MembershipStatus::PendingInvite
                             || membership->membershipStatus == MembershipStatus::InviteExpired);
    m_invite->setEnabled(writable && m_frame->hasLoaded());
    m_edit->setEnabled(writable && user);
    m_changeRoles->setEnabled(writable && membership);
    m_resend->setEnabled(writable && invited);
    m_remove->setEnabled(writable && membership);
    m_delete->setEnabled(writable && user);
    const QString readOnly = m_status->isReadOnly() ? tr(" (this profile is read-only)") : QString();
    for (QAction *action : {m_invite, m_edit, m_changeRoles, m_resend, m_remove, m_delete})
        action->setToolTip(action->text().remove(u'…') + (action->isEnabled() ? QString() : readOnly));
    if (membership && writable) { // say which organization the membership actions work on
        const QString where = organizationLabel(*membership);
        m_changeRoles->setToolTip(tr("Change the roles in %1").arg(where));
        m_resend->setToolTip(tr("Send the invitation to %1 again").arg(where));
        m_remove->setToolTip(tr("Remove from %1").arg(where));
    }
}

void UsersTab::showInfo(const QString &html)
{
    m_banner->showMessage(MessageBanner::Level::Info, html);
}

void UsersTab::showFailure(const QString &what, const QString &details)
{
    m_banner->showMessage(MessageBanner::Level::Danger,
                          QStringLiteral("<b>") + what.toHtmlEscaped() + QStringLiteral("</b> ") + details.toHtmlEscaped());
}

void UsersTab::applyUser(const User &user)
{
    m_model->updateUser(user);
    m_detail->refreshUser(user);
    updateActions();
}

void UsersTab::fetchAndApplyUser(const std::string &userId)
{
    services::UsersService(m_client).get(userId, this, [this](api::Result<User> result) {
        if (result)
            applyUser(result.value());
    });
}

void UsersTab::reloadSelecting(const QString &userId)
{
    m_selectAfterReload = userId;
    m_model->reload();
}

// ---- actions ----

void UsersTab::inviteUser()
{
    if (!m_status->canWrite())
        return;
    QString org = m_organizations->organizationId();
    if (org.isEmpty())
        org = m_detail->currentOrganizationId();
    auto organizations = m_organizations->organizations();
    if (const OrganizationMembership *m = currentMembership();
        m && std::none_of(organizations.begin(), organizations.end(), [m](const auto &o) {
            return o.first == text(m->organizationId);
        })) {
        organizations.prepend({text(m->organizationId), organizationLabel(*m)});
    }
    auto *dialog = new InviteDialog(m_client, organizations, org, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<User> user = dialog->resultUser();
        if (!user)
            return;
        const OrganizationMembership *m = user->membership(dialog->organizationId().toStdString());
        const QString where = m ? organizationLabel(*m) : dialog->organizationId();
        showInfo(m && m->membershipStatus == MembershipStatus::PendingInvite
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
    if (!user || !m_status->canWrite())
        return;
    openUserDialog(new EditUserDialog(m_client, *user, this), tr("Saved the profile of <b>%1</b>."));
}

void UsersTab::changeRoles()
{
    const User *user = currentUser();
    const OrganizationMembership *membership = currentMembership();
    if (!user || !membership || !m_status->canWrite())
        return;
    openUserDialog(new ChangeRolesDialog(m_client, *user, text(membership->organizationId),
                                         organizationLabel(*membership), this),
                   tr("Changed the roles of <b>%1</b>."));
}

void UsersTab::resendInvite()
{
    const User *user = currentUser();
    const OrganizationMembership *membership = currentMembership();
    if (!user || !membership || !m_status->canWrite())
        return;
    const std::string userId = user->id;
    const QString email = text(user->email);
    const QString where = organizationLabel(*membership);
    m_busy = true;
    updateActions();
    services::UsersService(m_client).resendInvite(
        membership->organizationId, userId, this, [this, userId, email, where](api::Result<entities::Invite> result) {
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
    if (!currentUser() || !currentMembership() || !m_status->canWrite())
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
    if (!ConfirmByTypingDialog::confirmDestructive(this, m_status->isProduction(), tr("Remove from organization"),
                                                   message, email, last ? tr("Remove and delete user") : tr("Remove")))
        return;
    const std::string userId = user.id;
    const bool leavesList = last || !m_model->organizationId().isEmpty();
    m_busy = true;
    updateActions();
    services::UsersService(m_client).removeMembership(
        membership.organizationId, userId, last, this,
        [this, userId, email, where, last, leavesList](api::Result<api::Empty> result) {
            m_busy = false;
            updateActions();
            if (!result) {
                showFailure(tr("%1 was not removed from %2.").arg(email, where), result.error().describe());
                return;
            }
            showInfo(last ? tr("Removed <b>%1</b> from %2 and deleted the user.").arg(email.toHtmlEscaped(), where.toHtmlEscaped())
                          : tr("Removed <b>%1</b> from %2.").arg(email.toHtmlEscaped(), where.toHtmlEscaped()));
            if (leavesList)
                reloadSelecting({});
            else
                fetchAndApplyUser(userId);
        });
}

void UsersTab::deleteUser()
{
    if (!currentUser() || !m_status->canWrite())
        return;
    const User user = *currentUser(); // a copy: the confirmation runs an event loop
    const QString email = text(user.email);
    const int count = int(user.memberships.size());
    const QString memberships = count == 0   ? tr("It belongs to no organization.")
                                : count == 1 ? tr("Its membership and every session end at once.")
                                             : tr("All %1 memberships and every session end at once.").arg(count);
    const QString message = tr("This deletes %1 (%2) for good. %3 This cannot be undone.")
                                .arg(email, text(user.id), memberships);
    if (!ConfirmByTypingDialog::confirmDestructive(this, m_status->isProduction(), tr("Delete user"), message, email,
                                                   tr("Delete user")))
        return;
    m_busy = true;
    updateActions();
    services::UsersService(m_client).remove(user.id, this, [this, email](api::Result<api::Empty> result) {
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
