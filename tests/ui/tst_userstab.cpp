// The Users tab offscreen against a real sandbox: the organization filter and search, the
// detail pane (memberships, roles, permissions, sessions), invite with a server validation
// error that keeps what was typed, change roles, revoking sessions, removing a last
// membership (cascade warning), deleting with typed confirmation in production, and every
// write action disabled on a read-only profile. With SK_SCREENSHOT_DIR set, the tab and each
// dialog are also rendered to PNG files there.
#include "models/users/sessionsmodel.h"

#include "services/resources/services.h"
#include "models/users/userformat.h"
#include "models/users/usersmodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/usersservice.h"
#include "tests/support/sandboxprocess.h"
#include "tests/ui/uitest.h"
#include "ui/users/changerolesdialog.h"
#include "ui/users/edituserdialog.h"
#include "ui/users/invitedialog.h"
#include "ui/users/organizationfilter.h"
#include "ui/users/userdetailpane.h"
#include "ui/users/usersessionspanel.h"
#include "ui/users/userstab.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/fielderrors.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourcetableview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace sk;
using models::PagedTableModel;
using models::SessionsModel;
using models::UsersModel;
using services::EnvironmentStatus;
using ui::UsersTab;
using test::screenshot;
using test::whenModal;

namespace {

bool settle(const PagedTableModel &model)
{
    return QTest::qWaitFor([&model] { return model.state() != PagedTableModel::State::Loading; }, 30000);
}

} // namespace

