// McpService (configs, instances, auth state) and AuthLogsService against a real sandbox over
// loopback HTTP. Instance URLs and authentication links are checked, never printed.
#include "servicetest.h"

#include "services/resources/authlogsservice.h"
#include "services/resources/connectionsservice.h"
#include "services/resources/mcpservice.h"

using namespace sk;
using namespace sk::services;
using sk::test::await;
using sk::test::collectAll;
using Kind = sk::api::ApiError::Kind;

class TestServicesMcp : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::string m_connectionName; // an AgentKit connection (key_id)

    McpService mcp() const { return McpService(m_fixture.client()); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        auto apps = await<ConnectionsService::ListConnectionPage>([this](QObject *owner, auto done) {
            return ConnectionsService(m_fixture.client()).listApp({}, PageQuery{30, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(apps);
        QVERIFY(!apps.value().items.empty());
        m_connectionName = apps.value().items.front().keyId;
        QVERIFY(!m_connectionName.empty());
    }

    void configsArePagedExactly()
    {
        std::int32_t total = 0;
        auto all = collectAll<entities::McpConfig>(
            [this](const std::string &token, QObject *owner, auto done) {
                return mcp().listConfigs({}, PageQuery{30, token}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(all);
        QVERIFY(!all.value().empty());
        QCOMPARE(qint64(all.value().size()), qint64(total));
        auto tooBig = await<McpService::ConfigPage>([this](QObject *owner, auto done) {
            return mcp().listConfigs({}, PageQuery{31, {}}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(tooBig, Kind::Validation);
    }

    void configLifecycleAndInstances()
    {
        entities::McpConfig create;
        create.name = "integration-test-config";
        create.description = "made by a test";
        entities::McpConfigConnectionToolMapping mapping;
        mapping.connectionName = m_connectionName;
        create.connectionToolMappings = {mapping};
        auto created = await<entities::McpConfig>([&](QObject *owner, auto done) {
            return mcp().createConfig(create, owner, std::move(done));
        });
        SK_VERIFY_OK(created);
        const std::string configId = created.value().id;
        QVERIFY(!configId.empty());
        QCOMPARE(created.value().name, create.name);
        QCOMPARE(created.value().connectionToolMappings.size(), std::size_t(1));

        auto duplicate = await<entities::McpConfig>([&](QObject *owner, auto done) {
            return mcp().createConfig(create, owner, std::move(done));
        });
        SK_VERIFY_FAILS(duplicate, Kind::Conflict);

        McpConfigFilter byName;
        byName.name = create.name;
        auto found = await<McpService::ConfigPage>([&](QObject *owner, auto done) {
            return mcp().listConfigs(byName, PageQuery{30, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(found);
        QCOMPARE(found.value().items.size(), std::size_t(1));
        QCOMPARE(found.value().items.front().id, configId);

        auto updated = await<entities::McpConfig>([&](QObject *owner, auto done) {
            return mcp().updateConfig(configId, "changed by a test", create.connectionToolMappings, owner,
                                      std::move(done));
        });
        SK_VERIFY_OK(updated);
        auto reread = await<entities::McpConfig>([&](QObject *owner, auto done) {
            return mcp().getConfig(configId, owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QCOMPARE(reread.value().description, std::string("changed by a test"));

        auto state = await<McpService::AuthStates>([&](QObject *owner, auto done) {
            return mcp().configAuthState(configId, "mcp-test-user", true, owner, std::move(done));
        });
        SK_VERIFY_OK(state);
        QCOMPARE(state.value().size(), std::size_t(1));
        QCOMPARE(state.value().front().connectionName, m_connectionName);
        QVERIFY(state.value().front().isActive() || !state.value().front().authenticationLink.empty());

        // Instances: ensure is idempotent.
        auto instance = await<entities::McpInstance>([&](QObject *owner, auto done) {
            return mcp().ensureInstance(create.name, "mcp-test-user", {}, owner, std::move(done));
        });
        SK_VERIFY_OK(instance);
        const std::string instanceId = instance.value().id;
        QVERIFY(!instanceId.empty());
        QVERIFY(!instance.value().url.empty());
        QCOMPARE(instance.value().config.name, create.name);
        auto same = await<entities::McpInstance>([&](QObject *owner, auto done) {
            return mcp().ensureInstance(create.name, "mcp-test-user", {}, owner, std::move(done));
        });
        SK_VERIFY_OK(same);
        QCOMPARE(same.value().id, instanceId);

        McpInstanceFilter byUser;
        byUser.userIdentifier = "mcp-test-user";
        auto mine = await<McpService::InstancePage>([&](QObject *owner, auto done) {
            return mcp().listInstances(byUser, PageQuery{30, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(mine);
        QCOMPARE(mine.value().items.size(), std::size_t(1));
        QCOMPARE(mine.value().items.front().id, instanceId);

        auto renamed = await<entities::McpInstance>([&](QObject *owner, auto done) {
            return mcp().updateInstance(instanceId, "renamed-instance", {}, owner, std::move(done));
        });
        SK_VERIFY_OK(renamed);
        auto rereadInstance = await<entities::McpInstance>([&](QObject *owner, auto done) {
            return mcp().getInstance(instanceId, owner, std::move(done));
        });
        SK_VERIFY_OK(rereadInstance);
        QCOMPARE(rereadInstance.value().name, std::string("renamed-instance"));

        auto authState = await<McpService::AuthStates>([&](QObject *owner, auto done) {
            return mcp().instanceAuthState(instanceId, true, owner, std::move(done));
        });
        SK_VERIFY_OK(authState);
        QCOMPARE(authState.value().size(), std::size_t(1));
        for (const auto &connection : authState.value())
            QVERIFY(connection.isActive() || !connection.authenticationLink.empty());
        auto withoutLinks = await<McpService::AuthStates>([&](QObject *owner, auto done) {
            return mcp().instanceAuthState(instanceId, false, owner, std::move(done));
        });
        SK_VERIFY_OK(withoutLinks);
        for (const auto &connection : withoutLinks.value())
            QVERIFY(connection.authenticationLink.empty());

        auto instanceRemoved = await<api::Empty>([&](QObject *owner, auto done) {
            return mcp().removeInstance(instanceId, owner, std::move(done));
        });
        SK_VERIFY_OK(instanceRemoved);
        auto instanceGone = await<entities::McpInstance>([&](QObject *owner, auto done) {
            return mcp().getInstance(instanceId, owner, std::move(done));
        });
        SK_VERIFY_FAILS(instanceGone, Kind::NotFound);

        auto removed = await<api::Empty>([&](QObject *owner, auto done) {
            return mcp().removeConfig(configId, owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto gone = await<entities::McpConfig>([&](QObject *owner, auto done) {
            return mcp().getConfig(configId, owner, std::move(done));
        });
        SK_VERIFY_FAILS(gone, Kind::NotFound);
    }

    void instancesArePagedExactly()
    {
        std::int32_t total = 0;
        auto all = collectAll<entities::McpInstance>(
            [this](const std::string &token, QObject *owner, auto done) {
                return mcp().listInstances({}, PageQuery{30, token}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(all);
        QCOMPARE(qint64(all.value().size()), qint64(total));
        std::set<std::string> ids;
        for (const auto &instance : all.value())
            QVERIFY2(ids.insert(instance.id).second, instance.id.c_str());
    }

    void authLogs()
    {
        AuthLogsService logs(m_fixture.client());
        std::int32_t total = 0;
        auto all = collectAll<entities::AuthLogRequest>(
            [&](const std::string &token, QObject *owner, auto done) {
                return logs.list({}, PageQuery{100, token}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(all);
        QCOMPARE(qint64(all.value().size()), qint64(total));
        if (all.value().empty())
            QSKIP("the seed has no authentication logs");
        AuthLogFilter failed;
        failed.statuses = {QStringLiteral("FAILED")};
        auto some = collectAll<entities::AuthLogRequest>([&](const std::string &token, QObject *owner, auto done) {
            return logs.list(failed, PageQuery{100, token}, owner, std::move(done));
        });
        SK_VERIFY_OK(some);
        for (const auto &entry : some.value())
            QCOMPARE(entry.status, std::string("FAILED"));
    }
};

QTEST_GUILESS_MAIN(TestServicesMcp)
#include "tst_services_mcp.moc"
