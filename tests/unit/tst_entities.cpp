// Decoder tests against payloads assembled from the field `example`s of
// shared/api/scalekit.openapi.json, plus hostile variants of them.
#include "services/entities/authlogrequest.h"
#include "services/entities/connectedaccount.h"
#include "services/entities/connection.h"
#include "services/entities/directory.h"
#include "services/entities/errorstatus.h"
#include "services/entities/mcpconfig.h"
#include "services/entities/mcpinstance.h"
#include "services/entities/organization.h"
#include "services/entities/page.h"
#include "services/entities/user.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sk::entities;
using sk::json::DecodeError;
using sk::json::Json;

// Declared before the raw-string payloads below: moc (6.4) loses the class otherwise.
class TestEntities : public QObject
{
    Q_OBJECT

private slots:
    void organizationsListExample();
    void organizationsListHostile();
    void userExample();
    void userUnknownEnumsAndQuirks();
    void connectedAccountExample();
    void connectedAccountsListExample();
    void connectedAccountStatuses();
    void mcpConfigsListExample();
    void mcpAuthState();
    void connectionWithConfigs();
    void directoryWrappers();
    void domainNumberedPage();
    void authLogCamelCaseKey();
    void errorStatusBody();
    void errorStatusTolerant();
};

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

template <typename F>
QString decodeError(F &&f)
{
    try {
        f();
    } catch (const DecodeError &e) {
        return q(e.what());
    }
    return u"<no error>"_s;
}

Timestamp ts(const char *text)
{
    return *Timestamp::parse(text);
}

// organizationsListOrganizationsResponse, from the OpenAPI field examples.
constexpr const char *kOrganizationsList = R"({
  "next_page_token": "<next_page_token>",
  "organizations": [{
    "create_time": "2025-02-15T06:23:44.560000Z",
    "display_name": "Megasoft",
    "external_id": "my_unique_id",
    "id": "org_59615193906282635",
    "logo_url": "https://cdn.example.com/acme-logo.png",
    "metadata": null,
    "region_code": "US",
    "settings": {"features": [{"enabled": true, "name": "sso"}, {"enabled": false, "name": "dir_sync"}]},
    "slug": "acme",
    "update_time": "2025-02-15T06:23:44.560000Z"
  }],
  "prev_page_token": "<prev_page_token>",
  "total_size": 30
})";

// usersGetUserResponse
constexpr const char *kGetUser = R"({"user": {
  "create_time": null, "email": "user@example.com", "external_id": "ext_12345a67b89c",
  "id": "usr_1234abcd5678efgh", "last_login_time": null,
  "memberships": [{
    "accepted_at": null, "created_at": null, "display_name": "Acme Corporation", "expires_at": null,
    "inviter_email": null, "join_time": null, "membership_status": "INACTIVE",
    "metadata": {"department": "engineering", "location": "nyc-office"},
    "name": "AcmeCorp", "organization_id": "org_1234abcd5678efgh",
    "permissions": ["read_projects", "write_tasks", "manage_users"], "provisioning_method": null,
    "roles": [{"id": "role_1", "name": "admin", "display_name": "Admin"}]
  }],
  "metadata": {"department": "engineering", "location": "nyc-office"},
  "update_time": null,
  "user_profile": {
    "custom_attributes": {"department": "engineering", "security_clearance": "level2"},
    "email_verified": true,
    "external_identities": [{
      "connection_id": "conn_1234abcd5678efgh", "connection_provider": "GOOGLE",
      "connection_type": "OAUTH", "connection_user_id": "ext_user_12345", "created_time": null,
      "is_social": true, "last_login_time": null, "last_synced_time": null
    }],
    "family_name": "Doe", "gender": "male", "given_name": "John", "groups": ["admin", "developer"],
    "id": "usr_profile_1234abcd5678efgh", "locale": "en-US",
    "metadata": {"department": "engineering", "employee_type": "full-time", "idp_user_id": "12345"},
    "name": "John Michael Doe", "phone_number": "+14155552671", "phone_number_verified": true,
    "picture": "https://example.com/avatar.jpg", "preferred_username": "johndoe"
  }
}})";

