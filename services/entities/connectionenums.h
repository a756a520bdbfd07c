#pragma once

#include "services/json/enumvalue.h"

#include <cstdint>
#include <span>

// Enums of connections.* (reference §4.3), each with its wire-name table.
namespace sk::entities {

// connections.ConnectionType (zero value is "INVALID").
enum class ConnectionType : std::int32_t {
    Unspecified = 0, Oidc = 1, Saml = 2, Password = 3, OAuth = 4, Passwordless = 5, Basic = 6, Bearer = 7,
    ApiKey = 8, WebAuthn = 9, OAuthM2M = 10, TrelloOAuth1 = 11, GoogleDwd = 12, TrustedIdp = 13,
    SmartFhir = 14, NoAuth = 15, Unknown = -1
};
inline constexpr json::EnumEntry<ConnectionType> kConnectionTypeNames[] = {
    {ConnectionType::Unspecified, "INVALID"}, {ConnectionType::Oidc, "OIDC"}, {ConnectionType::Saml, "SAML"},
    {ConnectionType::Password, "PASSWORD"}, {ConnectionType::OAuth, "OAUTH"},
    {ConnectionType::Passwordless, "PASSWORDLESS"}, {ConnectionType::Basic, "BASIC"},
    {ConnectionType::Bearer, "BEARER"}, {ConnectionType::ApiKey, "API_KEY"},
    {ConnectionType::WebAuthn, "WEBAUTHN"}, {ConnectionType::OAuthM2M, "OAUTH_M2M"},
    {ConnectionType::TrelloOAuth1, "TRELLO_OAUTH1"}, {ConnectionType::GoogleDwd, "GOOGLE_DWD"},
    {ConnectionType::TrustedIdp, "TRUSTED_IDP"}, {ConnectionType::SmartFhir, "SMART_FHIR"},
    {ConnectionType::NoAuth, "NO_AUTH"},
};
constexpr std::span<const json::EnumEntry<ConnectionType>> enumTable(ConnectionType) { return kConnectionTypeNames; }

// connections.ConnectionProvider
enum class ConnectionProvider : std::int32_t {
    Unspecified = 0, Okta = 1, Google = 2, MicrosoftAd = 3, Auth0 = 4, OneLogin = 5, PingIdentity = 6,
    JumpCloud = 7, Custom = 8, GitHub = 9, GitLab = 10, LinkedIn = 11, Salesforce = 12, Microsoft = 13,
    IdpSimulator = 14, Scalekit = 15, Adfs = 16, Unknown = -1
};
inline constexpr json::EnumEntry<ConnectionProvider> kConnectionProviderNames[] = {
    {ConnectionProvider::Unspecified, "CONNECTION_PROVIDER_UNSPECIFIED"}, {ConnectionProvider::Okta, "OKTA"},
    {ConnectionProvider::Google, "GOOGLE"}, {ConnectionProvider::MicrosoftAd, "MICROSOFT_AD"},
    {ConnectionProvider::Auth0, "AUTH0"}, {ConnectionProvider::OneLogin, "ONELOGIN"},
    {ConnectionProvider::PingIdentity, "PING_IDENTITY"}, {ConnectionProvider::JumpCloud, "JUMPCLOUD"},
    {ConnectionProvider::Custom, "CUSTOM"}, {ConnectionProvider::GitHub, "GITHUB"},
    {ConnectionProvider::GitLab, "GITLAB"}, {ConnectionProvider::LinkedIn, "LINKEDIN"},
    {ConnectionProvider::Salesforce, "SALESFORCE"}, {ConnectionProvider::Microsoft, "MICROSOFT"},
    {ConnectionProvider::IdpSimulator, "IDP_SIMULATOR"}, {ConnectionProvider::Scalekit, "SCALEKIT"},
    {ConnectionProvider::Adfs, "ADFS"},
};
constexpr std::span<const json::EnumEntry<ConnectionProvider>> enumTable(ConnectionProvider) { return kConnectionProviderNames; }

// connections.ConnectionStatus
enum class ConnectionStatus : std::int32_t { Unspecified = 0, Draft = 1, InProgress = 2, Completed = 3, Unknown = -1 };
inline constexpr json::EnumEntry<ConnectionStatus> kConnectionStatusNames[] = {
    {ConnectionStatus::Unspecified, "CONNECTION_STATUS_UNSPECIFIED"}, {ConnectionStatus::Draft, "DRAFT"},
    {ConnectionStatus::InProgress, "IN_PROGRESS"}, {ConnectionStatus::Completed, "COMPLETED"},
};
constexpr std::span<const json::EnumEntry<ConnectionStatus>> enumTable(ConnectionStatus) { return kConnectionStatusNames; }

// connections.ConfigurationType
enum class ConfigurationType : std::int32_t { Unspecified = 0, Discovery = 1, Manual = 2, Unknown = -1 };
inline constexpr json::EnumEntry<ConfigurationType> kConfigurationTypeNames[] = {
    {ConfigurationType::Unspecified, "CONFIGURATION_TYPE_UNSPECIFIED"},
    {ConfigurationType::Discovery, "DISCOVERY"}, {ConfigurationType::Manual, "MANUAL"},
};
constexpr std::span<const json::EnumEntry<ConfigurationType>> enumTable(ConfigurationType) { return kConfigurationTypeNames; }

// connections.OIDCScope (lower-case wire names)
enum class OidcScope : std::int32_t { Unspecified = 0, OpenId = 1, Profile = 2, Email = 3, Address = 4, Phone = 5, Unknown = -1 };
inline constexpr json::EnumEntry<OidcScope> kOidcScopeNames[] = {
    {OidcScope::Unspecified, "OIDC_SCOPE_UNSPECIFIED"}, {OidcScope::OpenId, "openid"},
    {OidcScope::Profile, "profile"}, {OidcScope::Email, "email"}, {OidcScope::Address, "address"},
    {OidcScope::Phone, "phone"},
};
constexpr std::span<const json::EnumEntry<OidcScope>> enumTable(OidcScope) { return kOidcScopeNames; }

// connections.TokenAuthType
enum class TokenAuthType : std::int32_t { Unspecified = 0, UrlParams = 1, BasicAuth = 2, Unknown = -1 };
inline constexpr json::EnumEntry<TokenAuthType> kTokenAuthTypeNames[] = {
    {TokenAuthType::Unspecified, "TOKEN_AUTH_TYPE_UNSPECIFIED"}, {TokenAuthType::UrlParams, "URL_PARAMS"},
    {TokenAuthType::BasicAuth, "BASIC_AUTH"},
};
constexpr std::span<const json::EnumEntry<TokenAuthType>> enumTable(TokenAuthType) { return kTokenAuthTypeNames; }

// connections.NameIdFormat. NOTE: the proto zero value is NAME_ID_FORMAT_NIL (Unspecified here);
// the wire name "UNSPECIFIED" is the distinct value 1 (NameIdUnspecified).
enum class NameIdFormat : std::int32_t { Unspecified = 0, NameIdUnspecified = 1, Email = 2, Transient = 3, Persistent = 4, Unknown = -1 };
inline constexpr json::EnumEntry<NameIdFormat> kNameIdFormatNames[] = {
    {NameIdFormat::Unspecified, "NAME_ID_FORMAT_NIL"}, {NameIdFormat::NameIdUnspecified, "UNSPECIFIED"},
    {NameIdFormat::Email, "EMAIL"}, {NameIdFormat::Transient, "TRANSIENT"},
    {NameIdFormat::Persistent, "PERSISTENT"},
};
constexpr std::span<const json::EnumEntry<NameIdFormat>> enumTable(NameIdFormat) { return kNameIdFormatNames; }

// connections.RequestBinding
enum class RequestBinding : std::int32_t { Unspecified = 0, HttpPost = 1, HttpRedirect = 2, Unknown = -1 };
inline constexpr json::EnumEntry<RequestBinding> kRequestBindingNames[] = {
    {RequestBinding::Unspecified, "REQUEST_BINDING_UNSPECIFIED"}, {RequestBinding::HttpPost, "HTTP_POST"},
    {RequestBinding::HttpRedirect, "HTTP_REDIRECT"},
};
constexpr std::span<const json::EnumEntry<RequestBinding>> enumTable(RequestBinding) { return kRequestBindingNames; }

// connections.SAMLSigningOptions
enum class SamlSigningOption : std::int32_t {
    Unspecified = 0, NoSigning = 1, ResponseOnly = 2, AssertionOnly = 3, ResponseAndAssertion = 4,
    ResponseOrAssertion = 5, Unknown = -1
};
inline constexpr json::EnumEntry<SamlSigningOption> kSamlSigningOptionNames[] = {
    {SamlSigningOption::Unspecified, "SAML_SIGNING_OPTIONS_UNSPECIFIED"},
    {SamlSigningOption::NoSigning, "NO_SIGNING"},
    {SamlSigningOption::ResponseOnly, "SAML_ONLY_RESPONSE_SIGNING"},
    {SamlSigningOption::AssertionOnly, "SAML_ONLY_ASSERTION_SIGNING"},
    {SamlSigningOption::ResponseAndAssertion, "SAML_RESPONSE_ASSERTION_SIGNING"},
    {SamlSigningOption::ResponseOrAssertion, "SAML_RESPONSE_OR_ASSERTION_SIGNING"},
};
constexpr std::span<const json::EnumEntry<SamlSigningOption>> enumTable(SamlSigningOption) { return kSamlSigningOptionNames; }

// connections.PasswordlessType
enum class PasswordlessType : std::int32_t { Unspecified = 0, Link = 1, Otp = 2, LinkOtp = 3, Unknown = -1 };
inline constexpr json::EnumEntry<PasswordlessType> kPasswordlessTypeNames[] = {
    {PasswordlessType::Unspecified, "PasswordlessType_UNSPECIFIED"}, {PasswordlessType::Link, "LINK"},
    {PasswordlessType::Otp, "OTP"}, {PasswordlessType::LinkOtp, "LINK_OTP"},
};
constexpr std::span<const json::EnumEntry<PasswordlessType>> enumTable(PasswordlessType) { return kPasswordlessTypeNames; }

// connections.CodeChallengeType
enum class CodeChallengeType : std::int32_t { Unspecified = 0, Numeric = 1, Alphanumeric = 2, Unknown = -1 };
inline constexpr json::EnumEntry<CodeChallengeType> kCodeChallengeTypeNames[] = {
    {CodeChallengeType::Unspecified, "CODE_CHALLENGE_TYPE_UNSPECIFIED"},
    {CodeChallengeType::Numeric, "NUMERIC"}, {CodeChallengeType::Alphanumeric, "ALPHANUMERIC"},
};
constexpr std::span<const json::EnumEntry<CodeChallengeType>> enumTable(CodeChallengeType) { return kCodeChallengeTypeNames; }

} // namespace sk::entities
