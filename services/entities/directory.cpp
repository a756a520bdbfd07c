#include "services/entities/directory.h"

namespace sk::entities {

namespace {

template <typename Io, typename Self>
void secretFields(Io &io, Self &o)
{
    io("id", o.id);
    io("create_time", o.createTime);
    io("secret_suffix", o.secretSuffix);
    io("status", o.status);
    io("expire_time", o.expireTime);
    io("last_used_time", o.lastUsedTime);
    io("directory_id", o.directoryId);
}

template <typename Io, typename Self>
void statsFields(Io &io, Self &o)
{
    io("total_users", o.totalUsers);
    io("total_groups", o.totalGroups);
    io("group_updated_at", o.groupUpdatedAt);
    io("user_updated_at", o.userUpdatedAt);
}

template <typename Io, typename Self>
void directoryFields(Io &io, Self &o)
{
    io("id", o.id);
    io("name", o.name);
    io("directory_type", o.directoryType);
    io("organization_id", o.organizationId);
    io("enabled", o.enabled);
    io("directory_provider", o.directoryProvider);
    io("last_synced_at", o.lastSyncedAt);
    io("directory_endpoint", o.directoryEndpoint);
    io("total_users", o.totalUsers);
    io("total_groups", o.totalGroups);
    io("secrets", o.secrets);
    io("stats", o.stats);
    io("status", o.status);
    io("email", o.email);
    io("groups_tracked", o.groupsTracked);
}

template <typename Io, typename Self>
void groupFields(Io &io, Self &o)
{
    io("id", o.id);
    io("display_name", o.displayName);
    io("total_users", o.totalUsers);
    io("updated_at", o.updatedAt);
    io("group_detail", o.groupDetail);
}

template <typename Io, typename Self>
void userFields(Io &io, Self &o)
{
    io("id", o.id);
    io("email", o.email);
    io("preferred_username", o.preferredUsername);
    io("given_name", o.givenName);
    io("family_name", o.familyName);
    io("updated_at", o.updatedAt);
    io("emails", o.emails);
    io("groups", o.groups);
    io("user_detail", o.userDetail);
}

// Reads {key: {inner: value}} into value.
template <typename T>
void readWrapped(const json::Reader &r, std::string_view key, std::string_view inner, T &out)
{
    const nlohmann::json *wrapper = r.find(key);
    try {
        json::Reader(wrapper ? *wrapper : nlohmann::json()).read(inner, out);
    } catch (const json::DecodeError &e) {
        throw e.prefixed(key);
    }
}

} // namespace

void from_json(const nlohmann::json &j, DirectorySecret &o) { const json::Reader r(j); secretFields(r, o); }
void to_json(nlohmann::json &j, const DirectorySecret &o) { json::Writer w(j); secretFields(w, o); }
void from_json(const nlohmann::json &j, DirectoryStats &o) { const json::Reader r(j); statsFields(r, o); }
void to_json(nlohmann::json &j, const DirectoryStats &o) { json::Writer w(j); statsFields(w, o); }
void from_json(const nlohmann::json &j, DirectoryGroup &o) { const json::Reader r(j); groupFields(r, o); }
void to_json(nlohmann::json &j, const DirectoryGroup &o) { json::Writer w(j); groupFields(w, o); }
void from_json(const nlohmann::json &j, DirectoryUser &o) { const json::Reader r(j); userFields(r, o); }
void to_json(nlohmann::json &j, const DirectoryUser &o) { json::Writer w(j); userFields(w, o); }

void from_json(const nlohmann::json &j, RoleAssignment &o)
{
    const json::Reader r(j);
    r("group_id", o.groupId)("role_name", o.roleName)("role_id", o.roleId);
}

void to_json(nlohmann::json &j, const RoleAssignment &o)
{
    json::Writer w(j);
    w("group_id", o.groupId)("role_name", o.roleName)("role_id", o.roleId);
}

void from_json(const nlohmann::json &j, AttributeMapping &o)
{
    const json::Reader r(j);
    r("key", o.key)("map_to", o.mapTo);
}

void to_json(nlohmann::json &j, const AttributeMapping &o)
{
    json::Writer w(j);
    w("key", o.key)("map_to", o.mapTo);
}

void from_json(const nlohmann::json &j, Directory &o)
{
    const json::Reader r(j);
    directoryFields(r, o);
    // The two wrapper messages are flattened to their single repeated member.
    readWrapped(r, "role_assignments", "assignments", o.roleAssignments);
    readWrapped(r, "attribute_mappings", "attributes", o.attributeMappings);
}

void to_json(nlohmann::json &j, const Directory &o)
{
    json::Writer w(j);
    directoryFields(w, o);
    nlohmann::json assignments;
    json::Writer(assignments).write("assignments", o.roleAssignments);
    w("role_assignments", assignments);
    nlohmann::json attributes;
    json::Writer(attributes).write("attributes", o.attributeMappings);
    w("attribute_mappings", attributes);
}

void from_json(const nlohmann::json &j, CreateDirectorySecretResponse &o)
{
    const json::Reader r(j);
    r("plain_secret", o.plainSecret)("secret", o.secret);
}

void to_json(nlohmann::json &j, const CreateDirectorySecretResponse &o)
{
    json::Writer w(j);
    w("plain_secret", o.plainSecret)("secret", o.secret);
}

} // namespace sk::entities
