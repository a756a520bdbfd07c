#include "sandbox/paging.h"
#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"

namespace sk::sandbox {

using namespace entities;

namespace {

constexpr const char *kSlugPattern =
    R"(^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$)";

HttpResponse orgNotFound(const HttpRequest &r, const std::string &id)
{
    return apierrors::notFound(r.requestId, "organization", id);
}

bool externalIdTaken(SandboxStore &store, const std::string &externalId, const std::string &exceptId)
{
    if (externalId.empty())
        return false;
    Organization *other = store.findOrganizationByExternalId(externalId);
    return other && other->id != exceptId;
}

HttpResponse createOrganization(SandboxStore &store, const HttpRequest &r)
{
    HttpResponse error;
    const auto body = decodeBody<CreateOrganization>(r, &error);
    if (!body)
        return error;
    Violations v;
    v.length("display_name", body->displayName, 1, 200);
    v.metadata("metadata", body->metadata, 10);
    if (body->slug) {
        v.length("slug", *body->slug, 1, 253);
        v.pattern("slug", *body->slug, kSlugPattern, "value does not match the slug pattern");
    }
    if (body->logoUrl)
        v.length("logo_url", *body->logoUrl, 0, 1024);
    if (!v.empty())
        return v.response(r.requestId);
    if (body->externalId && externalIdTaken(store, *body->externalId, {}))
        return apierrors::fieldTaken(r.requestId, "external_id",
                                     "an organization with external_id " + *body->externalId + " already exists");
    Organization org;
    org.id = store.newId("org_");
    org.createTime = org.updateTime = store.now();
    org.displayName = body->displayName;
    org.regionCode = body->regionCode.value == RegionCode::Unspecified ? Enum<RegionCode>(RegionCode::Us)
                                                                        : body->regionCode;
    org.externalId = body->externalId;
    org.metadata = body->metadata;
    org.slug = body->slug;
    org.logoUrl = body->logoUrl;
    org.settings.features = {{"sso", false}, {"dir_sync", false}};
    const Organization &stored = store.organizations.insert(std::move(org));
    return HttpResponse::json(wrap("organization", stored), 201);
}

HttpResponse updateOrganization(SandboxStore &store, HttpRequest &r, Organization *org)
{
    if (!org)
        return orgNotFound(r, r.param("id").empty() ? r.param("external_id") : r.param("id"));
    HttpResponse error;
    const auto body = decodeBody<UpdateOrganization>(r, &error);
    if (!body)
        return error;
    Violations v;
    if (body->displayName)
        v.length("display_name", *body->displayName, 1, 200);
    if (body->metadata)
        v.metadata("metadata", *body->metadata, 10);
    if (body->slug && !body->slug->empty()) {
        v.length("slug", *body->slug, 0, 253);
        v.pattern("slug", *body->slug, kSlugPattern, "value does not match the slug pattern");
    }
    if (body->logoUrl)
        v.length("logo_url", *body->logoUrl, 0, 1024);
    if (!v.empty())
        return v.response(r.requestId);
    if (body->externalId && externalIdTaken(store, *body->externalId, org->id))
        return apierrors::fieldTaken(r.requestId, "external_id",
                                     "an organization with external_id " + *body->externalId + " already exists");
    if (body->displayName)
        org->displayName = *body->displayName;
    if (body->externalId)
        org->externalId = body->externalId->empty() ? std::nullopt : body->externalId;
    if (body->metadata)
        org->metadata = *body->metadata;
    if (body->slug)
        org->slug = body->slug->empty() ? std::nullopt : body->slug;
    if (body->logoUrl)
        org->logoUrl = body->logoUrl->empty() ? std::nullopt : body->logoUrl;
    org->updateTime = store.now();
    return HttpResponse::json(wrap("organization", *org));
}

HttpResponse updateSettings(SandboxStore &store, HttpRequest &r)
{
    Organization *org = store.organizations.find(r.param("id"));
    if (!org)
        return orgNotFound(r, r.param("id"));
    HttpResponse error;
    const auto body = decodeBody<OrganizationSettings>(r, &error);
    if (!body)
        return error;
    Violations v;
    for (std::size_t i = 0; i < body->features.size(); ++i) {
        if (body->features[i].name.empty())
            v.add("features[" + std::to_string(i) + "].name", "feature name is required", "required");
    }
    if (!v.empty())
        return v.response(r.requestId);
    for (const OrganizationSettingsFeature &f : body->features) {
        auto it = std::find_if(org->settings.features.begin(), org->settings.features.end(),
                               [&](const OrganizationSettingsFeature &x) { return x.name == f.name; });
        if (it == org->settings.features.end())
            org->settings.features.push_back(f);
        else
            it->enabled = f.enabled;
    }
    org->updateTime = store.now();
    return HttpResponse::json(wrap("organization", *org));
}

HttpResponse generatePortalLink(SandboxStore &store, HttpRequest &r)
{
    Organization *org = store.organizations.find(r.param("id"));
    if (!org)
        return orgNotFound(r, r.param("id"));
    PortalLinkRow link;
    link.id = store.newId("lnk_");
    link.organizationId = org->id;
    link.token = store.newToken(40);
    link.expireTime = Timestamp(store.now().nanos + 60LL * 1'000'000'000);
    for (const std::string &f : r.queryValues("features")) {
        if (f != "sso" && f != "dir_sync" && f != "FEATURE_UNSPECIFIED" && f != "UNSPECIFIED" && f != "1" && f != "2")
            return apierrors::invalidField(r.requestId, "features", "value must be one of sso, dir_sync", "enum.defined_only");
        link.features.push_back(f == "1" ? "dir_sync" : f == "2" ? "sso" : f);
    }
    if (boolQuery(r, "sso", false))
        link.features.push_back("sso");
    if (boolQuery(r, "directory_sync", false))
        link.features.push_back("dir_sync");
    PortalLink out;
    out.id = link.id;
    out.location = store.baseUrl() + "/magicLink/" + link.token;
    out.expireTime = link.expireTime;
    store.portalLinks.push_back(std::move(link));
    return HttpResponse::json(wrap("link", out));
}

OrganizationSessionPolicy policyFor(SandboxStore &store, const std::string &orgId)
{
    const auto it = store.sessionPolicies.find(orgId);
    if (it != store.sessionPolicies.end())
        return it->second;
    OrganizationSessionPolicy p;
    p.policySource = SessionPolicyType::Application;
    return p;
}

HttpResponse patchSessionPolicy(SandboxStore &store, HttpRequest &r)
{
    const std::string &orgId = r.param("organization_id");
    if (!store.organizations.find(orgId))
        return orgNotFound(r, orgId);
    HttpResponse error;
    const auto body = decodeBody<OrganizationSessionPolicy>(r, &error);
    if (!body)
        return error;
    Violations v;
    if (body->policySource.value != SessionPolicyType::Application && body->policySource.value != SessionPolicyType::Custom)
        v.add("policy_source", "value must be APPLICATION or CUSTOM", "enum.defined_only");
    const auto positive = [&](const char *field, const std::optional<std::int32_t> &value) {
        if (value && *value <= 0)
            v.add(field, "value must be greater than 0", "int32.gt");
    };
    positive("absolute_session_timeout", body->absoluteSessionTimeout);
    positive("idle_session_timeout", body->idleSessionTimeout);
    if (!v.empty())
        return v.response(r.requestId);
    OrganizationSessionPolicy policy = policyFor(store, orgId);
    policy.policySource = body->policySource;
    if (body->policySource.value == SessionPolicyType::Application) {
        policy = OrganizationSessionPolicy{};
        policy.policySource = SessionPolicyType::Application;
    } else {
        if (body->absoluteSessionTimeout)
            policy.absoluteSessionTimeout = body->absoluteSessionTimeout;
        if (body->absoluteSessionTimeoutUnit)
            policy.absoluteSessionTimeoutUnit = body->absoluteSessionTimeoutUnit;
        if (body->idleSessionTimeoutEnabled)
            policy.idleSessionTimeoutEnabled = body->idleSessionTimeoutEnabled;
        if (body->idleSessionTimeout)
            policy.idleSessionTimeout = body->idleSessionTimeout;
        if (body->idleSessionTimeoutUnit)
            policy.idleSessionTimeoutUnit = body->idleSessionTimeoutUnit;
    }
    store.sessionPolicies[orgId] = policy;
    return HttpResponse::json(wrap("policy", policy));
}

HttpResponse patchUserManagement(SandboxStore &store, HttpRequest &r)
{
    const std::string &orgId = r.param("organization_id");
    if (!store.organizations.find(orgId))
        return orgNotFound(r, orgId);
    HttpResponse error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    OrganizationUserManagementSettings settings;
    try {
        settings = json::decodeMember<OrganizationUserManagementSettings>(*body, "settings");
    } catch (const json::DecodeError &e) {
        return apierrors::invalidField(r.requestId, e.path(), e.reason(), "type");
    }
    if (settings.maxAllowedUsers && *settings.maxAllowedUsers < 0)
        return apierrors::invalidField(r.requestId, "settings.max_allowed_users", "value must be >= 0", "int32.gte");
    store.userManagement[orgId] = settings;
    return HttpResponse::json(wrap("settings", settings));
}

} // namespace

void registerOrganizationRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;

