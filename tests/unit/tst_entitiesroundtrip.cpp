// Round-trip tests: for every entity, a fully populated value encodes (to_json, as the sandbox
// does) and decodes (from_json, as the client does) back to an equal value; unknown fields are
// ignored; every field set to null decodes to the default value.
#include "services/entities/authlogrequest.h"
#include "services/entities/connectedaccount.h"
#include "services/entities/connection.h"
#include "services/entities/directory.h"
#include "services/entities/errorstatus.h"
#include "services/entities/invite.h"
#include "services/entities/mcpconfig.h"
#include "services/entities/mcpinstance.h"
#include "services/entities/organization.h"
#include "services/entities/organizationclient.h"
#include "services/entities/page.h"
#include "services/entities/provider.h"
#include "services/entities/role.h"
#include "services/entities/session.h"
#include "services/entities/toggleresult.h"
#include "services/entities/tool.h"
#include "services/entities/user.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sk::entities;
using sk::json::Json;

namespace {

const Timestamp kT1 = *Timestamp::parse("2024-06-19T11:11:58.823707848Z");
const Timestamp kT2 = *Timestamp::parse("2025-02-15T06:23:44.560Z");
const Timestamp kT3 = Timestamp::fromUnixSeconds(1748696575);

// Empty when value survives encode -> text -> decode, extra fields, and all-null fields.
// Encoded as the sandbox does, secrets included (masking has its own test, tst_secret).
template <typename T>
QString roundTripProblem(const T &value)
{
    const Json encoded = [&value] {
        const sk::json::IncludeSecrets include;
        return sk::json::encode(value);
    }();
    if (!encoded.is_object())
        return u"not encoded as an object"_s;
    const Json reparsed = Json::parse(encoded.dump());
    if (!(sk::json::decode<T>(reparsed) == value))
        return u"round trip differs: "_s + QString::fromStdString(reparsed.dump());
    Json extra = reparsed;
    extra["zz_field_from_the_future"] = {{"nested", {1, 2, 3}}};
    if (!(sk::json::decode<T>(extra) == value))
        return u"unknown field changed the result"_s;
    if (value == T{})
        return u"sample is not populated"_s;
    Json nulls = reparsed;
    for (auto &[key, field] : nulls.items())
        field = nullptr;
    if (!(sk::json::decode<T>(nulls) == T{}))
        return u"all-null object is not the default value"_s;
    return {};
}

#define CHECK_ROUND_TRIP(value)                                                                    \
    do {                                                                                           \
        const QString problem = roundTripProblem(value);                                           \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                          \
    } while (false)

Organization sampleOrganization()
{
    Organization o;
    o.id = "org_1";
    o.createTime = kT1;
    o.updateTime = kT2;
    o.displayName = "Acme ☃";
    o.regionCode = Enum<RegionCode>::fromRaw("APAC");
    o.externalId = "";
    o.metadata = {{"tier", "gold"}};
    o.settings.features = {{"sso", true}, {"dir_sync", false}};
    o.slug = "acme";
    o.logoUrl = "https://logo";
    return o;
}

User sampleUser()
{
    User u;
    u.id = "usr_1";
    u.environmentId = "env_1";
    u.createTime = kT1;
    u.email = "a@acme.com";
    u.externalId = "ext";
    u.metadata = {{"k1", "v1"}};
    u.lastLoginTime = kT3;
    OrganizationMembership m;
    m.organizationId = "org_1";
    m.joinTime = kT2;
    m.membershipStatus = MembershipStatus::PendingInvite;
    m.roles = {{"role_1", "admin", "Admin"}};
    m.name = "Acme";
    m.displayName = "Acme Inc";
    m.inviterEmail = "boss@acme.com";
    m.createdAt = kT1;
    m.acceptedAt = kT2;
    m.expiresAt = kT3;
    m.provisioningMethod = "jit";
    m.permissions = {"read"};
    m.metadata = {{"a", "b"}};
    u.memberships = {m, OrganizationMembership{}};
    u.userProfile.id = "prof_1";
    u.userProfile.givenName = "Ada";
    u.userProfile.familyName = "Lovelace";
    u.userProfile.emailVerified = true;
    u.userProfile.firstName = "Ada";
    u.userProfile.groups = {"eng"};
    u.userProfile.customAttributes = {{"x", "y"}};
    ExternalIdentity identity;
    identity.connectionId = "conn_1";
    identity.connectionProvider = IdentityProviderType::JumpCloud;
    identity.isSocial = true;
    identity.lastSyncedTime = kT1;
    u.userProfile.externalIdentities = {identity};
    return u;
}

Connection sampleConnection()
{
    Connection c;
    c.id = "conn_1";
    c.provider = ConnectionProvider::Adfs;
    c.type = ConnectionType::Saml;
    c.status = Enum<ConnectionStatus>::fromRaw("ARCHIVED");
    c.enabled = true;
    c.organizationId = "org_1";
    c.configurationType = ConfigurationType::Manual;
    c.attributeMapping = {{"email", "mail"}};
    c.createTime = kT1;
    OidcConnectionConfig oidc;
    oidc.issuer = "https://issuer";
    oidc.clientSecret = "";
    oidc.scopes = {OidcScope::OpenId, Enum<OidcScope>::fromRaw("groups")};
    oidc.tokenAuthType = TokenAuthType::UrlParams;
    oidc.pkceEnabled = false;
    c.oidcConfig = oidc;
    SamlConnectionConfig saml;
    saml.spEntityId = "sp";
    saml.idpCertificates = {{"PEM", kT1, kT2, "cert_1", "CN=x"}};
    saml.idpNameIdFormat = NameIdFormat::Persistent;
    saml.samlSigningOption = SamlSigningOption::AssertionOnly;
    saml.forceAuthn = true;
    c.samlConfig = saml;
    OAuthConnectionConfig oauth;
    oauth.clientId = "cid";
    oauth.scopes = {"s1"};
    oauth.optionalScopes = OptionalScopes{{"s2"}, "extra"};
    oauth.extensions = {{"extra_authorize_params", {{"a", "b"}}}};
    oauth.tokenEndpointAuthMethod = "client_secret_post";
    c.oauthConfig = oauth;
    PasswordlessConfig passwordless;
    passwordless.type = PasswordlessType::LinkOtp;
    passwordless.frequency = 0u;
    passwordless.codeChallengeType = Enum<CodeChallengeType>(CodeChallengeType::Numeric);
    c.passwordlessConfig = passwordless;
    c.staticConfig = StaticAuthConfig{{{"fields", {"api_key"}}}};
    c.webauthnConfig = {{"rp", {{"ids", {"acme.com"}}}}};
    c.googleDwdConfig = GoogleDwdConfig{"{}", {"scope"}, "https://token"};
    c.keyId = "okta-main";
    c.providerKey = "okta";
    Domain d;
    d.id = "dom_1";
    d.domain = "acme.com";
    d.verificationStatus = VerificationStatus::Failed;
    c.domains = {d};
    c.mcpServerUrl = "https://mcp";
    return c;
}

ConnectedAccount sampleConnectedAccount()
{
    ConnectedAccount a;
    a.identifier = "user@x";
    a.provider = "gmail";
    a.status = ConnectorStatus::PendingVerification;
    a.authorizationType = ConnectorType::OAuth;
    auto &d = a.authorizationDetails.emplace();
    d.oauthToken = OauthToken{"at", "rt", {"s"}, "x.com"};
    d.staticAuth = StaticAuth{{{"api_key", "k"}}};
    d.googleDwd = GoogleDwdAuth{"sub", "at", {}, kT1};
    d.trustedIdp = TrustedIdpAuth{"db", "AKIA", "secret", "", kT2};
    a.tokenExpiresAt = kT3;
    a.updatedAt = kT1;
    a.connector = "gmail-prod";
    a.lastUsedAt = kT2;
    a.id = "ca_1";
    a.connectionId = "conn_1";
    a.apiConfig = {{"timeout", 30}};
    return a;
}

Directory sampleDirectory()
{
    Directory d;
    d.id = "dir_1";
    d.name = "Okta SCIM";
    d.directoryType = DirectoryType::Ldap;
    d.organizationId = "org_1";
    d.enabled = true;
    d.directoryProvider = DirectoryProvider::JumpCloud;
    d.lastSyncedAt = kT1;
    d.totalUsers = 1000;
    d.secrets = {{"sec_1", kT1, "abcd", DirectorySecretStatus::Inactive, kT2, kT3, "dir_1"}};
    d.stats = {5, 6, kT1, kT2};
    d.roleAssignments = {{"dirgroup_1", "admin", "role_1"}};
    d.attributeMappings = {{"email", "mail"}};
    d.status = "COMPLETED";
    d.groupsTracked = "ALL";
    return d;
}

} // namespace

class TestEntitiesRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void organizationFamily();
    void userFamily();
    void connectionFamily();
    void directoryFamily();
    void clientsAndRoles();
    void agentKit();
    void sessionsLogsErrors();
    void pages();
    void wireShapes();
};

void TestEntitiesRoundTrip::organizationFamily()
{
    CHECK_ROUND_TRIP(sampleOrganization());
    CHECK_ROUND_TRIP((CreateOrganization{"Acme", RegionCode::Eu, "ext", {{"a", "b"}}, "acme", std::nullopt}));
    CHECK_ROUND_TRIP((UpdateOrganization{"New name", std::nullopt, std::nullopt, std::nullopt, ""}));
    CHECK_ROUND_TRIP((PortalLink{"lnk_1", "https://portal/secret", kT1}));
    CHECK_ROUND_TRIP((OrganizationSessionPolicy{SessionPolicyType::Custom, 30, Enum<TimeUnit>(TimeUnit::Days), false, std::nullopt, std::nullopt}));
    CHECK_ROUND_TRIP((OrganizationUserManagementSettings{0}));
    CHECK_ROUND_TRIP((OrganizationSettings{{{"sso", true}}}));
}

void TestEntitiesRoundTrip::userFamily()
{
    CHECK_ROUND_TRIP(sampleUser());
    CHECK_ROUND_TRIP((RoleRef{"role_1", "admin", "Admin"}));
    CHECK_ROUND_TRIP((UserPermission{"perm_1", "read", "Read", {"tag"}}));
    CHECK_ROUND_TRIP((Invite{"org_1", "usr_1", "boss@x", "pending_invite", kT1, kT2, kT3, 2}));
}

