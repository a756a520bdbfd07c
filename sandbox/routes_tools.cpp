// POST /api/v1/execute_tool: runs a catalogue tool for a connected account. The sandbox has no
// providers to call: an ACTIVE account gets a deterministic answer per tool and input (the same
// request gives the same data, with a new execution id); an account that is not ACTIVE gets the
// documented error shape (google.rpc.Status, reference §3.5) with ErrorInfo.tool_error_info.
#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"

#include "services/entities/toolexecution.h"

#include <cstdio>

namespace sk::sandbox {

using namespace entities;

namespace {

constexpr int kInvalidArgument = 3;
constexpr int kFailedPrecondition = 9;

std::string fnv1a(const std::string &text)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (const unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

bool validate(const ExecuteToolRequest &request, const HttpRequest &r, HttpResponse *error)
{
    Violations v;
    if (request.toolName.empty())
        v.add("tool_name", "value is required", "required");
    v.length("connected_account_id", request.connectedAccountId, 0, 100);
    v.length("connector", request.connector, 0, 400);
    if (!request.connector.empty())
        v.pattern("connector", request.connector, R"(^[a-zA-Z0-9_: -]*$)", "value must match ^[a-zA-Z0-9_: -]*$");
    v.length("organization_id", request.organizationId, 0, 100);
    v.length("user_id", request.userId, 0, 100);
    v.length("agent_run_id", request.agentRunId, 0, 255);
    if (request.connectedAccountId.empty() && (request.connector.empty() || request.identifier.empty()))
        v.add("connected_account_id", "give connected_account_id, or connector and identifier", "selector");
    if (!request.params.is_null() && !request.params.is_object())
        v.add("params", "value must be an object", "type");
    if (!v.empty()) {
        *error = v.response(r.requestId);
        return false;
    }
    return true;
}

HttpResponse execute(SandboxStore &store, HttpRequest &r)
{
    HttpResponse error;
    const auto request = decodeBody<ExecuteToolRequest>(r, &error);
    if (!request)
        return error;
    if (!validate(*request, r, &error))
        return error;
    const auto tool = std::find_if(store.tools.begin(), store.tools.end(),
                                   [&](const Tool &t) { return t.name() == request->toolName; });
    if (tool == store.tools.end())
        return apierrors::notFound(r.requestId, "tool", request->toolName);
    ConnectedAccountRow *row = !request->connectedAccountId.empty()
                                   ? store.connectedAccounts.find(request->connectedAccountId)
                                   : store.findAccount(request->connector, request->identifier, request->organizationId,
                                                       request->userId);
    if (!row) {
        return apierrors::notFound(r.requestId, "connected account",
                                   request->connectedAccountId.empty() ? request->connector + "/" + request->identifier
                                                                       : request->connectedAccountId);
    }
    const ConnectedAccount account = store.presentAccount(*row, false);
    if (account.provider != tool->provider) {
        return apierrors::status(kInvalidArgument,
                                 "tool " + request->toolName + " belongs to " + tool->provider + ", not to the account's "
                                     + account.provider,
                                 "INVALID_ARGUMENT", r.requestId, {{"tool_name", "tool of another provider", "provider"}});
    }
    const std::string executionId = store.newId("exec_");
    if (account.status.value != ConnectorStatus::Active) {
        const std::string status(account.status.name());
        return apierrors::toolError(kFailedPrecondition,
                                    "connected account " + account.id + " (" + account.connector + "/" + account.identifier
                                        + ") is " + status + ", not ACTIVE: the user must re-authorize it",
                                    "CONNECTED_ACCOUNT_NOT_ACTIVE", r.requestId, executionId,
                                    "CONNECTED_ACCOUNT_" + status);
    }
    const nlohmann::json input = request->params.is_null() ? nlohmann::json::object() : request->params;
    const std::string digest = fnv1a(request->toolName + '\n' + input.dump());
    ExecuteToolResult result;
    result.executionId = executionId;
    result.data = {{"tool", request->toolName},
                   {"provider", tool->provider},
                   {"connected_account_id", account.id},
                   {"identifier", account.identifier},
                   {"input", input},
                   {"result",
                    {{"ok", true},
                     {"reference", tool->provider + "-" + digest.substr(0, 12)},
                     {"summary", "sandbox result of " + request->toolName}}}};
    row->account.lastUsedAt = store.now();
    return HttpResponse::json(json::encode(result));
}

} // namespace

void registerToolExecutionRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    router.add("POST", "/api/v1/execute_tool", [s](HttpRequest &r) { return execute(*s, r); });
}

} // namespace sk::sandbox
