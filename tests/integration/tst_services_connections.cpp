// ConnectionsService (SSO and AgentKit connections) and ProvidersService against a real
// sandbox over loopback HTTP.
#include "servicetest.h"

#include "services/resources/connectionsservice.h"
#include "services/resources/providersservice.h"

using namespace sk;
using namespace sk::services;
using sk::test::await;
using sk::test::collectAll;
using Kind = sk::api::ApiError::Kind;
using entities::ConnectionProvider;
using entities::ConnectionType;

class TestServicesConnections : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::vector<entities::ListConnection> m_sso; // seeded SSO connections

    ConnectionsService connections() const { return ConnectionsService(m_fixture.client()); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        auto all = collectAll<entities::ListConnection>([this](const std::string &token, QObject *owner, auto done) {
            return connections().listOrganizationConnections(PageQuery{30, token}, owner, std::move(done));
        });
        SK_VERIFY_OK(all);
        m_sso = all.value();
        QVERIFY(!m_sso.empty());
    }

    void organizationConnectionsArePagedExactly()
    {
        std::int32_t total = 0;
        auto all = collectAll<entities::ListConnection>(
            [this](const std::string &token, QObject *owner, auto done) {
                return connections().listOrganizationConnections(PageQuery{7, token}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(all);
        QCOMPARE(qint64(all.value().size()), qint64(total));
        std::set<std::string> ids;
        for (const auto &connection : all.value()) {
            QVERIFY2(ids.insert(connection.id).second, connection.id.c_str());
            QVERIFY(!connection.organizationId.empty());
        }
        auto tooBig = await<ConnectionsService::ListConnectionPage>([this](QObject *owner, auto done) {
            return connections().listOrganizationConnections(PageQuery{31, {}}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(tooBig, Kind::Validation);
    }

    void listFiltersByOrganization()
    {
        const std::string organizationId = m_sso.front().organizationId;
        auto all = await<std::vector<entities::ListConnection>>([this](QObject *owner, auto done) {
            return connections().list(ConnectionFilter{{}, {}, "all"}, owner, std::move(done));
        });
        SK_VERIFY_OK(all);
        QVERIFY(all.value().size() >= m_sso.size());
        auto one = await<std::vector<entities::ListConnection>>([&](QObject *owner, auto done) {
            return connections().list(ConnectionFilter{organizationId, {}, "all"}, owner, std::move(done));
        });
        SK_VERIFY_OK(one);
        QVERIFY(!one.value().empty());
        for (const auto &connection : one.value())
            QCOMPARE(connection.organizationId, organizationId);
    }

    void searchByProvider()
    {
        const auto provider = m_sso.front().provider;
        ConnectionSearch search;
        search.provider = std::string(provider.name());
        auto found = collectAll<entities::ListConnection>([&](const std::string &token, QObject *owner, auto done) {
            return connections().searchOrganizationConnections(search, PageQuery{30, token}, owner, std::move(done));
        });
        SK_VERIFY_OK(found);
        QVERIFY(!found.value().empty());
        for (const auto &connection : found.value())
            QCOMPARE(connection.provider.name(), provider.name());
    }

    void ssoLifecycle()
    {
        const std::string organizationId = m_sso.front().organizationId;
        entities::CreateConnection create;
        create.provider = entities::Enum<ConnectionProvider>(ConnectionProvider::Okta);
        create.type = entities::Enum<ConnectionType>(ConnectionType::Saml);
        auto created = await<entities::Connection>([&](QObject *owner, auto done) {
            return connections().createSso(organizationId, create, owner, std::move(done));
        });
        SK_VERIFY_OK(created);
        const std::string id = created.value().id;
        QCOMPARE(created.value().organizationId.value_or(std::string()), organizationId);
        QCOMPARE(created.value().type.value, ConnectionType::Saml);

        entities::UpdateConnection update;
        update.debugEnabled = true;
        auto updated = await<entities::Connection>([&](QObject *owner, auto done) {
            return connections().updateSso(organizationId, id, update, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        QVERIFY(updated.value().debugEnabled);

        // A new connection without an IdP configuration cannot be enabled: the answer says why.
        auto refused = await<entities::ToggleResult>([&](QObject *owner, auto done) {
            return connections().setSsoEnabled(organizationId, id, true, owner, std::move(done));
        });
        SK_VERIFY_OK(refused);
        QVERIFY(refused.value().enabled || refused.value().errorMessage.has_value());

        // Toggle a seeded, enabled connection off and on again.
        const entities::ListConnection *seeded = nullptr;
        for (const auto &connection : m_sso) {
            if (connection.enabled) {
                seeded = &connection;
                break;
            }
        }
        QVERIFY(seeded != nullptr);
        auto disabled = await<entities::ToggleResult>([&](QObject *owner, auto done) {
            return connections().setSsoEnabled(seeded->organizationId, seeded->id, false, owner, std::move(done));
        });
        SK_VERIFY_OK(disabled);
        QVERIFY(!disabled.value().enabled);
        auto reread = await<entities::Connection>([&](QObject *owner, auto done) {
            return connections().getSso(seeded->organizationId, seeded->id, owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QVERIFY(!reread.value().enabled);
        auto enabled = await<entities::ToggleResult>([&](QObject *owner, auto done) {
            return connections().setSsoEnabled(seeded->organizationId, seeded->id, true, owner, std::move(done));
        });
        SK_VERIFY_OK(enabled);
        QVERIFY(enabled.value().enabled);

        auto removed = await<api::Empty>([&](QObject *owner, auto done) {
            return connections().removeSso(organizationId, id, owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto gone = await<entities::Connection>([&](QObject *owner, auto done) {
            return connections().getSso(organizationId, id, owner, std::move(done));
        });
        SK_VERIFY_FAILS(gone, Kind::NotFound);
        auto wrongOrg = await<entities::Connection>([&](QObject *owner, auto done) {
            return connections().getSso("org_000000000000000000", m_sso.front().id, owner, std::move(done));
        });
        SK_VERIFY_FAILS(wrongOrg, Kind::NotFound);
    }

    void appConnectionsLifecycle()
    {
        std::int32_t total = 0;
        auto before = collectAll<entities::ListConnection>(
            [this](const std::string &token, QObject *owner, auto done) {
                return connections().listApp({}, PageQuery{30, token}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(before);
        QVERIFY(!before.value().empty());
        QCOMPARE(qint64(before.value().size()), qint64(total));

        entities::CreateConnection create;
        create.type = entities::Enum<ConnectionType>(ConnectionType::OAuth);
        create.providerKey = "gmail";
        create.keyId = "gmail-integration-test";
        auto created = await<entities::Connection>([&](QObject *owner, auto done) {
            return connections().createApp(create, false, owner, std::move(done));
        });
        SK_VERIFY_OK(created);
        const std::string id = created.value().id;
        QCOMPARE(created.value().keyId.value_or(std::string()), std::string("gmail-integration-test"));
        QCOMPARE(created.value().providerKey, std::string("gmail"));

        auto gmail = collectAll<entities::ListConnection>([&](const std::string &token, QObject *owner, auto done) {
            return connections().listApp("gmail", PageQuery{30, token}, owner, std::move(done));
        });
        SK_VERIFY_OK(gmail);
        bool seen = false;
        for (const auto &connection : gmail.value()) {
            QCOMPARE(connection.providerKey, std::string("gmail"));
            seen = seen || connection.id == id;
        }
        QVERIFY(seen);

        entities::UpdateConnection update;
        entities::OAuthConnectionConfig oauth;
        oauth.clientId = "client-for-test";
        oauth.clientSecret = "app-client-secret-for-test"; // a Secret: the request body must carry it whole
        oauth.scopes = {"https://www.googleapis.com/auth/gmail.readonly"};
        update.oauthConfig = oauth;
        auto updated = await<entities::Connection>([&](QObject *owner, auto done) {
            return connections().updateApp(id, update, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        auto reread = await<entities::Connection>([&](QObject *owner, auto done) {
            return connections().getApp(id, owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QVERIFY(reread.value().oauthConfig.has_value());
        QCOMPARE(reread.value().oauthConfig->clientId.value_or(std::string()), std::string("client-for-test"));
        QCOMPARE(reread.value().oauthConfig->clientSecret.reveal().value_or(std::string()),
                 std::string("app-client-secret-for-test"));

        auto disabled = await<entities::ToggleResult>([&](QObject *owner, auto done) {
            return connections().setAppEnabled(id, false, owner, std::move(done));
        });
        SK_VERIFY_OK(disabled);
        QVERIFY(!disabled.value().enabled);

        auto removed = await<api::Empty>([&](QObject *owner, auto done) {
            return connections().removeApp(id, owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto gone = await<entities::Connection>([&](QObject *owner, auto done) {
            return connections().getApp(id, owner, std::move(done));
        });
        SK_VERIFY_FAILS(gone, Kind::NotFound);

        auto tooBig = await<ConnectionsService::ListConnectionPage>([this](QObject *owner, auto done) {
            return connections().listApp({}, PageQuery{31, {}}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(tooBig, Kind::Validation);
    }

    void providersCatalogueAndCustomProviders()
    {
        ProvidersService providers(m_fixture.client());
        std::int32_t total = 0;
        auto catalogue = collectAll<entities::Provider>(
            [&](const std::string &token, QObject *owner, auto done) {
                return providers.list({}, {}, PageQuery{50, token}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(catalogue);
        QVERIFY(!catalogue.value().empty());
        QCOMPARE(qint64(catalogue.value().size()), qint64(total));

        auto gmail = await<ProvidersService::ProviderPage>([&](QObject *owner, auto done) {
            return providers.list("gmail", {}, PageQuery{}, owner, std::move(done));
        });
        SK_VERIFY_OK(gmail);
        QCOMPARE(gmail.value().items.size(), std::size_t(1));
        QCOMPARE(gmail.value().items.front().identifier, std::string("gmail"));

        entities::CustomProviderChanges create;
        create.displayName = "Internal Wiki";
        create.description = "Our wiki";
        create.authPatterns = nlohmann::json::array({nlohmann::json{{"type", "BEARER"}}});
        create.proxyUrl = "https://wiki.example.test/api";
        create.proxyEnabled = true;
        auto created = await<entities::Provider>([&](QObject *owner, auto done) {
            return providers.createCustom(create, owner, std::move(done));
        });
        SK_VERIFY_OK(created);
        QVERIFY(created.value().isCustom);
        const std::string identifier = created.value().identifier;
        QVERIFY(!identifier.empty());

        create.description = "Our internal wiki";
        auto updated = await<entities::Provider>([&](QObject *owner, auto done) {
            return providers.updateCustom(identifier, create, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        QCOMPARE(updated.value().description, std::string("Our internal wiki"));

        auto removed = await<api::Empty>([&](QObject *owner, auto done) {
            return providers.removeCustom(identifier, owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto again = await<api::Empty>([&](QObject *owner, auto done) {
            return providers.removeCustom(identifier, owner, std::move(done));
        });
        SK_VERIFY_FAILS(again, Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestServicesConnections)
#include "tst_services_connections.moc"
