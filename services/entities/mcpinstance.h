#pragma once

#include "services/entities/mcpconfig.h"
#include "services/json/jsonfields.h"

#include <string>

namespace sk::entities {

// mcp.McpInstance. url is pre-authenticated: a Secret. Wrappers: {instance}; list {instances[], ...}.
struct McpInstance
{
    std::string id;
    std::string name;
    std::string userIdentifier;
    McpConfig config;
    Timestamp lastUsedAt;
    Timestamp updatedAt;
    Secret<std::string> url;
    friend bool operator==(const McpInstance &, const McpInstance &) = default;
};

// mcp.McpInstanceConnectionAuthState, and the OpenAPI-only McpConnectionAuthState (same six
// fields). Returned as {connections[]} by :get_auth_state and {connected_accounts[]} by
// POST /mcp/configs/{id}/connected_accounts. authenticationLink is a Secret.
struct McpConnectionAuthState
{
    std::string connectionId;
    std::string connectionName;
    std::string provider;
    std::string connectedAccountId;
    std::string connectedAccountStatus; // plain string; "ACTIVE" when usable
    Secret<std::string> authenticationLink;

    bool isActive() const { return connectedAccountStatus == "ACTIVE"; }
    friend bool operator==(const McpConnectionAuthState &, const McpConnectionAuthState &) = default;
};
using McpInstanceConnectionAuthState = McpConnectionAuthState;

void from_json(const nlohmann::json &j, McpInstance &o);
void to_json(nlohmann::json &j, const McpInstance &o);
void from_json(const nlohmann::json &j, McpConnectionAuthState &o);
void to_json(nlohmann::json &j, const McpConnectionAuthState &o);

} // namespace sk::entities
