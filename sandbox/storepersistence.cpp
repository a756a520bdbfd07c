#include "sandbox/sandboxstore.h"

namespace sk::sandbox {

using namespace entities;
using nlohmann::json;

namespace {

constexpr int kStateVersion = 1;

template<typename T> json encodeTable(const Table<T> &table)
{
    json array = json::array();
    for (const T &row : table)
        array.push_back(sk::json::encode(row));
    return array;
}

template<typename T> void decodeTable(const json &document, const char *key, Table<T> &table)
{
    typename Table<T>::Rows rows;
    if (document.contains(key))
        rows = sk::json::decodeMember<std::vector<T>>(document, key);
    table.assign(std::move(rows));
}

json encodePortalLink(const PortalLinkRow &l)
{
    return {{"id", l.id},
            {"organization_id", l.organizationId},
            {"token", l.token},
            {"expire_time", l.expireTime.toRfc3339()},
            {"features", l.features},
            {"used", l.used}};
}

PortalLinkRow decodePortalLink(const json &j)
{
    PortalLinkRow l;
    l.id = j.value("id", "");
    l.organizationId = j.value("organization_id", "");
    l.token = j.value("token", "");
    l.expireTime = Timestamp::parse(j.value("expire_time", "")).value_or(Timestamp());
    l.features = j.value("features", std::vector<std::string> {});
    l.used = j.value("used", false);
    return l;
}

json encodeOrgRole(const OrgRoleRow &r)
{
    return {{"id", r.id}, {"organization_id", r.organizationId}, {"role", sk::json::encode(r.role)}};
}

OrgRoleRow decodeOrgRole(const json &j)
{
    OrgRoleRow r;
    r.id = j.value("id", "");
    r.organizationId = j.value("organization_id", "");
    r.role = sk::json::decodeMember<Role>(j, "role");
    return r;
}

json encodeAccount(const ConnectedAccountRow &r)
{
    return {{"account", sk::json::encode(r.account)},
            {"organization_id", r.organizationId},
            {"user_id", r.userId}};
}

ConnectedAccountRow decodeAccount(const json &j)
{
    return {sk::json::decodeMember<ConnectedAccount>(j, "account"), j.value("organization_id", ""),
            j.value("user_id", "")};
}

json encodeInstance(const McpInstanceRow &r)
{
    return {{"id", r.id},
            {"name", r.name},
            {"user_identifier", r.userIdentifier},
            {"config_id", r.configId},
            {"url_token", r.urlToken},
            {"last_used_at", r.lastUsedAt.toRfc3339()},
            {"updated_at", r.updatedAt.toRfc3339()}};
}

McpInstanceRow decodeInstance(const json &j)
{
    McpInstanceRow r;
    r.id = j.value("id", "");
    r.name = j.value("name", "");
    r.userIdentifier = j.value("user_identifier", "");
    r.configId = j.value("config_id", "");
    r.urlToken = j.value("url_token", "");
    r.lastUsedAt = Timestamp::parse(j.value("last_used_at", "")).value_or(Timestamp());
    r.updatedAt = Timestamp::parse(j.value("updated_at", "")).value_or(Timestamp());
    return r;
}

json encodeDirectoryUser(const DirectoryUserRow &r)
{
    return {{"id", r.id},
            {"directory_id", r.directoryId},
            {"user", sk::json::encode(r.user)},
            {"group_ids", r.groupIds}};
}

DirectoryUserRow decodeDirectoryUser(const json &j)
{
    return {j.value("id", ""), j.value("directory_id", ""), sk::json::decodeMember<DirectoryUser>(j, "user"),
            j.value("group_ids", std::vector<std::string> {})};
}

json encodeDirectoryGroup(const DirectoryGroupRow &r)
{
    return {{"id", r.id}, {"directory_id", r.directoryId}, {"group", sk::json::encode(r.group)}};
}

DirectoryGroupRow decodeDirectoryGroup(const json &j)
{
    return {j.value("id", ""), j.value("directory_id", ""),
            sk::json::decodeMember<DirectoryGroup>(j, "group")};
}

template<typename Rows, typename Encode> json encodeRows(const Rows &table, Encode encode)
{
    json array = json::array();
    for (const auto &row : table)
        array.push_back(encode(row));
    return array;
}

template<typename Rows, typename Decode>
void decodeRows(const json &doc, const char *key, Rows &table, Decode decode)
{
    typename Rows::Rows rows;
    for (const json &item : doc.value(key, json::array()))
        rows.push_back(decode(item));
    table.assign(std::move(rows));
}

} // namespace

void SandboxStore::encodeExtraTables(json &doc) const
{
    doc["connections"] = encodeTable(connections);
    doc["directories"] = encodeTable(directories);
    doc["directory_users"] = encodeRows(directoryUsers, encodeDirectoryUser);
    doc["directory_groups"] = encodeRows(directoryGroups, encodeDirectoryGroup);
    doc["connected_accounts"] = encodeRows(connectedAccounts, encodeAccount);
    doc["mcp_configs"] = encodeTable(mcpConfigs);
    doc["mcp_instances"] = encodeRows(mcpInstances, encodeInstance);
    doc["sessions"] = encodeTable(sessions);
    doc["providers"] = sk::json::encode(providers);
    doc["tools"] = sk::json::encode(tools);
    doc["auth_logs"] = sk::json::encode(authLogs);
}

void SandboxStore::decodeExtraTables(const json &doc)
{
    decodeTable(doc, "connections", connections);
    decodeTable(doc, "directories", directories);
    decodeRows(doc, "directory_users", directoryUsers, decodeDirectoryUser);
    decodeRows(doc, "directory_groups", directoryGroups, decodeDirectoryGroup);
    decodeRows(doc, "connected_accounts", connectedAccounts, decodeAccount);
    connectedAccounts.reindex();
    decodeTable(doc, "mcp_configs", mcpConfigs);
    decodeRows(doc, "mcp_instances", mcpInstances, decodeInstance);
    decodeTable(doc, "sessions", sessions);
    providers = sk::json::decodeMember<std::vector<Provider>>(doc, "providers");
    tools = sk::json::decodeMember<std::vector<Tool>>(doc, "tools");
    authLogs = sk::json::decodeMember<std::vector<AuthLogRequest>>(doc, "auth_logs");
    magicLinks.clear();
}

json SandboxStore::counts() const
{
    return {
        {"organizations", organizations.size()},
        {"users", users.size()},
        {"domains", domains.size()},
        {"roles", roles.size() + organizationRoles.size()},
        {"permissions", permissions.size()},
        {"clients", clients.size()},
        {"connections", connections.size()},
        {"directories", directories.size()},
        {"directory_users", directoryUsers.size()},
        {"connected_accounts", connectedAccounts.size()},
        {"mcp_configs", mcpConfigs.size()},
        {"mcp_instances", mcpInstances.size()},
        {"sessions", sessions.size()},
    };
}

json SandboxStore::toJson() const
{
    json doc;
    doc["version"] = kStateVersion;
    doc["next_id"] = std::to_string(m_nextId);
    doc["environment_id"] = m_environmentId;
    doc["organizations"] = encodeTable(organizations);
    doc["users"] = encodeTable(users);
    doc["domains"] = encodeTable(domains);
    doc["roles"] = encodeTable(roles);
    doc["permissions"] = encodeTable(permissions);
    doc["clients"] = encodeTable(clients);
    json links = json::array();
    for (const PortalLinkRow &l : portalLinks)
        links.push_back(encodePortalLink(l));
    doc["portal_links"] = links;
    json orgRoles = json::array();
    for (const OrgRoleRow &r : organizationRoles)
        orgRoles.push_back(encodeOrgRole(r));
    doc["organization_roles"] = orgRoles;
    json policies = json::object();
    for (const auto &[org, policy] : sessionPolicies)
        policies[org] = sk::json::encode(policy);
    doc["session_policies"] = policies;
    json management = json::object();
    for (const auto &[org, settings] : userManagement)
        management[org] = sk::json::encode(settings);
    doc["user_management"] = management;
    json inviteList = json::array();
    for (const auto &[key, invite] : invites)
        inviteList.push_back(sk::json::encode(invite));
    doc["invites"] = inviteList;
    doc["default_creator_role"] = defaultCreatorRole;
    doc["default_member_role"] = defaultMemberRole;
    doc["organization_default_member_role"] = organizationDefaultMemberRole;
    encodeExtraTables(doc);
    return doc;
}

bool SandboxStore::fromJson(const json &doc, std::string *error)
{
    if (!doc.is_object() || doc.value("version", 0) != kStateVersion) {
        *error = "unsupported state file version";
        return false;
    }
    ++generation; // every cached text is stale
    try {
        m_nextId = std::stoull(doc.value("next_id", "0"));
        m_environmentId = doc.value("environment_id", m_environmentId);
        decodeTable(doc, "organizations", organizations);
        decodeTable(doc, "users", users);
        decodeTable(doc, "domains", domains);
        decodeTable(doc, "roles", roles);
        decodeTable(doc, "permissions", permissions);
        decodeTable(doc, "clients", clients);
        portalLinks.clear();
        for (const json &l : doc.value("portal_links", json::array()))
            portalLinks.push_back(decodePortalLink(l));
        std::vector<OrgRoleRow> orgRoles;
        for (const json &r : doc.value("organization_roles", json::array()))
            orgRoles.push_back(decodeOrgRole(r));
        organizationRoles.assign(std::move(orgRoles));
        sessionPolicies.clear();
        const json policyMap = doc.value("session_policies", json::object());
        for (const auto &[org, policy] : policyMap.items())
            sessionPolicies[org] = sk::json::decode<OrganizationSessionPolicy>(policy);
        userManagement.clear();
        const json managementMap = doc.value("user_management", json::object());
        for (const auto &[org, settings] : managementMap.items())
            userManagement[org] = sk::json::decode<OrganizationUserManagementSettings>(settings);
        invites.clear();
        for (const json &i : doc.value("invites", json::array())) {
            Invite invite = sk::json::decode<Invite>(i);
            invites[{invite.organizationId, invite.userId}] = invite;
        }
        defaultCreatorRole = doc.value("default_creator_role", defaultCreatorRole);
        defaultMemberRole = doc.value("default_member_role", defaultMemberRole);
        organizationDefaultMemberRole
            = doc.value("organization_default_member_role", std::map<std::string, std::string> {});
        decodeExtraTables(doc);
    } catch (const std::exception &e) {
        *error = e.what();
        return false;
    }
    return true;
}

} // namespace sk::sandbox
