// RolesService (environment roles, organization roles, role permissions, permissions, defaults)
// against a real sandbox over loopback HTTP.
#include "servicetest.h"

#include "services/resources/organizationsservice.h"
#include "services/resources/rolesservice.h"

using namespace sk;
using namespace sk::services;
using sk::test::await;
using sk::test::collectAll;
using Kind = sk::api::ApiError::Kind;

class TestServicesRoles : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::string m_organizationId;

    RolesService roles() const { return RolesService(m_fixture.client()); }

    api::Result<entities::Permission> createPermission(const std::string &name)
    {
        return await<entities::Permission>([&](QObject *owner, Callback<entities::Permission> done) {
            return roles().createPermission(entities::CreatePermission{name, "made by a test"}, owner, std::move(done));
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        auto organizations = await<OrganizationsService::OrganizationPage>([this](QObject *owner, auto done) {
            return OrganizationsService(m_fixture.client()).list(PageQuery{10, {}}, {}, owner, std::move(done));
        });
        SK_VERIFY_OK(organizations);
        QVERIFY(!organizations.value().items.empty());
        m_organizationId = organizations.value().items.front().id;
    }

    void environmentRolesList()
    {
        auto list = await<RolesService::Roles>([this](QObject *owner, auto done) {
            return roles().list({}, owner, std::move(done));
        });
        SK_VERIFY_OK(list);
        QVERIFY(!list.value().empty());
        std::set<std::string> names;
        for (const auto &role : list.value())
            names.insert(role.name);
        QVERIFY(names.contains("admin"));
        QVERIFY(names.contains("member"));

        auto withPermissions = await<RolesService::Roles>([this](QObject *owner, auto done) {
            return roles().list("permissions", owner, std::move(done));
        });
        SK_VERIFY_OK(withPermissions);
        QCOMPARE(withPermissions.value().size(), list.value().size());
    }

    void roleLifecycle()
    {
        auto permission = createPermission("reports:read");
        SK_VERIFY_OK(permission);
        QCOMPARE(permission.value().name, std::string("reports:read"));

        entities::CreateRole create;
        create.name = "auditor";
        create.displayName = "Auditor";
        create.description = "Reads reports";
        create.permissions = {"reports:read"};
        auto created = await<entities::Role>([&](QObject *owner, auto done) {
            return roles().create(create, owner, std::move(done));
        });
        SK_VERIFY_OK(created);
        QCOMPARE(created.value().name, std::string("auditor"));

        auto again = await<entities::Role>([&](QObject *owner, auto done) {
            return roles().create(create, owner, std::move(done));
        });
        SK_VERIFY_FAILS(again, Kind::Conflict);

        entities::UpdateRole update;
        update.displayName = "Report auditor";
        auto updated = await<entities::Role>([&](QObject *owner, auto done) {
            return roles().update("auditor", update, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        auto reread = await<entities::Role>([&](QObject *owner, auto done) {
            return roles().get("auditor", "permissions", owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QCOMPARE(reread.value().displayName, std::string("Report auditor"));

        auto rolePermissions = await<RolesService::RolePermissions>([&](QObject *owner, auto done) {
            return roles().permissions("auditor", owner, std::move(done));
        });
        SK_VERIFY_OK(rolePermissions);
        QCOMPARE(rolePermissions.value().size(), std::size_t(1));
        QCOMPARE(rolePermissions.value().front().name, std::string("reports:read"));

        SK_VERIFY_OK(createPermission("reports:export"));
        auto added = await<RolesService::RolePermissions>([&](QObject *owner, auto done) {
            return roles().addPermissions("auditor", {"reports:export"}, owner, std::move(done));
        });
        SK_VERIFY_OK(added);
        auto effective = await<RolesService::RolePermissions>([&](QObject *owner, auto done) {
            return roles().effectivePermissions("auditor", owner, std::move(done));
        });
        SK_VERIFY_OK(effective);
        QVERIFY(effective.value().size() >= 2);

        auto removedPermission = await<api::Empty>([&](QObject *owner, auto done) {
            return roles().removeRolePermission("auditor", "reports:export", owner, std::move(done));
        });
        SK_VERIFY_OK(removedPermission);

        auto count = await<std::int64_t>([&](QObject *owner, auto done) {
            return roles().usersCount("auditor", owner, std::move(done));
        });
        SK_VERIFY_OK(count);
        QCOMPARE(count.value(), std::int64_t(0));

        auto dependents = await<RolesService::Roles>([&](QObject *owner, auto done) {
            return roles().dependents("auditor", owner, std::move(done));
        });
        SK_VERIFY_OK(dependents);
        QVERIFY(dependents.value().empty());

        auto removed = await<api::Empty>([&](QObject *owner, auto done) {
            return roles().remove("auditor", {}, owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto gone = await<entities::Role>([&](QObject *owner, auto done) {
            return roles().get("auditor", {}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(gone, Kind::NotFound);
    }

    void defaultRoles()
    {
        auto defaults = await<DefaultRoles>([&](QObject *owner, auto done) {
            return roles().setDefaults("admin", "member", owner, std::move(done));
        });
        SK_VERIFY_OK(defaults);
        QCOMPARE(defaults.value().defaultCreator.name, std::string("admin"));
        QCOMPARE(defaults.value().defaultMember.name, std::string("member"));

        auto unknown = await<DefaultRoles>([&](QObject *owner, auto done) {
            return roles().setDefaults({}, "no_such_role", owner, std::move(done));
        });
        QVERIFY(!unknown.ok());
    }

    void organizationRoles()
    {
        entities::CreateRole create;
        create.name = "org_viewer";
        create.displayName = "Org viewer";
        auto created = await<entities::Role>([&](QObject *owner, auto done) {
            return roles().createOrganizationRole(m_organizationId, create, owner, std::move(done));
        });
        SK_VERIFY_OK(created);
        QVERIFY(created.value().isOrgRole);

        auto list = await<RolesService::Roles>([&](QObject *owner, auto done) {
            return roles().listOrganizationRoles(m_organizationId, {}, owner, std::move(done));
        });
        SK_VERIFY_OK(list);
        bool seen = false;
        for (const auto &role : list.value())
            seen = seen || role.name == "org_viewer";
        QVERIFY(seen);

        entities::UpdateRole update;
        update.description = "Sees things";
        auto updated = await<entities::Role>([&](QObject *owner, auto done) {
            return roles().updateOrganizationRole(m_organizationId, "org_viewer", update, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        auto reread = await<entities::Role>([&](QObject *owner, auto done) {
            return roles().getOrganizationRole(m_organizationId, "org_viewer", {}, owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QCOMPARE(reread.value().description, std::string("Sees things"));

        auto count = await<std::int64_t>([&](QObject *owner, auto done) {
            return roles().organizationRoleUsersCount(m_organizationId, "org_viewer", owner, std::move(done));
        });
        SK_VERIFY_OK(count);

        auto member = await<entities::Role>([&](QObject *owner, auto done) {
            return roles().setOrganizationDefaults(m_organizationId, "org_viewer", owner, std::move(done));
        });
        SK_VERIFY_OK(member);
        QCOMPARE(member.value().name, std::string("org_viewer"));
        QVERIFY(member.value().defaultMember);
        // The organization's listing marks its own default member role, not the environment's.
        auto orgRoles = await<RolesService::Roles>([&](QObject *owner, auto done) {
            return roles().listOrganizationRoles(m_organizationId, {}, owner, std::move(done));
        });
        SK_VERIFY_OK(orgRoles);
        std::set<std::string> defaults;
        for (const auto &role : orgRoles.value()) {
            if (role.defaultMember)
                defaults.insert(role.name);
        }
        QCOMPARE(defaults, std::set<std::string>{"org_viewer"});
        auto back = await<entities::Role>([&](QObject *owner, auto done) {
            return roles().setOrganizationDefaults(m_organizationId, "member", owner, std::move(done));
        });
        SK_VERIFY_OK(back);

        auto removed = await<api::Empty>([&](QObject *owner, auto done) {
            return roles().removeOrganizationRole(m_organizationId, "org_viewer", "member", owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto gone = await<entities::Role>([&](QObject *owner, auto done) {
            return roles().getOrganizationRole(m_organizationId, "org_viewer", {}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(gone, Kind::NotFound);

        auto unknownOrg = await<RolesService::Roles>([&](QObject *owner, auto done) {
            return roles().listOrganizationRoles("org_000000000000000000", {}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(unknownOrg, Kind::NotFound);
    }

    void permissionsPageToTheEnd()
    {
        SK_VERIFY_OK(createPermission("itest_billing:read"));
        std::int32_t total = 0;
        auto all = collectAll<entities::Permission>(
            [this](const std::string &token, QObject *owner, auto done) {
                return roles().listPermissions(PageQuery{2, token}, {}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(all);
        QCOMPARE(qint64(all.value().size()), qint64(total));
        std::set<std::string> names;
        for (const auto &permission : all.value())
            QVERIFY2(names.insert(permission.name).second, permission.name.c_str());
        QVERIFY(names.contains("itest_billing:read"));

        auto tooBig = await<RolesService::PermissionPage>([this](QObject *owner, auto done) {
            return roles().listPermissions(PageQuery{101, {}}, {}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(tooBig, Kind::Validation);
    }

    void permissionLifecycle()
    {
        SK_VERIFY_OK(createPermission("tickets:write"));
        auto duplicate = createPermission("tickets:write");
        SK_VERIFY_FAILS(duplicate, Kind::Conflict);
        auto updated = await<entities::Permission>([&](QObject *owner, auto done) {
            return roles().updatePermission("tickets:write", entities::CreatePermission{"tickets:write", "Edits tickets"},
                                            owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        auto reread = await<entities::Permission>([&](QObject *owner, auto done) {
            return roles().getPermission("tickets:write", owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QCOMPARE(reread.value().description, std::string("Edits tickets"));
        auto removed = await<api::Empty>([&](QObject *owner, auto done) {
            return roles().removePermission("tickets:write", owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto gone = await<entities::Permission>([&](QObject *owner, auto done) {
            return roles().getPermission("tickets:write", owner, std::move(done));
        });
        SK_VERIFY_FAILS(gone, Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestServicesRoles)
#include "tst_services_roles.moc"
