#include "services/entities/mcpconfig.h"
#include "services/entities/mcpinstance.h"

namespace sk::entities {

namespace {

template <typename Io, typename Self>
void mappingFields(Io &io, Self &o)
{
    io("connection_id", o.connectionId);
    io("connection_name", o.connectionName);
    io("provider", o.provider);
    io("tools", o.tools);
    io("connected_account_id", o.connectedAccountId);
    io("connected_account_status", o.connectedAccountStatus);
}

template <typename Io, typename Self>
void configFields(Io &io, Self &o)
{
    io("id", o.id);
    io("name", o.name);
    io("description", o.description);
    io("connection_tool_mappings", o.connectionToolMappings);
    io("mcp_server_url", o.mcpServerUrl);
}

template <typename Io, typename Self>
void instanceFields(Io &io, Self &o)
{
    io("id", o.id);
    io("name", o.name);
    io("user_identifier", o.userIdentifier);
    io("config", o.config);
    io("last_used_at", o.lastUsedAt);
    io("updated_at", o.updatedAt);
    io("url", o.url);
}

template <typename Io, typename Self>
void authStateFields(Io &io, Self &o)
{
    io("connection_id", o.connectionId);
    io("connection_name", o.connectionName);
    io("provider", o.provider);
    io("connected_account_id", o.connectedAccountId);
    io("connected_account_status", o.connectedAccountStatus);
    io("authentication_link", o.authenticationLink);
}

} // namespace

void from_json(const nlohmann::json &j, McpConfigConnectionToolMapping &o) { const json::Reader r(j); mappingFields(r, o); }
void to_json(nlohmann::json &j, const McpConfigConnectionToolMapping &o) { json::Writer w(j); mappingFields(w, o); }
void from_json(const nlohmann::json &j, McpConfig &o) { const json::Reader r(j); configFields(r, o); }
void to_json(nlohmann::json &j, const McpConfig &o) { json::Writer w(j); configFields(w, o); }
void from_json(const nlohmann::json &j, McpInstance &o) { const json::Reader r(j); instanceFields(r, o); }
void to_json(nlohmann::json &j, const McpInstance &o) { json::Writer w(j); instanceFields(w, o); }
void from_json(const nlohmann::json &j, McpConnectionAuthState &o) { const json::Reader r(j); authStateFields(r, o); }
void to_json(nlohmann::json &j, const McpConnectionAuthState &o) { json::Writer w(j); authStateFields(w, o); }

} // namespace sk::entities
