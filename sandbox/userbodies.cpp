#include "sandbox/userbodies.h"

#include "sandbox/routehelpers.h"
#include "sandbox/sandboxstore.h"

namespace sk::sandbox {

using namespace entities;

namespace {

constexpr std::int64_t kInviteValidity = 7LL * 86400 * 1'000'000'000LL;

template <typename T>
bool readField(const nlohmann::json &object, const char *key, T &out, const std::string &prefix,
               const std::string &requestId, HttpResponse *error)
{
    try {
        sk::json::Reader(object).read(key, out);
        return true;
    } catch (const sk::json::DecodeError &e) {
        *error = apierrors::invalidField(requestId, prefix + e.path(), e.reason(), "type");
        return false;
    }
}

} // namespace

bool parseMembership(const nlohmann::json &body, MembershipInput *out, const std::string &requestId,
                     HttpResponse *error, const std::string &prefix)
{
    if (!body.is_object() && !body.is_null()) {
        *error = apierrors::invalidField(requestId, prefix.empty() ? "body" : prefix, "must be an object", "type");
        return false;
    }
    if (body.is_null())
        return true;
    std::vector<RoleRef> roles;
    if (!readField(body, "roles", roles, prefix, requestId, error) || !readField(body, "metadata", out->metadata, prefix, requestId, error)
        || !readField(body, "inviter_email", out->inviterEmail, prefix, requestId, error)) {
        return false;
    }
    out->rolesGiven = body.contains("roles") && !body["roles"].is_null();
    out->metadataGiven = body.contains("metadata") && !body["metadata"].is_null();
    for (const RoleRef &role : roles)
        out->roleNames.push_back(role.name.empty() ? role.id : role.name);
    Violations v;
    v.metadata(prefix + "metadata", out->metadata, 20);
    if (out->inviterEmail) {
        v.length(prefix + "inviter_email", *out->inviterEmail, 5, 254);
        v.email(prefix + "inviter_email", *out->inviterEmail);
    }
    if (!v.empty()) {
        *error = v.response(requestId);
        return false;
    }
    return true;
}

bool parseUserCreate(const nlohmann::json &body, UserCreate *out, const std::string &requestId, HttpResponse *error)
{
    if (!body.is_object()) {
        *error = apierrors::invalidField(requestId, "body", "must be an object", "type");
        return false;
    }
    if (!readField(body, "email", out->email, {}, requestId, error)
        || !readField(body, "external_id", out->externalId, {}, requestId, error)
        || !readField(body, "metadata", out->metadata, {}, requestId, error)
        || !readField(body, "user_profile", out->profile, {}, requestId, error)) {
        return false;
    }
    if (body.contains("membership") && !parseMembership(body["membership"], &out->membership, requestId, error, "membership."))
        return false;
    Violations v;
    v.email("email", out->email);
    v.metadata("metadata", out->metadata, 20);
    v.length("user_profile.given_name", out->profile.givenName, 0, 255);
    v.length("user_profile.family_name", out->profile.familyName, 0, 255);
    v.length("user_profile.preferred_username", out->profile.preferredUsername, 0, 512);
    v.metadata("user_profile.metadata", out->profile.metadata, 20);
    v.metadata("user_profile.custom_attributes", out->profile.customAttributes, 20);
    if (out->profile.groups.size() > 50)
        v.add("user_profile.groups", "at most 50 groups", "repeated.max_items");
    if (!v.empty()) {
        *error = v.response(requestId);
        return false;
    }
    return true;
}

bool parseUserUpdate(const nlohmann::json &body, UserUpdate *out, const std::string &requestId, HttpResponse *error)
{
    if (!body.is_object()) {
        *error = apierrors::invalidField(requestId, "body", "must be an object", "type");
        return false;
    }
    if (!readField(body, "external_id", out->externalId, {}, requestId, error)
        || !readField(body, "metadata", out->metadata, {}, requestId, error)) {
        return false;
    }
    Violations v;
    if (out->metadata)
        v.metadata("metadata", *out->metadata, 20);
    if (body.contains("user_profile") && !body["user_profile"].is_null()) {
        out->profile = body["user_profile"];
        UserProfile check;
        if (!readField(body, "user_profile", check, {}, requestId, error))
            return false;
        v.length("user_profile.given_name", check.givenName, 0, 255);
        v.length("user_profile.family_name", check.familyName, 0, 255);
        v.length("user_profile.preferred_username", check.preferredUsername, 0, 512);
        v.metadata("user_profile.metadata", check.metadata, 20);
        v.metadata("user_profile.custom_attributes", check.customAttributes, 20);
        if (check.groups.size() > 50)
            v.add("user_profile.groups", "at most 50 groups", "repeated.max_items");
    }
    if (!v.empty()) {
        *error = v.response(requestId);
        return false;
    }
    return true;
}

void applyUserUpdate(const UserUpdate &update, User &user)
{
    if (update.externalId)
        user.externalId = update.externalId->empty() ? std::nullopt : update.externalId;
    if (update.metadata)
        user.metadata = *update.metadata;
    if (update.profile.is_object()) {
        nlohmann::json merged = sk::json::encode(user.userProfile);
        for (const auto &[key, value] : update.profile.items()) {
            if (!value.is_null())
                merged[key] = value;
        }
        user.userProfile = sk::json::decode<UserProfile>(merged);
        if (update.profile.contains("given_name") || update.profile.contains("family_name")) {
            if (!update.profile.contains("name"))
                user.userProfile.name = user.userProfile.givenName
                                        + (user.userProfile.familyName.empty() ? "" : " " + user.userProfile.familyName);
        }
    }
}

bool resolveRoleRefs(SandboxStore &store, const std::string &organizationId, const std::vector<std::string> &names,
                     std::vector<RoleRef> *out, const std::string &requestId, HttpResponse *error,
                     const std::string &field)
{
    out->clear();
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Role *role = store.resolveRole(organizationId, names[i]);
        if (!role) {
            *error = apierrors::invalidField(requestId, field + "[" + std::to_string(i) + "].name",
                                             "role " + names[i] + " does not exist", "exists");
            return false;
        }
        if (std::none_of(out->begin(), out->end(), [&](const RoleRef &r) { return r.name == role->name; }))
            out->push_back({role->id, role->name, role->displayName});
    }
    return true;
}