    router.add("GET", "/api/v1/organizations", [s](HttpRequest &r) {
        const std::string externalId = r.queryValue("external_id");
        return listPageText(r, PageLimits::upTo100(), s->organizations.rows(), "organizations", externalId.empty(),
                            [&](const Organization &o) { return o.externalId == externalId; },
                            [s](const Organization &o) -> const std::string & { return s->organizationJson(o); });
    });
    router.add("GET", "/api/v1/organizations:search", [s](HttpRequest &r) {
        const std::string query = r.queryValue("query");
        return listPage(r, PageLimits::upTo30(), s->organizations, "organizations",
                        [&](const Organization &o) {
                            return containsFolded(o.displayName, query) || o.id == query
                                   || (o.externalId && containsFolded(*o.externalId, query))
                                   || (o.slug && containsFolded(*o.slug, query));
                        },
                        [](const Organization &o) { return json::encode(o); });
    });
    router.add("POST", "/api/v1/organizations", [s](HttpRequest &r) { return createOrganization(*s, r); });
    router.add("GET", "/api/v1/organizations/{id}", [s](HttpRequest &r) {
        const Organization *org = s->organizations.find(r.param("id"));
        return org ? HttpResponse::json(wrap("organization", *org)) : orgNotFound(r, r.param("id"));
    });
    router.add("GET", "/api/v1/organizations:external/{external_id}", [s](HttpRequest &r) {
        const Organization *org = s->findOrganizationByExternalId(r.param("external_id"));
        return org ? HttpResponse::json(wrap("organization", *org)) : orgNotFound(r, r.param("external_id"));
    });
    router.add("PATCH", "/api/v1/organizations/{id}", [s](HttpRequest &r) {
        return updateOrganization(*s, r, s->organizations.find(r.param("id")));
    });
    router.add("DELETE", "/api/v1/organizations/{id}", [s](HttpRequest &r) {
        return s->deleteOrganization(r.param("id")) ? HttpResponse::empty() : orgNotFound(r, r.param("id"));
    });
    router.add("PATCH", "/api/v1/organizations/{id}/settings", [s](HttpRequest &r) { return updateSettings(*s, r); });
    router.add("PUT", "/api/v1/organizations/{id}/portal_links", [s](HttpRequest &r) { return generatePortalLink(*s, r); });
    router.add("DELETE", "/api/v1/organizations/{id}/portal_links/{link_id}", [s](HttpRequest &r) {
        const auto before = s->portalLinks.size();
        std::erase_if(s->portalLinks, [&](const PortalLinkRow &l) {
            return l.id == r.param("link_id") && l.organizationId == r.param("id");
        });
        return before != s->portalLinks.size() ? HttpResponse::empty()
                                               : apierrors::notFound(r.requestId, "portal link", r.param("link_id"));
    });
    const auto workspaceOnly = [](HttpRequest &r) {
        return apierrors::status(7, "this route needs a workspace session", "PERMISSION_DENIED", r.requestId);
    };
    router.add("GET", "/api/v1/organizations/{id}/portal_links", workspaceOnly);
    router.add("DELETE", "/api/v1/organizations/{id}/portal_links", workspaceOnly);
    router.add("GET", "/api/v1/organizations/{organization_id}/session-policy", [s](HttpRequest &r) {
        const std::string &orgId = r.param("organization_id");
        if (!s->organizations.find(orgId))
            return orgNotFound(r, orgId);
        return HttpResponse::json(wrap("policy", policyFor(*s, orgId)));
    });
    router.add("PATCH", "/api/v1/organizations/{organization_id}/session-policy",
               [s](HttpRequest &r) { return patchSessionPolicy(*s, r); });
    router.add("GET", "/api/v1/organizations/{organization_id}/settings/usermanagement", [s](HttpRequest &r) {
        const std::string &orgId = r.param("organization_id");
        if (!s->organizations.find(orgId))
            return orgNotFound(r, orgId);
        const auto it = s->userManagement.find(orgId);
        return HttpResponse::json(wrap("settings", it == s->userManagement.end()
                                                       ? OrganizationUserManagementSettings{}
                                                       : it->second));
    });
    router.add("PATCH", "/api/v1/organizations/{organization_id}/settings/usermanagement",
               [s](HttpRequest &r) { return patchUserManagement(*s, r); });
}

} // namespace sk::sandbox
