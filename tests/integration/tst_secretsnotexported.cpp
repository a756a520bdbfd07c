// Secrets are a type (entities::Secret): the explicit paths (a request body, the API's answer)
// carry the real values, and nothing that copies or exports an entity does. Against a real
// sandbox: obtain real connected-account credentials, an MCP instance URL, a new directory
// bearer token, new organization client secrets, a magic link and a portal link; then Copy as
// JSON (models::entityJson, the models' JsonRole) and `scalekit-console export` of connected
// accounts, MCP instances, directories and organization clients must contain none of them.
#include "servicetest.h"

#include "models/core/displayformat.h"
#include "models/core/pagedtablemodel.h"
#include "models/organizations/organizationclientsmodel.h"
#include "modeltest.h"
#include "services/resources/connectedaccountsservice.h"
#include "services/resources/directoriesservice.h"
#include "services/resources/mcpservice.h"
#include "services/resources/organizationclientsservice.h"
#include "services/resources/organizationsservice.h"
#include "tests/support/testpaths.h"

#include <QFileInfo>

#include <algorithm>

using namespace sk;
using namespace sk::services;
using sk::test::await;
using sk::test::collectAll;

class TestSecretsNotExported : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::string m_organizationId; // one with a directory
    std::string m_directoryId;
    std::vector<std::string> m_secrets;  // every real secret value obtained below
    std::vector<QString> m_copiedJson;   // what Copy as JSON gives for the entities holding them

    void remember(const std::string &secret)
    {
        QVERIFY2(secret.size() >= 8, secret.c_str());
        QVERIFY2(secret != json::kMaskedSecret, "an explicit path returned the mask, not the secret");
        m_secrets.push_back(secret);
    }

    void rememberCredentials(const entities::AuthorizationDetails &details)
    {
        if (details.oauthToken) {
            remember(details.oauthToken->accessToken);
            if (!details.oauthToken->refreshToken.empty())
                remember(details.oauthToken->refreshToken);
        }
        if (details.staticAuth) {
            QVERIFY(details.staticAuth->details.is_object());
            for (const auto &[key, value] : details.staticAuth->details.reveal().items()) {
                if (value.is_string() && key != "username")
                    remember(value.get<std::string>());
            }
        }
    }

    QByteArray exportRows(const QStringList &arguments)
    {
        const test::ConsoleRun run = test::runConsole(
            m_fixture.sandbox(), QStringList{QStringLiteral("export")} + arguments
                                     + QStringList{QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--quiet")});
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return run.exitCode == 0 ? run.out : QByteArray();
    }

    QStringList leaked(const QByteArray &text) const
    {
        QStringList found;
        for (const std::string &secret : m_secrets) {
            if (text.contains(QByteArray::fromStdString(secret)))
                found << QString::fromStdString(secret);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(test::consoleBinary()).isExecutable(), qPrintable(test::consoleBinary()));
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        const auto directory = test::directoryWithMostUsers(m_fixture.client());
        SK_VERIFY_OK(directory);
        m_organizationId = directory.value().organizationId;
        m_directoryId = directory.value().id;
        QVERIFY(!m_organizationId.empty());
    }

    void explicitPathsCarryTheRealSecrets()
    {
        api::ApiClient *client = m_fixture.client();

        // Connected accounts: credentials we send (a request body) come back in full.
        auto seeded = await<ConnectedAccountsService::AccountPage>([&](QObject *owner, auto done) {
            return ConnectedAccountsService(client).list({}, PageQuery{20, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(seeded);
        QVERIFY(!seeded.value().items.empty());
        entities::OauthToken token;
        token.accessToken = "ya29.test-access-token-0123456789";
        token.refreshToken = "1//test-refresh-token-0123456789";
        entities::ConnectedAccountCredentials credentials;
        credentials.authorizationDetails.emplace().oauthToken = token;
        const AccountSelector selector =
            AccountSelector::byConnector(seeded.value().items.front().connector, "secrets-test-user");
        auto created = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
            return ConnectedAccountsService(client).create(selector, credentials, owner, std::move(done));
        });
        SK_VERIFY_OK(created);
        auto details = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
            return ConnectedAccountsService(client).details(AccountSelector::byId(created.value().id), owner,
                                                            std::move(done));
        });
        SK_VERIFY_OK(details);
        QVERIFY(details.value().authorizationDetails.has_value());
        QVERIFY(details.value().authorizationDetails->oauthToken.has_value());
        QCOMPARE(details.value().authorizationDetails->oauthToken->accessToken.reveal(), std::string(token.accessToken));
        rememberCredentials(*details.value().authorizationDetails);
        m_copiedJson.push_back(models::entityJson(details.value()));
        // And seeded accounts of other kinds (API keys, basic credentials).
        for (std::size_t i = 0; i < std::min<std::size_t>(seeded.value().items.size(), 8); ++i) {
            auto other = await<entities::ConnectedAccount>([&](QObject *owner, auto done) {
                return ConnectedAccountsService(client).details(AccountSelector::byId(seeded.value().items[i].id), owner,
                                                                std::move(done));
            });
            SK_VERIFY_OK(other);
            if (other.value().authorizationDetails)
                rememberCredentials(*other.value().authorizationDetails);
            m_copiedJson.push_back(models::entityJson(other.value()));
        }
        auto magic = await<entities::MagicLink>([&](QObject *owner, auto done) {
            return ConnectedAccountsService(client).magicLink(selector, owner, std::move(done));
        });
        SK_VERIFY_OK(magic);
        remember(magic.value().link);
        m_copiedJson.push_back(models::entityJson(magic.value()));

        // MCP instances: the pre-authenticated URL.
        auto instances = await<McpService::InstancePage>([&](QObject *owner, auto done) {
            return McpService(client).listInstances({}, PageQuery{30, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(instances);
        QVERIFY(!instances.value().items.empty());
        for (const auto &instance : instances.value().items) {
            QVERIFY(QString::fromStdString(instance.url).startsWith(QStringLiteral("http")));
            remember(instance.url);
            m_copiedJson.push_back(models::entityJson(instance));
        }

        // A new directory bearer token.
        auto scim = await<entities::CreateDirectorySecretResponse>([&](QObject *owner, auto done) {
            return DirectoriesService(client).createSecret(m_organizationId, m_directoryId, false, owner,
                                                           std::move(done));
        });
        SK_VERIFY_OK(scim);
        remember(scim.value().plainSecret);
        QVERIFY(QString::fromStdString(scim.value().plainSecret).endsWith(QString::fromStdString(scim.value().secret.secretSuffix)));
        m_copiedJson.push_back(models::entityJson(scim.value()));

        // A new organization client and a second secret for it.
        entities::OrganizationClient body;
        body.name = "Secrets test client";
        body.expiry = 3600;
        auto m2m = await<entities::CreateOrganizationClientResponse>([&](QObject *owner, auto done) {
            return OrganizationClientsService(client).create(m_organizationId, body, owner, std::move(done));
        });
        SK_VERIFY_OK(m2m);
        remember(m2m.value().plainSecret);
        m_copiedJson.push_back(models::entityJson(m2m.value()));
        auto rotated = await<entities::CreateClientSecretResponse>([&](QObject *owner, auto done) {
            return OrganizationClientsService(client).createSecret(m_organizationId, m2m.value().client.clientId, owner,
                                                                   std::move(done));
        });
        SK_VERIFY_OK(rotated);
        remember(rotated.value().plainSecret);
        m_copiedJson.push_back(models::entityJson(rotated.value()));

        // The admin portal link.
        auto portal = await<entities::PortalLink>([&](QObject *owner, auto done) {
            return OrganizationsService(client).generatePortalLink(m_organizationId, {}, owner, std::move(done));
        });
        SK_VERIFY_OK(portal);
        remember(portal.value().location);
        m_copiedJson.push_back(models::entityJson(portal.value()));

        QVERIFY(m_secrets.size() >= 7);
    }

    void copyAsJsonHoldsNoSecret()
    {
        QVERIFY(!m_copiedJson.empty());
        for (const QString &json : m_copiedJson) {
            const QStringList found = leaked(json.toUtf8());
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u", ") + u" in " + json));
        }
        // The masked fields are still there, marked.
        QVERIFY(std::any_of(m_copiedJson.begin(), m_copiedJson.end(), [](const QString &json) {
            return json.contains(QStringLiteral("\"url\": \"[secret]\""));
        }));

        models::OrganizationClientsModel model(&m_fixture.services()->organizationClients());
        model.setOrganization(QString::fromStdString(m_organizationId));
        QVERIFY(test::settle(model));
        QCOMPARE(model.state(), models::PagedTableModel::State::Complete);
        QVERIFY(model.entityCount() >= 1);
        for (int row = 0; row < model.entityCount(); ++row) {
            const QString json = model.index(row, 0).data(models::PagedTableModel::JsonRole).toString();
            QVERIFY(json.contains(QStringLiteral("client_id")));
            QVERIFY2(leaked(json.toUtf8()).isEmpty(), qPrintable(json));
        }
    }

    void exportsHoldNoSecret_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected"); // a value the rows must contain
        const QString org = QString::fromStdString(m_organizationId);
        QTest::newRow("connected-accounts") << QStringList{QStringLiteral("connected-accounts")}
                                            << QByteArray("secrets-test-user");
        QTest::newRow("mcp-instances") << QStringList{QStringLiteral("mcp-instances")}
                                       << QByteArray("\"url\":\"[secret]\"");
        QTest::newRow("directories") << QStringList{QStringLiteral("directories"), QStringLiteral("--org"), org}
                                     << QByteArray::fromStdString(m_directoryId);
        QTest::newRow("org-clients") << QStringList{QStringLiteral("org-clients"), QStringLiteral("--org"), org}
                                     << QByteArray("Secrets test client");
    }

    void exportsHoldNoSecret()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        QVERIFY(!m_secrets.empty());
        const QByteArray rows = exportRows(arguments);
        QVERIFY2(rows.contains(expected), rows.left(400).constData());
        const QStringList found = leaked(rows);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestSecretsNotExported)
#include "tst_secretsnotexported.moc"
