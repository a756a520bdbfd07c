#include "sandbox/paging.h"
#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/seednames.h"

#include "services/entities/providerrequests.h"

namespace sk::sandbox {

using namespace entities;

namespace {

bool validateCustom(const CustomProviderChanges &p, const HttpRequest &r, HttpResponse *error)
{
    Violations v;
    v.length("display_name", p.displayName, 1, 200);
    if (!p.displayName.empty())
        v.pattern("display_name", p.displayName, R"(^[a-zA-Z0-9 ]*[a-zA-Z0-9][a-zA-Z0-9 ]*$)", "letters, digits and spaces only");
    if (!p.authPatterns.is_array() || p.authPatterns.empty())
        v.add("auth_patterns", "value is required", "required");
    if (p.proxyUrl)
        v.pattern("proxy_url", *p.proxyUrl, "^https://", "value must start with https://");
    if (p.iconSrc)
        v.pattern("icon_src", *p.iconSrc, "^(https://.*)?$", "value must start with https://");
    v.metadata("metadata", p.metadata, 20);
    if (!v.empty()) {
        *error = v.response(r.requestId);
        return false;
    }
    return true;
}

void apply(Provider &out, const CustomProviderChanges &p)
{
    out.displayName = p.displayName;
    out.description = p.description;
    out.authPatterns = p.authPatterns;
    out.proxyUrl = p.proxyUrl.value_or("");
    out.proxyEnabled = p.proxyEnabled;
    out.iconSrc = p.iconSrc.value_or("");
    out.metadata = p.metadata;
}

bool toolMatches(const Tool &t, const std::vector<std::string> &providers, const std::vector<std::string> &names)
{
    return (providers.empty() || std::find(providers.begin(), providers.end(), t.provider) != providers.end())
           && (names.empty() || std::find(names.begin(), names.end(), t.name()) != names.end());
}

} // namespace

void registerProviderRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    router.add("GET", "/api/v1/providers", [s](HttpRequest &r) {
        const std::string identifier = r.queryValue("identifier");
        const std::string type = r.queryValue("filter.provider_type");
        if (!type.empty() && type != "DEFAULT" && type != "CUSTOM" && type != "ALL")
            return apierrors::invalidField(r.requestId, "filter.provider_type", "value must be DEFAULT, CUSTOM or ALL", "enum.defined_only");
        return listPage(r, PageLimits::unstated(), s->providers, "providers",
                        [&](const Provider &p) {
                            return (identifier.empty() || p.identifier == identifier)
                                   && (type.empty() || type == "ALL" || (type == "CUSTOM") == p.isCustom);
                        },
                        [](const Provider &p) { return json::encode(p); });
    });
    router.add("POST", "/api/v1/custom-providers", [s](HttpRequest &r) {
        HttpResponse error;
        const auto raw = jsonBody(r, &error);
        if (!raw)
            return error;
        CustomProviderChanges changes;
        try {
            changes = json::decodeMember<CustomProviderChanges>(*raw, "provider");
            if (!raw->contains("provider"))
                changes = json::decode<CustomProviderChanges>(*raw);
        } catch (const json::DecodeError &e) {
            return apierrors::invalidField(r.requestId, e.path(), e.reason(), "type");
        }
        if (!validateCustom(changes, r, &error))
            return error;
        Provider p;
        p.id = s->newId("prv_");
        p.identifier = "custom_" + seednames::slugify(changes.displayName, '_');
        if (std::any_of(s->providers.begin(), s->providers.end(), [&](const Provider &x) { return x.identifier == p.identifier; }))
            return apierrors::alreadyExists(r.requestId, "a provider named " + changes.displayName + " already exists");
        p.isCustom = true;
        apply(p, changes);
        s->providers.push_back(p);
        return HttpResponse::json(wrap("provider", p), 201);
    });
    router.add("PUT", "/api/v1/custom-providers/{identifier}", [s](HttpRequest &r) {
        auto it = std::find_if(s->providers.begin(), s->providers.end(),
                               [&](const Provider &x) { return x.isCustom && x.identifier == r.param("identifier"); });
        if (it == s->providers.end())
            return apierrors::notFound(r.requestId, "provider", r.param("identifier"));
        HttpResponse error;
        const auto raw = jsonBody(r, &error);
        if (!raw)
            return error;
        CustomProviderChanges changes;
        try {
            changes = raw->contains("provider") ? json::decodeMember<CustomProviderChanges>(*raw, "provider")
                                                : json::decode<CustomProviderChanges>(*raw);
        } catch (const json::DecodeError &e) {
            return apierrors::invalidField(r.requestId, e.path(), e.reason(), "type");
        }
        if (!validateCustom(changes, r, &error))
            return error;
        apply(*it, changes);
        return HttpResponse::json(wrap("provider", *it));
    });
    router.add("DELETE", "/api/v1/custom-providers/{identifier}", [s](HttpRequest &r) {
        const auto n = std::erase_if(s->providers, [&](const Provider &x) { return x.isCustom && x.identifier == r.param("identifier"); });
        return n ? HttpResponse::empty() : apierrors::notFound(r.requestId, "provider", r.param("identifier"));
    });