void TestEntitiesRoundTrip::connectionFamily()
{
    CHECK_ROUND_TRIP(sampleConnection());
    const Connection c = sampleConnection();
    CHECK_ROUND_TRIP(*c.oidcConfig);
    CHECK_ROUND_TRIP(*c.samlConfig);
    CHECK_ROUND_TRIP(*c.oauthConfig);
    CHECK_ROUND_TRIP(*c.passwordlessConfig);
    CHECK_ROUND_TRIP(*c.googleDwdConfig);
    CHECK_ROUND_TRIP(c.domains[0]);
    ListConnection l;
    l.id = "conn_1";
    l.type = ConnectionType::NoAuth;
    l.domains = {"acme.com"};
    l.createdAt = kT1;
    l.mcpServerUrl = "https://mcp";
    CHECK_ROUND_TRIP(l);
    CHECK_ROUND_TRIP((CreateConnection{ConnectionProvider::Custom, ConnectionType::ApiKey, "notion", "notion-prod"}));
    CHECK_ROUND_TRIP((ToggleResult{true, "already enabled"}));
    CHECK_ROUND_TRIP((CreateDomain{"acme.com", DomainType::AllowedEmailDomain}));
}

void TestEntitiesRoundTrip::directoryFamily()
{
    CHECK_ROUND_TRIP(sampleDirectory());
    DirectoryGroup g{"dirgroup_1", "Eng", 3, kT1, {{"source", "okta"}}};
    CHECK_ROUND_TRIP(g);
    DirectoryUser u;
    u.id = "diruser_1";
    u.email = "a@x";
    u.emails = {"a@x", "b@x"};
    u.groups = {g};
    u.updatedAt = kT2;
    u.userDetail = {{"title", "CTO"}};
    CHECK_ROUND_TRIP(u);
    CHECK_ROUND_TRIP((CreateDirectorySecretResponse{"plain", sampleDirectory().secrets[0]}));
}

