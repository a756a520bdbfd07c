#pragma once

#include "services/entities/mcpconfig.h"

#include <QString>

#include <vector>

namespace sk::models {

// The documented limits of an MCP config (reference §4.10), checked before a create or an
// update is sent: a name of 1 to 100 characters from [a-z0-9_-], at most 25 connection
// mappings, each naming a connection, no connection twice. Problems are keyed by the field
// names the server uses in its violations ("name", "connection_tool_mappings").
struct McpConfigRules
{
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxMappings = 25;

    struct Problem
    {
        QString field;
        QString message;
    };

    static std::vector<Problem> check(const entities::McpConfig &config, bool checkName);
    static QString nameProblem(const QString &name); // "" when valid
};

} // namespace sk::models
