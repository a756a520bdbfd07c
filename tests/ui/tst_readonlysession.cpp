// Read-only end to end, through the real composition root: a console session on its embedded
// sandbox, then a saved read-only profile for that sandbox activated through the
// ProfileController. Switching while a delete confirmation is open sends no DELETE, even when
// the user then types the name and confirms; and once read-only, every write action of the
// window (Organizations, Users, API clients, Roles and permissions) is disabled and triggering
// them writes nothing. Requests are counted where the sandbox receives them.
#include "app/console/consoleoptions.h"
#include "app/console/consolesession.h"
#include "models/organizations/organizationclientsmodel.h"
#include "models/organizations/organizationsmodel.h"
#include "models/roles/permissionsmodel.h"
#include "models/roles/rolesmodel.h"
#include "models/users/usersmodel.h"
#include "services/api/apiclient.h"
#include "services/core/environmentstatus.h"
#include "services/credentials/profile.h"
#include "services/credentials/profilestore.h"
#include "services/credentials/secretstore.h"
#include "services/resources/organizationclientsservice.h"
#include "services/resources/organizationsservice.h"
#include "tests/ui/uitest.h"
#include "ui/mainwindow.h"
#include "ui/agentkit/agentkittab.h"
#include "models/agentkit/connectedaccountsmodel.h"
#include "ui/widgets/messagebanner.h"
#include "ui/organizations/apiclientsdialog.h"
#include "ui/organizations/domainspanel.h"
#include "ui/organizations/organizationdeletion.h"
#include "ui/organizations/organizationdetailpane.h"
#include "ui/organizations/organizationstab.h"
#include "ui/organizations/sessionpolicypanel.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/roles/permissionspage.h"
#include "ui/roles/rolespage.h"
#include "ui/roles/roleswindow.h"
#include "ui/users/userdetailpane.h"
#include "ui/users/usersessionspanel.h"
#include "ui/users/userstab.h"
#include "ui/widgets/resourcetableview.h"

#include <QAbstractButton>
#include <QAction>
#include <QTableWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace sk;
using services::EnvironmentStatus;

namespace {

// What the embedded sandbox (on its own thread, in this process) logs as it reads each request.
QMutex g_logLock;
QStringList g_requests;
QtMessageHandler g_previousHandler = nullptr;

void recordRequests(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "scalekit.sandbox.http") == 0) {
        const QMutexLocker lock(&g_logLock);
        g_requests << message;
        return;
    }
    g_previousHandler(type, context, message);
}

} // namespace

