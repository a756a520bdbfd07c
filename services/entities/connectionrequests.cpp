#include "services/entities/connectionrequests.h"

namespace sk::entities {

namespace {

template <typename Io, typename Self>
void fields(Io &io, Self &o)
{
    io("provider", o.provider);
    io("type", o.type);
    io("debug_enabled", o.debugEnabled);
    io("ui_button_title", o.uiButtonTitle);
    io("configuration_type", o.configurationType);
    io("attribute_mapping", o.attributeMapping);
    io("oidc_config", o.oidcConfig);
    io("saml_config", o.samlConfig);
    io("oauth_config", o.oauthConfig);
    io("passwordless_config", o.passwordlessConfig);
    io("static_config", o.staticConfig);
    io("webauthn_config", o.webauthnConfig);
    io("google_dwd_config", o.googleDwdConfig);
    io("key_id", o.keyId);
    io("provider_key", o.providerKey);
}

} // namespace

void from_json(const nlohmann::json &j, UpdateConnection &o)
{
    const json::Reader r(j);
    fields(r, o);
}

void to_json(nlohmann::json &j, const UpdateConnection &o)
{
    json::Writer w(j);
    fields(w, o);
}

} // namespace sk::entities
