// ConnectedAccountsService and ToolsService against a real sandbox over loopback HTTP.
// Tokens and links are compared, never printed.
#include "servicetest.h"

#include "services/resources/connectedaccountsservice.h"
#include "services/resources/toolsservice.h"

using namespace sk;
using namespace sk::services;
using sk::test::await;
using sk::test::collectAll;
using Kind = sk::api::ApiError::Kind;
using entities::ConnectorStatus;

class TestServicesAgentKit : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::vector<entities::ConnectedAccount> m_accounts;

    ConnectedAccountsService accounts() const { return ConnectedAccountsService(m_fixture.client()); }

    static entities::ConnectedAccountCredentials oauthCredentials(const std::string &accessToken)
    {
        entities::OauthToken token;
        token.accessToken = accessToken;
        token.refreshToken = accessToken + "-refresh";
        token.scopes = {"read"};
        entities::AuthorizationDetails details;
        details.oauthToken = token;
        entities::ConnectedAccountCredentials credentials;
        credentials.authorizationDetails = details;
        return credentials;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        std::int32_t total = 0;
        auto all = collectAll<entities::ConnectedAccount>(
            [this](const std::string &token, QObject *owner, auto done) {
                return accounts().list({}, PageQuery{99, token}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(all);
        m_accounts = all.value();
        QVERIFY(!m_accounts.empty());
        QCOMPARE(qint64(m_accounts.size()), qint64(total));
    }

    void listIsExactAndStatusesAreComputed()
    {
        std::set<std::string> ids;
        const auto now = entities::Timestamp::now();
        for (const auto &account : m_accounts) {
            QVERIFY2(ids.insert(account.id).second, account.id.c_str());
            QVERIFY2(!account.authorizationDetails.has_value(), "list items carry no credentials");
            if (account.status.value == ConnectorStatus::Active && account.tokenExpiresAt.isSet())
                QVERIFY2(!(account.tokenExpiresAt < now), account.id.c_str());
        }
        auto tooBig = await<ConnectedAccountsService::AccountPage>([this](QObject *owner, auto done) {
            return accounts().list({}, PageQuery{100, {}}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(tooBig, Kind::Validation);
    }

    void filtersNarrowTheList()
    {
        const std::string connector = m_accounts.front().connector;
        ConnectedAccountFilter byConnector;
        byConnector.connector = connector;
        auto some = collectAll<entities::ConnectedAccount>([&](const std::string &token, QObject *owner, auto done) {
            return accounts().list(byConnector, PageQuery{99, token}, owner, std::move(done));
        });
        SK_VERIFY_OK(some);
        QVERIFY(!some.value().empty());
        for (const auto &account : some.value())
            QCOMPARE(account.connector, connector);

        std::string other;
        for (const auto &account : m_accounts) {
            if (account.connector != connector) {
                other = account.connector;
                break;
            }
        }
        ConnectedAccountFilter byNames;
        byNames.connectionNames = {connector, other};
        auto both = collectAll<entities::ConnectedAccount>([&](const std::string &token, QObject *owner, auto done) {
            return accounts().list(byNames, PageQuery{99, token}, owner, std::move(done));
        });
        SK_VERIFY_OK(both);
        QVERIFY(both.value().size() >= some.value().size());
        for (const auto &account : both.value())
            QVERIFY(account.connector == connector || account.connector == other);

        ConnectedAccountFilter byIdentifier;
        byIdentifier.identifier = m_accounts.front().identifier;
        auto mine = await<ConnectedAccountsService::AccountPage>([&](QObject *owner, auto done) {
            return accounts().list(byIdentifier, PageQuery{99, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(mine);
        QVERIFY(!mine.value().items.empty());
        for (const auto &account : mine.value().items)
            QCOMPARE(account.identifier, m_accounts.front().identifier);
    }

    void searchByIdentifier()
    {
        const std::string identifier = m_accounts.front().identifier;
        QVERIFY(identifier.size() >= 3);
        auto found = await<ConnectedAccountsService::AccountPage>([&](QObject *owner, auto done) {
            return accounts().search(identifier, {}, PageQuery{30, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(found);
        bool seen = false;
        for (const auto &account : found.value().items)
            seen = seen || account.id == m_accounts.front().id;
        QVERIFY(seen);
        auto tooShort = await<ConnectedAccountsService::AccountPage>([&](QObject *owner, auto done) {
            return accounts().search("ab", {}, PageQuery{30, {}}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(tooShort, Kind::Validation);
    }

    void accountLifecycle()
    {
        const std::string connector = m_accounts.front().connector;
        const AccountSelector selector = AccountSelector::byConnector(connector, "integration-test-user");
        auto created = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
            return accounts().create(selector, oauthCredentials("token-one"), owner, std::move(done));
        });
        SK_VERIFY_OK(created);
        const std::string id = created.value().id;
        QVERIFY(!id.empty());
        QCOMPARE(created.value().connector, connector);
        QCOMPARE(created.value().identifier, std::string("integration-test-user"));

        auto duplicate = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
            return accounts().create(selector, oauthCredentials("token-two"), owner, std::move(done));
        });
        SK_VERIFY_FAILS(duplicate, Kind::Conflict);

        auto updated = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
            return accounts().update(selector, oauthCredentials("token-three"), owner, std::move(done));
        });
        SK_VERIFY_OK(updated);

        auto withTokens = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
            return accounts().auth(selector, owner, std::move(done));
        });
        SK_VERIFY_OK(withTokens);
        QCOMPARE(withTokens.value().id, id);
        QVERIFY(withTokens.value().authorizationDetails.has_value());
        QVERIFY(withTokens.value().authorizationDetails->oauthToken.has_value());
        QVERIFY(withTokens.value().authorizationDetails->oauthToken->accessToken == "token-three");

        auto details = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
            return accounts().details(AccountSelector::byId(id), owner, std::move(done));
        });
        SK_VERIFY_OK(details);
        QCOMPARE(details.value().identifier, std::string("integration-test-user"));

        auto link = await<entities::MagicLink>([&](QObject *owner, auto done) {
            return accounts().magicLink(selector, owner, std::move(done));
        });
        SK_VERIFY_OK(link);
        QVERIFY(!link.value().link.empty());
        QVERIFY(entities::Timestamp::now() < link.value().expiry);

        auto disconnected = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
            return accounts().disconnect(id, owner, std::move(done));
        });
        SK_VERIFY_OK(disconnected);
        auto reread = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
            return accounts().get(id, owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QCOMPARE(reread.value().status.value, ConnectorStatus::Disconnected);

        auto removed = await<api::Empty>([&](QObject *owner, auto done) {
            return accounts().remove(AccountSelector::byId(id), owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto gone = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
            return accounts().get(id, owner, std::move(done));
        });
        SK_VERIFY_FAILS(gone, Kind::NotFound);
        auto unknownConnector = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
            return accounts().create(AccountSelector::byConnector("no-such-connection", "someone"),
                                     oauthCredentials("x"), owner, std::move(done));
        });
        QVERIFY(!unknownConnector.ok());
    }

    void toolsListAndScoped()
    {
        ToolsService tools(m_fixture.client());
        std::int32_t total = 0;
        auto all = collectAll<entities::Tool>(
            [&](const std::string &token, QObject *owner, auto done) {
                return tools.list({}, PageQuery{100, token}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(all);
        QCOMPARE(qint64(all.value().size()), qint64(total));
        if (all.value().empty())
            QSKIP("the seed has no tools");

        ToolFilter byProvider;
        byProvider.provider = all.value().front().provider;
        auto some = await<ToolsService::ToolPage>([&](QObject *owner, auto done) {
            return tools.list(byProvider, PageQuery{100, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(some);
        QVERIFY(!some.value().items.empty());
        for (const auto &tool : some.value().items)
            QCOMPARE(tool.provider, byProvider.provider);

        auto names = await<entities::Page<std::string>>([&](QObject *owner, auto done) {
            return tools.listNames(byProvider, PageQuery{100, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(names);

        const std::string identifier = m_accounts.front().identifier;
        auto scoped = collectAll<entities::ScopedTool>([&](const std::string &token, QObject *owner, auto done) {
            return tools.scoped(identifier, {}, PageQuery{100, token}, owner, std::move(done));
        });
        SK_VERIFY_OK(scoped);
        for (const auto &tool : scoped.value())
            QCOMPARE(tool.identifier, identifier);

        auto available = await<ToolsService::ToolPage>([&](QObject *owner, auto done) {
            return tools.available(identifier, PageQuery{100, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(available);
    }
};

QTEST_GUILESS_MAIN(TestServicesAgentKit)
#include "tst_services_agentkit.moc"
