#include "sandbox/paging.h"
#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"

#include <QByteArray>

namespace sk::sandbox {

using namespace entities;

namespace {

McpConfig *configByName(SandboxStore &store, const std::string &name)
{
    return store.mcpConfigs.findIf([&](const McpConfig &c) { return c.name == name; });
}

// Checks and completes mappings: every connection must exist; fills connection_id and provider.
bool resolveMappings(SandboxStore &store, std::vector<McpConfigConnectionToolMapping> &mappings, const HttpRequest &r,
                     HttpResponse *error)
{
    Violations v;
    if (mappings.size() > 25)
        v.add("connection_tool_mappings", "at most 25 mappings", "repeated.max_items");
    for (std::size_t i = 0; i < mappings.size(); ++i) {
        McpConfigConnectionToolMapping &m = mappings[i];
        const std::string field = "connection_tool_mappings[" + std::to_string(i) + "].connection_name";
        const Connection *conn = m.connectionName.empty() ? nullptr : store.findAppConnectionByName(m.connectionName);
        if (m.connectionName.empty())
            v.add(field, "value is required", "required");
        else if (!conn)
            v.add(field, "connection " + m.connectionName + " does not exist", "exists");
        else {
            m.connectionId = conn->id;
            m.provider = conn->providerKey;
            m.connectedAccountId.reset();
            m.connectedAccountStatus.reset();
        }
    }
    if (!v.empty()) {
        *error = v.response(r.requestId);
        return false;
    }
    return true;
}

HttpResponse createConfig(SandboxStore &store, HttpRequest &r)
{
    HttpResponse error;
    const auto body = decodeBody<McpConfig>(r, &error);
    if (!body)
        return error;
    McpConfig config = *body;
    Violations v;
    v.length("name", config.name, 1, 100);
    if (!config.name.empty())
        v.pattern("name", config.name, R"(^[a-z0-9_-]+$)", "value must match ^[a-z0-9_-]+$");
    if (!v.empty())
        return v.response(r.requestId);
    if (!resolveMappings(store, config.connectionToolMappings, r, &error))
        return error;
    if (configByName(store, config.name))
        return apierrors::alreadyExists(r.requestId, "an MCP config named " + config.name + " already exists");
    config.id = store.newId("mcpc_");
    return HttpResponse::json(wrap("config", store.mcpConfigs.insert(std::move(config))), 201);
}

HttpResponse ensureInstance(SandboxStore &store, HttpRequest &r)
{
    HttpResponse error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    const std::string configName = body->value("config_name", "");
    const std::string user = body->value("user_identifier", "");
    Violations v;
    if (configName.empty())
        v.add("config_name", "value is required", "required");
    if (user.empty())
        v.add("user_identifier", "value is required", "required");
    if (!v.empty())
        return v.response(r.requestId);
    const McpConfig *config = configByName(store, configName);
    if (!config)
        return apierrors::notFound(r.requestId, "MCP config", configName);
    McpInstanceRow *existing = store.mcpInstances.findIf(
        [&](const McpInstanceRow &x) { return x.configId == config->id && x.userIdentifier == user; });
    if (!existing) {
        McpInstanceRow row;
        row.id = store.newId("mcpi_");
        row.configId = config->id;
        row.userIdentifier = user;
        row.name = body->value("name", "");
        if (row.name.empty())
            row.name = configName + "-" + user.substr(0, user.find('@'));
        row.urlToken = store.newToken(32);
        row.updatedAt = store.now();
        existing = &store.mcpInstances.insert(std::move(row));
    }
    return HttpResponse::json(wrap("instance", store.presentInstance(*existing)));
}

} // namespace

void registerMcpRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    router.add("GET", "/api/v1/mcp/configs", [s](HttpRequest &r) {
        const std::string id = r.queryValue("filter.id");
        const std::string name = r.queryValue("filter.name");
        const std::string provider = r.queryValue("filter.provider");
        const std::string search = r.queryValue("search");
        const std::string serverUrl = r.queryValue("filter.mcp_server_url");
        return listPage(r, PageLimits::upTo30(), s->mcpConfigs, "configs",
                        [&](const McpConfig &c) {
                            return (id.empty() || c.id == id) && (name.empty() || c.name == name)
                                   && (serverUrl.empty() || c.mcpServerUrl == serverUrl)
                                   && (provider.empty()
                                       || std::any_of(c.connectionToolMappings.begin(), c.connectionToolMappings.end(),
                                                      [&](const McpConfigConnectionToolMapping &m) { return m.provider == provider; }))
                                   && (search.empty() || containsFolded(c.name, search) || containsFolded(c.description, search));
                        },
                        [](const McpConfig &c) { return json::encode(c); });
    });
    router.add("POST", "/api/v1/mcp/configs", [s](HttpRequest &r) { return createConfig(*s, r); });
    router.add("GET", "/api/v1/mcp/configs/{config_id}", [s](HttpRequest &r) {
        const McpConfig *c = s->mcpConfigs.find(r.param("config_id"));
        return c ? HttpResponse::json(wrap("config", *c)) : apierrors::notFound(r.requestId, "MCP config", r.param("config_id"));
    });
    router.add("PUT", "/api/v1/mcp/configs/{config_id}", [s](HttpRequest &r) {
        McpConfig *c = s->mcpConfigs.find(r.param("config_id"));
        if (!c)
            return apierrors::notFound(r.requestId, "MCP config", r.param("config_id"));
        HttpResponse error;
        const auto raw = jsonBody(r, &error);
        if (!raw)
            return error;
        const auto body = decodeBody<McpConfig>(r, &error);
        if (!body)
            return error;
        std::vector<McpConfigConnectionToolMapping> mappings = body->connectionToolMappings;
        if (raw->contains("connection_tool_mappings") && !resolveMappings(*s, mappings, r, &error))
            return error;
        if (raw->contains("description"))
            c->description = body->description;
        if (raw->contains("connection_tool_mappings"))
            c->connectionToolMappings = mappings;
        return HttpResponse::json(wrap("config", *c));
    });
    router.add("DELETE", "/api/v1/mcp/configs/{config_id}", [s](HttpRequest &r) {
        if (!s->mcpConfigs.erase(r.param("config_id")))
            return apierrors::notFound(r.requestId, "MCP config", r.param("config_id"));
        s->mcpInstances.eraseIf([&](const McpInstanceRow &x) { return x.configId == r.param("config_id"); });
        return HttpResponse::empty();
    });
    router.add("POST", "/api/v1/mcp/configs/{config_id}/connected_accounts", [s](HttpRequest &r) {
        McpConfig *c = s->mcpConfigs.find(r.param("config_id"));
        if (!c)
            return apierrors::notFound(r.requestId, "MCP config", r.param("config_id"));
        HttpResponse error;
        const auto body = jsonBody(r, &error);
        if (!body)
            return error;
        const std::string identifier = body->value("identifier", "");
        if (identifier.empty())
            return apierrors::invalidField(r.requestId, "identifier", "value is required", "required");
        const bool links = body->contains("include_auth_link") && (*body)["include_auth_link"].is_boolean()
                           && (*body)["include_auth_link"].get<bool>();
        return HttpResponse::json(wrap("connected_accounts", s->mcpAuthState(*c, identifier, links)));
    });
    router.add("POST", "/api/v1/mcp/configs/{mcp_config_id}/tokens", [s](HttpRequest &r) {
        const McpConfig *c = s->mcpConfigs.find(r.param("mcp_config_id"));
        if (!c)
            return apierrors::notFound(r.requestId, "MCP config", r.param("mcp_config_id"));
        HttpResponse error;
        const auto body = jsonBody(r, &error);
        if (!body)
            return error;
        const std::string identifier = body->value("identifier", "");
        if (identifier.empty())
            return apierrors::invalidField(r.requestId, "identifier", "value is required", "required");
        std::int64_t seconds = 3600;
        if (body->contains("expiry") && (*body)["expiry"].is_string()) {
            std::string text = (*body)["expiry"];
            if (!text.empty() && text.back() == 's')
                text.pop_back();
            bool ok = false;
            seconds = QByteArray::fromStdString(text).toLongLong(&ok);
            if (!ok || seconds < 60 || seconds > 86400)
                return apierrors::invalidField(r.requestId, "expiry", "value must be between 60s and 24h", "duration.range");
        }
        const Timestamp expires(s->now().nanos + seconds * 1'000'000'000LL);
        const auto b64 = [](const std::string &text) {
            return QByteArray::fromStdString(text).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
        };
        const std::string token = b64(R"({"alg":"RS256","typ":"JWT"})") + "."
                                  + b64(nlohmann::json{{"sub", identifier}, {"aud", s->baseUrl() + "/mcp/" + c->id},
                                                       {"exp", expires.unixSeconds()}}.dump())
                                  + "." + s->newToken(43);
        return HttpResponse::json({{"token", token}, {"expires_at", expires.toRfc3339()}});
    });

    router.add("GET", "/api/v1/mcp/instances", [s](HttpRequest &r) {
        const std::string id = r.queryValue("filter.id");
        const std::string name = r.queryValue("filter.name");
        const std::string configName = r.queryValue("filter.config_name");
        const std::string user = r.queryValue("filter.user_identifier");
        const std::string search = r.queryValue("search");
        std::string configId;
        if (!configName.empty()) {
            const McpConfig *c = configByName(*s, configName);
            configId = c ? c->id : "-";
        }
        return listPage(r, PageLimits::upTo30(), s->mcpInstances, "instances",
                        [&](const McpInstanceRow &x) {
                            return (id.empty() || x.id == id) && (name.empty() || x.name == name)
                                   && (configId.empty() || x.configId == configId)
                                   && (user.empty() || x.userIdentifier == user)
                                   && (search.empty() || containsFolded(x.name, search) || containsFolded(x.userIdentifier, search));
                        },
                        [s](const McpInstanceRow &x) { return json::encode(s->presentInstance(x)); });
    });
    router.add("POST", "/api/v1/mcp/instances", [s](HttpRequest &r) { return ensureInstance(*s, r); });
    router.add("GET", "/api/v1/mcp/instances/{instance_id}", [s](HttpRequest &r) {
        const McpInstanceRow *x = s->mcpInstances.find(r.param("instance_id"));
        return x ? HttpResponse::json(wrap("instance", s->presentInstance(*x)))
                 : apierrors::notFound(r.requestId, "MCP instance", r.param("instance_id"));
    });
    router.add("PATCH", "/api/v1/mcp/instances/{instance_id}", [s](HttpRequest &r) {
        McpInstanceRow *x = s->mcpInstances.find(r.param("instance_id"));
        if (!x)
            return apierrors::notFound(r.requestId, "MCP instance", r.param("instance_id"));
        HttpResponse error;
        const auto body = jsonBody(r, &error);
        if (!body)
            return error;
        const std::string configName = body->value("config_name", "");
        if (!configName.empty()) {
            const McpConfig *c = configByName(*s, configName);
            if (!c)
                return apierrors::notFound(r.requestId, "MCP config", configName);
            x->configId = c->id;
        }
        const std::string name = body->value("name", "");
        if (!name.empty())
            x->name = name;
        x->updatedAt = s->now();
        return HttpResponse::json(wrap("instance", s->presentInstance(*x)));
    });
    router.add("DELETE", "/api/v1/mcp/instances/{instance_id}", [s](HttpRequest &r) {
        return s->mcpInstances.erase(r.param("instance_id"))
                   ? HttpResponse::empty()
                   : apierrors::notFound(r.requestId, "MCP instance", r.param("instance_id"));
    });
    router.add("POST", "/api/v1/mcp/instances/{instance_id}:get_auth_state", [s](HttpRequest &r) {
        McpInstanceRow *x = s->mcpInstances.find(r.param("instance_id"));
        if (!x)
            return apierrors::notFound(r.requestId, "MCP instance", r.param("instance_id"));
        const McpConfig *c = s->mcpConfigs.find(x->configId);
        if (!c)
            return apierrors::failedPrecondition(r.requestId, "the instance's MCP config no longer exists");
        return HttpResponse::json(wrap("connections", s->mcpAuthState(*c, x->userIdentifier, boolQuery(r, "include_auth_links", false))));
    });
}

} // namespace sk::sandbox
