// entities::Secret<T>: every JSON path masks a secret ("[secret]") unless a json::IncludeSecrets
// scope is open on the thread; decoding is never affected; empty secrets stay empty.
#include "services/entities/connectedaccount.h"
#include "services/entities/connectedaccountrequests.h"
#include "services/entities/connectionconfig.h"
#include "services/entities/directory.h"
#include "services/entities/mcpinstance.h"
#include "services/entities/organization.h"
#include "services/entities/organizationclient.h"
#include "services/resources/servicesupport.h"

#include <QTest>

#include <thread>

using namespace sk;
using namespace sk::entities;
using Json = nlohmann::json;

namespace {

const std::string kMask = json::kMaskedSecret;

// A connected account whose every credential field holds a distinct, recognisable value.
ConnectedAccount accountWithSecrets()
{
    ConnectedAccount account;
    account.id = "ca_1";
    account.identifier = "user@example.com";
    AuthorizationDetails details;
    OauthToken token;
    token.accessToken = "SECRET-access-token";
    token.refreshToken = "SECRET-refresh-token";
    token.scopes = {"read"};
    details.oauthToken = token;
    details.staticAuth = StaticAuth{Json{{"api_key", "SECRET-api-key"}}};
    GoogleDwdAuth dwd;
    dwd.subject = "admin@example.com";
    dwd.accessToken = "SECRET-dwd-token";
    details.googleDwd = dwd;
    TrustedIdpAuth idp;
    idp.accessKeyId = "AKIA-visible";
    idp.secretAccessKey = "SECRET-aws-key";
    idp.sessionToken = "SECRET-aws-session";
    details.trustedIdp = idp;
    account.authorizationDetails = details;
    return account;
}

// Every secret value of the samples below, for "contains none of them" checks.
const std::vector<std::string> kSecretValues = {
    "SECRET-access-token", "SECRET-refresh-token", "SECRET-api-key",      "SECRET-dwd-token",
    "SECRET-aws-key",      "SECRET-aws-session",   "SECRET-mcp-url",      "SECRET-auth-link",
    "SECRET-portal-link",  "SECRET-magic-link",    "SECRET-client-plain", "SECRET-client-plain-2",
    "SECRET-scim-bearer",  "SECRET-oidc-secret",   "SECRET-oauth-secret", "SECRET-dwd-json",
    "SECRET-ads-token"};

// One JSON document holding every kind of secret field the entities have.
Json everySecret()
{
    McpInstance instance;
    instance.id = "mcpi_1";
    instance.url = "https://env/mcp/SECRET-mcp-url";
    McpConnectionAuthState state;
    state.connectionName = "gmail";
    state.authenticationLink = "https://env/SECRET-auth-link";
    PortalLink portal;
    portal.id = "lnk_1";
    portal.location = "https://env/SECRET-portal-link";
    MagicLink magic;
    magic.link = "https://env/SECRET-magic-link";
    CreateOrganizationClientResponse created;
    created.client.clientId = "m2m_1";
    created.plainSecret = "SECRET-client-plain";
    CreateClientSecretResponse rotated;
    rotated.plainSecret = "SECRET-client-plain-2";
    rotated.secret.secretSuffix = "n-2";
    rotated.secret.plainSecret = "SECRET-client-plain-2";
    CreateDirectorySecretResponse scim;
    scim.plainSecret = "SECRET-scim-bearer";
    OidcConnectionConfig oidc;
    oidc.clientId = "client-visible";
    oidc.clientSecret = "SECRET-oidc-secret";
    OAuthConnectionConfig oauth;
    oauth.clientSecret = "SECRET-oauth-secret";
    oauth.googleadsDeveloperToken = "SECRET-ads-token";
    GoogleDwdConfig dwd;
    dwd.serviceAccountJson = "{\"private_key\": \"SECRET-dwd-json\"}";
    return Json{{"account", accountWithSecrets()}, {"instance", instance}, {"state", state},
                {"portal", portal},                {"magic", magic},       {"created", created},
                {"rotated", rotated},              {"scim", scim},         {"oidc", oidc},
                {"oauth", oauth},                  {"dwd", dwd}};
}

QStringList leakedSecrets(const std::string &text)
{
    QStringList leaked;
    for (const std::string &secret : kSecretValues) {
        if (text.find(secret) != std::string::npos)
            leaked << QString::fromStdString(secret);
    }
    return leaked;
}

} // namespace

