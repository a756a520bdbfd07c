#include "sandbox/paging.h"
#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"

#include "services/entities/connectionrequests.h"

namespace sk::sandbox {

using namespace entities;

namespace {

bool isAppType(ConnectionType t)
{
    switch (t) {
    case ConnectionType::OAuth: case ConnectionType::ApiKey: case ConnectionType::Basic: case ConnectionType::Bearer:
    case ConnectionType::OAuthM2M: case ConnectionType::GoogleDwd: case ConnectionType::TrustedIdp:
    case ConnectionType::NoAuth: case ConnectionType::TrelloOAuth1: case ConnectionType::SmartFhir:
        return true;
    default:
        return false;
    }
}

std::vector<Domain> currentDomains(SandboxStore &store, const Connection &c)
{
    std::vector<Domain> out;
    for (const Domain &assigned : c.domains) {
        if (const Domain *d = store.domains.find(assigned.id))
            out.push_back(*d);
    }
    return out;
}

Connection *connectionFromPath(SandboxStore &store, const HttpRequest &r);

ListConnection listItem(SandboxStore &store, const Connection &c)
{
    ListConnection l;
    l.id = c.id;
    l.provider = c.provider;
    l.type = c.type;
    l.status = c.status;
    l.enabled = c.enabled;
    l.organizationId = c.organizationId.value_or("");
    l.uiButtonTitle = c.uiButtonTitle;
    l.providerKey = c.providerKey;
    l.keyId = c.keyId.value_or("");
    l.createdAt = c.createTime;
    l.mcpServerUrl = c.mcpServerUrl.value_or("");
    if (c.organizationId) {
        if (const Organization *org = store.organizations.find(*c.organizationId))
            l.organizationName = org->displayName;
    }
    for (const Domain &d : currentDomains(store, c))
        l.domains.push_back(d.domain);
    return l;
}

// The connection with its assigned domains as they are now (a domain deleted since is gone).
Connection withCurrentDomains(SandboxStore &store, const Connection &c)
{
    Connection out = c;
    out.domains = currentDomains(store, c);
    return out;
}

// PUT .../connections/{id}/domains {domain_ids}: the connection's domains become exactly these,
// each a verified domain of the connection's organization.
HttpResponse assignDomains(SandboxStore &store, HttpRequest &r)
{
    Connection *c = connectionFromPath(store, r);
    if (!c)
        return apierrors::notFound(r.requestId, "connection", r.param("connection_id"));
    HttpResponse error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    std::vector<std::string> ids;
    try {
        json::Reader(*body).read("domain_ids", ids);
    } catch (const json::DecodeError &e) {
        return apierrors::invalidField(r.requestId, e.path(), e.reason(), "type");
    }
    Violations v;
    std::vector<Domain> domains;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string field = "domain_ids[" + std::to_string(i) + "]";
        const Domain *d = store.domains.find(ids[i]);
        if (!d || d->organizationId != c->organizationId.value_or("")) {
            v.add(field, "no domain " + ids[i] + " in this organization", "exists");
            continue;
        }
        const VerificationStatus status = d->verificationStatus.value;
        if (status != VerificationStatus::Verified && status != VerificationStatus::AutoVerified) {
            v.add(field, "domain " + d->domain + " is not verified", "verified");
            continue;
        }
        if (std::none_of(domains.begin(), domains.end(), [&](const Domain &x) { return x.id == d->id; }))
            domains.push_back(*d);
    }
    if (!v.empty())
        return v.response(r.requestId);
    c->domains = std::move(domains);
    c->updateTime = store.now();
    return HttpResponse::json(wrap("connection", withCurrentDomains(store, *c)));
}

// An SSO connection's status follows how much of its IdP side is filled in.
void recomputeStatus(Connection &c)
{
    if (!c.isSso())
        return;
    bool complete = false;
    bool started = false;
    if (c.samlConfig) {
        started = c.samlConfig->idpEntityId || c.samlConfig->idpSsoUrl || c.samlConfig->idpMetadataUrl;
        complete = (c.samlConfig->idpEntityId && c.samlConfig->idpSsoUrl && !c.samlConfig->idpCertificates.empty())
                   || c.samlConfig->idpMetadataUrl.has_value();
    } else if (c.oidcConfig) {
        started = c.oidcConfig->issuer || c.oidcConfig->clientId || c.oidcConfig->discoveryEndpoint;
        complete = (c.oidcConfig->issuer || c.oidcConfig->discoveryEndpoint) && c.oidcConfig->clientId
                   && c.oidcConfig->clientSecret;
    }
    c.status = complete ? ConnectionStatus::Completed : started ? ConnectionStatus::InProgress : ConnectionStatus::Draft;
    if (!complete)
        c.enabled = false;
}

Connection newConnection(SandboxStore &store, const CreateConnection &body, const std::optional<std::string> &orgId)
{
    Connection c;
    c.id = store.newId("conn_");
    c.organizationId = orgId;
    c.provider = body.provider;
    c.type = body.type;
    c.providerKey = body.providerKey;
    c.keyId = body.keyId;
    c.status = orgId ? ConnectionStatus::Draft : ConnectionStatus::Completed;
    c.enabled = !orgId; // app connections are usable at once
    c.configurationType = ConfigurationType::Manual;
    c.createTime = c.updateTime = store.now();
    if (orgId) {
        if (c.type.value == ConnectionType::Saml) {
            SamlConnectionConfig cfg;
            cfg.spEntityId = store.baseUrl() + "/sso/v1/saml/" + c.id;
            cfg.spAssertionUrl = cfg.spEntityId + "/acs";
            cfg.spMetadataUrl = cfg.spEntityId + "/metadata";
            c.samlConfig = cfg;
        } else if (c.type.value == ConnectionType::Oidc) {
            OidcConnectionConfig cfg;
            cfg.redirectUri = store.baseUrl() + "/sso/v1/oidc/" + c.id + "/callback";
            cfg.scopes = {OidcScope::OpenId, OidcScope::Profile, OidcScope::Email};
            c.oidcConfig = cfg;
        }
    } else if (c.type.value == ConnectionType::OAuth) {
        OAuthConnectionConfig cfg;
        cfg.redirectUri = store.baseUrl() + "/sso/v1/oauth/" + c.id + "/callback";
        cfg.usePlatformCreds = true;
        c.oauthConfig = cfg;
    } else if (c.type.value != ConnectionType::Unspecified) {
        c.staticConfig = StaticAuthConfig{nlohmann::json::object()};
    }
    return c;
}

HttpResponse create(SandboxStore &store, HttpRequest &r, bool organizationLevel)
{
    std::optional<std::string> orgId;
    if (organizationLevel) {
        orgId = r.param("organization_id");
        if (!store.organizations.find(*orgId))
            return apierrors::notFound(r.requestId, "organization", *orgId);
    }
    HttpResponse error;
    const auto body = decodeBody<CreateConnection>(r, &error);
    if (!body)
        return error;
    Violations v;
    if (body->type.isUnknown() || body->type.value == ConnectionType::Unspecified)
        v.add("type", "value must be a defined connection type", "enum.defined_only");
    if (body->provider.isUnknown())
        v.add("provider", "value must be a defined provider", "enum.defined_only");
    if (organizationLevel && (body->type.value == ConnectionType::OAuth || body->type.value == ConnectionType::Passwordless
                              || body->type.value == ConnectionType::WebAuthn))
        v.add("type", "OAUTH, PASSWORDLESS and WEBAUTHN connections cannot belong to an organization", "cel");
    if (!organizationLevel) {
        if (!body->keyId || body->keyId->empty())
            v.add("key_id", "connection name is required", "required");
        else
            v.length("key_id", *body->keyId, 1, 300);
        if (body->providerKey.empty())
            v.add("provider_key", "connector slug is required", "required");
    }
    if (!v.empty())
        return v.response(r.requestId);
    if (!organizationLevel && store.findAppConnectionByName(*body->keyId))
        return apierrors::alreadyExists(r.requestId, "a connection named " + *body->keyId + " already exists");
    Connection c = newConnection(store, *body, orgId);
    if (!organizationLevel && !isAppType(c.type.value) && !boolQuery(r, "flags.is_login", false))
        c.enabled = false;
    return HttpResponse::json(wrap("connection", store.connections.insert(std::move(c))));
}

Connection *connectionFromPath(SandboxStore &store, const HttpRequest &r)
{
    const std::string &id = r.param("id").empty() ? r.param("connection_id") : r.param("id");
    Connection *c = store.connections.find(id);
    if (!c)
        return nullptr;
    const std::string &org = r.param("organization_id");
    if (!org.empty() && c->organizationId != org)
        return nullptr;
    return c;
}

HttpResponse update(SandboxStore &store, HttpRequest &r)
{
    Connection *c = connectionFromPath(store, r);
    if (!c)
        return apierrors::notFound(r.requestId, "connection", r.param("id") + r.param("connection_id"));
    HttpResponse error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    try {
        (void)json::decode<UpdateConnection>(*body); // type check of every field
    } catch (const json::DecodeError &e) {
        return apierrors::invalidField(r.requestId, e.path(), e.reason(), "type");
    }
    nlohmann::json merged = json::encode(*c);
    static const char *kScalars[] = {"provider", "type", "debug_enabled", "ui_button_title", "configuration_type",
                                     "attribute_mapping", "key_id", "provider_key"};
    for (const char *key : kScalars) {
        if (body->contains(key) && !(*body)[key].is_null())
            merged[key] = (*body)[key];
    }
    static const char *kConfigs[] = {"oidc_config", "saml_config", "oauth_config", "passwordless_config",
                                     "static_config", "webauthn_config", "google_dwd_config"};
    for (const char *key : kConfigs) {
        if (!body->contains(key) || !(*body)[key].is_object())
            continue;
        nlohmann::json config = merged.contains(key) && merged[key].is_object() ? merged[key] : nlohmann::json::object();
        for (const auto &[k, value] : (*body)[key].items()) {
            if (std::string(key) == "saml_config" && k == "idp_certificate" && value.is_string()) {
                config["idp_certificates"] = nlohmann::json::array(
                    {{{"id", store.newId("cert_")}, {"certificate", value}, {"create_time", store.now().toRfc3339()},
                      {"expiry_time", Timestamp(store.now().nanos + 365LL * 86400 * 1'000'000'000LL).toRfc3339()}}});
            } else if (!value.is_null()) {
                config[k] = value;
            }
        }
        merged[key] = config;
    }
    Connection next;
    try {
        next = json::decode<Connection>(merged);
    } catch (const json::DecodeError &e) {
        return apierrors::invalidField(r.requestId, e.path(), e.reason(), "type");
    }
    Violations v;
    if (next.keyId)
        v.length("key_id", *next.keyId, 1, 300);
    if (next.attributeMapping.size() > 30)
        v.add("attribute_mapping", "at most 30 entries", "map.max_pairs");
    if (!v.empty())
        return v.response(r.requestId);
    if (!c->isSso() && next.keyId != c->keyId) {
        const Connection *other = store.findAppConnectionByName(next.keyId.value_or(""));
        if (other && other->id != c->id)
            return apierrors::alreadyExists(r.requestId, "a connection named " + *next.keyId + " already exists");
    }
    next.id = c->id;
    next.organizationId = c->organizationId;
    next.createTime = c->createTime;
    next.updateTime = store.now();
    next.enabled = c->enabled;
    recomputeStatus(next);
    *c = std::move(next);
    if (c->isSso())
        store.refreshOrganizationFeatures(*c->organizationId);
    return HttpResponse::json(wrap("connection", *c));
}

HttpResponse toggle(SandboxStore &store, HttpRequest &r, bool enable)
{
    Connection *c = connectionFromPath(store, r);
    if (!c)
        return apierrors::notFound(r.requestId, "connection", r.param("id") + r.param("connection_id"));
    nlohmann::json out;
    if (enable && c->isSso() && c->status.value != ConnectionStatus::Completed) {
        out = {{"enabled", c->enabled}, {"error_message", "connection is not fully configured"}};
        return HttpResponse::json(out);
    }
    c->enabled = enable;
    c->updateTime = store.now();
    if (c->isSso())
        store.refreshOrganizationFeatures(*c->organizationId);
    return HttpResponse::json({{"enabled", c->enabled}});
}

HttpResponse remove(SandboxStore &store, HttpRequest &r)
{
    Connection *c = connectionFromPath(store, r);
    if (!c)
        return apierrors::notFound(r.requestId, "connection", r.param("id") + r.param("connection_id"));
    const std::optional<std::string> org = c->organizationId;
    store.connections.erase(c->id);
    if (org)
        store.refreshOrganizationFeatures(*org);
    return HttpResponse::empty();
}

} // namespace

void registerConnectionRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    router.add("GET", "/api/v1/connections", [s](HttpRequest &r) {
        const std::string orgId = r.queryValue("organization_id");
        const std::string domain = r.queryValue("domain");
        const bool all = r.queryValue("include") == "all";
        std::string domainOrg;
        if (!domain.empty()) {
            const Domain *d = s->domains.findIf([&](const Domain &x) { return x.domain == domain; });
            if (!d)
                return HttpResponse::json({{"connections", nlohmann::json::array()}});
            domainOrg = d->organizationId;
        }
        nlohmann::json items = nlohmann::json::array();
        for (const Connection &c : s->connections) {
            if (!orgId.empty() && c.organizationId != orgId)
                continue;
            if (!domainOrg.empty() && c.organizationId != domainOrg)
                continue;
            if (orgId.empty() && domainOrg.empty() && !c.isSso() && !all)
                continue;
            items.push_back(json::encode(listItem(*s, c)));
        }
        return HttpResponse::json({{"connections", items}});
    });
    router.add("GET", "/api/v1/organizations/-/connections", [s](HttpRequest &r) {
        return listPage(r, PageLimits::upTo30(), s->connections, "connections",
                        [](const Connection &c) { return c.isSso(); },
                        [s](const Connection &c) { return json::encode(listItem(*s, c)); });
    });
    router.add("GET", "/api/v1/organizations/-/connections:search", [s](HttpRequest &r) {
        const std::string query = r.queryValue("query");
        const std::string provider = r.queryValue("provider");
        const std::string status = r.queryValue("status");
        const std::string type = r.queryValue("connection_type");
        const std::string enabled = r.queryValue("enabled");
        return listPage(r, PageLimits::upTo30(), s->connections, "connections",
                        [&](const Connection &c) {
                            if (!c.isSso())
                                return false;
                            if (!provider.empty() && c.provider.name() != provider)
                                return false;
                            if (!status.empty() && c.status.name() != status)
                                return false;
                            if (!type.empty() && c.type.name() != type)
                                return false;
                            if (!enabled.empty() && c.enabled != (enabled == "true"))
                                return false;
                            if (query.empty() || c.id == query)
                                return true;
                            const Organization *org = s->organizations.find(*c.organizationId);
                            return org && (containsFolded(org->displayName, query) || org->id == query);
                        },
                        [s](const Connection &c) { return json::encode(listItem(*s, c)); });
    });
    router.add("POST", "/api/v1/organizations/{organization_id}/connections", [s](HttpRequest &r) { return create(*s, r, true); });
    const std::string orgBase = "/api/v1/organizations/{organization_id}/connections/{id}";
    router.add("GET", orgBase, [s](HttpRequest &r) {
        const Connection *c = connectionFromPath(*s, r);
        return c ? HttpResponse::json(wrap("connection", withCurrentDomains(*s, *c)))
                 : apierrors::notFound(r.requestId, "connection", r.param("id"));
    });
    router.add("PATCH", orgBase, [s](HttpRequest &r) { return update(*s, r); });
    router.add("DELETE", orgBase, [s](HttpRequest &r) { return remove(*s, r); });
    router.add("PATCH", orgBase + ":enable", [s](HttpRequest &r) { return toggle(*s, r, true); });
    router.add("PATCH", orgBase + ":disable", [s](HttpRequest &r) { return toggle(*s, r, false); });
    router.add("PUT", "/api/v1/organizations/{organization_id}/connections/{connection_id}/domains",
               [s](HttpRequest &r) { return assignDomains(*s, r); });

    // AgentKit (environment) connections.
    router.add("GET", "/api/v1/connections/app", [s](HttpRequest &r) {
        const std::string provider = r.queryValue("provider");
        return listPage(r, PageLimits::upTo30(), s->connections, "connections",
                        [&](const Connection &c) {
                            return !c.isSso() && isAppType(c.type.value)
                                   && (provider.empty() || c.providerKey == provider || c.provider.name() == provider);
                        },
                        [](const Connection &c) { return json::encode(c); });
    });
    router.add("POST", "/api/v1/connections", [s](HttpRequest &r) { return create(*s, r, false); });
    const std::string appBase = "/api/v1/connections/{connection_id}";
    router.add("GET", appBase, [s](HttpRequest &r) {
        const Connection *c = connectionFromPath(*s, r);
        return c ? HttpResponse::json(wrap("connection", *c))
                 : apierrors::notFound(r.requestId, "connection", r.param("connection_id"));
    });
    router.add("PATCH", appBase, [s](HttpRequest &r) { return update(*s, r); });
    router.add("DELETE", appBase, [s](HttpRequest &r) { return remove(*s, r); });
    router.add("PATCH", appBase + ":enable", [s](HttpRequest &r) { return toggle(*s, r, true); });
    router.add("PATCH", appBase + ":disable", [s](HttpRequest &r) { return toggle(*s, r, false); });
}

} // namespace sk::sandbox
