#pragma once

#include "services/json/jsonfields.h"

#include <optional>
#include <string>
#include <vector>

namespace sk::entities {

// clients.ClientSecretStatus. NOTE: the proto zero value is ACTIVE, so a missing status means
// Active; this enum has no Unspecified member.
enum class ClientSecretStatus : std::int32_t { Active = 0, Inactive = 1, Unknown = -1 };
inline constexpr json::EnumEntry<ClientSecretStatus> kClientSecretStatusNames[] = {
    {ClientSecretStatus::Active, "ACTIVE"},
    {ClientSecretStatus::Inactive, "INACTIVE"},
};
constexpr std::span<const json::EnumEntry<ClientSecretStatus>> enumTable(ClientSecretStatus) { return kClientSecretStatusNames; }

// clients.CustomClaim
struct CustomClaim
{
    std::string key;
    std::string value;
    friend bool operator==(const CustomClaim &, const CustomClaim &) = default;
};

// clients.ClientSecret. plainSecret is only present right after creation (a Secret).
struct ClientSecret
{
    std::string id;
    Timestamp createTime;
    Timestamp updateTime;
    std::string secretSuffix;
    std::optional<std::string> createdBy;
    Enum<ClientSecretStatus> status;
    Timestamp expireTime;
    Timestamp lastUsedTime;
    Secret<std::optional<std::string>> plainSecret;
    friend bool operator==(const ClientSecret &, const ClientSecret &) = default;
};

// clients.OrganizationClient: the create/update body for an organization API client.
// expiry is the token lifetime in seconds (int64, a JSON string on the wire).
struct OrganizationClient
{
    std::string name;
    std::string description;
    std::vector<std::string> scopes;
    std::vector<std::string> audience;
    std::vector<CustomClaim> customClaims;
    std::int64_t expiry = 0;
    friend bool operator==(const OrganizationClient &, const OrganizationClient &) = default;
};

// clients.M2MClient: what the API returns for organization clients.
// Wrappers: {client}, list {clients[], ...}; create {client, plain_secret}.
struct M2MClient
{
    std::string clientId;
    std::vector<ClientSecret> secrets;
    std::string name;
    std::string description;
    std::string organizationId;
    Timestamp createTime;
    Timestamp updateTime;
    std::vector<std::string> scopes;
    std::vector<std::string> audience;
    std::vector<CustomClaim> customClaims;
    std::int64_t expiry = 0;
    std::string resourceId;
    std::vector<std::string> redirectUris;
    bool isDcr = false;
    bool isCimd = false;
    std::string metadataUri;
    friend bool operator==(const M2MClient &, const M2MClient &) = default;
};

// {client, plain_secret} from POST /organizations/{org}/clients.
struct CreateOrganizationClientResponse
{
    M2MClient client;
    Secret<std::string> plainSecret;
    friend bool operator==(const CreateOrganizationClientResponse &, const CreateOrganizationClientResponse &) = default;
};

// {plain_secret, secret} from POST .../clients/{client_id}/secrets.
struct CreateClientSecretResponse
{
    Secret<std::string> plainSecret;
    ClientSecret secret;
    friend bool operator==(const CreateClientSecretResponse &, const CreateClientSecretResponse &) = default;
};

void from_json(const nlohmann::json &j, CustomClaim &o);
void to_json(nlohmann::json &j, const CustomClaim &o);
void from_json(const nlohmann::json &j, ClientSecret &o);
void to_json(nlohmann::json &j, const ClientSecret &o);
void from_json(const nlohmann::json &j, OrganizationClient &o);
void to_json(nlohmann::json &j, const OrganizationClient &o);
void from_json(const nlohmann::json &j, M2MClient &o);
void to_json(nlohmann::json &j, const M2MClient &o);
void from_json(const nlohmann::json &j, CreateOrganizationClientResponse &o);
void to_json(nlohmann::json &j, const CreateOrganizationClientResponse &o);
void from_json(const nlohmann::json &j, CreateClientSecretResponse &o);
void to_json(nlohmann::json &j, const CreateClientSecretResponse &o);

} // namespace sk::entities
