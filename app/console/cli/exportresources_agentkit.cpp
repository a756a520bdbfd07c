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

using services::PageQuery;
using Column = ExportWriter::Column;

// Largest page sizes the lists accept (reference §3.6).
constexpr int kAppConnectionsPageSize = 30;
constexpr int kConnectedAccountsPageSize = 99; // page_size < 100
constexpr int kMcpPageSize = 30;
constexpr int kAuthLogsPageSize = 100;

Column col(const char *header, const char *path) { return {QString::fromLatin1(header), path}; }

} // namespace

ExportResource appConnectionsExport()
{
    ExportResource r;
    r.name = QStringLiteral("app-connections");
    r.description = QStringLiteral("the AgentKit connections of the environment");
    r.columns = {col("id", "id"),
                 col("key_id", "key_id"),
                 col("provider_key", "provider_key"),
                 col("provider", "provider"),
                 col("type", "type"),
                 col("status", "status"),
                 col("enabled", "enabled"),
                 col("mcp_server_url", "mcp_server_url"),
                 col("created_at", "created_at")};
    r.start = [](api::ApiClient *client, const ExportScope &, JsonSink sink, QObject *parent) {
        using T = entities::ListConnection;
        return streamRows<T>(
            [client](const std::string &token, QObject *owner, api::PageStream<T>::PageDone done) {
                return services::ConnectionsService(client).listApp({}, PageQuery{kAppConnectionsPageSize, token},
                                                                    owner, std::move(done));
            },
            std::move(sink), parent);
    };
    return r;
}

ExportResource connectedAccountsExport()
{
    ExportResource r;
    r.name = QStringLiteral("connected-accounts");
    r.description = QStringLiteral("every connected account (--org narrows to one organization)");
    r.columns = {col("id", "id"),
                 col("connector", "connector"),
                 col("identifier", "identifier"),
                 col("provider", "provider"),
                 col("status", "status"),
                 col("authorization_type", "authorization_type"),
                 col("connection_id", "connection_id"),
                 col("token_expires_at", "token_expires_at"),
                 col("updated_at", "updated_at"),
                 col("last_used_at", "last_used_at")};
    r.start = [](api::ApiClient *client, const ExportScope &scope, JsonSink sink, QObject *parent) {
        using T = entities::ConnectedAccount;
        services::ConnectedAccountFilter filter;
        filter.organizationId = scope.organizationId;
        return streamRows<T>(
            [client, filter](const std::string &token, QObject *owner, api::PageStream<T>::PageDone done) {
                return services::ConnectedAccountsService(client).list(
                    filter, PageQuery{kConnectedAccountsPageSize, token}, owner, std::move(done));
            },
            std::move(sink), parent);
    };
    return r;
}

ExportResource mcpConfigsExport()
{
    ExportResource r;
    r.name = QStringLiteral("mcp-configs");
    r.description = QStringLiteral("the MCP server configurations");
    r.columns = {col("id", "id"), col("name", "name"), col("description", "description"),
                 col("mcp_server_url", "mcp_server_url")};
    r.start = [](api::ApiClient *client, const ExportScope &, JsonSink sink, QObject *parent) {
        using T = entities::McpConfig;
        return streamRows<T>(
            [client](const std::string &token, QObject *owner, api::PageStream<T>::PageDone done) {
                return services::McpService(client).listConfigs({}, PageQuery{kMcpPageSize, token}, owner,
                                                                std::move(done));
            },
            std::move(sink), parent);
    };
    return r;
}

ExportResource mcpInstancesExport()
{
    ExportResource r;
    r.name = QStringLiteral("mcp-instances");
    r.description = QStringLiteral("the MCP instances (their pre-authenticated URLs are left out)");
    r.columns = {col("id", "id"),
                 col("name", "name"),
                 col("user_identifier", "user_identifier"),
                 col("config_id", "config.id"),
                 col("config_name", "config.name"),
                 col("last_used_at", "last_used_at"),
                 col("updated_at", "updated_at")};
    r.start = [](api::ApiClient *client, const ExportScope &, JsonSink sink, QObject *parent) {
        using T = entities::McpInstance;
        // McpInstance::url is a bearer secret: an export is a listing, not a credential dump.
        JsonSink masked = [sink = std::move(sink)](const nlohmann::json &row) {
            nlohmann::json copy = row;
            copy.erase("url");
            sink(copy);
        };
        return streamRows<T>(
            [client](const std::string &token, QObject *owner, api::PageStream<T>::PageDone done) {
                return services::McpService(client).listInstances({}, PageQuery{kMcpPageSize, token}, owner,
                                                                  std::move(done));
            },
            std::move(masked), parent);
    };
    return r;
}

ExportResource authLogsExport()
{
    ExportResource r;
    r.name = QStringLiteral("auth-logs");
    r.description = QStringLiteral("the authentication request logs");
    r.columns = {col("auth_request_id", "auth_request_id"),
                 col("timestamp", "timestamp"),
                 col("status", "status"),
                 col("email", "email"),
                 col("organization_id", "organization_id"),
                 col("connection_id", "connection_id"),
                 col("connection_type", "connection_type"),
                 col("connection_provider", "connection_provider"),
                 col("workflow", "workflow"),
                 col("resource_name", "resource_name"),
                 col("client_id", "client_id"),
                 col("connected_account_identifier", "connected_account_identifier")};
    r.start = [](api::ApiClient *client, const ExportScope &, JsonSink sink, QObject *parent) {
        using T = entities::AuthLogRequest;
        return streamRows<T>(
            [client](const std::string &token, QObject *owner, api::PageStream<T>::PageDone done) {
                return services::AuthLogsService(client).list({}, PageQuery{kAuthLogsPageSize, token}, owner,
                                                              std::move(done));
            },
            std::move(sink), parent);
    };
    return r;
}

} // namespace sk::app::cli
