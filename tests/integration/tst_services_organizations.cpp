// OrganizationsService writes (update, settings, session policy, user-management settings)
// against a real sandbox over loopback HTTP. Their request bodies are also checked against the
// official spec by contract.request_bodies, so these must not depend on the UI tests to be sent.
#include "servicetest.h"

#include "services/resources/organizationsservice.h"

using namespace sk;
using namespace sk::services;
using sk::test::await;

class TestServicesOrganizations : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::string m_organizationId;

    OrganizationsService organizations() const { return OrganizationsService(m_fixture.client()); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        entities::CreateOrganization create;
        create.displayName = "Organization Writes Test";
        auto organization = await<entities::Organization>([&](QObject *owner, auto done) {
            return organizations().create(create, owner, std::move(done));
        });
        SK_VERIFY_OK(organization);
        m_organizationId = organization.value().id;
    }

    void updateChangesOnlyTheGivenFields()
    {
        entities::UpdateOrganization changes;
        changes.displayName = "Organization Writes Renamed";
        changes.externalId = "writes-ext-1";
        auto updated = await<entities::Organization>([&](QObject *owner, auto done) {
            return organizations().update(m_organizationId, changes, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        QCOMPARE(updated.value().displayName, std::string("Organization Writes Renamed"));
        QCOMPARE(updated.value().externalId.value_or(""), std::string("writes-ext-1"));
        auto byExternal = await<entities::Organization>([&](QObject *owner, auto done) {
            return organizations().getByExternalId("writes-ext-1", owner, std::move(done));
        });
        SK_VERIFY_OK(byExternal);
        QCOMPARE(byExternal.value().id, m_organizationId);
    }

    void settingsToggleAFeature()
    {
        entities::OrganizationSettings settings;
        settings.features.push_back(entities::OrganizationSettingsFeature{"dir_sync", true});
        auto updated = await<entities::Organization>([&](QObject *owner, auto done) {
            return organizations().updateSettings(m_organizationId, settings, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        bool dirSync = false;
        for (const auto &feature : updated.value().settings.features)
            dirSync |= feature.name == "dir_sync" && feature.enabled;
        QVERIFY(dirSync);
    }

    void sessionPolicyRoundTrip()
    {
        entities::OrganizationSessionPolicy policy;
        policy.policySource = entities::SessionPolicyType::Custom;
        policy.absoluteSessionTimeout = 12;
        policy.absoluteSessionTimeoutUnit = entities::Enum<entities::TimeUnit>(entities::TimeUnit::Hours);
        policy.idleSessionTimeoutEnabled = true;
        policy.idleSessionTimeout = 45;
        policy.idleSessionTimeoutUnit = entities::Enum<entities::TimeUnit>(entities::TimeUnit::Minutes);
        auto updated = await<entities::OrganizationSessionPolicy>([&](QObject *owner, auto done) {
            return organizations().updateSessionPolicy(m_organizationId, policy, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        auto reread = await<entities::OrganizationSessionPolicy>([&](QObject *owner, auto done) {
            return organizations().sessionPolicy(m_organizationId, owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QCOMPARE(reread.value().policySource.value, entities::SessionPolicyType::Custom);
        QCOMPARE(reread.value().absoluteSessionTimeout.value_or(0), 12);
        QCOMPARE(reread.value().idleSessionTimeout.value_or(0), 45);
        QVERIFY(reread.value().idleSessionTimeoutUnit.has_value());
        QCOMPARE(reread.value().idleSessionTimeoutUnit->value, entities::TimeUnit::Minutes);
    }

    void userManagementRoundTrip()
    {
        entities::OrganizationUserManagementSettings settings;
        settings.maxAllowedUsers = 25;
        auto updated = await<entities::OrganizationUserManagementSettings>([&](QObject *owner, auto done) {
            return organizations().updateUserManagement(m_organizationId, settings, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        auto reread = await<entities::OrganizationUserManagementSettings>([&](QObject *owner, auto done) {
            return organizations().userManagement(m_organizationId, owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QCOMPARE(reread.value().maxAllowedUsers.value_or(0), 25);
    }
};

QTEST_GUILESS_MAIN(TestServicesOrganizations)
#include "tst_services_organizations.moc"