// connected_accountsGetConnectedAccountByIdentifierResponse
constexpr const char *kGetConnectedAccount = R"({"connected_account": {
  "api_config": {"base_url": "https://api.custom-domain.com", "rate_limit": 1000, "timeout": 30},
  "authorization_details": {
    "google_dwd": {"access_token": "ya29.a0AfH6SMBx...", "scopes": ["openid", "https://www.googleapis.com/auth/userinfo.email"],
                   "subject": "user@example.com", "token_expires_at": null},
    "oauth_token": {"access_token": "ya29.a0AfH6SMBx...", "domain": "example.com", "refresh_token": "1//0gHJxZ-Lb2...",
                    "scopes": ["https://www.googleapis.com/auth/drive.readonly", "https://www.googleapis.com/auth/userinfo.email"]},
    "static_auth": {"details": {"api_key": "sk_live_...", "api_secret": "..."}},
    "trusted_idp": {"access_key_id": "ASIA...", "db_user": "analytics_reader", "expiry": null,
                    "secret_access_key": null, "session_token": null}
  },
  "authorization_type": "API_KEY", "connection_id": "conn_24834495392086178", "connector": "notion",
  "id": "ca_24834495392086178", "identifier": "user@example.com", "last_used_at": "2024-03-20T14:30:00Z",
  "provider": "google", "status": "EXPIRED", "token_expires_at": "2024-12-31T23:59:59Z",
  "updated_at": "2024-03-20T15:04:05Z"
}})";

// connected_accountsListConnectedAccountsResponse
constexpr const char *kListConnectedAccounts = R"({
  "connected_accounts": [{
    "authorization_type": "API_KEY", "connection_id": "conn_24834495392086178", "connector": "notion",
    "id": "ca_24834495392086178", "identifier": "user@example.com", "last_used_at": "2024-03-20T14:30:00Z",
    "provider": "google", "status": "EXPIRED", "token_expires_at": "2024-12-31T23:59:59Z",
    "updated_at": "2024-03-20T15:04:05Z"
  }],
  "next_page_token": "eyJvZmZzZXQiOjIwfQ==", "prev_page_token": "eyJvZmZzZXQiOjB9", "total_size": 100
})";

// mcpListMcpConfigsResponse
constexpr const char *kListMcpConfigs = R"({
  "configs": [{
    "connection_tool_mappings": [{"connected_account_id": null, "connected_account_status": null,
      "connection_id": null, "connection_name": null, "provider": null, "tools": []}],
    "description": "Summarizes daily emails and posts to Slack",
    "id": "cfg_85630864460904897",
    "mcp_server_url": "https://env.scalekit.com/mcp/v3/servers/550e8400-e29b-41d4-a716-446655440000",
    "name": "daily-summarizer"
  }],
  "next_page_token": null, "prev_page_token": null, "total_size": null
})";

} // namespace


void TestEntities::organizationsListExample()
{
    const auto page = sk::json::decodePage<Organization>(Json::parse(kOrganizationsList), pagekeys::kOrganizations);
    QCOMPARE(page.items.size(), std::size_t(1));
    QCOMPARE(page.totalSize, 30);
    QCOMPARE(q(page.nextPageToken), u"<next_page_token>"_s);
    QCOMPARE(q(page.prevPageToken), u"<prev_page_token>"_s);
    QVERIFY(page.hasMore());
    const Organization &org = page.items.front();
    QCOMPARE(q(org.id), u"org_59615193906282635"_s);
    QCOMPARE(q(org.displayName), u"Megasoft"_s);
    QCOMPARE(q(org.externalId.value()), u"my_unique_id"_s);
    QCOMPARE(q(org.slug.value()), u"acme"_s);
    QCOMPARE(q(org.logoUrl.value()), u"https://cdn.example.com/acme-logo.png"_s);
    QVERIFY(org.metadata.empty());
    QVERIFY(org.regionCode == RegionCode::Us);
    QCOMPARE(org.createTime, ts("2025-02-15T06:23:44.560Z"));
    QCOMPARE(q(org.createTime.toRfc3339()), u"2025-02-15T06:23:44.560Z"_s);
    QCOMPARE(org.settings.features.size(), std::size_t(2));
    QCOMPARE(org.settings.featureEnabled(features::kSso), std::optional<bool>(true));
    QCOMPARE(org.settings.featureEnabled(features::kDirSync), std::optional<bool>(false));
    QVERIFY(!org.settings.featureEnabled("domain_verification").has_value());
}

