#pragma once

#include "services/entities/regioncode.h"
#include "services/json/jsonfields.h"

#include <optional>
#include <string>
#include <vector>

namespace sk::entities {

// organizations.SessionPolicyType
enum class SessionPolicyType : std::int32_t { Unspecified = 0, Application = 1, Custom = 2, Unknown = -1 };
inline constexpr json::EnumEntry<SessionPolicyType> kSessionPolicyTypeNames[] = {
    {SessionPolicyType::Unspecified, "SESSION_POLICY_TYPE_UNSPECIFIED"},
    {SessionPolicyType::Application, "APPLICATION"},
    {SessionPolicyType::Custom, "CUSTOM"},
};
constexpr std::span<const json::EnumEntry<SessionPolicyType>> enumTable(SessionPolicyType) { return kSessionPolicyTypeNames; }

// commons.TimeUnit
enum class TimeUnit : std::int32_t { Unspecified = 0, Minutes = 1, Hours = 2, Days = 3, Unknown = -1 };
inline constexpr json::EnumEntry<TimeUnit> kTimeUnitNames[] = {
    {TimeUnit::Unspecified, "SESSION_TIME_UNIT_UNSPECIFIED"},
    {TimeUnit::Minutes, "MINUTES"},
    {TimeUnit::Hours, "HOURS"},
    {TimeUnit::Days, "DAYS"},
};
constexpr std::span<const json::EnumEntry<TimeUnit>> enumTable(TimeUnit) { return kTimeUnitNames; }

// Known OrganizationSettingsFeature names (a plain string on the wire).
namespace features {
inline constexpr std::string_view kSso = "sso";
inline constexpr std::string_view kDirSync = "dir_sync";
} // namespace features

// organizations.OrganizationSettingsFeature
struct OrganizationSettingsFeature
{
    std::string name;
    bool enabled = false;
    friend bool operator==(const OrganizationSettingsFeature &, const OrganizationSettingsFeature &) = default;
};

// organizations.OrganizationSettings; also the PATCH .../settings body {"features": [...]}.
struct OrganizationSettings
{
    std::vector<OrganizationSettingsFeature> features;

    // nullopt when the feature is not listed.
    std::optional<bool> featureEnabled(std::string_view name) const;
    friend bool operator==(const OrganizationSettings &, const OrganizationSettings &) = default;
};

// organizations.Organization. Wrappers: {organization}, list {organizations[], ...}.
struct Organization
{
    std::string id;
    Timestamp createTime;
    Timestamp updateTime;
    std::string displayName;
    Enum<RegionCode> regionCode;
    std::optional<std::string> externalId;
    json::StringMap metadata;
    OrganizationSettings settings;
    std::optional<std::string> slug;
    std::optional<std::string> logoUrl;
    friend bool operator==(const Organization &, const Organization &) = default;
};

// organizations.CreateOrganization (POST /organizations body).
struct CreateOrganization
{
    std::string displayName;
    Enum<RegionCode> regionCode;
    std::optional<std::string> externalId;
    json::StringMap metadata;
    std::optional<std::string> slug;
    std::optional<std::string> logoUrl;
    friend bool operator==(const CreateOrganization &, const CreateOrganization &) = default;
};

// organizations.UpdateOrganization (PATCH /organizations/{id} body): only set fields are sent.
// metadata is sent only when non-empty.
struct UpdateOrganization
{
    std::optional<std::string> displayName;
    std::optional<std::string> externalId;
    std::optional<json::StringMap> metadata;
    std::optional<std::string> slug;
    std::optional<std::string> logoUrl;
    friend bool operator==(const UpdateOrganization &, const UpdateOrganization &) = default;
};

// organizations.Link: the admin-portal link, {link: {id, location, expire_time}}.
// `location` is a pre-authenticated URL: a Secret.
struct PortalLink
{
    std::string id;
    Secret<std::string> location;
    Timestamp expireTime;
    friend bool operator==(const PortalLink &, const PortalLink &) = default;
};

// organizations.OrganizationSessionPolicySettings: {policy: ...}; the PATCH body is the same flat.
struct OrganizationSessionPolicy
{
    Enum<SessionPolicyType> policySource;
    std::optional<std::int32_t> absoluteSessionTimeout;
    std::optional<Enum<TimeUnit>> absoluteSessionTimeoutUnit;
    std::optional<bool> idleSessionTimeoutEnabled;
    std::optional<std::int32_t> idleSessionTimeout;
    std::optional<Enum<TimeUnit>> idleSessionTimeoutUnit;
    friend bool operator==(const OrganizationSessionPolicy &, const OrganizationSessionPolicy &) = default;
};

// organizations.OrganizationUserManagementSettings: {settings: {max_allowed_users}}.
struct OrganizationUserManagementSettings
{
    std::optional<std::int32_t> maxAllowedUsers;
    friend bool operator==(const OrganizationUserManagementSettings &, const OrganizationUserManagementSettings &) = default;
};

void from_json(const nlohmann::json &j, OrganizationSettingsFeature &o);
void to_json(nlohmann::json &j, const OrganizationSettingsFeature &o);
void from_json(const nlohmann::json &j, OrganizationSettings &o);
void to_json(nlohmann::json &j, const OrganizationSettings &o);
void from_json(const nlohmann::json &j, Organization &o);
void to_json(nlohmann::json &j, const Organization &o);
void from_json(const nlohmann::json &j, CreateOrganization &o);
void to_json(nlohmann::json &j, const CreateOrganization &o);
void from_json(const nlohmann::json &j, UpdateOrganization &o);
void to_json(nlohmann::json &j, const UpdateOrganization &o);
void from_json(const nlohmann::json &j, PortalLink &o);
void to_json(nlohmann::json &j, const PortalLink &o);
void from_json(const nlohmann::json &j, OrganizationSessionPolicy &o);
void to_json(nlohmann::json &j, const OrganizationSessionPolicy &o);
void from_json(const nlohmann::json &j, OrganizationUserManagementSettings &o);
void to_json(nlohmann::json &j, const OrganizationUserManagementSettings &o);

} // namespace sk::entities