class TestSecret : public QObject
{
    Q_OBJECT

private slots:
    void everyPathMasksByDefault()
    {
        const Json masked = everySecret();
        const std::string text = masked.dump();
        QVERIFY2(leakedSecrets(text).isEmpty(), qPrintable(leakedSecrets(text).join(u", ")));
        const Json &oauth = masked["account"]["authorization_details"]["oauth_token"];
        QVERIFY2((oauth["access_token"]) == Json(kMask), (oauth["access_token"]).dump().c_str());
        QVERIFY2((oauth["refresh_token"]) == Json(kMask), (oauth["refresh_token"]).dump().c_str());
        QVERIFY2((oauth["scopes"]) == Json::array({"read"}), (oauth["scopes"]).dump().c_str()); // not a secret
        QVERIFY2((masked["account"]["authorization_details"]["static_auth"]["details"]) == Json(kMask), (masked["account"]["authorization_details"]["static_auth"]["details"]).dump().c_str());
        QVERIFY2((masked["account"]["authorization_details"]["trusted_idp"]["access_key_id"]) == Json("AKIA-visible"), (masked["account"]["authorization_details"]["trusted_idp"]["access_key_id"]).dump().c_str());
        QVERIFY2((masked["instance"]["url"]) == Json(kMask), (masked["instance"]["url"]).dump().c_str());
        QVERIFY2((masked["instance"]["id"]) == Json("mcpi_1"), (masked["instance"]["id"]).dump().c_str());
        QVERIFY2((masked["portal"]["location"]) == Json(kMask), (masked["portal"]["location"]).dump().c_str());
        QVERIFY2((masked["oidc"]["client_id"]) == Json("client-visible"), (masked["oidc"]["client_id"]).dump().c_str());
        QVERIFY2((masked["oidc"]["client_secret"]) == Json(kMask), (masked["oidc"]["client_secret"]).dump().c_str());
        QVERIFY2((masked["rotated"]["secret"]["secret_suffix"]) == Json("n-2"), (masked["rotated"]["secret"]["secret_suffix"]).dump().c_str());

        // The other encoders: json::encode, writeValue, a secret converted on its own.
        QVERIFY(leakedSecrets(json::encode(accountWithSecrets()).dump()).isEmpty());
        MagicLink magic;
        magic.link = "https://env/SECRET-magic-link";
        QVERIFY2((json::writeValue(magic.link)) == Json(kMask), (json::writeValue(magic.link)).dump().c_str());
        const Json alone = magic.link;
        QVERIFY2((alone) == Json(kMask), (alone).dump().c_str());
    }

    void includeSecretsScopeWritesTheRealValues()
    {
        Json full;
        {
            const json::IncludeSecrets include;
            QVERIFY(json::secretsIncluded());
            {
                const json::IncludeSecrets nested;
                QVERIFY(json::secretsIncluded());
            }
            QVERIFY(json::secretsIncluded()); // nested scopes count
            full = everySecret();
        }
        QVERIFY(!json::secretsIncluded());
        QCOMPARE(leakedSecrets(full.dump()).size(), qsizetype(kSecretValues.size()));
        QVERIFY2((full["instance"]["url"]) == Json("https://env/mcp/SECRET-mcp-url"), (full["instance"]["url"]).dump().c_str());
        QVERIFY2((full["account"]["authorization_details"]["static_auth"]["details"]["api_key"]) == Json("SECRET-api-key"), (full["account"]["authorization_details"]["static_auth"]["details"]["api_key"]).dump().c_str());
        // And the value survives the round trip the sandbox makes.
        const auto account = full["account"].get<ConnectedAccount>();
        QVERIFY(account == accountWithSecrets());
        // After the scope, masked again.
        QVERIFY(leakedSecrets(everySecret().dump()).isEmpty());
    }

    void theScopeBelongsToOneThread()
    {
        const json::IncludeSecrets include;
        std::string elsewhere;
        std::thread worker([&elsewhere] { elsewhere = everySecret().dump(); });
        worker.join();
        QVERIFY(leakedSecrets(elsewhere).isEmpty());
        QVERIFY(!leakedSecrets(everySecret().dump()).isEmpty());
    }

    void requestBodiesCarryTheSecrets()
    {
        ConnectedAccountCredentials credentials;
        credentials.authorizationDetails = *accountWithSecrets().authorizationDetails;
        const Json body = services::requestBody(credentials);
        QVERIFY2((body["authorization_details"]["oauth_token"]["access_token"]) == Json("SECRET-access-token"), (body["authorization_details"]["oauth_token"]["access_token"]).dump().c_str());
        QVERIFY(!json::secretsIncluded()); // only while the body is built
    }

    void emptySecretsStayEmptyAndDecodingIsUnaffected()
    {
        const Json empty = Json{{"instance", McpInstance{}}, {"secret", ClientSecret{}}, {"oidc", OidcConnectionConfig{}}};
        QVERIFY2((empty["instance"]["url"]) == Json(""), (empty["instance"]["url"]).dump().c_str());      // nothing to hide: not "[secret]"
        QVERIFY(!empty["secret"].contains("plain_secret"));  // unset optional: omitted, as before
        QVERIFY(!empty["oidc"].contains("client_secret"));

        const auto decoded = json::decodeMember<McpInstance>(Json{{"instance", {{"url", "https://env/x"}}}}, "instance");
        QCOMPARE(decoded.url.reveal(), std::string("https://env/x"));
        QVERIFY(decoded.url == "https://env/x");
        const auto secret = json::decode<ClientSecret>(Json{{"plain_secret", "p"}});
        QVERIFY(secret.plainSecret.has_value());
        QCOMPARE(*secret.plainSecret, std::string("p"));
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