void TestEntities::organizationsListHostile()
{
    // strings for numbers, unknown fields, unknown enum, offset timestamp, missing optionals.
    const auto page = sk::json::decodePage<Organization>(Json::parse(R"({
        "organizations": [
          {"id": "org_1", "region_code": "APAC", "create_time": "2025-02-15T08:23:44.5+02:00",
           "brand_new_field": {"nested": [1, 2]}, "settings": {"features": null}},
          null,
          {"id": "org_3", "region_code": 2}
        ],
        "total_size": "3", "extra": true})"), pagekeys::kOrganizations);
    QCOMPARE(page.items.size(), std::size_t(3));
    QCOMPARE(page.totalSize, 3);
    QVERIFY(!page.hasMore());
    QVERIFY(page.items[0].regionCode.isUnknown());
    QCOMPARE(q(page.items[0].regionCode.displayName()), u"unknown (APAC)"_s);
    QCOMPARE(q(page.items[0].createTime.toRfc3339()), u"2025-02-15T06:23:44.500Z"_s);
    QVERIFY(!page.items[0].externalId);
    QVERIFY(page.items[1] == Organization{});
    QVERIFY(page.items[2].regionCode == RegionCode::Eu);

    QCOMPARE(decodeError([] {
                 sk::json::decodePage<Organization>(Json::parse(R"({"organizations": [{}, {}, {}, {"create_time": "2025-13-01T00:00:00Z"}]})"),
                                                    pagekeys::kOrganizations);
             }),
             u"organizations[3].create_time: not an RFC 3339 timestamp: \"2025-13-01T00:00:00Z\""_s);
    QCOMPARE(decodeError([] {
                 sk::json::decodePage<Organization>(Json::parse(R"({"organizations": [{"settings": {"features": [{"enabled": "yes"}]}}]})"),
                                                    pagekeys::kOrganizations);
             }),
             u"organizations[0].settings.features[0].enabled: expected a boolean, got string"_s);
    QCOMPARE(decodeError([] {
                 sk::json::decodePage<Organization>(Json::parse(R"({"organizations": {}})"), pagekeys::kOrganizations);
             }),
             u"organizations: expected an array, got object"_s);
    // A count is informational: an unusable one is unknown, never an error (tst_pagetotal).
    QCOMPARE(sk::json::decodePage<Organization>(Json::parse(R"({"total_size": "many"})"), pagekeys::kOrganizations).totalSize,
             sk::entities::kUnknownTotal);
}

void TestEntities::userExample()
{
    const auto user = sk::json::decodeMember<User>(Json::parse(kGetUser), "user");
    QCOMPARE(q(user.id), u"usr_1234abcd5678efgh"_s);
    QCOMPARE(q(user.email), u"user@example.com"_s);
    QCOMPARE(q(user.externalId.value()), u"ext_12345a67b89c"_s);
    QVERIFY(!user.createTime.isSet());
    QCOMPARE(q(user.metadata.at("location")), u"nyc-office"_s);
    QCOMPARE(user.memberships.size(), std::size_t(1));
    const auto *m = user.membership("org_1234abcd5678efgh");
    QVERIFY(m);
    QVERIFY(!user.membership("org_other"));
    QVERIFY(m->membershipStatus == MembershipStatus::Inactive);
    QCOMPARE(q(m->name.value()), u"AcmeCorp"_s);
    QCOMPARE(q(m->displayName.value()), u"Acme Corporation"_s);
    QVERIFY(!m->inviterEmail);
    QVERIFY(!m->provisioningMethod);
    QCOMPARE(m->permissions.size(), std::size_t(3));
    QCOMPARE(q(m->roles.at(0).displayName), u"Admin"_s);
    const UserProfile &p = user.userProfile;
    QCOMPARE(q(p.givenName), u"John"_s);
    QCOMPARE(q(p.familyName), u"Doe"_s);
    QVERIFY(p.emailVerified);
    QVERIFY(p.phoneNumberVerified);
    QCOMPARE(p.groups, (std::vector<std::string>{"admin", "developer"}));
    QCOMPARE(q(p.customAttributes.at("security_clearance")), u"level2"_s);
    QCOMPARE(p.externalIdentities.size(), std::size_t(1));
    QVERIFY(p.externalIdentities[0].connectionProvider == IdentityProviderType::Google);
    QCOMPARE(q(p.externalIdentities[0].connectionType), u"OAUTH"_s);
    QVERIFY(p.externalIdentities[0].isSocial);
}

