// Every destructive action in a production environment, with no preset answer: the typed
// confirmation appears asking for the right name, Confirm stays disabled with the wrong text
// (clicking it does nothing), and after Cancel no write request reaches the sandbox. Covers
// domains, sessions (one and all), removing a membership, API clients and their secrets, roles,
// permissions and removing an environment profile. Organization and user delete have their
// own tests in tst_organizationstab and tst_userstab.
#include "tests/integration/servicetest.h"
#include "tests/ui/uitestsupport.h"

#include "models/organizations/clientsecretsmodel.h"
#include "models/organizations/organizationclientsmodel.h"
#include "models/roles/permissionsmodel.h"
#include "models/roles/rolesmodel.h"
#include "models/users/sessionsmodel.h"
#include "models/users/usersmodel.h"
#include "services/core/environmentstatus.h"
#include "services/credentials/profilestore.h"
#include "services/credentials/secretstore.h"
#include "services/resources/organizationclientsservice.h"
#include "services/resources/rolesservice.h"
#include "services/resources/usersservice.h"
#include "ui/mainwindow.h"
#include "ui/organizations/apiclientsdialog.h"
#include "ui/organizations/domainspanel.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/roles/deleteroledialog.h"
#include "ui/roles/permissionspage.h"
#include "ui/roles/rolespage.h"
#include "ui/roles/roleswindow.h"
#include "ui/users/usersessionspanel.h"
#include "ui/users/userstab.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace sk;
using services::Callback;
using services::EnvironmentStatus;
using sk::test::await;

