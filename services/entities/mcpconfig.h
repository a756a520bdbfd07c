#pragma once

#include "services/json/jsonfields.h"

#include <optional>
#include <string>
#include <vector>

namespace sk::entities {

// mcp.McpConfigConnectionToolMapping. Empty tools means all tools. connectedAccountId/Status
// are only filled in an instance context; the status is a plain string, compare with "ACTIVE".
struct McpConfigConnectionToolMapping
{
    std::string connectionId;
    std::string connectionName;
    std::string provider;
    std::vector<std::string> tools;
    std::optional<std::string> connectedAccountId;
    std::optional<std::string> connectedAccountStatus;
    friend bool operator==(const McpConfigConnectionToolMapping &, const McpConfigConnectionToolMapping &) = default;
};

// mcp.McpConfig. Wrappers: {config}; list {configs[], ...}. mcpServerUrl is OpenAPI-only (newer).
struct McpConfig
{
    std::string id;
    std::string name;
    std::string description;
    std::vector<McpConfigConnectionToolMapping> connectionToolMappings;
    std::string mcpServerUrl;
    friend bool operator==(const McpConfig &, const McpConfig &) = default;
};

void from_json(const nlohmann::json &j, McpConfigConnectionToolMapping &o);
void to_json(nlohmann::json &j, const McpConfigConnectionToolMapping &o);
void from_json(const nlohmann::json &j, McpConfig &o);
void to_json(nlohmann::json &j, const McpConfig &o);

} // namespace sk::entities