void TestEntities::userUnknownEnumsAndQuirks()
{
    const auto user = sk::json::decode<User>(Json::parse(R"({
        "id": "usr_1",
        "memberships": [{"organization_id": "org_1", "membership_status": "SUSPENDED",
                         "join_time": "2024-01-01T00:00:00.123456Z", "created_at": "2024-01-01T00:00:00Z"}],
        "user_profile": {"external_identities": [{"connection_provider": 16}, {"connection_provider": "OKTA_V2"}]}})"));
    const auto &m = user.memberships.at(0);
    QVERIFY(m.membershipStatus.isUnknown());
    QCOMPARE(q(m.membershipStatus.displayName()), u"unknown (SUSPENDED)"_s);
    QCOMPARE(q(m.joinTime.toRfc3339()), u"2024-01-01T00:00:00.123456Z"_s);
    QVERIFY(m.createdAt.isSet());
    QVERIFY(!m.acceptedAt.isSet());
    QVERIFY(user.userProfile.externalIdentities[0].connectionProvider == IdentityProviderType::Adfs);
    QCOMPARE(q(user.userProfile.externalIdentities[1].connectionProvider.raw), u"OKTA_V2"_s);
    QCOMPARE(decodeError([] { sk::json::decodeMember<User>(Json::parse(R"({"user": {"memberships": [{"roles": [{"name": 5}]}]}})"), "user"); }),
             u"user.memberships[0].roles[0].name: expected a string, got number"_s);
    QCOMPARE(decodeError([] { sk::json::decode<User>(Json::parse(R"({"user_profile": "John"})")); }),
             u"user_profile: expected an object, got string"_s);
}

void TestEntities::connectedAccountExample()
{
    const auto account = sk::json::decodeMember<ConnectedAccount>(Json::parse(kGetConnectedAccount), "connected_account");
    QCOMPARE(q(account.id), u"ca_24834495392086178"_s);
    QCOMPARE(q(account.connector), u"notion"_s);
    QCOMPARE(q(account.identifier), u"user@example.com"_s);
    QCOMPARE(q(account.provider), u"google"_s);
    QVERIFY(account.status == ConnectorStatus::Expired);
    QVERIFY(account.authorizationType == ConnectorType::ApiKey);
    QCOMPARE(account.tokenExpiresAt, ts("2024-12-31T23:59:59Z"));
    QCOMPARE(account.lastUsedAt, ts("2024-03-20T14:30:00Z"));
    QCOMPARE(account.updatedAt, ts("2024-03-20T15:04:05Z"));
    QCOMPARE(account.apiConfig["rate_limit"], Json(1000));
    QVERIFY(account.authorizationDetails.has_value());
    const auto &d = *account.authorizationDetails;
    QCOMPARE(q(d.oauthToken->refreshToken), u"1//0gHJxZ-Lb2..."_s);
    QCOMPARE(d.oauthToken->scopes.size(), std::size_t(2));
    QCOMPARE(q(d.oauthToken->domain), u"example.com"_s);
    QCOMPARE(d.staticAuth->details["api_key"], Json("sk_live_..."));
    QCOMPARE(q(d.googleDwd->subject), u"user@example.com"_s);
    QVERIFY(!d.googleDwd->tokenExpiresAt.isSet());
    QCOMPARE(q(d.trustedIdp->dbUser), u"analytics_reader"_s);
    QCOMPARE(q(d.trustedIdp->secretAccessKey), u""_s);
}

