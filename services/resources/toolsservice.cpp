#include "services/resources/toolsservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::Tool;
namespace keys = entities::pagekeys;

ApiRequest ToolsService::listRequest(const ToolFilter &filter, const PageQuery &page) const
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/tools")));
    request.query(QStringLiteral("filter.provider"), filter.provider)
        .query(QStringLiteral("filter.identifier"), filter.identifier)
        .queryRepeated(QStringLiteral("filter.tool_name"), toQStringList(filter.toolNames))
        .query(QStringLiteral("filter.query"), filter.query)
        .query(QStringLiteral("filter.connector"), filter.connector)
        .query(QStringLiteral("filter.organization_id"), filter.organizationId)
        .query(QStringLiteral("filter.user_id"), filter.userId)
        .query(QStringLiteral("filter.connected_account_id"), filter.connectedAccountId);
    page.apply(request);
    return request;
}

ApiCall *ToolsService::list(const ToolFilter &filter, const PageQuery &page, QObject *owner, Callback<ToolPage> done)
{
    return m_client->fetch<ToolPage>(listRequest(filter, page), owner, services::page<Tool>(keys::kTools),
                                     std::move(done));
}

ApiCall *ToolsService::listNames(const ToolFilter &filter, const PageQuery &page, QObject *owner,
                                 Callback<entities::Page<std::string>> done)
{
    ApiRequest request = listRequest(filter, page);
    request.queryBool(QStringLiteral("filter.summary"), true);
    return m_client->fetch<entities::Page<std::string>>(std::move(request), owner,
                                                        services::page<std::string>("tool_names"), std::move(done));
}

ApiCall *ToolsService::available(const std::string &identifier, const PageQuery &page, QObject *owner,
                                 Callback<ToolPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/tools/available")));
    request.query(QStringLiteral("identifier"), identifier);
    page.apply(request);
    return m_client->fetch<ToolPage>(std::move(request), owner, services::page<Tool>(keys::kTools), std::move(done));
}

ApiCall *ToolsService::scoped(const std::string &identifier, const ScopedToolFilter &filter, const PageQuery &page,
                              QObject *owner, Callback<ScopedToolPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/tools/scoped")));
    request.query(QStringLiteral("identifier"), identifier)
        .queryRepeated(QStringLiteral("filter.providers"), toQStringList(filter.providers))
        .queryRepeated(QStringLiteral("filter.tool_names"), toQStringList(filter.toolNames))
        .queryRepeated(QStringLiteral("filter.connection_names"), toQStringList(filter.connectionNames));
    page.apply(request);
    return m_client->fetch<ScopedToolPage>(std::move(request), owner,
                                           services::page<entities::ScopedTool>(keys::kTools), std::move(done));
}

api::ApiCall *ToolsService::execute(const entities::ExecuteToolRequest &request, QObject *owner,
                                   Callback<entities::ExecuteToolResult> done)
{
    return m_client->fetch<entities::ExecuteToolResult>(
        api::ApiRequest::post(apiPath(QStringLiteral("/execute_tool"))).body(json::encode(request)), owner,
        whole<entities::ExecuteToolResult>(), std::move(done));
}

} // namespace sk::services
