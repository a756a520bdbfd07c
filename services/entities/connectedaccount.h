#pragma once

#include "services/json/jsonfields.h"

#include <optional>
#include <string>
#include <vector>

namespace sk::entities {

// connected_accounts.ConnectorStatus. There is no INACTIVE or PENDING value.
enum class ConnectorStatus : std::int32_t {
    Unspecified = 0, Active = 1, Expired = 2, PendingAuth = 3, PendingVerification = 4, Disconnected = 5, Unknown = -1
};
inline constexpr json::EnumEntry<ConnectorStatus> kConnectorStatusNames[] = {
    {ConnectorStatus::Unspecified, "CONNECTION_STATUS_UNSPECIFIED"}, {ConnectorStatus::Active, "ACTIVE"},
    {ConnectorStatus::Expired, "EXPIRED"}, {ConnectorStatus::PendingAuth, "PENDING_AUTH"},
    {ConnectorStatus::PendingVerification, "PENDING_VERIFICATION"},
    {ConnectorStatus::Disconnected, "DISCONNECTED"},
};
constexpr std::span<const json::EnumEntry<ConnectorStatus>> enumTable(ConnectorStatus) { return kConnectorStatusNames; }

// connected_accounts.ConnectorType (differs from connections.ConnectionType: BASIC_AUTH, BEARER_TOKEN).
enum class ConnectorType : std::int32_t {
    Unspecified = 0, OAuth = 1, ApiKey = 2, BasicAuth = 3, BearerToken = 4, Custom = 5, Basic = 6,
    OAuthM2M = 7, TrelloOAuth1 = 8, GoogleDwd = 9, TrustedIdp = 10, SmartFhir = 11, NoAuth = 12, Unknown = -1
};
inline constexpr json::EnumEntry<ConnectorType> kConnectorTypeNames[] = {
    {ConnectorType::Unspecified, "CONNECTION_TYPE_UNSPECIFIED"}, {ConnectorType::OAuth, "OAUTH"},
    {ConnectorType::ApiKey, "API_KEY"}, {ConnectorType::BasicAuth, "BASIC_AUTH"},
    {ConnectorType::BearerToken, "BEARER_TOKEN"}, {ConnectorType::Custom, "CUSTOM"},
    {ConnectorType::Basic, "BASIC"}, {ConnectorType::OAuthM2M, "OAUTH_M2M"},
    {ConnectorType::TrelloOAuth1, "TRELLO_OAUTH1"}, {ConnectorType::GoogleDwd, "GOOGLE_DWD"},
    {ConnectorType::TrustedIdp, "TRUSTED_IDP"}, {ConnectorType::SmartFhir, "SMART_FHIR"},
    {ConnectorType::NoAuth, "NO_AUTH"},
};
constexpr std::span<const json::EnumEntry<ConnectorType>> enumTable(ConnectorType) { return kConnectorTypeNames; }

// connected_accounts.OauthToken. The tokens are Secret (masked when encoded, see json/secret.h).
struct OauthToken
{
    Secret<std::string> accessToken;
    Secret<std::string> refreshToken;
    std::vector<std::string> scopes;
    std::string domain;
    friend bool operator==(const OauthToken &, const OauthToken &) = default;
};

// connected_accounts.StaticAuth: {details: Struct} (API keys, basic credentials: one Secret).
struct StaticAuth
{
    Secret<nlohmann::json> details;
    friend bool operator==(const StaticAuth &, const StaticAuth &) = default;
};

// connected_accounts.GoogleDWDAuth
struct GoogleDwdAuth
{
    std::string subject;
    Secret<std::string> accessToken;
    std::vector<std::string> scopes;
    Timestamp tokenExpiresAt;
    friend bool operator==(const GoogleDwdAuth &, const GoogleDwdAuth &) = default;
};

// connected_accounts.TrustedIDPAuth
struct TrustedIdpAuth
{
    std::string dbUser;
    std::string accessKeyId;
    Secret<std::string> secretAccessKey;
    Secret<std::string> sessionToken;
    Timestamp expiry;
    friend bool operator==(const TrustedIdpAuth &, const TrustedIdpAuth &) = default;
};

// connected_accounts.AuthorizationDetails: a oneof; normally exactly one member is set.
struct AuthorizationDetails
{
    std::optional<OauthToken> oauthToken;
    std::optional<StaticAuth> staticAuth;
    std::optional<GoogleDwdAuth> googleDwd;
    std::optional<TrustedIdpAuth> trustedIdp;
    friend bool operator==(const AuthorizationDetails &, const AuthorizationDetails &) = default;
};

// connected_accounts.ConnectedAccount (also ConnectedAccountForList: the same minus
// authorization_details and api_config). There is no organization_id/user_id on the object.
// authorizationDetails is boxed so list rows stay small. Wrappers: {connected_account};
// list {connected_accounts[], ...}.
struct ConnectedAccount
{
    std::string identifier;
    std::string provider;
    Enum<ConnectorStatus> status;
    Enum<ConnectorType> authorizationType;
    Box<AuthorizationDetails> authorizationDetails;
    Timestamp tokenExpiresAt;
    Timestamp updatedAt;
    std::string connector;
    Timestamp lastUsedAt;
    std::string id;
    std::string connectionId;
    nlohmann::json apiConfig;
    friend bool operator==(const ConnectedAccount &, const ConnectedAccount &) = default;
};

// The account as a list page shows it: without authorization_details and api_config, and with
// `status` in place of its own (the sandbox derives EXPIRED from the clock). Equal to to_text
// of a copy with those changes (tst_textwriter), without making the copy.
void appendListText(std::string &out, const ConnectedAccount &o, const Enum<ConnectorStatus> &status);

// {link, expiry}: POST /connected_accounts/magic_link. link is a Secret.
struct MagicLink
{
    Secret<std::string> link;
    Timestamp expiry;
    friend bool operator==(const MagicLink &, const MagicLink &) = default;
};

void from_json(const nlohmann::json &j, OauthToken &o);
void to_json(nlohmann::json &j, const OauthToken &o);
void from_json(const nlohmann::json &j, StaticAuth &o);
void to_json(nlohmann::json &j, const StaticAuth &o);
void from_json(const nlohmann::json &j, GoogleDwdAuth &o);
void to_json(nlohmann::json &j, const GoogleDwdAuth &o);
void from_json(const nlohmann::json &j, TrustedIdpAuth &o);
void to_json(nlohmann::json &j, const TrustedIdpAuth &o);
void from_json(const nlohmann::json &j, AuthorizationDetails &o);
void to_json(nlohmann::json &j, const AuthorizationDetails &o);
void from_json(const nlohmann::json &j, ConnectedAccount &o);
void to_json(nlohmann::json &j, const ConnectedAccount &o);
void from_json(const nlohmann::json &j, MagicLink &o);
void to_json(nlohmann::json &j, const MagicLink &o);

} // namespace sk::entities