void TestEntities::connectedAccountsListExample()
{
    const auto page = sk::json::decodePage<ConnectedAccount>(Json::parse(kListConnectedAccounts), pagekeys::kConnectedAccounts);
    QCOMPARE(page.totalSize, 100);
    QCOMPARE(q(page.nextPageToken), u"eyJvZmZzZXQiOjIwfQ=="_s);
    QCOMPARE(page.items.size(), std::size_t(1));
    QVERIFY(!page.items[0].authorizationDetails.has_value()); // list items omit tokens
    QVERIFY(page.items[0].apiConfig.is_null());
    QCOMPARE(q(page.items[0].connectionId), u"conn_24834495392086178"_s);
    // List items must not grow a tokens object on re-encoding.
    const Json encoded = sk::json::encode(page.items[0]);
    QVERIFY(!encoded.contains("authorization_details"));
    QVERIFY(!encoded.contains("api_config"));
}

void TestEntities::connectedAccountStatuses()
{
    const char *names[] = {"ACTIVE", "EXPIRED", "PENDING_AUTH", "PENDING_VERIFICATION", "DISCONNECTED"};
    const ConnectorStatus values[] = {ConnectorStatus::Active, ConnectorStatus::Expired, ConnectorStatus::PendingAuth,
                                      ConnectorStatus::PendingVerification, ConnectorStatus::Disconnected};
    for (int i = 0; i < 5; ++i) {
        Json j;
        j["status"] = names[i];
        QVERIFY(sk::json::decode<ConnectedAccount>(j).status == values[i]);
    }
    const auto inactive = sk::json::decode<ConnectedAccount>(Json::parse(R"({"status": "INACTIVE", "authorization_type": "BEARER_TOKEN"})"));
    QVERIFY(inactive.status.isUnknown()); // INACTIVE does not exist for connected accounts
    QVERIFY(inactive.authorizationType == ConnectorType::BearerToken);
    QCOMPARE(decodeError([] { sk::json::decode<ConnectedAccount>(Json::parse(R"({"authorization_details": {"oauth_token": {"scopes": "a b"}}})")); }),
             u"authorization_details.oauth_token.scopes: expected an array, got string"_s);
}

void TestEntities::mcpConfigsListExample()
{
    const auto page = sk::json::decodePage<McpConfig>(Json::parse(kListMcpConfigs), pagekeys::kConfigs);
    QCOMPARE(page.totalSize, sk::entities::kUnknownTotal); // total_size: null
    QVERIFY(!page.hasMore());
    QCOMPARE(page.items.size(), std::size_t(1));
    const McpConfig &c = page.items[0];
    QCOMPARE(q(c.id), u"cfg_85630864460904897"_s);
    QCOMPARE(q(c.name), u"daily-summarizer"_s);
    QCOMPARE(q(c.description), u"Summarizes daily emails and posts to Slack"_s);
    QVERIFY(c.mcpServerUrl.starts_with("https://env.scalekit.com/mcp/v3/servers/"));
    QCOMPARE(c.connectionToolMappings.size(), std::size_t(1));
    QVERIFY(c.connectionToolMappings[0].tools.empty());
    QVERIFY(!c.connectionToolMappings[0].connectedAccountId);
    QVERIFY(!c.connectionToolMappings[0].connectedAccountStatus);
}

void TestEntities::mcpAuthState()
{
    const auto body = Json::parse(R"({"connections": [
        {"connection_id": "conn_1", "connection_name": "gmail", "provider": "gmail", "connected_account_id": "ca_1",
         "connected_account_status": "ACTIVE", "authentication_link": ""},
        {"connection_id": "conn_2", "connection_name": "slack", "provider": "slack",
         "connected_account_status": "PENDING_AUTH", "authentication_link": "https://x/magic"}]})");
    const auto states = sk::json::decodeMember<std::vector<McpInstanceConnectionAuthState>>(body, "connections");
    QCOMPARE(states.size(), std::size_t(2));
    QVERIFY(states[0].isActive());
    QVERIFY(!states[1].isActive());
    QCOMPARE(q(states[1].authenticationLink), u"https://x/magic"_s);

    const auto instance = sk::json::decodeMember<McpInstance>(Json::parse(R"({"instance": {
        "id": "mcpi_1", "name": "n", "user_identifier": "u@x", "url": "https://secret",
        "config": {"name": "cfg", "connection_tool_mappings": [{"connection_name": "gmail", "tools": ["gmail_send"],
                   "connected_account_status": "ACTIVE"}]},
        "last_used_at": "2025-01-01T00:00:00Z"}})"), "instance");
    QCOMPARE(q(instance.config.name), u"cfg"_s);
    QCOMPARE(q(instance.config.connectionToolMappings.at(0).connectedAccountStatus.value()), u"ACTIVE"_s);
    QCOMPARE(instance.lastUsedAt, ts("2025-01-01T00:00:00Z"));
}

