#include "services/entities/connectionconfig.h"

namespace sk::entities {

namespace {

template <typename Io, typename Self>
void oidcFields(Io &io, Self &o)
{
    io("issuer", o.issuer);
    io("discovery_endpoint", o.discoveryEndpoint);
    io("authorize_uri", o.authorizeUri);
    io("token_uri", o.tokenUri);
    io("user_info_uri", o.userInfoUri);
    io("jwks_uri", o.jwksUri);
    io("client_id", o.clientId);
    io("client_secret", o.clientSecret);
    io("scopes", o.scopes);
    io("token_auth_type", o.tokenAuthType);
    io("redirect_uri", o.redirectUri);
    io("pkce_enabled", o.pkceEnabled);
    io("idp_logout_required", o.idpLogoutRequired);
    io("post_logout_redirect_uri", o.postLogoutRedirectUri);
    io("backchannel_logout_redirect_uri", o.backchannelLogoutRedirectUri);
    io("sync_user_profile_on_login", o.syncUserProfileOnLogin);
    io("jit_provisioning_with_sso_enabled", o.jitProvisioningWithSsoEnabled);
}

template <typename Io, typename Self>
void certificateFields(Io &io, Self &o)
{
    io("certificate", o.certificate);
    io("create_time", o.createTime);
    io("expiry_time", o.expiryTime);
    io("id", o.id);
    io("issuer", o.issuer);
}

template <typename Io, typename Self>
void samlFields(Io &io, Self &o)
{
    io("sp_entity_id", o.spEntityId);
    io("sp_assertion_url", o.spAssertionUrl);
    io("sp_metadata_url", o.spMetadataUrl);
    io("idp_metadata_url", o.idpMetadataUrl);
    io("idp_entity_id", o.idpEntityId);
    io("idp_sso_url", o.idpSsoUrl);
    io("idp_certificates", o.idpCertificates);
    io("idp_slo_url", o.idpSloUrl);
    io("ui_button_title", o.uiButtonTitle);
    io("idp_name_id_format", o.idpNameIdFormat);
    io("idp_sso_request_binding", o.idpSsoRequestBinding);
    io("idp_slo_request_binding", o.idpSloRequestBinding);
    io("saml_signing_option", o.samlSigningOption);
    io("allow_idp_initiated_login", o.allowIdpInitiatedLogin);
    io("force_authn", o.forceAuthn);
    io("default_redirect_uri", o.defaultRedirectUri);
    io("assertion_encrypted", o.assertionEncrypted);
    io("want_request_signed", o.wantRequestSigned);
    io("certificate_id", o.certificateId);
    io("idp_slo_required", o.idpSloRequired);
    io("sp_slo_url", o.spSloUrl);
    io("sync_user_profile_on_login", o.syncUserProfileOnLogin);
    io("jit_provisioning_with_sso_enabled", o.jitProvisioningWithSsoEnabled);
}

template <typename Io, typename Self>
void optionalScopesFields(Io &io, Self &o)
{
    io("scopes", o.scopes);
    io("field_name", o.fieldName);
}

template <typename Io, typename Self>
void oauthFields(Io &io, Self &o)
{
    io("authorize_uri", o.authorizeUri);
    io("token_uri", o.tokenUri);
    io("user_info_uri", o.userInfoUri);
    io("client_id", o.clientId);
    io("client_secret", o.clientSecret);
    io("scopes", o.scopes);
    io("redirect_uri", o.redirectUri);
    io("pkce_enabled", o.pkceEnabled);
    io("prompt", o.prompt);
    io("use_platform_creds", o.usePlatformCreds);
    io("access_type", o.accessType);
    io("custom_scope_name", o.customScopeName);
    io("sync_user_profile_on_login", o.syncUserProfileOnLogin);
    io("token_access_type", o.tokenAccessType);
    io("tenant_id", o.tenantId);
    io("is_cimd", o.isCimd);
    io("app_name", o.appName);
    io("optional_scopes", o.optionalScopes);
    io("extensions", o.extensions);
    io("googleads_developer_token", o.googleadsDeveloperToken);
    io("token_endpoint_auth_method", o.tokenEndpointAuthMethod);
}

template <typename Io, typename Self>
void passwordlessFields(Io &io, Self &o)
{
    io("type", o.type);
    io("frequency", o.frequency);
    io("validity", o.validity);
    io("enforce_same_browser_origin", o.enforceSameBrowserOrigin);
    io("code_challenge_length", o.codeChallengeLength);
    io("code_challenge_type", o.codeChallengeType);
    io("regenerate_passwordless_credentials_on_resend", o.regeneratePasswordlessCredentialsOnResend);
}

template <typename Io, typename Self>
void googleDwdFields(Io &io, Self &o)
{
    io("service_account_json", o.serviceAccountJson);
    io("scopes", o.scopes);
    io("token_uri", o.tokenUri);
}

} // namespace

void from_json(const nlohmann::json &j, OidcConnectionConfig &o) { const json::Reader r(j); oidcFields(r, o); }
void to_json(nlohmann::json &j, const OidcConnectionConfig &o) { json::Writer w(j); oidcFields(w, o); }
void from_json(const nlohmann::json &j, IdpCertificate &o) { const json::Reader r(j); certificateFields(r, o); }
void to_json(nlohmann::json &j, const IdpCertificate &o) { json::Writer w(j); certificateFields(w, o); }
void from_json(const nlohmann::json &j, SamlConnectionConfig &o) { const json::Reader r(j); samlFields(r, o); }
void to_json(nlohmann::json &j, const SamlConnectionConfig &o) { json::Writer w(j); samlFields(w, o); }
void from_json(const nlohmann::json &j, OptionalScopes &o) { const json::Reader r(j); optionalScopesFields(r, o); }
void to_json(nlohmann::json &j, const OptionalScopes &o) { json::Writer w(j); optionalScopesFields(w, o); }
void from_json(const nlohmann::json &j, OAuthConnectionConfig &o) { const json::Reader r(j); oauthFields(r, o); }
void to_json(nlohmann::json &j, const OAuthConnectionConfig &o) { json::Writer w(j); oauthFields(w, o); }
void from_json(const nlohmann::json &j, PasswordlessConfig &o) { const json::Reader r(j); passwordlessFields(r, o); }
void to_json(nlohmann::json &j, const PasswordlessConfig &o) { json::Writer w(j); passwordlessFields(w, o); }
void from_json(const nlohmann::json &j, GoogleDwdConfig &o) { const json::Reader r(j); googleDwdFields(r, o); }
void to_json(nlohmann::json &j, const GoogleDwdConfig &o) { json::Writer w(j); googleDwdFields(w, o); }

void from_json(const nlohmann::json &j, StaticAuthConfig &o)
{
    const json::Reader r(j);
    r("static_config", o.staticConfig);
}

void to_json(nlohmann::json &j, const StaticAuthConfig &o)
{
    json::Writer w(j);
    w("static_config", o.staticConfig);
}

} // namespace sk::entities