void TestEntitiesRoundTrip::clientsAndRoles()
{
    ClientSecret secret{"sec_1", kT1, kT2, "wxyz", "usr_1", ClientSecretStatus::Inactive, kT3, kT1, "plain"};
    CHECK_ROUND_TRIP(secret);
    CHECK_ROUND_TRIP((OrganizationClient{"ci", "desc", {"read"}, {"https://api"}, {{"tier", "gold"}}, 3600}));
    M2MClient client;
    client.clientId = "m2morg_1";
    client.secrets = {secret};
    client.organizationId = "org_1";
    client.expiry = std::int64_t(1) << 40;
    client.isCimd = true;
    client.redirectUris = {"https://cb"};
    CHECK_ROUND_TRIP(client);
    CHECK_ROUND_TRIP((CreateOrganizationClientResponse{client, "plain"}));
    CHECK_ROUND_TRIP((CreateClientSecretResponse{"plain", secret}));

    Role role;
    role.id = "role_1";
    role.name = "viewer";
    role.displayName = "Viewer";
    role.defaultMember = true;
    role.extends = "member";
    role.permissions = {{"perm_1", "read:all", "d", kT1, kT2, "member"}};
    role.dependentRolesCount = 2;
    role.isOrgRole = true;
    CHECK_ROUND_TRIP(role);
    CHECK_ROUND_TRIP((Permission{"perm_1", "read:all", "d", kT1, kT2, true}));
    CHECK_ROUND_TRIP((CreateRole{"viewer", "Viewer", std::nullopt, "member", {"read:all"}}));
    CHECK_ROUND_TRIP((UpdateRole{"Viewer 2", "", std::nullopt, {}}));
}

void TestEntitiesRoundTrip::agentKit()
{
    CHECK_ROUND_TRIP(sampleConnectedAccount());
    CHECK_ROUND_TRIP((MagicLink{"https://magic/secret", kT1}));
    Provider p;
    p.id = "prv_1";
    p.identifier = "gmail";
    p.categories = {"email"};
    p.authPatterns = Json::array({{{"type", "OAUTH"}}});
    p.displayPriority = 3;
    p.isCustomMcp = true;
    p.metadata = {{"a", "b"}};
    CHECK_ROUND_TRIP(p);
    McpConfig config{"cfg_1", "daily", "d", {{"conn_1", "gmail", "gmail", {"gmail_send"}, "ca_1", "ACTIVE"}}, "https://mcp"};
    CHECK_ROUND_TRIP(config);
    CHECK_ROUND_TRIP((McpInstance{"mcpi_1", "n", "user@x", config, kT1, kT2, "https://secret"}));
    CHECK_ROUND_TRIP((McpConnectionAuthState{"conn_1", "gmail", "gmail", "ca_1", "PENDING_AUTH", "https://link"}));
    Tool tool{"tool_1", "gmail", {{"name", "gmail_send"}}, {{"v", 1}}, {"email"}, false, kT1};
    QCOMPARE(QString::fromStdString(tool.name()), u"gmail_send"_s);
    CHECK_ROUND_TRIP(tool);
    CHECK_ROUND_TRIP((ScopedTool{tool, "user@x", "ca_1"}));
}