void TestEntities::connectionWithConfigs()
{
    const auto c = sk::json::decodeMember<Connection>(Json::parse(R"({"connection": {
        "id": "conn_1", "provider": "OKTA", "type": "OIDC", "status": "COMPLETED", "enabled": true,
        "organization_id": "org_1", "configuration_type": "DISCOVERY", "attribute_mapping": {"email": "mail"},
        "oidc_config": {"issuer": "https://okta", "client_secret": null, "scopes": ["openid", "email", "groups"],
                        "token_auth_type": "BASIC_AUTH", "pkce_enabled": false, "redirect_uri": "https://cb"},
        "domains": [{"id": "dom_1", "domain": "acme.com", "verification_status": "VERIFIED"}],
        "webauthn_config": {"rp": {"ids": ["x"]}}}})"), "connection");
    QVERIFY(c.isSso());
    QVERIFY(c.type == ConnectionType::Oidc);
    QVERIFY(c.provider == ConnectionProvider::Okta);
    QVERIFY(c.status == ConnectionStatus::Completed);
    QVERIFY(c.configurationType == ConfigurationType::Discovery);
    QVERIFY(c.oidcConfig.has_value());
    QVERIFY(!c.samlConfig && !c.oauthConfig && !c.staticConfig);
    QCOMPARE(q(c.oidcConfig->issuer.value()), u"https://okta"_s);
    QVERIFY(!c.oidcConfig->clientSecret);
    QCOMPARE(c.oidcConfig->pkceEnabled, std::optional<bool>(false));
    QCOMPARE(c.oidcConfig->scopes.size(), std::size_t(3));
    QVERIFY(c.oidcConfig->scopes[1] == OidcScope::Email);
    QVERIFY(c.oidcConfig->scopes[2].isUnknown());
    QVERIFY(c.oidcConfig->tokenAuthType == TokenAuthType::BasicAuth);
    QVERIFY(c.domains.at(0).verificationStatus == VerificationStatus::Verified);
    QCOMPARE(c.webauthnConfig["rp"]["ids"][0], Json("x"));

    const auto app = sk::json::decode<Connection>(Json::parse(R"({"type": "OAUTH", "key_id": "gmail-prod",
        "provider_key": "gmail", "oauth_config": {"client_id": "cid", "scopes": ["a"], "use_platform_creds": true,
        "optional_scopes": {"scopes": ["b"], "field_name": "extra"}, "extensions": {"smart": {"aud": "x"}}},
        "mcp_server_url": "https://mcp"})"));
    QVERIFY(!app.isSso());
    QCOMPARE(q(app.keyId.value()), u"gmail-prod"_s);
    QCOMPARE(app.oauthConfig->usePlatformCreds, std::optional<bool>(true));
    QCOMPARE(q(app.oauthConfig->optionalScopes->fieldName), u"extra"_s);
    QCOMPARE(app.oauthConfig->extensions["smart"]["aud"], Json("x"));

    const auto saml = sk::json::decode<Connection>(Json::parse(R"({"type": "SAML", "saml_config": {
        "idp_name_id_format": "UNSPECIFIED", "idp_sso_request_binding": "HTTP_REDIRECT",
        "saml_signing_option": "SAML_RESPONSE_OR_ASSERTION_SIGNING",
        "idp_certificates": [{"id": "cert_1", "expiry_time": "2030-01-01T00:00:00Z"}]}})"));
    QVERIFY(saml.samlConfig->idpNameIdFormat == NameIdFormat::NameIdUnspecified);
    QVERIFY(saml.samlConfig->idpSsoRequestBinding == RequestBinding::HttpRedirect);
    QVERIFY(saml.samlConfig->samlSigningOption == SamlSigningOption::ResponseOrAssertion);
    QCOMPARE(saml.samlConfig->idpCertificates.at(0).expiryTime, ts("2030-01-01T00:00:00Z"));

    const auto list = sk::json::decodeMember<std::vector<ListConnection>>(Json::parse(R"({"connections": [
        {"id": "conn_1", "type": "TRUSTED_IDP", "domains": ["acme.com"], "organization_name": "Acme"}]})"), "connections");
    QVERIFY(list.at(0).type == ConnectionType::TrustedIdp);
    QCOMPARE(q(list.at(0).domains.at(0)), u"acme.com"_s);
}