class TestReadOnlySession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<app::ConsoleSession> m_session;
    EnvironmentStatus *m_status = nullptr;
    api::ApiClient *m_client = nullptr;
    ui::ProfileController *m_profiles = nullptr;
    ui::OrganizationsTab *m_organizations = nullptr;
    ui::UsersTab *m_users = nullptr;
    int m_marker = 0;
    QTemporaryDir m_config;

    // Every request the sandbox received so far that changes something (not a GET, not a token),
    // as "METHOD /path". A marker request goes first: once it is answered, all before it are logged.
    QStringList writes()
    {
        const QString marker = QStringLiteral("/_sandbox/sync/%1").arg(++m_marker);
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(
            network.get(QNetworkRequest(m_client->settings().environmentUrl.resolved(QUrl(marker)))));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 20000))
            return {QStringLiteral("the marker request never finished")};
        const QMutexLocker lock(&g_logLock);
        if (!g_requests.contains(QStringLiteral("GET ") + marker))
            return {QStringLiteral("the marker request was not logged")};
        QStringList out;
        for (const QString &request : std::as_const(g_requests)) {
            if (!request.startsWith(QStringLiteral("GET ")) && !request.endsWith(QStringLiteral(" /oauth/token")))
                out << request;
        }
        return out;
    }

    bool connected()
    {
        return QTest::qWaitFor([this] { return m_status->connection() == EnvironmentStatus::Connection::Connected; },
                               60000);
    }

    bool organizationsLoaded()
    {
        return QTest::qWaitFor([this] {
            return m_organizations->model()->state() == models::PagedTableModel::State::Complete
                   && m_organizations->model()->entityCount() > 0;
        }, 60000);
    }

    // A saved read-only profile for the embedded sandbox, its secret in the session's keychain
    // (or held in memory when there is none).
    void saveReadOnlyProfile()
    {
        auto *store = m_session->findChild<services::ProfileStore *>();
        auto *secrets = m_session->findChild<services::SecretStore *>();
        QVERIFY(store && secrets);
        const api::ConnectionSettings &settings = m_client->settings();
        services::Profile profile;
        profile.name = QString::fromLatin1(kReadOnlyProfile);
        profile.environmentUrl = settings.environmentUrl;
        profile.clientId = settings.clientId;
        profile.kind = services::Profile::Kind::Development;
        profile.readOnly = true;
        QCOMPARE(store->save(profile), QString());
        std::optional<bool> written;
        secrets->write(profile.name, settings.clientSecret, this,
                       [&written](const services::SecretStore::Outcome &outcome) { written = outcome.ok(); });
        QVERIFY(QTest::qWaitFor([&written] { return written.has_value(); }, 20000));
        QVERIFY(*written);
    }

    // Switches to the read-only profile through the controller, as the switcher does.
    bool becomeReadOnly()
    {
        m_profiles->activate(QString::fromLatin1(kReadOnlyProfile));
        return QTest::qWaitFor([this] { return m_status->isReadOnly(); }, 20000);
    }

    // Back to the embedded sandbox, writable, through the controller.
    bool becomeWritable()
    {
        m_profiles->activateSandbox();
        return QTest::qWaitFor([this] { return !m_status->isReadOnly(); }, 20000) && connected();
    }

    // Triggers a destructive action; while its question is open the profile switches to
    // read-only, then the user confirms anyway. Sets `written` to what reached the sandbox
    // meanwhile (nothing, if all is well); false with `why` when the check could not be made.
    bool switchDuringQuestion(const std::function<void()> &trigger, QStringList *written, QString *why)
    {
        const QStringList before = writes();
        bool shown = false;
        bool readOnly = false;
        QPointer<QTimer> acknowledge;
        test::whenModal<QDialog>([&](QDialog *dialog) {
            shown = true;
            QPointer<QDialog> guard(dialog);
            readOnly = becomeReadOnly();
            if (!guard)
                return; // the switch closed the question (and its window): fine too
            // Whatever the window says next (that nothing was changed) is acknowledged.
            acknowledge = test::whenModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
            if (auto *typed = qobject_cast<ui::ConfirmByTypingDialog *>(guard.data())) {
                typed->input()->setText(typed->expectedText());
                typed->confirmButton()->click();
            } else if (auto *box = qobject_cast<QMessageBox *>(guard.data())) {
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                        button->click();
                }
            }
            if (guard)
                guard->reject();
        });
        trigger();
        if (!QTest::qWaitFor([&shown] { return shown; }, 20000))
            *why = QStringLiteral("no question appeared");
        else if (!readOnly)
            *why = QStringLiteral("the switch to read-only did not happen");
        else if (!QTest::qWaitFor([this] { return !QApplication::activeModalWidget() && m_client->inFlight() == 0; }, 30000))
            *why = QStringLiteral("the action never settled");
        delete acknowledge.data(); // no more questions are due
        if (!why->isEmpty())
            return false;
        *written = writes();
        for (const QString &request : before)
            written->removeOne(request);
        return true;
    }

    static constexpr const char *kReadOnlyProfile = "acme-readonly";

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ScalekitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_readonlysession"));
        QLoggingCategory::setFilterRules(QStringLiteral("scalekit.sandbox.http.debug=true"));
        g_previousHandler = qInstallMessageHandler(recordRequests);

        app::ConsoleOptions options;
        options.sandbox = true;
        options.sandboxOptions.organizations = 12;
        options.sandboxOptions.users = 60;
        m_session = std::make_unique<app::ConsoleSession>(options);
        m_session->window()->setPersistSettings(false);
        ui::ResourceTableView::setLayoutPersistence(false);
        m_session->window()->resize(1400, 850);
        m_session->show();
        m_status = m_session->findChild<EnvironmentStatus *>();
        m_client = m_session->findChild<api::ApiClient *>();
        m_profiles = m_session->findChild<ui::ProfileController *>();
        // Tabs are built when first needed: ask the window for them.
        m_organizations = dynamic_cast<ui::OrganizationsTab *>(m_session->window()->tab(ui::TabId::Organizations));
        m_users = dynamic_cast<ui::UsersTab *>(m_session->window()->tab(ui::TabId::Users));
        QVERIFY(m_status && m_client && m_profiles && m_organizations && m_users);
        QVERIFY(connected());
        QVERIFY(!m_status->isReadOnly());
        QVERIFY(organizationsLoaded());
        saveReadOnlyProfile();
        QVERIFY(!m_status->isReadOnly()); // saved, not used yet
    }

    void cleanupTestCase()
    {
        m_session.reset();
        qInstallMessageHandler(g_previousHandler);
    }

    void switchingToReadOnlyDuringADeleteConfirmationSendsNothing()
    {
        m_organizations->view()->selectSourceRow(0);
        QVERIFY(m_organizations->detail()->organization().has_value());
        const std::string id = m_organizations->detail()->organization()->id;
        QVERIFY(m_organizations->deleteAction()->isEnabled());
        const QStringList before = writes();

        bool shown = false;
        bool readOnlyWhileOpen = false;
        test::whenModal<ui::ConfirmByTypingDialog>([&](ui::ConfirmByTypingDialog *dialog) {
            shown = true;
            QPointer<ui::ConfirmByTypingDialog> guard(dialog);
            readOnlyWhileOpen = becomeReadOnly(); // the switcher, while the question is still on screen
            if (!guard)
                return; // the switch closed the question: fine too
            guard->input()->setText(guard->expectedText()); // the user answers anyway
            if (guard->confirmButton()->isEnabled())
                guard->confirmButton()->click();
            else
                guard->reject();
        });
        m_organizations->deleteAction()->trigger();
        QVERIFY2(QTest::qWaitFor([&shown] { return shown; }, 30000), "the delete confirmation never appeared");
        QVERIFY(readOnlyWhileOpen);
        // The deletion would have ended with the DELETE's answer: wait until it has ended.
        QVERIFY(QTest::qWaitFor([] { return !QApplication::activeModalWidget(); }, 20000));
        QVERIFY(QTest::qWaitFor([this] {
            return m_organizations->findChildren<ui::OrganizationDeletion *>().isEmpty() && m_client->inFlight() == 0;
        }, 30000));
        QCOMPARE(writes(), before);
        // The tab says why nothing happened, in its banner.
        const QString failure = m_organizations->banner()->text();
        QVERIFY2(failure.contains(QStringLiteral("read-only")), qPrintable(failure));

        // The organization is still there.
        QVERIFY(connected());
        std::optional<bool> exists;
        services::OrganizationsService(m_client).get(id, this, [&exists](auto result) { exists = bool(result); });
        QVERIFY(QTest::qWaitFor([&exists] { return exists.has_value(); }, 20000));
        QVERIFY(*exists);
    }

    void everyDestructiveActionChecksAgainAfterTheQuestion_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *action : {"remove membership", "delete user", "delete domain", "delete API client",
                                   "delete permission"})
            QTest::newRow(action) << QString::fromLatin1(action);
    }

    void everyDestructiveActionChecksAgainAfterTheQuestion()
    {
        QFETCH(QString, action);
        using models::PagedTableModel;
        QVERIFY(becomeWritable());
        std::function<void()> trigger;
        if (action == QStringLiteral("remove membership") || action == QStringLiteral("delete user")) {
            m_session->window()->showTab(ui::TabId::Users);
            QVERIFY(QTest::qWaitFor([this] {
                return m_users->model()->state() != PagedTableModel::State::Loading && m_users->model()->entityCount() > 0;
            }, 60000));
            int row = -1;
            for (int r = 0; r < m_users->model()->entityCount() && row < 0; ++r) {
                if (!m_users->model()->userAt(r)->memberships.empty())
                    row = r;
            }
            QVERIFY(row >= 0);
            m_users->view()->selectSourceRow(row);
            QAction *act = action == QStringLiteral("delete user") ? m_users->deleteAction()
                                                                    : m_users->removeFromOrganizationAction();
            QVERIFY(QTest::qWaitFor([act] { return act->isEnabled(); }, 20000));
            trigger = [act] { act->trigger(); };
        } else if (action == QStringLiteral("delete domain")) {
            m_session->window()->showTab(ui::TabId::Organizations);
            QVERIFY(organizationsLoaded());
            ui::DomainsPanel *domains = m_organizations->detail()->domains();
            bool found = false;
            for (int row = 0; row < m_organizations->model()->entityCount() && !found; ++row) {
                m_organizations->view()->selectSourceRow(row);
                QVERIFY(QTest::qWaitFor([domains] { return !domains->isLoading(); }, 20000));
                found = !domains->domains().empty();
            }
            QVERIFY2(found, "no organization with a domain");
            domains->table()->selectRow(0);
            QVERIFY(domains->deleteButton()->isEnabled());
            trigger = [domains] { domains->deleteButton()->click(); };
        } else if (action == QStringLiteral("delete API client")) {
            m_session->window()->showTab(ui::TabId::Organizations);
            QVERIFY(organizationsLoaded());
            m_organizations->view()->selectSourceRow(0);
            entities::OrganizationClient body;
            body.name = "Read-only switch";
            std::optional<bool> created;
            services::OrganizationClientsService(m_client).create(
                m_organizations->detail()->organization()->id, body, this,
                [&created](api::Result<entities::CreateOrganizationClientResponse> result) { created = bool(result); });
            QVERIFY(QTest::qWaitFor([&created] { return created.has_value(); }, 20000));
            QVERIFY(*created);
            m_organizations->apiClientsAction()->trigger();
            QPointer<ui::ApiClientsDialog> clients = m_organizations->findChild<ui::ApiClientsDialog *>();
            QVERIFY(clients);
            QVERIFY(QTest::qWaitFor([&clients] {
                return clients->model()->state() != PagedTableModel::State::Loading && clients->model()->entityCount() > 0;
            }, 20000));
            clients->view()->selectSourceRow(0);
            QVERIFY(clients->deleteClientButton()->isEnabled());
            trigger = [clients] { clients->deleteClientButton()->click(); };
        } else {
            QAction *rolesAction = m_session->window()->findChild<QAction *>(QStringLiteral("actionRolesAndPermissions"));
            QVERIFY(rolesAction);
            rolesAction->trigger();
            auto *roles = m_session->window()->findChild<ui::RolesWindow *>();
            QVERIFY(roles);
            roles->showPermissions();
            ui::PermissionsPage *permissions = roles->permissionsPage();
            QVERIFY(QTest::qWaitFor([permissions] {
                return permissions->model()->state() == PagedTableModel::State::Complete;
            }, 30000));
            permissions->view()->selectSourceRow(0);
            QVERIFY(permissions->deleteButton()->isEnabled());
            trigger = [permissions] { permissions->deleteButton()->click(); };
        }
        QStringList written;
        QString why;
        QVERIFY2(switchDuringQuestion(trigger, &written, &why), qPrintable(why));
        QCOMPARE(written, QStringList());
        if (auto *roles = m_session->window()->findChild<ui::RolesWindow *>())
            roles->close();
        for (auto *clients : m_organizations->findChildren<ui::ApiClientsDialog *>())
            clients->close();
    }

    void readOnlyProfileDisablesEveryWrite()
    {
        QVERIFY(becomeReadOnly());
        QVERIFY(connected());
        QVERIFY(m_profiles->isReadOnly());
        QVERIFY(m_status->isReadOnly());
        QVERIFY(!m_status->canWrite());
        QVERIFY(organizationsLoaded());
        const QStringList before = writes();

        // Organizations, with the detail pane's own write controls.
        m_organizations->view()->selectSourceRow(0);
        ui::OrganizationDetailPane *detail = m_organizations->detail();
        QVERIFY(detail->organization().has_value());
        const QList<QAction *> organizationActions{m_organizations->newAction(), m_organizations->editAction(),
                                                   m_organizations->portalLinkAction(), m_organizations->deleteAction()};
        for (QAction *action : organizationActions) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            action->trigger();
        }
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!detail->ssoToggle()->isEnabled());
        QVERIFY(!detail->saveMetadataButton()->isEnabled());
        QVERIFY(!detail->domains()->addButton()->isEnabled());
        QVERIFY(!detail->domains()->deleteButton()->isEnabled());
        QVERIFY(!detail->domains()->domainEdit()->isEnabled());
        QVERIFY(!detail->sessionPolicy()->sourceCombo()->isEnabled());
        QVERIFY(!detail->sessionPolicy()->saveButton()->isEnabled());

        // API clients: looking is allowed, changing is not.
        QVERIFY(m_organizations->apiClientsAction()->isEnabled());
        m_organizations->apiClientsAction()->trigger();
        auto *clients = m_organizations->findChild<ui::ApiClientsDialog *>();
        QVERIFY(clients);
        for (QPushButton *button : {clients->createButton(), clients->editButton(), clients->addSecretButton(),
                                    clients->deleteSecretButton(), clients->deleteClientButton()})
            QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        clients->openCreateDialog();
        clients->close();

        // Users, with the sessions panel.
        m_session->window()->showTab(ui::TabId::Users);
        QVERIFY(QTest::qWaitFor([this] {
            return m_users->model()->state() == models::PagedTableModel::State::Complete && m_users->model()->entityCount() > 0;
        }, 60000));
        m_users->view()->selectSourceRow(0);
        const QList<QAction *> userActions{m_users->inviteAction(), m_users->editAction(), m_users->changeRolesAction(),
                                           m_users->resendInviteAction(), m_users->removeFromOrganizationAction(),
                                           m_users->deleteAction()};
        for (QAction *action : userActions) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            action->trigger();
        }
        QVERIFY(!QApplication::activeModalWidget());
        ui::UserSessionsPanel *sessions = m_users->detailPane()->sessionsPanel();
        QVERIFY(!sessions->revokeButton()->isEnabled());
        QVERIFY(!sessions->revokeAllButton()->isEnabled());

        // Roles and permissions, opened from the Tools menu.
        QAction *rolesAction = m_session->window()->findChild<QAction *>(QStringLiteral("actionRolesAndPermissions"));
        QVERIFY(rolesAction);
        rolesAction->trigger();
        auto *roles = m_session->window()->findChild<ui::RolesWindow *>();
        QVERIFY(roles);
        ui::RolesPage *rolesPage = roles->rolesPage();
        QVERIFY(QTest::qWaitFor([rolesPage] { return rolesPage->model()->state() == models::PagedTableModel::State::Complete; }, 30000));
        rolesPage->selectRole(QStringLiteral("member"));
        for (QPushButton *button : {rolesPage->newButton(), rolesPage->editButton(), rolesPage->deleteButton()})
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        QVERIFY(!rolesPage->memberDefaultAction()->isEnabled());
        QVERIFY(!rolesPage->creatorDefaultAction()->isEnabled());
        roles->showPermissions();
        ui::PermissionsPage *permissions = roles->permissionsPage();
        QVERIFY(QTest::qWaitFor([permissions] { return permissions->model()->state() == models::PagedTableModel::State::Complete; }, 30000));
        permissions->view()->selectSourceRow(0);
        for (QPushButton *button : {permissions->newButton(), permissions->editButton(), permissions->deleteButton()})
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        roles->close();

        QVERIFY(QTest::qWaitFor([this] { return m_client->inFlight() == 0; }, 30000));
        QCOMPARE(writes(), before);
    }

    // Start-up builds the tab the window opens on; another is built, and loads, when first shown.
    void tabsAreBuiltWhenFirstShownAndThenLoad()
    {
        ui::MainWindow *window = m_session->window();
        QVERIFY(window->isTabBuilt(ui::TabId::Organizations));
        QVERIFY(!window->isTabBuilt(ui::TabId::AgentKit));
        QCOMPARE(m_session->window()->findChild<ui::AgentKitTab *>(), nullptr);
        window->tabs()->setCurrentIndex(int(ui::TabId::AgentKit)); // as a click on the tab does
        QVERIFY(window->isTabBuilt(ui::TabId::AgentKit));
        auto *agentkit = dynamic_cast<ui::AgentKitTab *>(window->tab(ui::TabId::AgentKit));
        QVERIFY(agentkit);
        QCOMPARE(window->tabs()->currentWidget(), agentkit);
        QTRY_VERIFY_WITH_TIMEOUT(agentkit->model()->entityCount() > 0, 30000);
    }
};

QTEST_MAIN(TestReadOnlySession)
#include "tst_readonlysession.moc"
