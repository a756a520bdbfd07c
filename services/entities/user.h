#pragma once

#include "services/json/jsonfields.h"

#include <optional>
#include <string>
#include <vector>

namespace sk::entities {

// commons.MembershipStatus
enum class MembershipStatus : std::int32_t { Unspecified = 0, Active = 1, Inactive = 2, PendingInvite = 3, InviteExpired = 4, Unknown = -1 };
inline constexpr json::EnumEntry<MembershipStatus> kMembershipStatusNames[] = {
    {MembershipStatus::Unspecified, "Membership_Status_UNSPECIFIED"},
    {MembershipStatus::Active, "ACTIVE"},
    {MembershipStatus::Inactive, "INACTIVE"},
    {MembershipStatus::PendingInvite, "PENDING_INVITE"},
    {MembershipStatus::InviteExpired, "INVITE_EXPIRED"},
};
constexpr std::span<const json::EnumEntry<MembershipStatus>> enumTable(MembershipStatus) { return kMembershipStatusNames; }

// commons.IdentityProviderType (same numbering as connections.ConnectionProvider).
enum class IdentityProviderType : std::int32_t {
    Unspecified = 0, Okta = 1, Google = 2, MicrosoftAd = 3, Auth0 = 4, OneLogin = 5, PingIdentity = 6,
    JumpCloud = 7, Custom = 8, GitHub = 9, GitLab = 10, LinkedIn = 11, Salesforce = 12, Microsoft = 13,
    IdpSimulator = 14, Scalekit = 15, Adfs = 16, Unknown = -1
};
inline constexpr json::EnumEntry<IdentityProviderType> kIdentityProviderTypeNames[] = {
    {IdentityProviderType::Unspecified, "IDENTITY_PROVIDER_UNSPECIFIED"},
    {IdentityProviderType::Okta, "OKTA"},
    {IdentityProviderType::Google, "GOOGLE"},
    {IdentityProviderType::MicrosoftAd, "MICROSOFT_AD"},
    {IdentityProviderType::Auth0, "AUTH0"},
    {IdentityProviderType::OneLogin, "ONELOGIN"},
    {IdentityProviderType::PingIdentity, "PING_IDENTITY"},
    {IdentityProviderType::JumpCloud, "JUMPCLOUD"},
    {IdentityProviderType::Custom, "CUSTOM"},
    {IdentityProviderType::GitHub, "GITHUB"},
    {IdentityProviderType::GitLab, "GITLAB"},
    {IdentityProviderType::LinkedIn, "LINKEDIN"},
    {IdentityProviderType::Salesforce, "SALESFORCE"},
    {IdentityProviderType::Microsoft, "MICROSOFT"},
    {IdentityProviderType::IdpSimulator, "IDP_SIMULATOR"},
    {IdentityProviderType::Scalekit, "SCALEKIT"},
    {IdentityProviderType::Adfs, "ADFS"},
};
constexpr std::span<const json::EnumEntry<IdentityProviderType>> enumTable(IdentityProviderType) { return kIdentityProviderTypeNames; }

// commons.Role: the role reference inside a membership (and GET .../users/{id}/roles items).
struct RoleRef
{
    std::string id;
    std::string name;
    std::string displayName;
    friend bool operator==(const RoleRef &, const RoleRef &) = default;
};

// commons.ExternalIdentity
struct ExternalIdentity
{
    std::string connectionId;
    std::string connectionType;
    Enum<IdentityProviderType> connectionProvider;
    std::string connectionUserId;
    bool isSocial = false;
    Timestamp lastLoginTime;
    Timestamp createdTime;
    Timestamp lastSyncedTime;
    friend bool operator==(const ExternalIdentity &, const ExternalIdentity &) = default;
};

// commons.UserProfile (first_name/last_name are deprecated; use givenName/familyName).
struct UserProfile
{
    std::string id;
    std::string givenName;
    std::string familyName;
    std::string name;
    std::string locale;
    bool emailVerified = false;
    std::string phoneNumber;
    json::StringMap metadata;
    json::StringMap customAttributes;
    std::string firstName;
    std::string lastName;
    std::string preferredUsername;
    bool phoneNumberVerified = false;
    std::string picture;
    std::vector<std::string> groups;
    std::string gender;
    std::vector<ExternalIdentity> externalIdentities;
    friend bool operator==(const UserProfile &, const UserProfile &) = default;
};

// commons.OrganizationMembership
struct OrganizationMembership
{
    std::string organizationId;
    Timestamp joinTime;
    Enum<MembershipStatus> membershipStatus;
    std::vector<RoleRef> roles;
    std::optional<std::string> name;
    json::StringMap metadata;
    std::optional<std::string> displayName;
    std::optional<std::string> inviterEmail;
    Timestamp createdAt;  // optional (presence): unset == absent
    Timestamp acceptedAt; // optional (presence)
    Timestamp expiresAt;  // optional (presence)
    std::optional<std::string> provisioningMethod;
    std::vector<std::string> permissions;
    friend bool operator==(const OrganizationMembership &, const OrganizationMembership &) = default;
};

// users.User. Wrappers: {user}; list {users[], ...}.
struct User
{
    std::string id;
    std::string environmentId;
    Timestamp createTime;
    Timestamp updateTime;
    std::string email;
    std::optional<std::string> externalId;
    std::vector<OrganizationMembership> memberships;
    UserProfile userProfile;
    json::StringMap metadata;
    Timestamp lastLoginTime;

    // The membership for organizationId, or nullptr.
    const OrganizationMembership *membership(std::string_view organizationId) const;
    friend bool operator==(const User &, const User &) = default;
};

// users.Permission: GET .../users/{user_id}/permissions -> {permissions[]}.
struct UserPermission
{
    std::string id;
    std::string name;
    std::string description;
    std::vector<std::string> tags;
    friend bool operator==(const UserPermission &, const UserPermission &) = default;
};

void from_json(const nlohmann::json &j, RoleRef &o);
void to_json(nlohmann::json &j, const RoleRef &o);
void from_json(const nlohmann::json &j, ExternalIdentity &o);
void to_json(nlohmann::json &j, const ExternalIdentity &o);
void from_json(const nlohmann::json &j, UserProfile &o);
void to_json(nlohmann::json &j, const UserProfile &o);
void from_json(const nlohmann::json &j, OrganizationMembership &o);
void to_json(nlohmann::json &j, const OrganizationMembership &o);
void from_json(const nlohmann::json &j, User &o);
void to_json(nlohmann::json &j, const User &o);
void from_json(const nlohmann::json &j, UserPermission &o);
void to_json(nlohmann::json &j, const UserPermission &o);

} // namespace sk::entities