OrganizationMembership newMembership(SandboxStore &store, const Organization &org, const MembershipInput &input,
                                     bool invite)
{
    OrganizationMembership m;
    m.organizationId = org.id;
    m.name = org.displayName;
    m.displayName = org.displayName;
    m.metadata = input.metadata;
    m.createdAt = store.now();
    std::vector<std::string> names = input.roleNames;
    if (names.empty()) {
        const auto it = store.organizationDefaultMemberRole.find(org.id);
        names.push_back(it != store.organizationDefaultMemberRole.end() ? it->second : store.defaultMemberRole);
    }
    for (const std::string &name : names) {
        if (const Role *role = store.resolveRole(org.id, name))
            m.roles.push_back({role->id, role->name, role->displayName});
    }
    if (invite) {
        m.membershipStatus = MembershipStatus::PendingInvite;
        m.inviterEmail = input.inviterEmail;
        m.expiresAt = Timestamp(m.createdAt.nanos + kInviteValidity);
        m.provisioningMethod = "invitation";
    } else {
        m.membershipStatus = MembershipStatus::Active;
        m.joinTime = m.acceptedAt = m.createdAt;
        m.provisioningMethod = "api";
    }
    return m;
}

void recordInvite(SandboxStore &store, const User &user, const OrganizationMembership &membership, bool invite)
{
    if (!invite)
        return;
    Invite i;
    i.organizationId = membership.organizationId;
    i.userId = user.id;
    i.inviterEmail = membership.inviterEmail;
    i.status = "pending_invite";
    i.createdAt = membership.createdAt;
    i.expiresAt = membership.expiresAt;
    store.invites[{membership.organizationId, user.id}] = i;
}

} // namespace sk::sandbox