void TestEntitiesRoundTrip::sessionsLogsErrors()
{
    SessionDetails s;
    s.sessionId = "ses_1";
    s.userId = "usr_1";
    s.authenticatedOrganizations = {"org_1"};
    s.createdAt = kT1;
    s.idleExpiresAt = kT2;
    s.status = "active";
    s.device = {"UA", "Linux", "6", "Firefox", "128", "desktop", "127.0.0.1", {"EU", "BY", "Munich", "48.1", "11.5"}};
    s.authenticatedClients = {{"skc_1", "org_1"}};
    CHECK_ROUND_TRIP(s);
    CHECK_ROUND_TRIP((RevokedSession{"ses_1", "usr_1", kT1, kT2, kT3, kT1, kT2, kT3, "revoked", kT1}));

    AuthLogRequest log;
    log.authRequestId = "ar_1";
    log.status = "FAILED";
    log.timestamp = kT1;
    log.connectionDetails = {{"conn_1", "org_1", "OIDC", "OKTA"}};
    log.clientType = "m2m";
    CHECK_ROUND_TRIP(log);

    ErrorStatus status = ErrorStatus::make(grpccode::kInvalidArgument, "bad", "INVALID_ARGUMENT");
    auto &info = status.details[0];
    info.validationErrorInfo = ValidationErrorInfo{{{"display_name", "too short", "string.min_len"}}};
    info.requestInfo = RequestInfo{"req_1", ""};
    info.debugInfo = DebugInfo{{"frame"}, "detail"};
    info.helpInfo = HelpInfo{{{"docs", "https://docs"}}};
    info.localizedMessageInfo = LocalizedMessageInfo{"en", "Bad"};
    info.resourceInfo = ResourceInfo{"org", "me", "d", {"p"}, "u"};
    info.toolErrorInfo = ToolErrorInfo{"exec_1", "upstream", "500"};
    CHECK_ROUND_TRIP(status);
    CHECK_ROUND_TRIP(info);
}

void TestEntitiesRoundTrip::pages()
{
    Page<ConnectedAccount> page;
    page.items = {sampleConnectedAccount(), ConnectedAccount{}};
    page.nextPageToken = "2";
    page.totalSize = 1'000'000;
    const Json body = [&page] {
        const sk::json::IncludeSecrets include; // the sandbox's answer
        return Json::parse(sk::json::encodePage(page, pagekeys::kConnectedAccounts).dump());
    }();
    QCOMPARE(body["total_size"], Json(1'000'000));
    QVERIFY(sk::json::decodePage<ConnectedAccount>(body, pagekeys::kConnectedAccounts) == page);
    // The wrong items key gives an empty page, not a crash.
    QVERIFY(sk::json::decodePage<ConnectedAccount>(body, pagekeys::kUsers).items.empty());
}

void TestEntitiesRoundTrip::wireShapes()
{
    // int64 as string, int32 as number, enum names, unset timestamps and optionals omitted.
    const Json client = sk::json::encode(OrganizationClient{"n", "", {}, {}, {}, 3600});
    QCOMPARE(client["expiry"], Json("3600"));
    const Json role = sk::json::encode(Role{"r", "n", "d", "", false, false, std::nullopt, {}, 4, false});
    QCOMPARE(role["dependent_roles_count"], Json(4));
    QVERIFY(!role.contains("extends"));
    const Json org = sk::json::encode(sampleOrganization());
    QCOMPARE(org["region_code"], Json("APAC"));
    QCOMPARE(org["create_time"], Json("2024-06-19T11:11:58.823707848Z"));
    QCOMPARE(org["external_id"], Json("")); // set-but-empty presence field is kept
    const Json bare = sk::json::encode(Organization{});
    QVERIFY(!bare.contains("create_time"));
    QVERIFY(!bare.contains("slug"));
    QCOMPARE(bare["display_name"], Json(""));     // EmitUnpopulated for plain fields
    QCOMPARE(bare["metadata"], Json::object());
    QVERIFY(!bare.contains("region_code")); // zero-valued enums are omitted, as the real API does
    const Json directory = sk::json::encode(sampleDirectory());
    QCOMPARE(directory["role_assignments"]["assignments"][0]["role_name"], Json("admin"));
    QCOMPARE(directory["attribute_mappings"]["attributes"][0]["map_to"], Json("mail"));
    const Json update = sk::json::encode(UpdateOrganization{"x", {}, {}, {}, {}});
    QCOMPARE(QString::fromStdString(update.dump()), u"{\"display_name\":\"x\"}"_s);
    // nlohmann-style conversions work too.
    QVERIFY(Json(sampleUser()).get<User>() == sampleUser());
}

QTEST_GUILESS_MAIN(TestEntitiesRoundTrip)
#include "tst_entitiesroundtrip.moc"