class TestProductionConfirmations : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    EnvironmentStatus m_status;
    std::string m_organizationId;
    QTemporaryDir m_config;

    // Runs `trigger` with nothing preset: the typed confirmation must ask for `expected`, refuse
    // the wrong text, and once cancelled, nothing is written.
    void expectTypedRefusal(const std::function<void()> &trigger, const QString &expected)
    {
        const int before = m_fixture.sandbox().countWrites();
        QVERIFY(before >= 0);
        const auto refused = test::refuseNextModal();
        trigger();
        QVERIFY2(QTest::qWaitFor([&refused] { return refused->shown; }, 20000), "no dialog appeared");
        QCOMPARE(refused->className, QStringLiteral("sk::ui::ConfirmByTypingDialog"));
        QCOMPARE(refused->expected, expected);
        QVERIFY(refused->disabledWhenEmpty);
        QVERIFY(refused->disabledWhenWrong);
        QVERIFY(refused->stayedOpen);
        QCOMPARE(m_fixture.sandbox().countWrites(), before);
    }

    template <typename T, typename Start>
    T created(Start start)
    {
        auto result = await<T>(start);
        [&] { SK_VERIFY_OK(result); }();
        return result ? result.value() : T{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        m_fixture.sandbox().setRequestLog(true);
        QVERIFY2(test::startUiTest(m_fixture, m_status, &m_organizationId), qPrintable(m_fixture.errorString()));
        m_status.setEnvironment(QStringLiteral("acme-prod"), EnvironmentStatus::Kind::Production);
        QVERIFY(m_status.isProduction());
        QVERIFY(m_status.canWrite());
    }

    void init() { ui::ConfirmByTypingDialog::setNextAnswer(std::nullopt); }

    void domainDelete()
    {
        ui::DomainsPanel panel(m_fixture.services(), &m_status);
        panel.show();
        panel.setOrganizationId(QString::fromStdString(m_organizationId));
        QVERIFY(QTest::qWaitFor([&panel] { return !panel.isLoading(); }, 20000));
        const std::size_t before = panel.domains().size();
        panel.domainEdit()->setText(QStringLiteral("prod-confirm.example.com"));
        panel.typeCombo()->setCurrentIndex(1);
        panel.addButton()->click(); // adding is not destructive: no confirmation
        QVERIFY(QTest::qWaitFor([&] { return panel.domains().size() == before + 1; }, 20000));
        panel.table()->selectRow(int(before));
        QVERIFY(panel.deleteButton()->isEnabled());
        expectTypedRefusal([&panel] { panel.deleteButton()->click(); }, QStringLiteral("prod-confirm.example.com"));
        QCOMPARE(panel.domains().size(), before + 1);
    }

    void sessionRevokes()
    {
        auto users = await<services::UsersService::UserPage>([this](QObject *owner, auto done) {
            return services::UsersService(m_fixture.client()).list({100, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(users);
        ui::UserSessionsPanel panel(m_fixture.services(), &m_status);
        panel.resize(900, 400);
        panel.show();
        int active = -1;
        QString email;
        for (const entities::User &user : users.value().items) {
            if (!user.lastLoginTime.isSet())
                continue;
            email = QString::fromStdString(user.email);
            panel.setUser(QString::fromStdString(user.id), email);
            QVERIFY(QTest::qWaitFor([&panel] { return panel.model()->state() != models::PagedTableModel::State::Loading; }, 20000));
            for (int row = 0; row < panel.model()->entityCount() && active < 0; ++row) {
                if (panel.model()->sessionAt(row)->status == entities::sessionstatus::kActive)
                    active = row;
            }
            if (active >= 0)
                break;
        }
        QVERIFY2(active >= 0, "the seed has no active session");
        panel.view()->selectSourceRow(active);
        QVERIFY(panel.revokeButton()->isEnabled());
        expectTypedRefusal([&panel] { panel.revokeButton()->click(); }, email);
        QVERIFY(panel.revokeAllButton()->isEnabled());
        expectTypedRefusal([&panel] { panel.revokeAllButton()->click(); }, email);
        QCOMPARE(panel.model()->sessionAt(active)->status, std::string(entities::sessionstatus::kActive));
    }

    void membershipRemoval()
    {
        ui::UsersTab tab(m_fixture.services(), &m_status);
        tab.resize(1400, 800);
        tab.show();
        QVERIFY(QTest::qWaitFor([&tab] {
            return tab.model()->state() != models::PagedTableModel::State::Loading && tab.model()->entityCount() > 0;
        }, 30000));
        int row = -1;
        for (int r = 0; r < tab.model()->entityCount() && row < 0; ++r) {
            if (tab.model()->userAt(r)->memberships.size() == 2)
                row = r;
        }
        QVERIFY(row >= 0);
        tab.view()->selectSourceRow(row);
        const QString email = QString::fromStdString(tab.model()->userAt(row)->email);
        QVERIFY(tab.removeFromOrganizationAction()->isEnabled());
        expectTypedRefusal([&tab] { tab.removeFromOrganizationAction()->trigger(); }, email);
    }

    void apiClientAndSecretDelete()
    {
        entities::OrganizationClient body;
        body.name = "Production confirm";
        const auto client = created<entities::CreateOrganizationClientResponse>(
            [&](QObject *owner, Callback<entities::CreateOrganizationClientResponse> done) {
                return services::OrganizationClientsService(m_fixture.client()).create(m_organizationId, body, owner, std::move(done));
            });
        const QString clientId = QString::fromStdString(client.client.clientId);
        QVERIFY(!clientId.isEmpty());
        ui::ApiClientsDialog dialog(m_fixture.services(), &m_status, QString::fromStdString(m_organizationId),
                                    QStringLiteral("Test organization"));
        dialog.show();
        QVERIFY(test::settleComplete(*dialog.model()));
        dialog.selectClient(clientId);
        QCOMPARE(dialog.secretsModel()->rowCount(), 1);
        dialog.secretsView()->selectRow(0);
        QVERIFY(dialog.deleteSecretButton()->isEnabled());
        const QString suffix = QString::fromStdString(client.client.secrets.front().secretSuffix);
        expectTypedRefusal([&dialog] { dialog.deleteSecretButton()->click(); }, suffix);
        QVERIFY(dialog.deleteClientButton()->isEnabled());
        expectTypedRefusal([&dialog] { dialog.deleteClientButton()->click(); }, QStringLiteral("Production confirm"));
        QCOMPARE(dialog.secretsModel()->rowCount(), 1);
        QVERIFY(dialog.model()->rowOfClient(clientId) >= 0);
    }

    void roleDelete()
    {
        entities::CreateRole role;
        role.name = "prod_confirm_role";
        role.displayName = "Prod confirm role";
        role.permissions = {"users:read"};
        created<entities::Role>([&](QObject *owner, Callback<entities::Role> done) {
            return services::RolesService(m_fixture.client()).create(role, owner, std::move(done));
        });
        ui::RolesWindow window(m_fixture.services(), &m_status);
        window.show();
        ui::RolesPage *page = window.rolesPage();
        QVERIFY(test::settleComplete(*page->model()));
        page->selectRole(QStringLiteral("prod_confirm_role"));
        QVERIFY(page->deleteButton()->isEnabled());
        page->openDeleteDialog();
        ui::DeleteRoleDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = page->findChild<ui::DeleteRoleDialog *>()) != nullptr; }, 10000));
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->dependentsKnown() && dialog->usersCount() == 0; }, 20000));
        expectTypedRefusal([dialog] { dialog->submitNow(); }, QStringLiteral("prod_confirm_role"));
        QVERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        QVERIFY(page->model()->rowOfRole(QStringLiteral("prod_confirm_role")) >= 0);
    }

    void permissionDelete()
    {
        created<entities::Permission>([this](QObject *owner, Callback<entities::Permission> done) {
            return services::RolesService(m_fixture.client())
                .createPermission({"prodconfirm:read", "Made by the production test"}, owner, std::move(done));
        });
        ui::RolesWindow window(m_fixture.services(), &m_status);
        window.show();
        window.showPermissions();
        ui::PermissionsPage *page = window.permissionsPage();
        QVERIFY(test::settleComplete(*page->model()));
        const int row = page->model()->rowOfPermission(QStringLiteral("prodconfirm:read"));
        QVERIFY(row >= 0);
        page->view()->selectSourceRow(row);
        QVERIFY(page->deleteButton()->isEnabled());
        expectTypedRefusal([page] { page->deleteButton()->click(); }, QStringLiteral("prodconfirm:read"));
        QVERIFY(page->model()->rowOfPermission(QStringLiteral("prodconfirm:read")) >= 0);
    }

    void profileRemoval()
    {
        services::ProfileStore store(m_config.filePath(QStringLiteral("profiles.ini")));
        services::Profile profile;
        profile.name = QStringLiteral("acme-prod");
        profile.environmentUrl = QUrl(QStringLiteral("https://acme.scalekit.com"));
        profile.clientId = QStringLiteral("skc_acme");
        profile.kind = services::Profile::Kind::Production;
        QCOMPARE(store.save(profile), QString());
        services::SecretStore secrets;
        EnvironmentStatus status;
        ui::MainWindow window(&status);
        window.setPersistSettings(false);
        QNetworkAccessManager network;
        ui::ProfileController controller(&store, &secrets, &network, &window);
        controller.setProcessEnvironment(QProcessEnvironment());
        window.show();
        const int pending = secrets.pendingJobs();
        expectTypedRefusal([&controller] { controller.removeProfile(QStringLiteral("acme-prod")); },
                           QStringLiteral("acme-prod"));
        QVERIFY(store.contains(QStringLiteral("acme-prod")));
        QCOMPARE(secrets.pendingJobs(), pending); // the keychain was not asked to delete anything
    }
};

QTEST_MAIN(TestProductionConfirmations)
#include "tst_productionconfirmations.moc"
