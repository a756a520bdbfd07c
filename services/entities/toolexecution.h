#pragma once

#include "services/json/jsonfields.h"

#include <string>

namespace sk::entities {

// tools.ExecuteToolRequest: POST /api/v1/execute_tool. The account is picked by
// connectedAccountId, or by connector (connection name) + identifier (+ organization/user).
// params is the tool's input (a Struct; null is not sent).
struct ExecuteToolRequest
{
    std::string toolName;
    std::string identifier;
    nlohmann::json params;
    std::string connectedAccountId;
    std::string connector;
    std::string organizationId;
    std::string userId;
    std::string agentRunId;
    friend bool operator==(const ExecuteToolRequest &, const ExecuteToolRequest &) = default;
};

// tools.ExecuteToolResponse: {data (Struct), execution_id}. data is what the tool returned and
// may hold the user's data from the provider: show it only where the user asked for it.
struct ExecuteToolResult
{
    nlohmann::json data;
    std::string executionId;
    friend bool operator==(const ExecuteToolResult &, const ExecuteToolResult &) = default;
};

void from_json(const nlohmann::json &j, ExecuteToolRequest &o);
void to_json(nlohmann::json &j, const ExecuteToolRequest &o);
void from_json(const nlohmann::json &j, ExecuteToolResult &o);
void to_json(nlohmann::json &j, const ExecuteToolResult &o);

} // namespace sk::entities
