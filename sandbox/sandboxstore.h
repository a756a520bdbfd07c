#pragma once

#include "sandbox/accounttable.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/table.h"
#include "services/entities/authlogrequest.h"
#include "services/entities/connectedaccount.h"
#include "services/entities/connection.h"
#include "services/entities/directory.h"
#include "services/entities/domain.h"
#include "services/entities/invite.h"
#include "services/entities/mcpconfig.h"
#include "services/entities/mcpinstance.h"
#include "services/entities/organization.h"
#include "services/entities/organizationclient.h"
#include "services/entities/provider.h"
#include "services/entities/role.h"
#include "services/entities/session.h"
#include "services/entities/tool.h"
#include "services/entities/user.h"

#include <QString>

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace sk::sandbox {

// An admin-portal link: single use, valid one minute (GET {location} consumes it).
struct PortalLinkRow
{
    std::string id;
    std::string organizationId;
    std::string token;
    entities::Timestamp expireTime;
    std::vector<std::string> features;
    bool used = false;
};

// An organization role: a roles.Role scoped to one organization.
struct OrgRoleRow
{
    std::string id;
    std::string organizationId;
    entities::Role role;
};

// Directory members and groups, tied to their directory.
struct DirectoryUserRow
{
    std::string id;
    std::string directoryId;
    entities::DirectoryUser user;
    std::vector<std::string> groupIds;
};

struct DirectoryGroupRow
{
    std::string id;
    std::string directoryId;
    entities::DirectoryGroup group;
};

template<> struct RowKey<entities::SessionDetails>
{
    static const std::string &of(const entities::SessionDetails &row) { return row.sessionId; }
};

// A one-time link that completes a connected account's authorization (magic link).
struct MagicLinkRow
{
    std::string token;
    std::string connectedAccountId;
    entities::Timestamp expiry;
    bool used = false;
};

// An MCP instance: a config bound to one user identifier. The config is joined on output.
struct McpInstanceRow
{
    std::string id;
    std::string name;
    std::string userIdentifier;
    std::string configId;
    std::string urlToken;
    entities::Timestamp lastUsedAt;
    entities::Timestamp updatedAt;
};

template<> struct RowKey<entities::M2MClient>
{
    static const std::string &of(const entities::M2MClient &row) { return row.clientId; }
};

// All sandbox state, in memory. Route files read and change the tables directly; cross-table
// rules (cascades, computed statuses) live in methods here so that every route applies them alike.
class SandboxStore
{
public:
    explicit SandboxStore(const SandboxOptions &options);

    // Fills the tables from the seed (SeedGenerator).
    void generate();

    // Mints an id "<prefix>" + 18 digits; ids grow strictly, so Table order == creation order.
    std::string newId(std::string_view prefix);
    // A random-looking opaque token (for links and secrets), deterministic with the seed.
    std::string newToken(std::size_t length = 32);
    entities::Timestamp now() const;

    void setBaseUrl(const std::string &url) { m_baseUrl = url; }
    const std::string &baseUrl() const { return m_baseUrl; }
    const std::string &environmentId() const { return m_environmentId; }
    const SandboxOptions &options() const { return m_options; }

    // ---- tables --------------------------------------------------------------------------------
    Table<entities::Organization> organizations;
    Table<entities::User> users;
    Table<entities::Domain> domains;
    std::vector<PortalLinkRow> portalLinks;
    std::map<std::string, entities::OrganizationSessionPolicy> sessionPolicies;
    std::map<std::string, entities::OrganizationUserManagementSettings> userManagement;
    std::map<std::pair<std::string, std::string>, entities::Invite> invites; // (organization, user)
    Table<entities::Role> roles; // environment roles
    Table<OrgRoleRow> organizationRoles; // organization roles
    Table<entities::Permission> permissions;
    Table<entities::M2MClient> clients; // organization API clients
    std::string defaultCreatorRole = "admin";
    std::string defaultMemberRole = "member";
    std::map<std::string, std::string> organizationDefaultMemberRole;
    Table<entities::Connection> connections; // SSO (organization) and AgentKit (environment) connections
    Table<entities::Directory> directories;
    Table<DirectoryUserRow> directoryUsers;
    Table<DirectoryGroupRow> directoryGroups;
    std::vector<entities::Provider> providers; // AgentKit connector catalogue (+ custom providers)
    std::vector<entities::Tool> tools; // tool catalogue, by provider
    AccountTable connectedAccounts; // indexed by connector, identifier, provider, organization, user
    std::vector<MagicLinkRow> magicLinks;
    Table<entities::McpConfig> mcpConfigs;
    Table<McpInstanceRow> mcpInstances;
    Table<entities::SessionDetails> sessions;
    std::vector<entities::AuthLogRequest> authLogs; // newest first

    // A connected account as the API shows it now: ACTIVE with a past token_expires_at reads EXPIRED.
    entities::ConnectedAccount presentAccount(const ConnectedAccountRow &row, bool withSecrets) const;
    // Its status as answered: an ACTIVE account whose token has expired is EXPIRED.
    entities::Enum<entities::ConnectorStatus> presentedStatus(const ConnectedAccountRow &row) const;
    // presentAccount(row, false) as list text, appended (no copy of the account).
    void appendAccountListText(std::string &out, const ConnectedAccountRow &row) const;
    // Sets fresh credentials and ACTIVE status (what completing a magic link does).
    void authorizeAccount(ConnectedAccountRow &row);
    ConnectedAccountRow *findAccount(const std::string &connector, const std::string &identifier,
                                     const std::string &organizationId = {}, const std::string &userId = {});
    // A magic link for the account, valid 10 minutes, single use.
    entities::MagicLink newMagicLink(const std::string &connectedAccountId);
    // The auth state of each connection of a config for one user identifier.
    std::vector<entities::McpConnectionAuthState> mcpAuthState(const entities::McpConfig &config,
                                                               const std::string &identifier, bool withLinks);
    entities::McpInstance presentInstance(const McpInstanceRow &row);

    entities::Connection *findAppConnectionByName(const std::string &name);
    void deleteDirectory(const std::string &id);
    // Recomputes an organization's sso/dir_sync feature flags from its enabled connections/directories.
    void refreshOrganizationFeatures(const std::string &organizationId);

    // Role lookups by name; organization roles shadow environment roles for that organization.
    entities::Role *findRole(const std::string &name);
    entities::Role *findOrganizationRole(const std::string &organizationId, const std::string &name);
    const entities::Role *resolveRole(const std::string &organizationId, const std::string &name);
    // Permission names granted by a role, including inherited ones (extends chain).
    std::vector<entities::RolePermission> effectivePermissions(const std::string &organizationId,
                                                               const std::string &roleName);

    // ---- cross-table rules ---------------------------------------------------------------------
    // Deletes the organization with its connections, directories, domains, roles, clients,
    // memberships and every user left in no organization.
    bool deleteOrganization(const std::string &id);
    // Removes one membership; with cascade (or when it was the last one) the user goes too.
    bool deleteMembership(const std::string &organizationId, const std::string &userId, bool cascade);
    // Deletes a user with its sessions, invites and memberships.
    bool deleteUser(const std::string &id);

    entities::User *findUserByExternalId(const std::string &externalId);
    entities::User *findUserByEmail(const std::string &email);
    entities::Organization *findOrganizationByExternalId(const std::string &externalId);

    // Bumped after every change; caches of serialized rows compare against it.
    std::uint64_t generation = 0;
    // The organization as JSON text, cached until the next change.
    const std::string &organizationJson(const entities::Organization &org);

    // ---- reporting and persistence ---------------------------------------------------------------
    nlohmann::json counts() const;
    QString summary() const;
    nlohmann::json toJson() const;
    bool fromJson(const nlohmann::json &document, std::string *error);

    std::mt19937_64 &random() { return m_random; }

private:
    // Cascades into the tables of later route groups (sessions, connections, directories, ...).
    void onUserDeleted(const std::string &userId);
    void onOrganizationDeleted(const std::string &organizationId);
    // Persistence of the tables of later route groups (storepersistence2.cpp).
    void encodeExtraTables(nlohmann::json &document) const;
    void decodeExtraTables(const nlohmann::json &document);

    SandboxOptions m_options;
    std::mt19937_64 m_random;
    // organizationJson()'s cache: the text of organizations.rows()[i], valid for one generation
    // (every change bumps it, and only a change moves rows), so a page looks its rows up by
    // position. It was a hash map keyed by ID, whose lookups cost 290 us per 100-row page in a
    // 100,000-organization export, more than the rest of the page.
    std::vector<std::string> m_organizationJson;
    std::uint64_t m_organizationJsonGeneration = 0;
    std::string m_organizationJsonScratch;
    std::uint64_t m_nextId = 0;
    std::string m_baseUrl;
    std::string m_environmentId;
};

} // namespace sk::sandbox
