#pragma once

#include "services/entities/connectionenums.h"
#include "services/json/jsonfields.h"

#include <optional>
#include <string>
#include <vector>

// The per-type settings of a Connection (the `settings` oneof, reference §4.3). Wrapper-typed
// fields (StringValue/BoolValue/UInt32Value) are std::optional; credentials are Secret.
namespace sk::entities {

// connections.OIDCConnectionConfig
struct OidcConnectionConfig
{
    std::optional<std::string> issuer;
    std::optional<std::string> discoveryEndpoint;
    std::optional<std::string> authorizeUri;
    std::optional<std::string> tokenUri;
    std::optional<std::string> userInfoUri;
    std::optional<std::string> jwksUri;
    std::optional<std::string> clientId;
    Secret<std::optional<std::string>> clientSecret;
    std::vector<Enum<OidcScope>> scopes;
    Enum<TokenAuthType> tokenAuthType;
    std::string redirectUri;
    std::optional<bool> pkceEnabled;
    std::optional<bool> idpLogoutRequired;
    std::optional<std::string> postLogoutRedirectUri;
    std::optional<std::string> backchannelLogoutRedirectUri;
    std::optional<bool> syncUserProfileOnLogin;
    std::optional<bool> jitProvisioningWithSsoEnabled;
    friend bool operator==(const OidcConnectionConfig &, const OidcConnectionConfig &) = default;
};

// connections.IDPCertificate
struct IdpCertificate
{
    std::string certificate;
    Timestamp createTime;
    Timestamp expiryTime;
    std::string id;
    std::string issuer;
    friend bool operator==(const IdpCertificate &, const IdpCertificate &) = default;
};

// connections.SAMLConnectionConfigResponse (the read form).
struct SamlConnectionConfig
{
    std::string spEntityId;
    std::string spAssertionUrl;
    std::string spMetadataUrl;
    std::optional<std::string> idpMetadataUrl;
    std::optional<std::string> idpEntityId;
    std::optional<std::string> idpSsoUrl;
    std::vector<IdpCertificate> idpCertificates;
    std::optional<std::string> idpSloUrl;
    std::optional<std::string> uiButtonTitle;
    Enum<NameIdFormat> idpNameIdFormat;
    Enum<RequestBinding> idpSsoRequestBinding;
    Enum<RequestBinding> idpSloRequestBinding;
    Enum<SamlSigningOption> samlSigningOption;
    std::optional<bool> allowIdpInitiatedLogin;
    std::optional<bool> forceAuthn;
    std::optional<std::string> defaultRedirectUri;
    std::optional<bool> assertionEncrypted;
    std::optional<bool> wantRequestSigned;
    std::optional<std::string> certificateId;
    std::optional<bool> idpSloRequired;
    std::optional<std::string> spSloUrl;
    std::optional<bool> syncUserProfileOnLogin;
    std::optional<bool> jitProvisioningWithSsoEnabled;
    friend bool operator==(const SamlConnectionConfig &, const SamlConnectionConfig &) = default;
};

// connections.OptionalScopes
struct OptionalScopes
{
    std::vector<std::string> scopes;
    std::string fieldName;
    friend bool operator==(const OptionalScopes &, const OptionalScopes &) = default;
};

// connections.OAuthConnectionConfig (AgentKit OAuth apps). `extensions` (OauthExtensions:
// smart {aud, domain}, extra_authorize_params) is kept as raw JSON.
struct OAuthConnectionConfig
{
    std::optional<std::string> authorizeUri;
    std::optional<std::string> tokenUri;
    std::optional<std::string> userInfoUri;
    std::optional<std::string> clientId;
    Secret<std::optional<std::string>> clientSecret;
    std::vector<std::string> scopes;
    std::string redirectUri;
    std::optional<bool> pkceEnabled;
    std::optional<std::string> prompt;
    std::optional<bool> usePlatformCreds;
    std::optional<std::string> accessType;
    std::optional<std::string> customScopeName;
    std::optional<bool> syncUserProfileOnLogin;
    std::optional<std::string> tokenAccessType;
    std::optional<std::string> tenantId;
    std::optional<bool> isCimd;
    std::optional<std::string> appName;
    std::optional<OptionalScopes> optionalScopes;
    nlohmann::json extensions;
    Secret<std::optional<std::string>> googleadsDeveloperToken; // OpenAPI-only, newer than the SDKs
    std::optional<std::string> tokenEndpointAuthMethod;  // OpenAPI-only
    friend bool operator==(const OAuthConnectionConfig &, const OAuthConnectionConfig &) = default;
};

// connections.PasswordLessConfig
struct PasswordlessConfig
{
    Enum<PasswordlessType> type;
    std::optional<std::uint32_t> frequency;
    std::optional<std::uint32_t> validity;
    std::optional<bool> enforceSameBrowserOrigin;
    std::optional<std::uint32_t> codeChallengeLength;
    std::optional<Enum<CodeChallengeType>> codeChallengeType;
    std::optional<bool> regeneratePasswordlessCredentialsOnResend;
    friend bool operator==(const PasswordlessConfig &, const PasswordlessConfig &) = default;
};

// connections.StaticAuthConfig: {static_config: Struct}.
struct StaticAuthConfig
{
    nlohmann::json staticConfig;
    friend bool operator==(const StaticAuthConfig &, const StaticAuthConfig &) = default;
};

// connections.GoogleDWDConfig
struct GoogleDwdConfig
{
    Secret<std::optional<std::string>> serviceAccountJson;
    std::vector<std::string> scopes;
    std::optional<std::string> tokenUri;
    friend bool operator==(const GoogleDwdConfig &, const GoogleDwdConfig &) = default;
};

void from_json(const nlohmann::json &j, OidcConnectionConfig &o);
void to_json(nlohmann::json &j, const OidcConnectionConfig &o);
void from_json(const nlohmann::json &j, IdpCertificate &o);
void to_json(nlohmann::json &j, const IdpCertificate &o);
void from_json(const nlohmann::json &j, SamlConnectionConfig &o);
void to_json(nlohmann::json &j, const SamlConnectionConfig &o);
void from_json(const nlohmann::json &j, OptionalScopes &o);
void to_json(nlohmann::json &j, const OptionalScopes &o);
void from_json(const nlohmann::json &j, OAuthConnectionConfig &o);
void to_json(nlohmann::json &j, const OAuthConnectionConfig &o);
void from_json(const nlohmann::json &j, PasswordlessConfig &o);
void to_json(nlohmann::json &j, const PasswordlessConfig &o);
void from_json(const nlohmann::json &j, StaticAuthConfig &o);
void to_json(nlohmann::json &j, const StaticAuthConfig &o);
void from_json(const nlohmann::json &j, GoogleDwdConfig &o);
void to_json(nlohmann::json &j, const GoogleDwdConfig &o);

} // namespace sk::entities
