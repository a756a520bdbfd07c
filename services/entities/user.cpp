#include "services/entities/user.h"

namespace sk::entities {

const OrganizationMembership *User::membership(std::string_view organizationId) const
{
    for (const auto &m : memberships)
        if (m.organizationId == organizationId)
            return &m;
    return nullptr;
}

void from_json(const nlohmann::json &j, RoleRef &o)
{
    const json::Reader r(j);
    r.read("id", o.id);
    r.read("name", o.name);
    r.read("display_name", o.displayName);
}

void to_json(nlohmann::json &j, const RoleRef &o)
{
    json::Writer w(j);
    w.write("id", o.id);
    w.write("name", o.name);
    w.write("display_name", o.displayName);
}

void from_json(const nlohmann::json &j, ExternalIdentity &o)
{
    const json::Reader r(j);
    r.read("connection_id", o.connectionId);
    r.read("connection_type", o.connectionType);
    r.read("connection_provider", o.connectionProvider);
    r.read("connection_user_id", o.connectionUserId);
    r.read("is_social", o.isSocial);
    r.read("last_login_time", o.lastLoginTime);
    r.read("created_time", o.createdTime);
    r.read("last_synced_time", o.lastSyncedTime);
}

void to_json(nlohmann::json &j, const ExternalIdentity &o)
{
    json::Writer w(j);
    w.write("connection_id", o.connectionId);
    w.write("connection_type", o.connectionType);
    w.write("connection_provider", o.connectionProvider);
    w.write("connection_user_id", o.connectionUserId);
    w.write("is_social", o.isSocial);
    w.write("last_login_time", o.lastLoginTime);
    w.write("created_time", o.createdTime);
    w.write("last_synced_time", o.lastSyncedTime);
}

void from_json(const nlohmann::json &j, UserProfile &o)
{
    const json::Reader r(j);
    r.read("id", o.id);
    r.read("given_name", o.givenName);
    r.read("family_name", o.familyName);
    r.read("name", o.name);
    r.read("locale", o.locale);
    r.read("email_verified", o.emailVerified);
    r.read("phone_number", o.phoneNumber);
    r.read("metadata", o.metadata);
    r.read("custom_attributes", o.customAttributes);
    r.read("first_name", o.firstName);
    r.read("last_name", o.lastName);
    r.read("preferred_username", o.preferredUsername);
    r.read("phone_number_verified", o.phoneNumberVerified);
    r.read("picture", o.picture);
    r.read("groups", o.groups);
    r.read("gender", o.gender);
    r.read("external_identities", o.externalIdentities);
}

void to_json(nlohmann::json &j, const UserProfile &o)
{
    json::Writer w(j);
    w.write("id", o.id);
    w.write("given_name", o.givenName);
    w.write("family_name", o.familyName);
    w.write("name", o.name);
    w.write("locale", o.locale);
    w.write("email_verified", o.emailVerified);
    w.write("phone_number", o.phoneNumber);
    w.write("metadata", o.metadata);
    w.write("custom_attributes", o.customAttributes);
    if (!o.firstName.empty()) // deprecated, PREVIEW: only echo when present
        w.write("first_name", o.firstName);
    if (!o.lastName.empty())
        w.write("last_name", o.lastName);
    w.write("preferred_username", o.preferredUsername);
    w.write("phone_number_verified", o.phoneNumberVerified);
    w.write("picture", o.picture);
    w.write("groups", o.groups);
    w.write("gender", o.gender);
    w.write("external_identities", o.externalIdentities);
}

void from_json(const nlohmann::json &j, OrganizationMembership &o)
{
    const json::Reader r(j);
    r.read("organization_id", o.organizationId);
    r.read("join_time", o.joinTime);
    r.read("membership_status", o.membershipStatus);
    r.read("roles", o.roles);
    r.read("name", o.name);
    r.read("metadata", o.metadata);
    r.read("display_name", o.displayName);
    r.read("inviter_email", o.inviterEmail);
    r.read("created_at", o.createdAt);
    r.read("accepted_at", o.acceptedAt);
    r.read("expires_at", o.expiresAt);
    r.read("provisioning_method", o.provisioningMethod);
    r.read("permissions", o.permissions);
}

void to_json(nlohmann::json &j, const OrganizationMembership &o)
{
    json::Writer w(j);
    w.write("organization_id", o.organizationId);
    w.write("join_time", o.joinTime);
    w.write("membership_status", o.membershipStatus);
    w.write("roles", o.roles);
    w.write("name", o.name);
    w.write("metadata", o.metadata);
    w.write("display_name", o.displayName);
    w.write("inviter_email", o.inviterEmail);
    w.write("created_at", o.createdAt);
    w.write("accepted_at", o.acceptedAt);
    w.write("expires_at", o.expiresAt);
    w.write("provisioning_method", o.provisioningMethod);
    w.write("permissions", o.permissions);
}

void from_json(const nlohmann::json &j, User &o)
{
    const json::Reader r(j);
    r.read("id", o.id);
    r.read("environment_id", o.environmentId);
    r.read("create_time", o.createTime);
    r.read("update_time", o.updateTime);
    r.read("email", o.email);
    r.read("external_id", o.externalId);
    r.read("memberships", o.memberships);
    r.read("user_profile", o.userProfile);
    r.read("metadata", o.metadata);
    r.read("last_login_time", o.lastLoginTime);
}

void to_json(nlohmann::json &j, const User &o)
{
    json::Writer w(j);
    w.write("id", o.id);
    w.write("environment_id", o.environmentId);
    w.write("create_time", o.createTime);
    w.write("update_time", o.updateTime);
    w.write("email", o.email);
    w.write("external_id", o.externalId);
    w.write("memberships", o.memberships);
    w.write("user_profile", o.userProfile);
    w.write("metadata", o.metadata);
    w.write("last_login_time", o.lastLoginTime);
}

void from_json(const nlohmann::json &j, UserPermission &o)
{
    const json::Reader r(j);
    r.read("id", o.id);
    r.read("name", o.name);
    r.read("description", o.description);
    r.read("tags", o.tags);
}

void to_json(nlohmann::json &j, const UserPermission &o)
{
    json::Writer w(j);
    w.write("id", o.id);
    w.write("name", o.name);
    w.write("description", o.description);
    w.write("tags", o.tags);
}

} // namespace sk::entities
