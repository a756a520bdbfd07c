#include "services/resources/mcpservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::McpConfig;
using entities::McpInstance;
namespace keys = entities::pagekeys;

namespace {

QString configsPath(const QString &suffix = {}) { return apiPath(QStringLiteral("/mcp/configs") + suffix); }
QString instancesPath(const QString &suffix = {}) { return apiPath(QStringLiteral("/mcp/instances") + suffix); }

// The mappings as the write side expects them: connected_account_* are instance context only.
json::Json mappingsJson(const std::vector<entities::McpConfigConnectionToolMapping> &mappings)
{
    json::Json array = json::Json::array();
    for (const auto &mapping : mappings) {
        json::Json item = requestBody(mapping);
        item.erase("connected_account_id");
        item.erase("connected_account_status");
        if (item.value("connection_id", std::string()).empty())
            item.erase("connection_id");
        array.push_back(std::move(item));
    }
    return array;
}

} // namespace

ApiCall *McpService::listConfigs(const McpConfigFilter &filter, const PageQuery &page, QObject *owner,
                                 Callback<ConfigPage> done)
{
    ApiRequest request = ApiRequest::get(configsPath());
    request.query(QStringLiteral("filter.id"), filter.id)
        .query(QStringLiteral("filter.name"), filter.name)
        .query(QStringLiteral("filter.provider"), filter.provider)
        .query(QStringLiteral("filter.mcp_server_url"), filter.mcpServerUrl)
        .query(QStringLiteral("search"), filter.search);
    page.apply(request);
    return m_client->fetch<ConfigPage>(std::move(request), owner, services::page<McpConfig>(keys::kConfigs),
                                       std::move(done));
}

ApiCall *McpService::getConfig(const std::string &id, QObject *owner, Callback<McpConfig> done)
{
    return m_client->fetch<McpConfig>(ApiRequest::get(configsPath(u'/' + seg(id))), owner, member<McpConfig>("config"),
                                      std::move(done));
}

ApiCall *McpService::createConfig(const McpConfig &config, QObject *owner, Callback<McpConfig> done)
{
    json::Json body = json::Json::object();
    body["name"] = config.name;
    if (!config.description.empty())
        body["description"] = config.description;
    body["connection_tool_mappings"] = mappingsJson(config.connectionToolMappings);
    return m_client->fetch<McpConfig>(ApiRequest::post(configsPath()).body(std::move(body)), owner,
                                      member<McpConfig>("config"), std::move(done));
}

ApiCall *McpService::updateConfig(const std::string &id, const std::string &description,
                                  const std::vector<entities::McpConfigConnectionToolMapping> &mappings,
                                  QObject *owner, Callback<McpConfig> done)
{
    json::Json body = json::Json::object();
    body["description"] = description;
    body["connection_tool_mappings"] = mappingsJson(mappings);
    return m_client->fetch<McpConfig>(
        ApiRequest::put(configsPath(u'/' + seg(id))).body(std::move(body)).idempotent(true), owner,
        member<McpConfig>("config"), std::move(done));
}

ApiCall *McpService::removeConfig(const std::string &id, QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(ApiRequest::del(configsPath(u'/' + seg(id))), owner, nothing(),
                                       std::move(done));
}

ApiCall *McpService::configAuthState(const std::string &configId, const std::string &identifier,
                                     bool includeAuthLink, QObject *owner, Callback<AuthStates> done)
{
    json::Json body = json::Json::object();
    body["identifier"] = identifier;
    body["include_auth_link"] = includeAuthLink;
    // Reads state only: safe to retry.
    return m_client->fetch<AuthStates>(ApiRequest::post(configsPath(u'/' + seg(configId)
                                                                     + QStringLiteral("/connected_accounts")))
                                           .body(std::move(body))
                                           .idempotent(true),
                                       owner, member<AuthStates>(keys::kConnectedAccounts), std::move(done));
}

ApiCall *McpService::ensureInstance(const std::string &configName, const std::string &userIdentifier,
                                    const std::string &name, QObject *owner, Callback<McpInstance> done)
{
    json::Json body = json::Json::object();
    if (!name.empty())
        body["name"] = name;
    body["config_name"] = configName;
    body["user_identifier"] = userIdentifier;
    return m_client->fetch<McpInstance>(ApiRequest::post(instancesPath()).body(std::move(body)).idempotent(true), owner,
                                        member<McpInstance>("instance"), std::move(done));
}

ApiRequest McpService::listInstancesRequest(const McpInstanceFilter &filter, const PageQuery &page)
{
    ApiRequest request = ApiRequest::get(instancesPath());
    request.query(QStringLiteral("filter.id"), filter.id)
        .query(QStringLiteral("filter.name"), filter.name)
        .query(QStringLiteral("filter.config_name"), filter.configName)
        .query(QStringLiteral("filter.user_identifier"), filter.userIdentifier)
        .query(QStringLiteral("search"), filter.search);
    page.apply(request);
    return request;
}

ApiCall *McpService::listInstances(const McpInstanceFilter &filter, const PageQuery &page, QObject *owner,
                                   Callback<InstancePage> done)
{
    return m_client->fetch<InstancePage>(listInstancesRequest(filter, page), owner,
                                         services::page<McpInstance>(keys::kInstances), std::move(done));
}

ApiCall *McpService::getInstance(const std::string &id, QObject *owner, Callback<McpInstance> done)
{
    return m_client->fetch<McpInstance>(ApiRequest::get(instancesPath(u'/' + seg(id))), owner,
                                        member<McpInstance>("instance"), std::move(done));
}

ApiCall *McpService::updateInstance(const std::string &id, const std::string &name, const std::string &configName,
                                    QObject *owner, Callback<McpInstance> done)
{
    json::Json body = json::Json::object();
    if (!name.empty())
        body["name"] = name;
    if (!configName.empty())
        body["config_name"] = configName;
    return m_client->fetch<McpInstance>(ApiRequest::patch(instancesPath(u'/' + seg(id))).body(std::move(body)), owner,
                                        member<McpInstance>("instance"), std::move(done));
}

ApiCall *McpService::removeInstance(const std::string &id, QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(ApiRequest::del(instancesPath(u'/' + seg(id))), owner, nothing(),
                                       std::move(done));
}

ApiCall *McpService::instanceAuthState(const std::string &id, bool includeAuthLinks, QObject *owner,
                                       Callback<AuthStates> done)
{
    ApiRequest request = ApiRequest::post(instancesPath(u'/' + seg(id) + QStringLiteral(":get_auth_state")));
    request.queryBool(QStringLiteral("include_auth_links"), includeAuthLinks).idempotent(true);
    return m_client->fetch<AuthStates>(std::move(request), owner, member<AuthStates>(keys::kConnections),
                                       std::move(done));
}

} // namespace sk::services
