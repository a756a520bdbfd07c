#include "sandbox/seedgenerator.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/seednames.h"

namespace sk::sandbox {

using namespace entities;

void SeedGenerator::generateConnections()
{
    // SSO connections: a quarter of the rich organizations get one or two, across providers and in
    // every status; enabled only when completed (and not always then).
    static constexpr ConnectionProvider kProviders[] = {
        ConnectionProvider::Okta, ConnectionProvider::MicrosoftAd, ConnectionProvider::Google,
        ConnectionProvider::OneLogin, ConnectionProvider::PingIdentity, ConnectionProvider::JumpCloud,
        ConnectionProvider::Adfs, ConnectionProvider::Auth0, ConnectionProvider::Custom,
    };
    static constexpr ConnectionStatus kStatuses[] = {ConnectionStatus::Completed, ConnectionStatus::Completed,
                                                     ConnectionStatus::InProgress, ConnectionStatus::Draft};
    int n = 0;
    for (int i = 0; i < m_richCount; ++i) {
        if (i % 4 == 3)
            continue; // some organizations without SSO
        const Organization &org = m_store.organizations.rows()[std::size_t(i)];
        const int count = i % 5 == 0 ? 2 : 1;
        for (int c = 0; c < count; ++c, ++n) {
            Connection conn;
            conn.id = m_store.newId("conn_");
            conn.organizationId = org.id;
            conn.provider = kProviders[std::size_t(n) % std::size(kProviders)];
            const bool oidc = conn.provider == ConnectionProvider::Google || conn.provider == ConnectionProvider::Auth0
                              || (conn.provider == ConnectionProvider::Okta && n % 2);
            conn.type = oidc ? ConnectionType::Oidc : ConnectionType::Saml;
            conn.status = kStatuses[std::size_t(n) % 4];
            conn.enabled = conn.status == ConnectionStatus::Completed && n % 5 != 1;
            conn.debugEnabled = n % 7 == 0;
            conn.configurationType = ConfigurationType::Manual;
            conn.createTime = Timestamp(std::max(org.createTime.nanos, pastWithin(300 * 86400).nanos));
            conn.updateTime = conn.createTime;
            conn.testConnectionUri = "https://auth.sandbox.scalekit.dev/sso/v1/connections/" + conn.id + "/test";
            conn.attributeMapping = {{"email", "email"}, {"given_name", "firstName"}, {"family_name", "lastName"}};
            const std::string domain = m_orgDomains[std::size_t(i)];
            if (oidc) {
                OidcConnectionConfig cfg;
                cfg.redirectUri = "https://auth.sandbox.scalekit.dev/sso/v1/oidc/" + conn.id + "/callback";
                cfg.scopes = {OidcScope::OpenId, OidcScope::Profile, OidcScope::Email};
                cfg.tokenAuthType = n % 3 == 0 ? TokenAuthType::UrlParams : TokenAuthType::BasicAuth;
                if (conn.status.value != ConnectionStatus::Draft) {
                    const std::string slug = seednames::slugify(org.displayName);
                    if (conn.provider == ConnectionProvider::Google) {
                        cfg.issuer = "https://accounts.google.com";
                        cfg.clientId = std::to_string(100000000000 + n * 7919) + "-" + m_store.newToken(12)
                                       + ".apps.googleusercontent.com";
                    } else if (conn.provider == ConnectionProvider::Auth0) {
                        cfg.issuer = "https://" + slug + ".us.auth0.com/";
                        cfg.clientId = m_store.newToken(32);
                    } else {
                        cfg.issuer = "https://" + slug + ".okta.com";
                        cfg.clientId = "0oa" + m_store.newToken(17);
                    }
                    cfg.discoveryEndpoint = *cfg.issuer + (cfg.issuer->back() == '/' ? "" : "/")
                                            + ".well-known/openid-configuration";
                    cfg.pkceEnabled = n % 4 != 2;
                    cfg.jitProvisioningWithSsoEnabled = n % 2 == 0;
                    cfg.syncUserProfileOnLogin = true;
                    if (n % 5 == 0)
                        cfg.scopes.push_back(OidcScope::Phone);
                }
                if (conn.status.value == ConnectionStatus::Completed)
                    cfg.clientSecret = m_store.newToken(40);
                conn.oidcConfig = cfg;
            } else {
                SamlConnectionConfig cfg;
                cfg.spEntityId = "https://auth.sandbox.scalekit.dev/sso/v1/saml/" + conn.id;
                cfg.spAssertionUrl = cfg.spEntityId + "/acs";
                cfg.spMetadataUrl = cfg.spEntityId + "/metadata";
                cfg.idpNameIdFormat = NameIdFormat::Email;
                cfg.idpSsoRequestBinding = RequestBinding::HttpPost;
                cfg.samlSigningOption = SamlSigningOption::ResponseOnly;
                if (conn.status.value != ConnectionStatus::Draft) {
                    cfg.idpEntityId = "http://www." + domain + "/exk" + m_store.newToken(12);
                    cfg.idpSsoUrl = "https://login." + domain + "/app/sso/saml";
                    cfg.idpMetadataUrl = "https://login." + domain + "/app/metadata";
                }
                cfg.samlSigningOption = n % 3 == 0 ? SamlSigningOption::ResponseAndAssertion
                                                   : SamlSigningOption::ResponseOnly;
                cfg.idpNameIdFormat = n % 4 == 3 ? NameIdFormat::Persistent : NameIdFormat::Email;
                if (conn.status.value == ConnectionStatus::Completed) {
                    // Certificates in every state a person must notice: some expire within 30
                    // days, some have expired, and some connections roll over to a second one.
                    static constexpr std::int64_t kExpiryDays[] = {420, 12, -9, 240, 3, 700, -45, 95};
                    const std::int64_t days = kExpiryDays[std::size_t(n) % std::size(kExpiryDays)];
                    IdpCertificate cert;
                    cert.id = m_store.newId("cert_");
                    cert.certificate = "MIIDpDCCAoygAwIBAgIG" + m_store.newToken(64);
                    cert.createTime = conn.createTime;
                    cert.expiryTime = at(days * 86400 + std::int64_t(below(3600)));
                    cert.issuer = "CN=" + domain;
                    cfg.idpCertificates.push_back(cert);
                    if (n % 4 == 1) {
                        IdpCertificate next = cert;
                        next.id = m_store.newId("cert_");
                        next.certificate = "MIIDqDCCApCgAwIBAgIG" + m_store.newToken(64);
                        next.expiryTime = at((days + 730) * 86400);
                        cfg.idpCertificates.push_back(next);
                    }
                    cfg.allowIdpInitiatedLogin = n % 3 == 0;
                    cfg.jitProvisioningWithSsoEnabled = n % 2 == 1;
                    cfg.wantRequestSigned = n % 4 == 0;
                    cfg.forceAuthn = false;
                }
                conn.samlConfig = cfg;
            }
            // The organization's verified domains route to its first connection.
            if (c == 0) {
                for (const Domain &d : m_store.domains) {
                    const VerificationStatus v = d.verificationStatus.value;
                    if (d.organizationId == org.id && (v == VerificationStatus::Verified || v == VerificationStatus::AutoVerified))
                        conn.domains.push_back(d);
                }
            }
            m_store.connections.insert(std::move(conn));
        }
        m_store.refreshOrganizationFeatures(org.id);
    }
}

void SeedGenerator::addDirectoryCrowd(const Directory &dir, const std::vector<std::string> &groupIds,
                                      const std::string &domain, int first, int count)
{
    const auto given = seednames::givenNames();
    const auto family = seednames::familyNames();
    for (int u = first; u < first + count; ++u) {
        DirectoryUserRow row;
        row.id = m_store.newId("diruser_");
        row.directoryId = dir.id;
        const std::string g(given[std::size_t(u * 7) % given.size()]);
        const std::string f(family[std::size_t(u * 13) % family.size()]);
        row.user.id = row.id;
        row.user.givenName = g;
        row.user.familyName = f;
        row.user.email
            = seednames::slugify(g) + '.' + seednames::slugify(f) + std::to_string(u) + '@' + domain;
        row.user.preferredUsername = row.user.email;
        row.user.emails = { row.user.email };
        row.user.updatedAt = at(-std::int64_t(u) * 5 * 3600);
        row.user.userDetail = { { "userName", row.user.email },
                                { "active", u % 13 != 0 },
                                { "name", { { "givenName", g }, { "familyName", f } } } };
        row.groupIds.push_back(groupIds[std::size_t(u) % groupIds.size()]);
        if (u % 4 == 0)
            row.groupIds.push_back(groupIds[std::size_t(u + 1) % groupIds.size()]);
        m_store.directoryUsers.insert(std::move(row));
    }
}

void SeedGenerator::generateDirectories()
{
    static constexpr DirectoryProvider kProviders[] = {DirectoryProvider::Okta, DirectoryProvider::MicrosoftAd,
                                                       DirectoryProvider::Google, DirectoryProvider::JumpCloud,
                                                       DirectoryProvider::OneLogin, DirectoryProvider::PingIdentity};
    static constexpr std::string_view kStatuses[] = {directorystatus::kCompleted, directorystatus::kCompleted,
                                                     directorystatus::kInProgress, directorystatus::kDraft};
    static constexpr const char *kGroups[] = {"Engineering", "Sales", "Support", "Finance", "Marketing", "Leadership",
                                              "Contractors", "IT Admins"};
    int n = 0;
    for (int i = 0; i < m_richCount; i += 3, ++n) {
        const Organization &org = m_store.organizations.rows()[std::size_t(i)];
        Directory dir;
        dir.id = m_store.newId("dir_");
        dir.organizationId = org.id;
        dir.directoryProvider = kProviders[std::size_t(n) % std::size(kProviders)];
        dir.directoryType = DirectoryType::Scim;
        dir.name = std::string(json::enumName(dir.directoryProvider.value)) + " SCIM";
        dir.status = std::string(kStatuses[std::size_t(n) % 4]);
        dir.enabled = dir.status == directorystatus::kCompleted;
        dir.directoryEndpoint = "https://sandbox.scalekit.dev/api/v1/directories/" + dir.id + "/scim/v2";
        dir.email = "it@" + m_orgDomains[std::size_t(i)];
        dir.groupsTracked = "ALL";
        if (dir.status != directorystatus::kDraft) {
            DirectorySecret secret;
            secret.id = m_store.newId("sec_");
            secret.createTime = pastWithin(120 * 86400);
            secret.secretSuffix = m_store.newToken(4);
            secret.status = DirectorySecretStatus::Active;
            secret.directoryId = dir.id;
            secret.lastUsedTime = pastWithin(86400);
            dir.secrets.push_back(secret);
            dir.lastSyncedAt = pastWithin(6 * 3600);
        }
        dir.attributeMappings = {{"email", "emails[type eq \"work\"].value"}, {"given_name", "name.givenName"},
                                 {"family_name", "name.familyName"}};
        const bool populated = dir.status == directorystatus::kCompleted || dir.status == directorystatus::kInProgress;
        std::vector<std::string> groupIds;
        if (populated) {
            const int groups = 3 + n % 4;
            for (int g = 0; g < groups; ++g) {
                DirectoryGroupRow row;
                row.id = m_store.newId("dirgroup_");
                row.directoryId = dir.id;
                row.group.id = row.id;
                row.group.displayName = kGroups[std::size_t(g + n) % std::size(kGroups)];
                row.group.updatedAt = pastWithin(30 * 86400);
                row.group.groupDetail = {{"id", row.id}, {"displayName", row.group.displayName}, {"externalId", m_store.newToken(10)}};
                groupIds.push_back(row.id);
                m_store.directoryGroups.insert(std::move(row));
            }
            if (n % 2 == 0)
                dir.roleAssignments.push_back({groupIds.front(), "admin", m_store.findRole("admin")->id});
            const int members = 12 + below(30);
            for (int u = 0; u < members; ++u) {
                DirectoryUserRow row;
                row.id = m_store.newId("diruser_");
                row.directoryId = dir.id;
                const std::string g(pick(seednames::givenNames()));
                const std::string f(pick(seednames::familyNames()));
                row.user.id = row.id;
                row.user.givenName = g;
                row.user.familyName = f;
                row.user.email = seednames::slugify(g) + '.' + seednames::slugify(f) + std::to_string(u) + '@'
                                 + m_orgDomains[std::size_t(i)];
                row.user.preferredUsername = row.user.email;
                row.user.emails = {row.user.email};
                row.user.updatedAt = pastWithin(60 * 86400);
                row.user.userDetail = {{"userName", row.user.email}, {"active", u % 11 != 0},
                                       {"name", {{"givenName", g}, {"familyName", f}}}};
                const int memberships = 1 + below(2);
                for (int k = 0; k < memberships; ++k) {
                    const std::string &gid = groupIds[std::size_t(below(int(groupIds.size())))];
                    if (std::find(row.groupIds.begin(), row.groupIds.end(), gid) == row.groupIds.end())
                        row.groupIds.push_back(gid);
                }
                m_store.directoryUsers.insert(std::move(row));
            }
            // The first directory is a large customer's: enough users to page through (the API
            // pages directory users 30 at a time). Made without the random generator, so the
            // rest of the seed stays as it was.
            if (n == 0)
                addDirectoryCrowd(dir, groupIds, m_orgDomains[std::size_t(i)], members, kCrowdSize);
        }
        // Every fifth directory has not synced for days: the console flags it as stale.
        if (n % 5 == 1 && dir.lastSyncedAt.isSet())
            dir.lastSyncedAt = Timestamp(dir.lastSyncedAt.nanos - 3LL * 86400 * 1'000'000'000);
        m_store.directories.insert(std::move(dir));
    }
    for (Directory &dir : m_store.directories) {
        int users = 0;
        for (const DirectoryUserRow &u : m_store.directoryUsers)
            users += u.directoryId == dir.id ? 1 : 0;
        int groups = 0;
        for (DirectoryGroupRow &g : m_store.directoryGroups) {
            if (g.directoryId != dir.id)
                continue;
            ++groups;
            g.group.totalUsers = int(std::count_if(m_store.directoryUsers.begin(), m_store.directoryUsers.end(),
                                                   [&](const DirectoryUserRow &u) {
                                                       return std::find(u.groupIds.begin(), u.groupIds.end(), g.id) != u.groupIds.end();
                                                   }));
        }
        dir.totalUsers = dir.stats.totalUsers = users;
        dir.totalGroups = dir.stats.totalGroups = groups;
        dir.stats.userUpdatedAt = dir.stats.groupUpdatedAt = dir.lastSyncedAt;
        m_store.refreshOrganizationFeatures(dir.organizationId);
    }
}

} // namespace sk::sandbox

namespace sk::sandbox {

void SeedGenerator::generateSessions()
{
    const auto agents = seednames::userAgents();
    const auto cities = seednames::cities();
    int made = 0;
    for (const User &u : m_store.users) {
        if (u.lastLoginTime.isNull() || made > 4000)
            continue;
        const int count = 1 + below(3);
        for (int k = 0; k < count; ++k, ++made) {
            SessionDetails s;
            s.sessionId = m_store.newId("ses_");
            s.userId = u.id;
            s.organizationId = u.memberships.front().organizationId;
            for (const OrganizationMembership &m : u.memberships)
                s.authenticatedOrganizations.push_back(m.organizationId);
            s.createdAt = pastWithin(10 * 86400);
            s.updatedAt = s.lastActiveAt = Timestamp(s.createdAt.nanos + std::int64_t(below(86400)) * 1'000'000'000LL);
            s.absoluteExpiresAt = Timestamp(s.createdAt.nanos + 7LL * 86400 * 1'000'000'000LL);
            s.idleExpiresAt = Timestamp(s.lastActiveAt.nanos + 86400LL * 1'000'000'000LL);
            const int roll = below(10);
            if (roll < 6 && s.idleExpiresAt > m_now) {
                s.status = std::string(sessionstatus::kActive);
            } else if (roll < 8) {
                s.status = std::string(sessionstatus::kExpired);
                s.expiredAt = s.idleExpiresAt < m_now ? s.idleExpiresAt : s.lastActiveAt;
            } else if (roll < 9) {
                s.status = std::string(sessionstatus::kLogout);
                s.logoutAt = s.lastActiveAt;
            } else {
                s.status = std::string(sessionstatus::kRevoked);
                s.expiredAt = s.lastActiveAt;
            }
            const std::string agent(agents[std::size_t(below(int(agents.size())))]);
            const auto parts = [](const std::string &text) {
                std::vector<std::string> out;
                std::size_t start = 0;
                for (std::size_t bar; (bar = text.find('|', start)) != std::string::npos; start = bar + 1)
                    out.push_back(text.substr(start, bar - start));
                out.push_back(text.substr(start));
                return out;
            };
            const auto a = parts(agent);
            const auto c = parts(std::string(cities[std::size_t(below(int(cities.size())))]));
            s.device.userAgent = a[0];
            s.device.os = a[1];
            s.device.osVersion = a[2];
            s.device.browser = a[3];
            s.device.browserVersion = a[4];
            s.device.deviceType = a[5];
            s.device.ip = "203.0.113." + std::to_string(1 + below(254));
            s.device.location = {c[1], c[2], c[0], c[3], c[4]};
            s.authenticatedClients.push_back({"skc_sandbox_0000000000000001", s.organizationId});
            m_store.sessions.insert(std::move(s));
        }
    }
}

} // namespace sk::sandbox