    // Tools catalogue.
    router.add("GET", "/api/v1/tools", [s](HttpRequest &r) {
        const std::string provider = r.queryValue("filter.provider");
        const std::vector<std::string> names = r.queryValues("filter.tool_name");
        const std::string query = r.queryValue("filter.query");
        const bool summary = boolQuery(r, "filter.summary", false);
        std::string connectorProvider;
        const std::string connector = r.queryValue("filter.connector");
        if (!connector.empty()) {
            const Connection *c = s->findAppConnectionByName(connector);
            connectorProvider = c ? c->providerKey : "-";
        }
        const auto match = [&](const Tool &t) {
            return (provider.empty() || t.provider == provider) && toolMatches(t, {}, names)
                   && (connectorProvider.empty() || t.provider == connectorProvider)
                   && (query.empty() || containsFolded(t.name(), query));
        };
        if (!summary)
            return listPage(r, PageLimits::unstated(), s->tools, "tools", match, [](const Tool &t) { return json::encode(t); });
        HttpResponse response = listPage(r, PageLimits::unstated(), s->tools, "tool_names", match,
                                         [](const Tool &t) { return nlohmann::json(t.name()); });
        return response;
    });
    router.add("GET", "/api/v1/tools/available", [s](HttpRequest &r) {
        const std::string identifier = r.queryValue("identifier");
        if (identifier.empty())
            return apierrors::invalidField(r.requestId, "identifier", "value is required", "required");
        std::vector<std::string> providers;
        for (const std::uint32_t pos : s->connectedAccounts.lookup(AccountTable::ByIdentifier, identifier)) {
            const ConnectedAccountRow &row = s->connectedAccounts.rows()[pos];
            if (s->presentAccount(row, false).status.value == ConnectorStatus::Active)
                providers.push_back(row.account.provider);
        }
        return listPage(r, PageLimits::unstated(), s->tools, "tools",
                        [&](const Tool &t) { return !providers.empty() && toolMatches(t, providers, {}); },
                        [](const Tool &t) { return json::encode(t); });
    });
    router.add("GET", "/api/v1/tools/scoped", [s](HttpRequest &r) {
        const std::string identifier = r.queryValue("identifier");
        if (identifier.empty())
            return apierrors::invalidField(r.requestId, "identifier", "value is required", "required");
        const std::vector<std::string> providers = r.queryValues("filter.providers");
        const std::vector<std::string> names = r.queryValues("filter.tool_names");
        const std::vector<std::string> connections = r.queryValues("filter.connection_names");
        std::vector<ScopedTool> scoped;
        for (const std::uint32_t pos : s->connectedAccounts.lookup(AccountTable::ByIdentifier, identifier)) {
            const ConnectedAccountRow &row = s->connectedAccounts.rows()[pos];
            if (!connections.empty() && std::find(connections.begin(), connections.end(), row.account.connector) == connections.end())
                continue;
            for (const Tool &t : s->tools) {
                if (t.provider == row.account.provider && toolMatches(t, providers, names))
                    scoped.push_back({t, identifier, row.account.id});
            }
        }
        return listPage(r, PageLimits::unstated(), scoped, "tools", [](const ScopedTool &) { return true; },
                        [](const ScopedTool &t) { return json::encode(t); });
    });
}

} // namespace sk::sandbox
