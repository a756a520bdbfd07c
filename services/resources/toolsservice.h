#pragma once

#include "services/entities/tool.h"
#include "services/entities/toolexecution.h"
#include "services/resources/servicesupport.h"

namespace sk::services {

// Filters of GET /tools (all optional; toolNames repeats filter.tool_name).
struct ToolFilter
{
    std::string provider;
    std::string identifier;
    std::vector<std::string> toolNames;
    std::string query;
    std::string connector;
    std::string organizationId;
    std::string userId;
    std::string connectedAccountId;
};

// Filters of GET /tools/scoped (each repeated).
struct ScopedToolFilter
{
    std::vector<std::string> providers;
    std::vector<std::string> toolNames;
    std::vector<std::string> connectionNames;
};

// tools.ToolService: the tool catalogue, the tools available to an identifier, the tools
// scoped to its connected accounts, and running one tool.
class ToolsService
{
public:
    explicit ToolsService(api::ApiClient *client) : m_client(client) {}

    using Tool = entities::Tool;
    using ToolPage = entities::Page<Tool>;
    using ScopedToolPage = entities::Page<entities::ScopedTool>;

    api::ApiCall *list(const ToolFilter &filter, const PageQuery &page, QObject *owner, Callback<ToolPage> done);
    // filter.summary=true: only the tool names ({tool_names[]}).
    api::ApiCall *listNames(const ToolFilter &filter, const PageQuery &page, QObject *owner,
                            Callback<entities::Page<std::string>> done);
    api::ApiCall *available(const std::string &identifier, const PageQuery &page, QObject *owner,
                            Callback<ToolPage> done);
    api::ApiCall *scoped(const std::string &identifier, const ScopedToolFilter &filter, const PageQuery &page,
                         QObject *owner, Callback<ScopedToolPage> done);

    // POST /execute_tool: runs the tool for the account and returns its data. Never retried (a
    // tool may send an email twice). When the account is not ACTIVE, or the provider fails,
    // the error carries ApiError::toolError (execution id, message, code).
    api::ApiCall *execute(const entities::ExecuteToolRequest &request, QObject *owner,
                          Callback<entities::ExecuteToolResult> done);

private:
    api::ApiRequest listRequest(const ToolFilter &filter, const PageQuery &page) const;

    api::ApiClient *m_client;
};

} // namespace sk::services
