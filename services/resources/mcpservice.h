#pragma once

#include "services/entities/mcpconfig.h"
#include "services/entities/mcpinstance.h"
#include "services/resources/servicesupport.h"

namespace sk::services {

// Filters of GET /mcp/configs (page_size <= 30).
struct McpConfigFilter
{
    std::string id;
    std::string name;
    std::string provider;
    std::string mcpServerUrl;
    std::string search;
};

// Filters of GET /mcp/instances (page_size <= 30).
struct McpInstanceFilter
{
    std::string id;
    std::string name;
    std::string configName;
    std::string userIdentifier;
    std::string search;
};

// mcp.McpService: MCP server configurations and per-user instances (reference §3.9).
// McpInstance::url and authentication links are secrets.
class McpService
{
public:
    explicit McpService(api::ApiClient *client) : m_client(client) {}

    using McpConfig = entities::McpConfig;
    using McpInstance = entities::McpInstance;
    using ConfigPage = entities::Page<McpConfig>;
    using InstancePage = entities::Page<McpInstance>;
    using AuthStates = std::vector<entities::McpConnectionAuthState>;

    // ---- configs ----
    api::ApiCall *listConfigs(const McpConfigFilter &filter, const PageQuery &page, QObject *owner,
                              Callback<ConfigPage> done);
    api::ApiCall *getConfig(const std::string &id, QObject *owner, Callback<McpConfig> done);
    // Sends name, description and connection_tool_mappings (the id is assigned by the server).
    api::ApiCall *createConfig(const McpConfig &config, QObject *owner, Callback<McpConfig> done);
    // A config cannot be renamed; PUT replaces description and mappings (retried: harmless).
    api::ApiCall *updateConfig(const std::string &id, const std::string &description,
                               const std::vector<entities::McpConfigConnectionToolMapping> &mappings, QObject *owner,
                               Callback<McpConfig> done);
    api::ApiCall *removeConfig(const std::string &id, QObject *owner, Callback<api::Empty> done);
    // POST /mcp/configs/{id}/connected_accounts: the auth state of identifier's accounts for the
    // config's connections, with authorization links when asked.
    api::ApiCall *configAuthState(const std::string &configId, const std::string &identifier, bool includeAuthLink,
                                  QObject *owner, Callback<AuthStates> done);

    // ---- instances ----
    // POST /mcp/instances returns the existing instance or creates it, so it is retried.
    api::ApiCall *ensureInstance(const std::string &configName, const std::string &userIdentifier,
                                 const std::string &name, QObject *owner, Callback<McpInstance> done);
    api::ApiCall *listInstances(const McpInstanceFilter &filter, const PageQuery &page, QObject *owner,
                                Callback<InstancePage> done);
    // The request listInstances() sends, for callers that decode the page themselves.
    static api::ApiRequest listInstancesRequest(const McpInstanceFilter &filter, const PageQuery &page);
    api::ApiCall *getInstance(const std::string &id, QObject *owner, Callback<McpInstance> done);
    // Empty arguments stay unchanged.
    api::ApiCall *updateInstance(const std::string &id, const std::string &name, const std::string &configName,
                                 QObject *owner, Callback<McpInstance> done);
    api::ApiCall *removeInstance(const std::string &id, QObject *owner, Callback<api::Empty> done);
    // POST /mcp/instances/{id}:get_auth_state?include_auth_links=...
    api::ApiCall *instanceAuthState(const std::string &id, bool includeAuthLinks, QObject *owner,
                                    Callback<AuthStates> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