class TestUsersTab : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<EnvironmentStatus> m_status;

    std::unique_ptr<UsersTab> makeTab()
    {
        auto tab = std::make_unique<UsersTab>(m_services.get(), m_status.get());
        tab->resize(1400, 800);
        tab->show();
        return tab;
    }

    static bool loaded(UsersTab &tab)
    {
        return settle(*tab.model()) && tab.model()->state() != PagedTableModel::State::Failed;
    }

    static bool organizationsLoaded(UsersTab &tab)
    {
        return QTest::qWaitFor([&tab] { return tab.organizationFilter()->count() > 1 && !tab.organizationFilter()->isLoading(); },
                               30000);
    }

    // The first loaded row whose user passes `pick`, selected; -1 if none.
    static int selectUser(UsersTab &tab, const std::function<bool(const entities::User &)> &pick)
    {
        for (int row = 0; row < tab.model()->entityCount(); ++row) {
            if (pick(*tab.model()->userAt(row))) {
                tab.view()->selectSourceRow(row);
                return row;
            }
        }
        return -1;
    }

    bool userExists(const std::string &id)
    {
        std::optional<bool> exists;
        services::UsersService(m_client.get()).get(id, this, [&exists](api::Result<entities::User> result) {
            exists = bool(result);
        });
        (void)QTest::qWaitFor([&exists] { return exists.has_value(); }, 10000);
        return exists.value_or(true);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::ResourceTableView::setLayoutPersistence(false);
        m_sandbox = std::make_unique<test::SandboxProcess>(
            QStringList{QStringLiteral("--organizations"), QStringLiteral("8"), QStringLiteral("--users"),
                        QStringLiteral("160")});
        m_sandbox->setRequestLog(true);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<api::ApiClient>(&m_network);
        m_services = std::make_unique<services::Services>(m_client.get());
        m_client->setSettings({m_sandbox->url(), m_sandbox->clientId(), m_sandbox->clientSecret()});
        m_status = std::make_unique<EnvironmentStatus>();
    }

    void init()
    {
        m_status->setReadOnly(false);
        m_status->setEnvironment(QStringLiteral("Sandbox"), EnvironmentStatus::Kind::Sandbox);
        m_status->setConnection(EnvironmentStatus::Connection::Connected);
        ui::ConfirmByTypingDialog::setNextAnswer(std::nullopt);
    }

    void emptyStateUntilConnectedThenLoads()
    {
        m_status->setConnection(EnvironmentStatus::Connection::NotConfigured);
        auto tab = makeTab();
        QCOMPARE(tab->model()->state(), PagedTableModel::State::Idle);
        QVERIFY(!tab->view()->isVisible());
        QVERIFY(!tab->inviteAction()->isEnabled());
        m_status->setConnection(EnvironmentStatus::Connection::Connected);
        QVERIFY(tab->view()->isVisible());
        QVERIFY(loaded(*tab));
        QCOMPARE(tab->model()->totalSize(), 160);
        QVERIFY(tab->summaryLabel()->text().contains(QStringLiteral("160")));
        QVERIFY(tab->inviteAction()->isEnabled());
        // The first user is selected as soon as the rows arrive, so the detail pane shows it.
        QCOMPARE(tab->view()->currentSourceRow(), 0);
        QVERIFY(tab->deleteAction()->isEnabled());
        QVERIFY(organizationsLoaded(*tab));
        tab->view()->selectSourceRow(0);
        QVERIFY(screenshot(tab.get(), QStringLiteral("users-tab")));
    }

    void filterByOrganizationAndSearch()
    {
        auto tab = makeTab();
        QVERIFY(loaded(*tab));
        QVERIFY(organizationsLoaded(*tab));
        ui::OrganizationFilter *filter = tab->organizationFilter();
        QCOMPARE(filter->count(), 9); // "All organizations" and the 8
        filter->setCurrentIndex(2);
        const QString orgId = filter->organizationId();
        QVERIFY(orgId.startsWith(QStringLiteral("org_")));
        QCOMPARE(tab->model()->organizationId(), orgId);
        QVERIFY(loaded(*tab));
        const int members = tab->model()->entityCount();
        QVERIFY(members > 0 && members < 160);
        for (int row = 0; row < members; ++row)
            QVERIFY(tab->model()->userAt(row)->membership(orgId.toStdString()));
        QVERIFY2(tab->summaryLabel()->text().contains(QStringLiteral("member")), qPrintable(tab->summaryLabel()->text()));

        // Search inside the organization by part of a member's email.
        const QString email = QString::fromStdString(tab->model()->userAt(members - 1)->email);
        QTest::keyClicks(tab->searchField(), email.left(email.indexOf(u'@')));
        QVERIFY(QTest::qWaitFor([&tab] { return !tab->model()->search().isEmpty(); }, 5000));
        QVERIFY(loaded(*tab));
        QVERIFY(tab->model()->entityCount() >= 1);
        QVERIFY(tab->model()->entityCount() <= members);
        QVERIFY(tab->model()->rowOfUser(QString::fromStdString(tab->model()->userAt(0)->id)) == 0);
        bool found = false;
        for (int row = 0; row < tab->model()->entityCount(); ++row)
            found = found || tab->model()->index(row, UsersModel::Email).data().toString() == email;
        QVERIFY(found);
        QVERIFY(tab->summaryLabel()->text().contains(QStringLiteral("match")));

        // Arriving from the Organizations tab: another organization, the search kept.
        tab->searchField()->clear();
        QVERIFY(QTest::qWaitFor([&tab] { return tab->model()->search().isEmpty(); }, 5000));
        const QString other = filter->itemData(3).toString();
        tab->showOrganization(other, QStringLiteral("Whatever name"));
        QCOMPARE(filter->organizationId(), other);
        QCOMPARE(tab->model()->organizationId(), other);
        QVERIFY(loaded(*tab));
        // An organization not in the list yet is added, by ID.
        tab->showOrganization(QStringLiteral("org_not_loaded_yet"), QStringLiteral("Far away"));
        QCOMPARE(filter->currentText(), QStringLiteral("Far away"));
        QVERIFY(settle(*tab->model()));
        QCOMPARE(tab->model()->state(), PagedTableModel::State::Failed); // the sandbox does not know it
        // An org_ ID typed into the filter and Enter picks it.
        filter->lineEdit()->clear();
        QTest::keyClicks(filter->lineEdit(), orgId);
        QTest::keyClick(filter->lineEdit(), Qt::Key_Return);
        QCOMPARE(filter->organizationId(), orgId);
        QVERIFY(loaded(*tab));
        QCOMPARE(tab->model()->entityCount(), members);
        // Back to everyone.
        filter->setCurrentIndex(0);
        QVERIFY(loaded(*tab));
        QCOMPARE(tab->model()->totalSize(), 160);
    }

    void selectingAUserFillsTheDetailPane()
    {
        auto tab = makeTab();
        QVERIFY(loaded(*tab));
        ui::UserDetailPane *pane = tab->detailPane();
        QVERIFY(pane->user()); // the first row, selected when the rows arrived
        QCOMPARE(QString::fromStdString(pane->user()->id), tab->view()->currentId());
        const int row = selectUser(*tab, [](const entities::User &u) {
            return u.memberships.size() >= 2 && u.lastLoginTime.isSet();
        });
        QVERIFY(row >= 0);
        const entities::User user = *tab->model()->userAt(row);
        QVERIFY(pane->user());
        QCOMPARE(pane->user()->id, user.id);
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("userDetailEmail"))->text(), QString::fromStdString(user.email));
        QCOMPARE(pane->membershipsTable()->rowCount(), int(user.memberships.size()));
        QCOMPARE(pane->organizationPicker()->count(), int(user.memberships.size()));
        QVERIFY(QTest::qWaitFor([pane] { return pane->rolesList()->count() > 0; }, 10000));
        QVERIFY(QTest::qWaitFor([pane] { return pane->permissionsTable()->rowCount() > 0; }, 10000));
        const QString firstOrg = pane->currentOrganizationId();
        QCOMPARE(firstOrg.toStdString(), user.memberships.front().organizationId);

        // Picking the other membership reloads roles for it and moves the membership actions there.
        pane->membershipsTable()->selectRow(1);
        QCOMPARE(pane->currentOrganizationId().toStdString(), user.memberships[1].organizationId);
        QVERIFY(QTest::qWaitFor([pane] { return pane->rolesList()->count() > 0; }, 10000));
        QCOMPARE(pane->rolesList()->item(0)->data(Qt::UserRole).toString().toStdString(),
                 user.memberships[1].roles.front().name);

        // Sessions of the same user.
        ui::UserSessionsPanel *sessions = pane->sessionsPanel();
        QCOMPARE(sessions->model()->userId().toStdString(), user.id);
        QVERIFY(settle(*sessions->model()));
        QVERIFY(sessions->model()->entityCount() >= 1);
        const QString sessionOrg = sessions->model()->index(0, SessionsModel::Organization).data().toString();
        QVERIFY2(!sessionOrg.isEmpty() && !sessionOrg.startsWith(QStringLiteral("org_")), qPrintable(sessionOrg));
        // The membership actions say which organization they work on.
        QVERIFY(tab->removeFromOrganizationAction()->toolTip().contains(
            models::membershipOrganizationName(user.memberships[1])));
        pane->pages()->setCurrentWidget(sessions);
        QVERIFY(screenshot(tab.get(), QStringLiteral("users-tab-sessions")));
        pane->pages()->setCurrentIndex(0);
        QVERIFY(screenshot(pane, QStringLiteral("users-detail-profile")));
    }

    void inviteKeepsWhatWasTypedOnAServerError()
    {
        auto tab = makeTab();
        QVERIFY(loaded(*tab));
        QVERIFY(organizationsLoaded(*tab));
        tab->organizationFilter()->setCurrentIndex(1);
        const QString orgId = tab->organizationFilter()->organizationId();
        QVERIFY(loaded(*tab));
        tab->inviteAction()->trigger();
        auto *dialog = tab->findChild<ui::InviteDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->organizationId(), orgId); // the filtered organization
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->rolesLoaded(); }, 10000));
        QVERIFY(dialog->roleField()->count() > 2);
        QVERIFY(dialog->sendEmailField()->isChecked());

        // Empty email: stopped before sending.
        dialog->submitNow();
        QVERIFY(!dialog->isBusy());
        QVERIFY(!dialog->fieldErrors()->fieldError(QStringLiteral("email")).isEmpty());

        // An address the server refuses (no dot in the domain).
        QTest::keyClicks(dialog->emailField(), QStringLiteral("ada.lovelace@localhost"));
        QTest::keyClicks(dialog->givenNameField(), QStringLiteral("Ada"));
        QTest::keyClicks(dialog->familyNameField(), QStringLiteral("Lovelace"));
        dialog->roleField()->setCurrentIndex(dialog->roleField()->findData(QStringLiteral("viewer")));
        QVERIFY(dialog->roleField()->currentIndex() > 0);
        QVERIFY(screenshot(dialog, QStringLiteral("users-invite-dialog")));
        dialog->submitNow();
        QVERIFY(dialog->isBusy());
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 10000));
        QVERIFY(dialog->isVisible());
        QVERIFY2(!dialog->fieldErrors()->fieldError(QStringLiteral("email")).isEmpty(),
                 qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(dialog->emailField()->text(), QStringLiteral("ada.lovelace@localhost"));
        QCOMPARE(dialog->givenNameField()->text(), QStringLiteral("Ada"));
        QCOMPARE(dialog->familyNameField()->text(), QStringLiteral("Lovelace"));
        QCOMPARE(dialog->roleField()->currentData().toString(), QStringLiteral("viewer"));
        QVERIFY(screenshot(dialog, QStringLiteral("users-invite-error")));

        // Fixed: the user is invited with that role and shows up selected.
        dialog->emailField()->setText(QStringLiteral("ada.lovelace@analytical-engine.test"));
        QPointer<ui::InviteDialog> guard(dialog);
        dialog->submitNow();
        QVERIFY(QTest::qWaitFor([guard] { return !guard || !guard->isVisible(); }, 10000));
        QVERIFY2(tab->banner()->text().contains(QStringLiteral("ada.lovelace@analytical-engine.test")),
                 qPrintable(tab->banner()->text()));
        QVERIFY(QTest::qWaitFor([&tab] {
            return tab->view()->currentId().startsWith(QStringLiteral("usr_"));
        }, 10000));
        const entities::User *user = tab->model()->userAt(tab->view()->currentSourceRow());
        QCOMPARE(user->email, std::string("ada.lovelace@analytical-engine.test"));
        const entities::OrganizationMembership *m = user->membership(orgId.toStdString());
        QVERIFY(m);
        QCOMPARE(m->membershipStatus.value, entities::MembershipStatus::PendingInvite);
        QCOMPARE(m->roles.front().name, std::string("viewer"));
        QCOMPARE(user->userProfile.givenName, std::string("Ada"));

        // A pending invitation can be sent again.
        QVERIFY(tab->resendInviteAction()->isEnabled());
        tab->resendInviteAction()->trigger();
        QVERIFY(QTest::qWaitFor([&tab] { return tab->banner()->text().contains(QStringLiteral("again")); }, 10000));
    }

    void changeRolesReplacesTheMembershipRoles()
    {
        auto tab = makeTab();
        QVERIFY(loaded(*tab));
        QVERIFY(organizationsLoaded(*tab));
        tab->organizationFilter()->setCurrentIndex(3);
        const std::string orgId = tab->organizationFilter()->organizationId().toStdString();
        QVERIFY(loaded(*tab));
        const int row = selectUser(*tab, [&](const entities::User &u) {
            return u.membership(orgId)->membershipStatus == entities::MembershipStatus::Active;
        });
        QVERIFY(row >= 0);
        QVERIFY(tab->changeRolesAction()->isEnabled());
        tab->changeRolesAction()->trigger();
        auto *dialog = tab->findChild<ui::ChangeRolesDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->rolesLoaded(); }, 10000));
        QVERIFY(dialog->rolesList()->count() >= 4);
        QCOMPARE(dialog->checkedRoles().size(), 1); // the seed gives one role
        QVERIFY(screenshot(dialog, QStringLiteral("users-change-roles")));

        dialog->setCheckedRoles({});
        dialog->submitNow();
        QVERIFY(!dialog->isBusy());
        QVERIFY(!dialog->fieldErrors()->fieldError(QStringLiteral("roles")).isEmpty());

        dialog->setCheckedRoles({QStringLiteral("billing_manager"), QStringLiteral("viewer")});
        QPointer<ui::ChangeRolesDialog> guard(dialog);
        dialog->submitNow();
        QVERIFY(QTest::qWaitFor([guard] { return !guard || !guard->isVisible(); }, 10000));
        const entities::User *user = tab->model()->userAt(row);
        std::vector<std::string> names;
        for (const auto &role : user->membership(orgId)->roles)
            names.push_back(role.name);
        std::sort(names.begin(), names.end());
        QCOMPARE(names, (std::vector<std::string>{"billing_manager", "viewer"}));
        const QString shown = tab->model()->index(row, UsersModel::Roles).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("Viewer"), Qt::CaseInsensitive), qPrintable(shown));
        QVERIFY(QTest::qWaitFor([&tab] { return tab->detailPane()->rolesList()->count() == 2; }, 10000));
    }

    void editProfileChecksAttributesAndSaves()
    {
        auto tab = makeTab();
        QVERIFY(loaded(*tab));
        const int row = selectUser(*tab, [](const entities::User &) { return true; });
        tab->editAction()->trigger();
        auto *dialog = tab->findChild<ui::EditUserDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->givenNameField()->setText(QStringLiteral("Grace"));
        dialog->addAttributeRow(QStringLiteral("ab"), QStringLiteral("too short a key"));
        dialog->addAttributeRow(QStringLiteral("email"), QStringLiteral("reserved"));
        dialog->submitNow();
        QVERIFY(!dialog->isBusy());
        const QString problems = dialog->fieldErrors()->fieldError(QStringLiteral("custom_attributes"));
        QVERIFY(problems.contains(QStringLiteral("\"ab\"")));
        QVERIFY(problems.contains(QStringLiteral("reserved")));
        QVERIFY(screenshot(dialog, QStringLiteral("users-edit-dialog")));
        QCOMPARE(dialog->givenNameField()->text(), QStringLiteral("Grace")); // nothing lost
        dialog->attributesTable()->setRowCount(0);
        dialog->addAttributeRow(QStringLiteral("employee_type"), QStringLiteral("contractor"));
        dialog->externalIdField()->setText(QStringLiteral("hr-4711"));
        QPointer<ui::EditUserDialog> guard(dialog);
        dialog->submitNow();
        QVERIFY(QTest::qWaitFor([guard] { return !guard || !guard->isVisible(); }, 10000));
        const entities::User *user = tab->model()->userAt(row);
        QCOMPARE(user->userProfile.givenName, std::string("Grace"));
        QCOMPARE(user->userProfile.customAttributes.at("employee_type"), std::string("contractor"));
        QCOMPARE(tab->model()->index(row, UsersModel::ExternalId).data().toString(), QStringLiteral("hr-4711"));
    }

    void revokeOneSessionThenAll()
    {
        auto tab = makeTab();
        QVERIFY(loaded(*tab));
        ui::UserSessionsPanel *panel = tab->detailPane()->sessionsPanel();
        SessionsModel *sessions = panel->model();
        int activeRow = -1;
        for (int row = 0; row < tab->model()->entityCount() && activeRow < 0; ++row) {
            if (!tab->model()->userAt(row)->lastLoginTime.isSet())
                continue;
            tab->view()->selectSourceRow(row);
            QVERIFY(settle(*sessions));
            for (int s = 0; s < sessions->entityCount() && activeRow < 0; ++s) {
                if (sessions->sessionAt(s)->status == entities::sessionstatus::kActive)
                    activeRow = s;
            }
        }
        QVERIFY(activeRow >= 0);
        tab->detailPane()->pages()->setCurrentWidget(panel);
        QVERIFY(!panel->revokeButton()->isEnabled()); // nothing selected
        panel->view()->selectSourceRow(activeRow);
        QVERIFY(panel->revokeButton()->isEnabled());
        const int writes = m_sandbox->countWrites();
        QVERIFY(writes >= 0);
        ui::ConfirmByTypingDialog::setNextAnswer(false); // cancelled: nothing is sent
        panel->revokeButton()->click();
        QCOMPARE(m_sandbox->countWrites(), writes);
        QCOMPARE(sessions->sessionAt(activeRow)->status, std::string(entities::sessionstatus::kActive));
        ui::ConfirmByTypingDialog::setNextAnswer(true);
        panel->revokeButton()->click();
        QVERIFY(QTest::qWaitFor([&] {
            return sessions->sessionAt(activeRow)->status == entities::sessionstatus::kRevoked;
        }, 10000));
        QVERIFY(!panel->revokeButton()->isEnabled()); // a revoked session cannot be revoked again
        if (sessions->activeCount() > 0) {
            QVERIFY(panel->revokeAllButton()->isEnabled());
            ui::ConfirmByTypingDialog::setNextAnswer(true);
            panel->revokeAllButton()->click();
            QVERIFY(QTest::qWaitFor([sessions] { return sessions->activeCount() == 0; }, 10000));
        }
        QVERIFY(!panel->revokeAllButton()->isEnabled());
        QVERIFY(panel->messageLabel()->text().contains(QStringLiteral("revoked")));
        // The server agrees.
        panel->reload();
        QVERIFY(settle(*sessions));
        QCOMPARE(sessions->activeCount(), 0);
    }

    void removingTheLastMembershipWarnsOfTheCascade()
    {
        auto tab = makeTab();
        QVERIFY(loaded(*tab));
        // Two memberships: no cascade warning; cancelled.
        QVERIFY(selectUser(*tab, [](const entities::User &u) { return u.memberships.size() == 2; }) >= 0);
        QString message;
        const int writes = m_sandbox->countWrites();
        whenModal<QMessageBox>([&message](QMessageBox *box) {
            message = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        tab->removeFromOrganizationAction()->trigger();
        QVERIFY(!message.isEmpty());
        QCOMPARE(m_sandbox->countWrites(), writes);
        QVERIFY2(!message.contains(QStringLiteral("last organization")), qPrintable(message));

        // One membership: the warning says the user goes too; confirmed.
        const int row = selectUser(*tab, [](const entities::User &u) { return u.memberships.size() == 1; });
        QVERIFY(row >= 0);
        const std::string id = tab->model()->userAt(row)->id;
        message.clear();
        bool pictured = false;
        whenModal<QMessageBox>([&message, &pictured](QMessageBox *box) {
            message = box->text();
            pictured = screenshot(box, QStringLiteral("users-remove-last-membership"));
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        tab->removeFromOrganizationAction()->trigger();
        QVERIFY2(message.contains(QStringLiteral("last organization")) && message.contains(QStringLiteral("deletes the user")),
                 qPrintable(message));
        QVERIFY(pictured);
        QVERIFY(QTest::qWaitFor([&] { return tab->model()->rowOfUser(QString::fromStdString(id)) < 0 && settle(*tab->model()); },
                                10000));
        QVERIFY(tab->banner()->text().contains(QStringLiteral("deleted the user")));
        QVERIFY(!userExists(id));
    }

    void deleteInProductionNeedsTheEmailTyped()
    {
        m_status->setEnvironment(QStringLiteral("acme-prod"), EnvironmentStatus::Kind::Production);
        m_status->setConnection(EnvironmentStatus::Connection::Connected);
        auto tab = makeTab();
        QVERIFY(loaded(*tab));
        const int row = selectUser(*tab, [](const entities::User &u) { return u.memberships.size() == 1; });
        QVERIFY(row >= 0);
        const entities::User user = *tab->model()->userAt(row);
        const QString email = QString::fromStdString(user.email);
        bool disabledBeforeTyping = false;
        bool disabledWhenWrong = false;
        bool pictured = false;
        whenModal<ui::ConfirmByTypingDialog>([&](ui::ConfirmByTypingDialog *dialog) {
            disabledBeforeTyping = !dialog->confirmButton()->isEnabled();
            QTest::keyClicks(dialog->input(), email.left(5));
            disabledWhenWrong = !dialog->confirmButton()->isEnabled();
            QTest::keyClicks(dialog->input(), email.mid(5));
            pictured = screenshot(dialog, QStringLiteral("users-delete-production"));
            dialog->confirmButton()->click();
        });
        tab->deleteAction()->trigger();
        QVERIFY(disabledBeforeTyping);
        QVERIFY(disabledWhenWrong);
        QVERIFY(pictured);
        QVERIFY(QTest::qWaitFor([&] { return tab->banner()->text().contains(QStringLiteral("Deleted")); }, 10000));
        QVERIFY(settle(*tab->model()));
        QCOMPARE(tab->model()->rowOfUser(email), -1);
        QVERIFY(!userExists(user.id));
    }

    void readOnlyProfileCannotWrite()
    {
        auto tab = makeTab();
        QVERIFY(loaded(*tab));
        QVERIFY(selectUser(*tab, [](const entities::User &u) {
            return !u.memberships.empty()
                   && u.memberships.front().membershipStatus == entities::MembershipStatus::PendingInvite;
        }) >= 0);
        const QList<QAction *> actions{tab->inviteAction(), tab->editAction(), tab->changeRolesAction(),
                                       tab->resendInviteAction(), tab->removeFromOrganizationAction(),
                                       tab->deleteAction()};
        for (QAction *action : actions)
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
        m_status->setReadOnly(true);
        const int writes = m_sandbox->countWrites();
        for (QAction *action : actions) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            action->trigger(); // a disabled action does nothing
        }
        QCOMPARE(m_sandbox->countWrites(), writes);
        QVERIFY(!tab->findChild<ui::InviteDialog *>());
        QVERIFY(!tab->findChild<ui::EditUserDialog *>());
        QVERIFY(!tab->detailPane()->sessionsPanel()->revokeAllButton()->isEnabled());
        QVERIFY(!tab->detailPane()->sessionsPanel()->revokeButton()->isEnabled());
        QVERIFY(tab->deleteAction()->toolTip().contains(QStringLiteral("read-only")));
        m_status->setReadOnly(false);
        QVERIFY(tab->deleteAction()->isEnabled());
        // Losing the connection also stops writes.
        m_status->setConnection(EnvironmentStatus::Connection::Unavailable);
        QVERIFY(!tab->deleteAction()->isEnabled());
    }
};

QTEST_MAIN(TestUsersTab)
#include "tst_userstab.moc"
