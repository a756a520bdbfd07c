#include "sandbox/paging.h"
#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"

namespace sk::sandbox {

using namespace entities;

namespace {

M2MClient *clientFromPath(SandboxStore &store, const HttpRequest &r)
{
    M2MClient *c = store.clients.find(r.param("client_id"));
    return c && c->organizationId == r.param("organization_id") ? c : nullptr;
}

bool validate(const OrganizationClient &body, const HttpRequest &r, HttpResponse *error)
{
    Violations v;
    v.length("name", body.name, 0, 128);
    v.length("description", body.description, 0, 512);
    for (std::size_t i = 0; i < body.customClaims.size(); ++i)
        v.length("custom_claims[" + std::to_string(i) + "].key", body.customClaims[i].key, 1, 128);
    if (body.expiry < 0)
        v.add("expiry", "value must be >= 0", "int64.gte");
    if (!v.empty()) {
        *error = v.response(r.requestId);
        return false;
    }
    return true;
}

// A new secret; the plain value is returned once and never stored.
ClientSecret newSecret(SandboxStore &store, std::string *plain)
{
    *plain = "snd_" + store.newToken(48);
    ClientSecret secret;
    secret.id = store.newId("sec_");
    secret.createTime = secret.updateTime = store.now();
    secret.secretSuffix = plain->substr(plain->size() - 4);
    secret.status = ClientSecretStatus::Active;
    secret.createdBy = "api";
    return secret;
}

} // namespace

void registerClientRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    const std::string base = "/api/v1/organizations/{organization_id}/clients";
    router.add("GET", base, [s](HttpRequest &r) {
        const std::string &orgId = r.param("organization_id");
        if (!s->organizations.find(orgId))
            return apierrors::notFound(r.requestId, "organization", orgId);
        return listPage(r, PageLimits::upTo100(), s->clients, "clients",
                        [&](const M2MClient &c) { return c.organizationId == orgId; },
                        [](const M2MClient &c) { return json::encode(c); });
    });
    router.add("POST", base, [s](HttpRequest &r) {
        const std::string &orgId = r.param("organization_id");
        if (!s->organizations.find(orgId))
            return apierrors::notFound(r.requestId, "organization", orgId);
        HttpResponse error;
        const auto body = decodeBody<OrganizationClient>(r, &error);
        if (!body || !validate(*body, r, &error))
            return error;
        M2MClient client;
        client.clientId = s->newId("m2morg_");
        client.organizationId = orgId;
        client.name = body->name;
        client.description = body->description;
        client.scopes = body->scopes;
        client.audience = body->audience;
        client.customClaims = body->customClaims;
        client.expiry = body->expiry > 0 ? body->expiry : 3600;
        client.createTime = client.updateTime = s->now();
        std::string plain;
        client.secrets.push_back(newSecret(*s, &plain));
        const M2MClient &stored = s->clients.insert(std::move(client));
        CreateOrganizationClientResponse out{stored, plain};
        return HttpResponse::json(json::encode(out), 201);
    });
    router.add("GET", base + "/{client_id}", [s](HttpRequest &r) {
        const M2MClient *c = clientFromPath(*s, r);
        return c ? HttpResponse::json(wrap("client", *c)) : apierrors::notFound(r.requestId, "client", r.param("client_id"));
    });
    router.add("PATCH", base + "/{client_id}", [s](HttpRequest &r) {
        M2MClient *c = clientFromPath(*s, r);
        if (!c)
            return apierrors::notFound(r.requestId, "client", r.param("client_id"));
        HttpResponse error;
        const auto raw = jsonBody(r, &error);
        if (!raw)
            return error;
        const auto body = decodeBody<OrganizationClient>(r, &error);
        if (!body || !validate(*body, r, &error))
            return error;
        if (raw->contains("name"))
            c->name = body->name;
        if (raw->contains("description"))
            c->description = body->description;
        if (raw->contains("scopes"))
            c->scopes = body->scopes;
        if (raw->contains("audience"))
            c->audience = body->audience;
        if (raw->contains("custom_claims"))
            c->customClaims = body->customClaims;
        if (raw->contains("expiry") && body->expiry > 0)
            c->expiry = body->expiry;
        c->updateTime = s->now();
        return HttpResponse::json(wrap("client", *c));
    });
    router.add("DELETE", base + "/{client_id}", [s](HttpRequest &r) {
        if (!clientFromPath(*s, r))
            return apierrors::notFound(r.requestId, "client", r.param("client_id"));
        s->clients.erase(r.param("client_id"));
        return HttpResponse::empty();
    });
    router.add("POST", base + "/{client_id}/secrets", [s](HttpRequest &r) {
        M2MClient *c = clientFromPath(*s, r);
        if (!c)
            return apierrors::notFound(r.requestId, "client", r.param("client_id"));
        if (c->secrets.size() >= 5)
            return apierrors::failedPrecondition(r.requestId, "a client can have at most 5 secrets");
        std::string plain;
        c->secrets.push_back(newSecret(*s, &plain));
        c->updateTime = s->now();
        CreateClientSecretResponse out{plain, c->secrets.back()};
        return HttpResponse::json(json::encode(out), 201);
    });
    router.add("DELETE", base + "/{client_id}/secrets/{secret_id}", [s](HttpRequest &r) {
        M2MClient *c = clientFromPath(*s, r);
        if (!c)
            return apierrors::notFound(r.requestId, "client", r.param("client_id"));
        const auto before = c->secrets.size();
        std::erase_if(c->secrets, [&](const ClientSecret &x) { return x.id == r.param("secret_id"); });
        if (before == c->secrets.size())
            return apierrors::notFound(r.requestId, "secret", r.param("secret_id"));
        c->updateTime = s->now();
        return HttpResponse::empty();
    });
}

} // namespace sk::sandbox