void TestEntities::directoryWrappers()
{
    const auto d = sk::json::decodeMember<Directory>(Json::parse(R"({"directory": {
        "id": "dir_1", "directory_type": "SCIM", "directory_provider": "PING_IDENTITY", "enabled": true,
        "total_users": "12", "status": "IN_PROGRESS", "last_synced_at": "2024-05-20T12:07:51.680Z",
        "stats": {"total_users": 12, "total_groups": 3},
        "secrets": [{"id": "sec_1", "secret_suffix": "abcd"}, {"id": "sec_2", "status": "INACTIVE"}],
        "role_assignments": {"assignments": [{"group_id": "dirgroup_1", "role_name": "admin"}]},
        "attribute_mappings": {"attributes": [{"key": "email", "map_to": "mail"}]}}})"), "directory");
    QVERIFY(d.directoryType == DirectoryType::Scim);
    QVERIFY(d.directoryProvider == DirectoryProvider::PingIdentity);
    QCOMPARE(d.totalUsers, 12);
    QCOMPARE(d.stats.totalGroups, 3);
    QCOMPARE(q(d.status), q(directorystatus::kInProgress));
    QVERIFY(d.secrets[0].status == DirectorySecretStatus::Active); // missing status means ACTIVE
    QVERIFY(d.secrets[1].status == DirectorySecretStatus::Inactive);
    QCOMPARE(q(d.roleAssignments.at(0).roleName), u"admin"_s);
    QCOMPARE(q(d.attributeMappings.at(0).mapTo), u"mail"_s);
    QCOMPARE(decodeError([] { sk::json::decode<Directory>(Json::parse(R"({"attribute_mappings": {"attributes": [{"key": 1}]}})")); }),
             u"attribute_mappings.attributes[0].key: expected a string, got number"_s);
    QCOMPARE(decodeError([] { sk::json::decode<Directory>(Json::parse(R"({"role_assignments": []})")); }),
             u"role_assignments: expected an object, got array"_s);

    const auto users = sk::json::decodePage<DirectoryUser>(Json::parse(R"({"users": [{"id": "diruser_1",
        "emails": ["a@x"], "groups": [{"id": "dirgroup_1", "display_name": "Eng"}], "user_detail": {"title": "CTO"}}],
        "total_size": 1})"), pagekeys::kUsers);
    QCOMPARE(q(users.items[0].groups[0].displayName), u"Eng"_s);
    QCOMPARE(users.items[0].userDetail["title"], Json("CTO"));
}

void TestEntities::domainNumberedPage()
{
    const auto page = sk::json::decodeNumberedPage<Domain>(Json::parse(R"({"page_size": 30, "page_number": "2",
        "domains": [{"id": "dom_1", "domain": "acme.com", "domain_type": "ORGANIZATION_DOMAIN",
                     "verification_method": "DNS", "verification_status": "AUTO_VERIFIED"}]})"), pagekeys::kDomains);
    QCOMPARE(page.pageSize, 30);
    QCOMPARE(page.pageNumber, 2);
    QVERIFY(page.items.at(0).domainType == DomainType::OrganizationDomain);
    QVERIFY(page.items.at(0).verificationMethod == VerificationMethod::Dns);
    QVERIFY(page.items.at(0).verificationStatus == VerificationStatus::AutoVerified);
    const Json encoded = sk::json::encodeNumberedPage(page, pagekeys::kDomains);
    QVERIFY(!encoded.contains("total_size"));
    QVERIFY(sk::json::decodeNumberedPage<Domain>(encoded, pagekeys::kDomains) == page);
}

