// The exportable AgentKit resources (app connections, connected accounts, MCP configs and
// instances) and the authentication logs; registered by exportresources.cpp.

#include "app/console/cli/exportresources.h"

#include "services/resources/authlogsservice.h"
#include "services/resources/connectedaccountsservice.h"
#include "services/resources/connectionsservice.h"
#include "services/resources/mcpservice.h"

namespace sk::app::cli {

ExportResource appConnectionsExport();
ExportResource connectedAccountsExport();
ExportResource mcpConfigsExport();
ExportResource mcpInstancesExport();
ExportResource authLogsExport();

namespace {

using api::ApiClient;
using services::PageQuery;

template <typename T>
using PageDone = typename api::PageStream<T>::PageDone;

// Largest page sizes the lists accept (reference §3.6).
constexpr int kAppConnectionsPageSize = 30;
constexpr int kConnectedAccountsPageSize = 99; // page_size < 100
constexpr int kMcpPageSize = 30;
constexpr int kAuthLogsPageSize = 100;

const auto col = exportColumn;

} // namespace

ExportResource appConnectionsExport()
{
    using T = entities::ListConnection;
    return pagedResource<T>(
        exportTable("app-connections", "the AgentKit connections of the environment",
                    {col("id", "id"), col("key_id", "key_id"), col("provider_key", "provider_key"),
                     col("provider", "provider"), col("type", "type"), col("status", "status"),
                     col("enabled", "enabled"), col("mcp_server_url", "mcp_server_url"),
                     col("created_at", "created_at")}),
        [](ApiClient *client, const ExportScope &, const std::string &token, QObject *owner, PageDone<T> done) {
            return services::ConnectionsService(client).listApp({}, PageQuery{kAppConnectionsPageSize, token}, owner,
                                                                std::move(done));
        });
}

ExportResource connectedAccountsExport()
{
    using T = entities::ConnectedAccount;
    const auto filter = [](const ExportScope &scope) {
        services::ConnectedAccountFilter filter;
        filter.organizationId = scope.organizationId;
        return filter;
    };
    return tapeResource<T>(
        exportTable("connected-accounts", "every connected account (--org narrows to one organization)",
                    {col("id", "id"), col("connector", "connector"), col("identifier", "identifier"),
                     col("provider", "provider"), col("status", "status"),
                     col("authorization_type", "authorization_type"), col("connection_id", "connection_id"),
                     col("token_expires_at", "token_expires_at"), col("updated_at", "updated_at"),
                     col("last_used_at", "last_used_at")}),
        [filter](ApiClient *client, const ExportScope &scope, const std::string &token, QObject *owner,
                 PageDone<T> done) {
            return services::ConnectedAccountsService(client).list(
                filter(scope), PageQuery{kConnectedAccountsPageSize, token}, owner, std::move(done));
        },
        entities::pagekeys::kConnectedAccounts,
        [filter](const ExportScope &scope, const std::string &token) {
            return services::ConnectedAccountsService::listRequest(filter(scope),
                                                                   PageQuery{kConnectedAccountsPageSize, token});
        });
}

ExportResource mcpConfigsExport()
{
    using T = entities::McpConfig;
    return pagedResource<T>(
        exportTable("mcp-configs", "the MCP server configurations",
                    {col("id", "id"), col("name", "name"), col("description", "description"),
                     col("mcp_server_url", "mcp_server_url")}),
        [](ApiClient *client, const ExportScope &, const std::string &token, QObject *owner, PageDone<T> done) {
            return services::McpService(client).listConfigs({}, PageQuery{kMcpPageSize, token}, owner, std::move(done));
        });
}

ExportResource mcpInstancesExport()
{
    using T = entities::McpInstance;
    return pagedResource<T>(
        exportTable("mcp-instances", "the MCP instances (their pre-authenticated URLs masked)",
                    {col("id", "id"), col("name", "name"), col("user_identifier", "user_identifier"),
                     col("config_id", "config.id"), col("config_name", "config.name"),
                     col("last_used_at", "last_used_at"), col("updated_at", "updated_at")}),
        [](ApiClient *client, const ExportScope &, const std::string &token, QObject *owner, PageDone<T> done) {
            return services::McpService(client).listInstances({}, PageQuery{kMcpPageSize, token}, owner,
                                                              std::move(done));
        });
}

ExportResource authLogsExport()
{
    using T = entities::AuthLogRequest;
    return pagedResource<T>(
        exportTable("auth-logs", "the sign-in (authentication request) logs; --status, --email, --since, --until, --org, --connection filter them",
                    {col("auth_request_id", "auth_request_id"), col("timestamp", "timestamp"), col("status", "status"),
                     col("email", "email"), col("organization_id", "organization_id"),
                     col("connection_id", "connection_id"), col("connection_type", "connection_type"),
                     col("connection_provider", "connection_provider"), col("workflow", "workflow"),
                     col("resource_name", "resource_name"), col("client_id", "client_id"),
                     col("connected_account_identifier", "connected_account_identifier")}),
        [](ApiClient *client, const ExportScope &scope, const std::string &token, QObject *owner, PageDone<T> done) {
            // The API filters email, status and time; organization and connection are kept here.
            models::AuthLogsFilter filter = scope.authLogs;
            filter.organizationId = scope.organizationId;
            return services::AuthLogsService(client).list(
                filter.server, PageQuery{kAuthLogsPageSize, token}, owner,
                [filter, done = std::move(done)](api::Result<entities::Page<T>> page) {
                    if (page && filter.hasLocal()) {
                        std::erase_if(page.value().items, [&](const T &log) { return !filter.matches(log); });
                        page.value().totalSize = 0; // not the rows written: say nothing
                    }
                    done(std::move(page));
                });
        });
}

} // namespace sk::app::cli
