#pragma once

#include "services/json/jsonfields.h"

#include <optional>
#include <string>
#include <vector>

namespace sk::entities {

// directories.DirectoryType
enum class DirectoryType : std::int32_t { Unspecified = 0, Scim = 1, Ldap = 2, Poll = 3, Unknown = -1 };
inline constexpr json::EnumEntry<DirectoryType> kDirectoryTypeNames[] = {
    {DirectoryType::Unspecified, "DIRECTORY_TYPE_UNSPECIFIED"}, {DirectoryType::Scim, "SCIM"},
    {DirectoryType::Ldap, "LDAP"}, {DirectoryType::Poll, "POLL"},
};
constexpr std::span<const json::EnumEntry<DirectoryType>> enumTable(DirectoryType) { return kDirectoryTypeNames; }

// directories.DirectoryProvider (numbering differs from ConnectionProvider!)
enum class DirectoryProvider : std::int32_t {
    Unspecified = 0, Okta = 1, Google = 2, MicrosoftAd = 3, Auth0 = 4, OneLogin = 5, JumpCloud = 6,
    PingIdentity = 7, Unknown = -1
};
inline constexpr json::EnumEntry<DirectoryProvider> kDirectoryProviderNames[] = {
    {DirectoryProvider::Unspecified, "DIRECTORY_PROVIDER_UNSPECIFIED"}, {DirectoryProvider::Okta, "OKTA"},
    {DirectoryProvider::Google, "GOOGLE"}, {DirectoryProvider::MicrosoftAd, "MICROSOFT_AD"},
    {DirectoryProvider::Auth0, "AUTH0"}, {DirectoryProvider::OneLogin, "ONELOGIN"},
    {DirectoryProvider::JumpCloud, "JUMPCLOUD"}, {DirectoryProvider::PingIdentity, "PING_IDENTITY"},
};
constexpr std::span<const json::EnumEntry<DirectoryProvider>> enumTable(DirectoryProvider) { return kDirectoryProviderNames; }

// directories.SecretStatus. NOTE: the proto zero value is ACTIVE; no Unspecified member.
enum class DirectorySecretStatus : std::int32_t { Active = 0, Inactive = 1, Unknown = -1 };
inline constexpr json::EnumEntry<DirectorySecretStatus> kDirectorySecretStatusNames[] = {
    {DirectorySecretStatus::Active, "ACTIVE"}, {DirectorySecretStatus::Inactive, "INACTIVE"},
};
constexpr std::span<const json::EnumEntry<DirectorySecretStatus>> enumTable(DirectorySecretStatus) { return kDirectorySecretStatusNames; }

// Known values of the plain-string Directory::status (directories.DirectoryStatus names).
namespace directorystatus {
inline constexpr std::string_view kDraft = "DRAFT";
inline constexpr std::string_view kInProgress = "IN_PROGRESS";
inline constexpr std::string_view kCompleted = "COMPLETED";
} // namespace directorystatus

// directories.Secret
struct DirectorySecret
{
    std::string id;
    Timestamp createTime;
    std::string secretSuffix;
    Enum<DirectorySecretStatus> status;
    Timestamp expireTime;
    Timestamp lastUsedTime;
    std::string directoryId;
    friend bool operator==(const DirectorySecret &, const DirectorySecret &) = default;
};

// directories.Stats
struct DirectoryStats
{
    std::int32_t totalUsers = 0;
    std::int32_t totalGroups = 0;
    Timestamp groupUpdatedAt;
    Timestamp userUpdatedAt;
    friend bool operator==(const DirectoryStats &, const DirectoryStats &) = default;
};

// directories.RoleAssignment; RoleAssignments on the wire is {assignments: [...]}.
struct RoleAssignment
{
    std::string groupId;
    std::string roleName;
    std::string roleId;
    friend bool operator==(const RoleAssignment &, const RoleAssignment &) = default;
};

// directories.AttributeMapping; AttributeMappings on the wire is {attributes: [...]}.
struct AttributeMapping
{
    std::string key;
    std::string mapTo;
    friend bool operator==(const AttributeMapping &, const AttributeMapping &) = default;
};

// directories.Directory. Wrappers: {directory}; list {directories[]} (unpaginated).
// status is a plain string (see directorystatus).
struct Directory
{
    std::string id;
    std::string name;
    Enum<DirectoryType> directoryType;
    std::string organizationId;
    bool enabled = false;
    Enum<DirectoryProvider> directoryProvider;
    Timestamp lastSyncedAt;
    std::string directoryEndpoint;
    std::int32_t totalUsers = 0;
    std::int32_t totalGroups = 0;
    std::vector<DirectorySecret> secrets;
    DirectoryStats stats;
    std::vector<RoleAssignment> roleAssignments;     // role_assignments.assignments
    std::vector<AttributeMapping> attributeMappings; // attribute_mappings.attributes
    std::string status;
    std::string email;
    std::string groupsTracked;
    friend bool operator==(const Directory &, const Directory &) = default;
};

// directories.DirectoryGroup. groupDetail (Struct) is only filled with include_detail=true.
struct DirectoryGroup
{
    std::string id;
    std::string displayName;
    std::int32_t totalUsers = 0;
    Timestamp updatedAt;
    nlohmann::json groupDetail;
    friend bool operator==(const DirectoryGroup &, const DirectoryGroup &) = default;
};

// directories.DirectoryUser. userDetail (Struct) is only filled with include_detail=true.
struct DirectoryUser
{
    std::string id;
    std::string email;
    std::string preferredUsername;
    std::string givenName;
    std::string familyName;
    Timestamp updatedAt;
    std::vector<std::string> emails;
    std::vector<DirectoryGroup> groups;
    nlohmann::json userDetail;
    friend bool operator==(const DirectoryUser &, const DirectoryUser &) = default;
};

// {plain_secret, secret}: POST .../directories/{id}/secrets and secrets:regenerate.
struct CreateDirectorySecretResponse
{
    Secret<std::string> plainSecret; // the SCIM bearer token
    DirectorySecret secret;
    friend bool operator==(const CreateDirectorySecretResponse &, const CreateDirectorySecretResponse &) = default;
};

void from_json(const nlohmann::json &j, DirectorySecret &o);
void to_json(nlohmann::json &j, const DirectorySecret &o);
void from_json(const nlohmann::json &j, DirectoryStats &o);
void to_json(nlohmann::json &j, const DirectoryStats &o);
void from_json(const nlohmann::json &j, RoleAssignment &o);
void to_json(nlohmann::json &j, const RoleAssignment &o);
void from_json(const nlohmann::json &j, AttributeMapping &o);
void to_json(nlohmann::json &j, const AttributeMapping &o);
void from_json(const nlohmann::json &j, Directory &o);
void to_json(nlohmann::json &j, const Directory &o);
void from_json(const nlohmann::json &j, DirectoryGroup &o);
void to_json(nlohmann::json &j, const DirectoryGroup &o);
void from_json(const nlohmann::json &j, DirectoryUser &o);
void to_json(nlohmann::json &j, const DirectoryUser &o);
void from_json(const nlohmann::json &j, CreateDirectorySecretResponse &o);
void to_json(nlohmann::json &j, const CreateDirectorySecretResponse &o);

} // namespace sk::entities