void TestEntities::authLogCamelCaseKey()
{
    const auto body = Json::parse(R"({"authRequests": [{"auth_request_id": "ar_1", "status": "SUCCESS",
        "timestamp": "2025-06-01T10:00:00.000000001Z", "connection_details": [{"connection_id": "conn_1"}]}],
        "auth_requests": [{"auth_request_id": "wrong"}], "next_page_token": "n", "total_size": 1})");
    const auto page = sk::json::decodePage<AuthLogRequest>(body, pagekeys::kAuthRequests);
    QCOMPARE(page.items.size(), std::size_t(1));
    QCOMPARE(q(page.items[0].authRequestId), u"ar_1"_s);
    QCOMPARE(q(page.items[0].timestamp.toRfc3339()), u"2025-06-01T10:00:00.000000001Z"_s);
    QCOMPARE(q(page.items[0].connectionDetails.at(0).connectionId), u"conn_1"_s);
    const Json encoded = sk::json::encodePage(page, pagekeys::kAuthRequests);
    QVERIFY(encoded.contains("authRequests"));
    QVERIFY(!encoded.contains("auth_requests"));
}

void TestEntities::errorStatusBody()
{
    const auto status = sk::json::decode<ErrorStatus>(Json::parse(R"({"code": 3, "message": "invalid request",
        "details": [{"@type": "type.googleapis.com/scalekit.v1.errdetails.ErrorInfo", "error_code": "INVALID_ARGUMENT",
          "request_info": {"request_id": "req_123"},
          "validation_error_info": {"field_violations": [
            {"field": "display_name", "description": "value length must be at least 1 characters", "constraint": "string.min_len"}]},
          "tool_error_info": {"execution_id": "exec_1", "tool_error_code": "429"}}]})"));
    QCOMPARE(status.code, grpccode::kInvalidArgument);
    QCOMPARE(httpStatusForGrpcCode(status.code), 400);
    QCOMPARE(q(status.message), u"invalid request"_s);
    QCOMPARE(q(status.errorCode()), u"INVALID_ARGUMENT"_s);
    QCOMPARE(q(status.requestId()), u"req_123"_s);
    const auto violations = status.fieldViolations();
    QCOMPARE(violations.size(), std::size_t(1));
    QCOMPARE(q(violations[0].field), u"display_name"_s);
    QCOMPARE(q(violations[0].constraint), u"string.min_len"_s);
    QCOMPARE(q(status.errorInfo()->toolErrorInfo->executionId), u"exec_1"_s);
    QVERIFY(!status.errorInfo()->debugInfo);

    // What the sandbox writes for 401.
    const Json written = sk::json::encode(ErrorStatus::make(grpccode::kUnauthenticated, "Token empty", "UNAUTHENTICATED"));
    QCOMPARE(written["code"], Json(16));
    QCOMPARE(written["details"][0]["@type"], Json(std::string(kErrorInfoTypeUrl)));
    QCOMPARE(written["details"][0]["error_code"], Json("UNAUTHENTICATED"));
    QVERIFY(!written["details"][0].contains("validation_error_info"));
    QCOMPARE(httpStatusForGrpcCode(grpccode::kUnauthenticated), 401);
    QCOMPARE(httpStatusForGrpcCode(grpccode::kResourceExhausted), 429);
    QCOMPARE(httpStatusForGrpcCode(99), 500);
}

void TestEntities::errorStatusTolerant()
{
    // Unknown detail types and token-endpoint style bodies decode without throwing.
    const auto other = sk::json::decode<ErrorStatus>(Json::parse(R"({"code": "5", "message": "not found",
        "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": []}]})"));
    QCOMPARE(other.code, 5);
    QVERIFY(!other.errorInfo());
    QCOMPARE(q(other.errorCode()), u""_s);
    QCOMPARE(q(other.requestId()), u""_s);
    const auto oauth = sk::json::decode<ErrorStatus>(Json::parse(R"({"error": "invalid_client", "error_description": "bad"})"));
    QCOMPARE(oauth.code, 0);
    QVERIFY(oauth.details.empty());
    QCOMPARE(decodeError([] { sk::json::decode<ErrorStatus>(Json::parse(R"({"details": [{"request_info": {"request_id": 7}}]})")); }),
             u"details[0].request_info.request_id: expected a string, got number"_s);
}

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
