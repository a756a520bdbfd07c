#include "sandbox/seedgenerator.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/seednames.h"

#include <set>

namespace sk::sandbox {

using namespace entities;

SeedGenerator::SeedGenerator(SandboxStore &store, const SandboxOptions &options)
    : m_store(store)
    , m_options(options)
    , m_random(options.seed * 0x2545F4914F6CDD1DULL + 1)
    , m_now(Timestamp::now())
{
}

Timestamp SeedGenerator::at(std::int64_t secondsFromNow) const
{
    // Whole seconds plus a deterministic millisecond part look like real server timestamps.
    return Timestamp((m_now.unixSeconds() + secondsFromNow) * 1'000'000'000LL
                     + (std::uint64_t(secondsFromNow) * 7919ULL % 1000ULL) * 1'000'000LL);
}

void SeedGenerator::run()
{
    m_richCount = std::min(m_options.organizations, kRichOrganizations);
    generatePermissionsAndRoles();
    generateOrganizations();
    generateUsers();
    generateClients();
    generateSessions();
    generateConnections();
    generateDirectories();
    generateAppConnections();
    generateConnectedAccounts();
    generateMcp();
    generateAuthLogs();
}

void SeedGenerator::generatePermissionsAndRoles()
{
    struct P { const char *name; const char *description; };
    static constexpr P kPermissions[] = {
        {"organization:read", "View organization settings"},
        {"organization:write", "Change organization settings"},
        {"users:read", "View members"},
        {"users:invite", "Invite members"},
        {"users:delete", "Remove members"},
        {"billing:read", "View invoices and plan"},
        {"billing:manage", "Change plan and payment method"},
        {"connections:manage", "Configure SSO connections"},
        {"directories:manage", "Configure directory sync"},
        {"audit_logs:read", "Read audit logs"},
        {"agents:run", "Run AI agents"},
        {"tools:execute", "Execute AgentKit tools"},
    };
    for (const P &p : kPermissions) {
        Permission permission;
        permission.id = m_store.newId("perm_");
        permission.name = p.name;
        permission.description = p.description;
        permission.createTime = permission.updateTime = pastWithin(400 * 86400);
        m_store.permissions.insert(permission);
    }
    const auto rolePermission = [this](const std::string &roleName, const char *name) {
        const Permission *p = m_store.permissions.findIf([&](const Permission &x) { return x.name == name; });
        RolePermission rp;
        rp.id = p->id;
        rp.name = p->name;
        rp.description = p->description;
        rp.createTime = p->createTime;
        rp.updateTime = p->updateTime;
        rp.roleName = roleName;
        return rp;
    };
    struct R { const char *name; const char *display; const char *description; const char *extends;
               std::vector<const char *> permissions; };
    const R kRoles[] = {
        {"member", "Member", "Default role of new members", nullptr, {"organization:read", "users:read", "agents:run"}},
        {"viewer", "Viewer", "Read-only access", nullptr, {"organization:read", "users:read"}},
        {"support_agent", "Support Agent", "Helps customers; can read audit logs", "member", {"audit_logs:read"}},
        {"billing_manager", "Billing Manager", "Manages the subscription", "member", {"billing:read", "billing:manage"}},
        {"admin", "Admin", "Full access to the organization", "member",
         {"organization:write", "users:invite", "users:delete", "connections:manage", "directories:manage",
          "audit_logs:read", "billing:read", "tools:execute"}},
    };
    for (const R &r : kRoles) {
        Role role;
        role.id = m_store.newId("role_");
        role.name = r.name;
        role.displayName = r.display;
        role.description = r.description;
        role.defaultCreator = role.name == "admin";
        role.defaultMember = role.name == "member";
        if (r.extends)
            role.extends = r.extends;
        for (const char *p : r.permissions)
            role.permissions.push_back(rolePermission(role.name, p));
        m_store.roles.insert(role);
    }
    for (Role &role : m_store.roles) {
        role.dependentRolesCount = int(std::count_if(m_store.roles.begin(), m_store.roles.end(),
                                                     [&](const Role &x) { return x.extends == role.name; }));
    }
}

void SeedGenerator::generateOrganizations()
{
    const auto companies = seednames::companies();
    const auto words = seednames::companyWords();
    const auto suffixes = seednames::companySuffixes();
    const int total = m_options.organizations;
    m_store.organizations.reserve(std::size_t(total));
    static constexpr const char *kPlans[] = {"enterprise", "growth", "starter", "trial"};
    for (int i = 0; i < total; ++i) {
        Organization org;
        org.id = m_store.newId("org_");
        std::string name;
        if (i < int(companies.size())) {
            name = std::string(companies[std::size_t(i)]);
        } else {
            const std::size_t n = std::size_t(i - int(companies.size()));
            name = std::string(words[n % words.size()]) + ' ' + std::string(words[(n / words.size() + 7) % words.size()])
                   + ' ' + std::string(suffixes[(n / (words.size() * words.size())) % suffixes.size()]);
            const std::size_t round = n / (words.size() * words.size() * suffixes.size());
            if (round > 0)
                name += ' ' + std::to_string(round + 1);
        }
        org.displayName = name;
        org.createTime = pastWithin(900 * 86400);
        org.updateTime = Timestamp(org.createTime.nanos + std::int64_t(next() % (90ULL * 86400)) * 1'000'000'000LL);
        if (org.updateTime > m_now)
            org.updateTime = org.createTime;
        org.regionCode = chance(0.75) ? RegionCode::Us : RegionCode::Eu;
        const bool rich = i < m_richCount;
        if (rich || chance(0.5))
            org.externalId = "crm-" + std::to_string(100000 + i * 37);
        if (rich) {
            org.slug = seednames::slugify(name, '-');
            org.metadata["plan"] = kPlans[i % 4];
            org.metadata["account_owner"] = std::string(pick(seednames::givenNames())) + ' '
                                             + std::string(pick(seednames::familyNames()));
            if (i % 3 == 0)
                org.logoUrl = "https://logo.clearbit.com/" + seednames::slugify(name) + ".com";
            m_orgDomains.push_back(seednames::slugify(name) + std::string(seednames::topLevelDomains()[std::size_t(i) % 8]));
        } else if (chance(0.3)) {
            org.metadata["plan"] = kPlans[below(4)];
        }
        org.settings.features = {{"sso", false}, {"dir_sync", false}};
        m_store.organizations.insert(std::move(org));
    }

    // Domains of the rich organizations, in every verification state.
    static constexpr VerificationStatus kStatuses[] = {VerificationStatus::Verified, VerificationStatus::Verified,
                                                       VerificationStatus::Pending, VerificationStatus::AutoVerified,
                                                       VerificationStatus::Failed};
    for (int i = 0; i < m_richCount; ++i) {
        const Organization &org = m_store.organizations.rows()[std::size_t(i)];
        const int count = 1 + (i % 3 == 0 ? 1 : 0);
        for (int d = 0; d < count; ++d) {
            Domain domain;
            domain.id = m_store.newId("dom_");
            domain.domain = d == 0 ? m_orgDomains[std::size_t(i)] : seednames::slugify(org.displayName) + "-corp.com";
            domain.environmentId = m_store.environmentId();
            domain.organizationId = org.id;
            domain.verificationStatus = kStatuses[std::size_t(i + d) % 5];
            domain.verificationMethod = domain.verificationStatus == VerificationStatus::AutoVerified
                                            ? VerificationMethod::Admin : VerificationMethod::Dns;
            domain.domainType = d == 0 ? DomainType::OrganizationDomain : DomainType::AllowedEmailDomain;
            domain.txtRecordKey = "_scalekit-verification." + domain.domain;
            domain.txtRecordSecret = "sk-verify=" + m_store.newToken(24);
            domain.createTime = Timestamp(org.createTime.nanos + 3600LL * 1'000'000'000LL);
            domain.updateTime = domain.createTime;
            m_store.domains.insert(std::move(domain));
        }
    }

    // Organization roles and session policies for a few organizations.
    for (int i = 0; i < m_richCount; i += 7) {
        const Organization &org = m_store.organizations.rows()[std::size_t(i)];
        OrgRoleRow row;
        row.id = m_store.newId("role_");
        row.organizationId = org.id;
        row.role.id = row.id;
        row.role.name = i % 2 ? "it_admin" : "auditor";
        row.role.displayName = i % 2 ? "IT Admin" : "Auditor";
        row.role.description = i % 2 ? "Manages SSO and provisioning" : "Read-only access to audit logs";
        row.role.isOrgRole = true;
        row.role.extends = i % 2 ? "admin" : "viewer";
        m_store.organizationRoles.insert(std::move(row));

        OrganizationSessionPolicy policy;
        policy.policySource = SessionPolicyType::Custom;
        policy.absoluteSessionTimeout = 12;
        policy.absoluteSessionTimeoutUnit = Enum<TimeUnit>(TimeUnit::Hours);
        policy.idleSessionTimeoutEnabled = true;
        policy.idleSessionTimeout = 30;
        policy.idleSessionTimeoutUnit = Enum<TimeUnit>(TimeUnit::Minutes);
        m_store.sessionPolicies[org.id] = policy;
        OrganizationUserManagementSettings settings;
        settings.maxAllowedUsers = 50 + i * 10;
        m_store.userManagement[org.id] = settings;
    }
}

void SeedGenerator::generateUsers()
{
    if (m_richCount == 0)
        return;
    const auto given = seednames::givenNames();
    const auto family = seednames::familyNames();
    std::set<std::string> emails;
    const int total = m_options.users;
    m_store.users.reserve(std::size_t(total));
    std::vector<int> membersPerOrg(std::size_t(m_richCount), 0);
    static constexpr MembershipStatus kStatuses[] = {
        MembershipStatus::Active, MembershipStatus::Active, MembershipStatus::Active, MembershipStatus::Active,
        MembershipStatus::Active, MembershipStatus::Active, MembershipStatus::Active, MembershipStatus::Inactive,
        MembershipStatus::PendingInvite, MembershipStatus::InviteExpired,
    };
    for (int i = 0; i < total; ++i) {
        User user;
        user.id = m_store.newId("usr_");
        user.environmentId = m_store.environmentId();
        const std::string g(pick(given));
        const std::string f(pick(family));
        const int orgIndex = i < m_richCount ? i : below(m_richCount);
        const Organization &org = m_store.organizations.rows()[std::size_t(orgIndex)];
        std::string local = seednames::slugify(g) + '.' + seednames::slugify(f);
        std::string email = local + '@' + m_orgDomains[std::size_t(orgIndex)];
        for (int n = 2; emails.count(email); ++n)
            email = local + std::to_string(n) + '@' + m_orgDomains[std::size_t(orgIndex)];
        emails.insert(email);
        user.email = email;
        user.createTime = Timestamp(std::max(org.createTime.nanos, pastWithin(600 * 86400).nanos));
        user.updateTime = user.createTime;
        user.userProfile.id = user.id;
        user.userProfile.givenName = g;
        user.userProfile.familyName = f;
        user.userProfile.name = g + ' ' + f;
        user.userProfile.locale = chance(0.7) ? "en-US" : "en-GB";
        user.userProfile.emailVerified = true;
        user.userProfile.preferredUsername = local;
        if (chance(0.3))
            user.userProfile.phoneNumber = "+1415555" + std::to_string(1000 + below(9000));
        if (chance(0.4))
            user.externalId = "emp-" + std::to_string(10000 + i);
        if (chance(0.2))
            user.metadata["department"] = chance(0.5) ? "engineering" : "sales";

        const auto addMembership = [&](int index, MembershipStatus status) {
            const Organization &o = m_store.organizations.rows()[std::size_t(index)];
            OrganizationMembership m;
            m.organizationId = o.id;
            m.membershipStatus = status;
            m.createdAt = user.createTime;
            m.name = o.displayName;
            m.displayName = o.displayName;
            const bool first = membersPerOrg[std::size_t(index)]++ == 0;
            const char *roleName = first ? "admin" : (chance(0.1) ? "billing_manager" : (chance(0.1) ? "viewer" : "member"));
            const Role *role = m_store.findRole(roleName);
            m.roles.push_back({role->id, role->name, role->displayName});
            if (status == MembershipStatus::Active || status == MembershipStatus::Inactive) {
                m.joinTime = m.acceptedAt = Timestamp(user.createTime.nanos + 7200LL * 1'000'000'000LL);
                m.provisioningMethod = chance(0.3) ? "jit" : "invitation";
            } else {
                m.inviterEmail = "admin@" + m_orgDomains[std::size_t(index)];
                const Timestamp invited = status == MembershipStatus::PendingInvite ? pastWithin(6 * 86400)
                                                                                     : at(-20 * 86400 - below(40) * 86400);
                m.createdAt = invited;
                m.expiresAt = Timestamp(invited.nanos + 7LL * 86400 * 1'000'000'000LL);
                Invite invite;
                invite.organizationId = o.id;
                invite.userId = user.id;
                invite.inviterEmail = m.inviterEmail;
                invite.status = status == MembershipStatus::PendingInvite ? "pending_invite" : "expired";
                invite.createdAt = invited;
                invite.expiresAt = m.expiresAt;
                m_store.invites[{o.id, user.id}] = invite;
            }
            user.memberships.push_back(std::move(m));
        };
        const MembershipStatus status = membersPerOrg[std::size_t(orgIndex)] == 0 ? MembershipStatus::Active
                                                                                      : kStatuses[std::size_t(below(10))];
        addMembership(orgIndex, status);
        if (m_richCount > 1 && chance(0.12)) {
            const int second = (orgIndex + 1 + below(m_richCount - 1)) % m_richCount;
            addMembership(second, chance(0.7) ? MembershipStatus::Active : MembershipStatus::PendingInvite);
        }
        if (status == MembershipStatus::Active)
            user.lastLoginTime = pastWithin(30 * 86400);
        m_store.users.insert(std::move(user));
    }
}

void SeedGenerator::generateClients()
{
    static constexpr const char *kNames[] = {"Billing sync", "Data warehouse export", "Support bot", "CI pipeline",
                                             "HR integration"};
    for (int i = 1; i < m_richCount; i += 3) {
        const Organization &org = m_store.organizations.rows()[std::size_t(i)];
        const int count = 1 + (i % 2);
        for (int c = 0; c < count; ++c) {
            M2MClient client;
            client.clientId = m_store.newId("m2morg_");
            client.organizationId = org.id;
            client.name = kNames[std::size_t(i + c) % 5];
            client.description = "Machine-to-machine access for " + client.name;
            client.createTime = client.updateTime = pastWithin(200 * 86400);
            client.scopes = {"read:users", "read:organizations"};
            client.audience = {"https://api." + m_orgDomains[std::size_t(i)]};
            client.customClaims = {{"tenant", seednames::slugify(org.displayName)}};
            client.expiry = 3600;
            const int secrets = 1 + (c == 0 && i % 2 ? 1 : 0);
            for (int s = 0; s < secrets; ++s) {
                ClientSecret secret;
                secret.id = m_store.newId("sec_");
                secret.createTime = secret.updateTime = Timestamp(client.createTime.nanos + s * 86400LL * 1'000'000'000LL);
                secret.secretSuffix = m_store.newToken(4);
                secret.status = s == 0 && secrets > 1 ? ClientSecretStatus::Inactive : ClientSecretStatus::Active;
                secret.createdBy = "admin@" + m_orgDomains[std::size_t(i)];
                if (chance(0.6))
                    secret.lastUsedTime = pastWithin(5 * 86400);
                client.secrets.push_back(std::move(secret));
            }
            m_store.clients.insert(std::move(client));
        }
    }
}

} // namespace sk::sandbox
