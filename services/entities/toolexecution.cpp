#include "services/entities/toolexecution.h"

namespace sk::entities {

namespace {

template <typename Io, typename Self>
void requestFields(Io &io, Self &o)
{
    io("tool_name", o.toolName);
    io("identifier", o.identifier);
    io("params", o.params);
    io("connected_account_id", o.connectedAccountId);
    io("connector", o.connector);
    io("organization_id", o.organizationId);
    io("user_id", o.userId);
    io("agent_run_id", o.agentRunId);
}

template <typename Io, typename Self>
void resultFields(Io &io, Self &o)
{
    io("data", o.data);
    io("execution_id", o.executionId);
}

} // namespace

void from_json(const nlohmann::json &j, ExecuteToolRequest &o) { const json::Reader r(j); requestFields(r, o); }
void to_json(nlohmann::json &j, const ExecuteToolRequest &o) { json::Writer w(j); requestFields(w, o); }
void from_json(const nlohmann::json &j, ExecuteToolResult &o) { const json::Reader r(j); resultFields(r, o); }
void to_json(nlohmann::json &j, const ExecuteToolResult &o) { json::Writer w(j); resultFields(w, o); }

} // namespace sk::entities
