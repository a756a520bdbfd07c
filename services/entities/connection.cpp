#include "services/entities/connection.h"

namespace sk::entities {

namespace {

template <typename Io, typename Self>
void connectionFields(Io &io, Self &o)
{
    io("id", o.id);
    io("provider", o.provider);
    io("type", o.type);
    io("status", o.status);
    io("enabled", o.enabled);
    io("debug_enabled", o.debugEnabled);
    io("organization_id", o.organizationId);
    io("ui_button_title", o.uiButtonTitle);
    io("configuration_type", o.configurationType);
    io("test_connection_uri", o.testConnectionUri);
    io("attribute_mapping", o.attributeMapping);
    io("create_time", o.createTime);
    io("update_time", o.updateTime);
    io("oidc_config", o.oidcConfig);
    io("saml_config", o.samlConfig);
    io("oauth_config", o.oauthConfig);
    io("passwordless_config", o.passwordlessConfig);
    io("static_config", o.staticConfig);
    io("webauthn_config", o.webauthnConfig);
    io("google_dwd_config", o.googleDwdConfig);
    io("key_id", o.keyId);
    io("provider_key", o.providerKey);
    io("domains", o.domains);
    io("mcp_server_url", o.mcpServerUrl);
}

template <typename Io, typename Self>
void listConnectionFields(Io &io, Self &o)
{
    io("id", o.id);
    io("provider", o.provider);
    io("type", o.type);
    io("status", o.status);
    io("enabled", o.enabled);
    io("organization_id", o.organizationId);
    io("ui_button_title", o.uiButtonTitle);
    io("domains", o.domains);
    io("organization_name", o.organizationName);
    io("provider_key", o.providerKey);
    io("key_id", o.keyId);
    io("created_at", o.createdAt);
    io("mcp_server_url", o.mcpServerUrl);
}

template <typename Io, typename Self>
void createConnectionFields(Io &io, Self &o)
{
    io("provider", o.provider);
    io("type", o.type);
    io("provider_key", o.providerKey);
    io("key_id", o.keyId);
}

} // namespace

void from_json(const nlohmann::json &j, Connection &o) { const json::Reader r(j); connectionFields(r, o); }
void to_json(nlohmann::json &j, const Connection &o) { json::Writer w(j); connectionFields(w, o); }
void from_json(const nlohmann::json &j, ListConnection &o) { const json::Reader r(j); listConnectionFields(r, o); }
void to_json(nlohmann::json &j, const ListConnection &o) { json::Writer w(j); listConnectionFields(w, o); }
void from_json(const nlohmann::json &j, CreateConnection &o) { const json::Reader r(j); createConnectionFields(r, o); }
void to_json(nlohmann::json &j, const CreateConnection &o) { json::Writer w(j); createConnectionFields(w, o); }

} // namespace sk::entities
