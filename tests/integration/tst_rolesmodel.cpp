// RolesModel, PermissionsModel and RolePermissionsModel against a real sandbox: environment
// roles with their effective (inherited) permissions, an organization's own roles, the paged
// permission list, the failure row and retry, all under QAbstractItemModelTester.
#include "tests/integration/modeltest.h"
#include "servicetest.h"

#include "models/roles/permissionsmodel.h"
#include "models/roles/rolepermissionsmodel.h"
#include "models/core/listquery.h"
#include "models/roles/rolesmodel.h"
#include "services/resources/organizationsservice.h"
#include "services/resources/rolesservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QNetworkReply>

using namespace sk;
using models::PagedTableModel;
using models::PermissionsModel;
using models::RolePermissionsModel;
using models::RolesModel;
using services::Callback;
using services::RolesService;
using sk::test::await;

using sk::test::settle;

class TestRolesModel : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    QNetworkAccessManager m_network;
    QString m_organizationId;

    static QStringList namesOf(const std::vector<entities::RolePermission> &permissions)
    {
        QStringList out;
        for (const auto &p : permissions)
            out << QString::fromStdString(p.name);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        m_fixture.client()->retryPolicy().maxAttempts = 2;
        m_fixture.client()->retryPolicy().baseDelay = std::chrono::milliseconds(10);
        auto organizations = await<services::OrganizationsService::OrganizationPage>([this](QObject *owner, auto done) {
            return services::OrganizationsService(m_fixture.client()).list({10, {}}, {}, owner, std::move(done));
        });
        SK_VERIFY_OK(organizations);
        QVERIFY(!organizations.value().items.empty());
        m_organizationId = QString::fromStdString(organizations.value().items.back().id);
    }

    void init() { QVERIFY(m_fixture.sandbox().clearFaults()); }

    void environmentRolesCarryEffectivePermissions()
    {
        RolesModel model(&m_fixture.services()->roles());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(RolesModel::ColumnCount));
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.state(), PagedTableModel::State::Complete);
        QVERIFY(!model.canFetchMore());
        QVERIFY(model.entityCount() >= 5);
        QCOMPARE(model.totalSize(), model.entityCount());
        QVERIFY(model.names().contains(QStringLiteral("admin")));

        const int adminRow = model.rowOfRole(QStringLiteral("admin"));
        QVERIFY(adminRow >= 0);
        const entities::Role *admin = model.roleAt(adminRow);
        QVERIFY(admin);
        QCOMPARE(admin->extends.value_or(""), std::string("member"));
        const QStringList own = namesOf(RolesModel::ownPermissions(*admin));
        const QStringList inherited = namesOf(RolesModel::inheritedPermissions(*admin));
        QVERIFY(own.contains(QStringLiteral("users:invite")));
        QVERIFY(!own.contains(QStringLiteral("agents:run")));
        QVERIFY(inherited.contains(QStringLiteral("agents:run"))); // from member
        for (const auto &p : RolesModel::inheritedPermissions(*admin))
            QCOMPARE(p.roleName, std::string("member"));

        QCOMPARE(model.index(adminRow, RolesModel::Name).data().toString(), QStringLiteral("admin"));
        QCOMPARE(model.index(adminRow, RolesModel::Extends).data().toString(), QStringLiteral("member"));
        QCOMPARE(model.index(adminRow, RolesModel::Scope).data().toString(), QStringLiteral("Environment"));
        QCOMPARE(model.index(adminRow, RolesModel::Permissions).data(PagedTableModel::RawValueRole).toInt(),
                 int(admin->permissions.size()));
        QVERIFY(model.index(adminRow, RolesModel::Permissions).data().toString().contains(QStringLiteral("own")));
        QCOMPARE(model.index(adminRow, RolesModel::Defaults).data().toString(), QStringLiteral("creator"));
        QCOMPARE(model.index(adminRow, 0).data(PagedTableModel::IdRole).toString(), QStringLiteral("admin"));
        QVERIFY(model.index(adminRow, 0).data(PagedTableModel::JsonRole).toString().contains(QStringLiteral("\"extends\"")));

        const int memberRow = model.rowOfRole(QStringLiteral("member"));
        QVERIFY(model.index(memberRow, RolesModel::Dependents).data(PagedTableModel::RawValueRole).toInt() >= 3);
        QCOMPARE(model.index(memberRow, RolesModel::Defaults).data().toString(), QStringLiteral("members"));
        QCOMPARE(model.rowOfRole(QStringLiteral("no_such_role")), -1);
        QVERIFY(!model.roleAt(model.entityCount()));
    }

    void organizationScopeAddsItsOwnRoles()
    {
        entities::CreateRole create;
        create.name = "qa_lead";
        create.displayName = "QA Lead";
        create.description = "Runs the test plan";
        create.extends = "viewer";
        create.permissions = {"tools:execute"};
        auto created = await<entities::Role>([&](QObject *owner, Callback<entities::Role> done) {
            return RolesService(m_fixture.client()).createOrganizationRole(m_organizationId.toStdString(), create, owner, std::move(done));
        });
        SK_VERIFY_OK(created);

        RolesModel model(&m_fixture.services()->roles());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(m_organizationId);
        QCOMPARE(model.organizationId(), m_organizationId);
        QVERIFY(settle(model));
        const int row = model.rowOfRole(QStringLiteral("qa_lead"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, RolesModel::Scope).data().toString(), QStringLiteral("Organization"));
        const entities::Role *role = model.roleAt(row);
        QVERIFY(role->isOrgRole);
        QCOMPARE(namesOf(RolesModel::ownPermissions(*role)), QStringList{QStringLiteral("tools:execute")});
        QVERIFY(namesOf(RolesModel::inheritedPermissions(*role)).contains(QStringLiteral("users:read")));

        // Back to the environment: the organization's role is gone from the list.
        model.setOrganization({});
        QVERIFY(settle(model));
        QCOMPARE(model.rowOfRole(QStringLiteral("qa_lead")), -1);
        QVERIFY(model.rowOfRole(QStringLiteral("viewer")) >= 0);
    }

    void rolePermissionsMarkInheritedRows()
    {
        RolesModel roles(&m_fixture.services()->roles());
        roles.reload();
        QVERIFY(settle(roles));
        const entities::Role *admin = roles.roleAt(roles.rowOfRole(QStringLiteral("admin")));
        QVERIFY(admin);

        RolePermissionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRole(*admin);
        QCOMPARE(model.rowCount(), int(admin->permissions.size()));
        QCOMPARE(model.ownCount(), int(RolesModel::ownPermissions(*admin).size()));
        QVERIFY(model.ownCount() > 0);
        QVERIFY(model.ownCount() < model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool inherited = model.index(row, 0).data(RolePermissionsModel::InheritedRole).toBool();
            QCOMPARE(inherited, row >= model.ownCount());
            const QString grantedBy = model.index(row, RolePermissionsModel::GrantedBy).data().toString();
            QCOMPARE(grantedBy, inherited ? QStringLiteral("inherited from member") : QStringLiteral("this role"));
            QCOMPARE(model.index(row, 0).data(Qt::FontRole).isValid(), inherited);
        }
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void permissionsPageToTheEnd()
    {
        for (int i = 0; i < 120; ++i) { // more than one page
            auto created = await<entities::Permission>([&](QObject *owner, Callback<entities::Permission> done) {
                return RolesService(m_fixture.client())
                    .createPermission({"bulk:p" + std::to_string(i), "bulk permission"}, owner, std::move(done));
            });
            SK_VERIFY_OK(created);
        }
        PermissionsModel model(&m_fixture.services()->roles());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), models::listquery::kPageSize);
        QVERIFY(model.totalSize() >= 132);
        while (model.canFetchMore()) {
            model.fetchMore();
            QVERIFY(settle(model));
        }
        QCOMPARE(model.state(), PagedTableModel::State::Complete);
        QCOMPARE(model.entityCount(), model.totalSize());
        const int row = model.rowOfPermission(QStringLiteral("users:invite"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, PermissionsModel::Description).data().toString(), QStringLiteral("Invite members"));
        QCOMPARE(model.index(row, PermissionsModel::Type).data().toString(), QStringLiteral("Environment"));
        QVERIFY(model.environmentPermissionNames().contains(QStringLiteral("bulk:p119")));

        entities::Permission changed = *model.permissionAt(row);
        changed.description = "Invite people";
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.updatePermission(changed);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(model.index(row, PermissionsModel::Description).data().toString(), QStringLiteral("Invite people"));
    }

    void failureShowsARetryRow()
    {
        RolesModel model(&m_fixture.services()->roles());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_fixture.sandbox().setFaults("{\"error_rate\":1.0}"));
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.state(), PagedTableModel::State::Failed);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(PagedTableModel::StatusRowRole).toBool());
        QVERIFY(m_fixture.sandbox().setFaults("{\"error_rate\":0}"));
        model.retry();
        QVERIFY(settle(model));
        QCOMPARE(model.state(), PagedTableModel::State::Complete);
        QVERIFY(model.rowOfRole(QStringLiteral("member")) >= 0);
    }
};

QTEST_MAIN(TestRolesModel)
#include "tst_rolesmodel.moc"
