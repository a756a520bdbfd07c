#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"

#include <QByteArray>

namespace sk::sandbox {

using namespace entities;

namespace {

constexpr const char *kDomainPattern = R"(^(?=.{4,255}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$)";

HttpResponse listDomains(SandboxStore &store, HttpRequest &r)
{
    const std::string &orgId = r.param("organization_id");
    if (!store.organizations.find(orgId))
        return apierrors::notFound(r.requestId, "organization", orgId);
    int pageSize = 30;
    int pageNumber = 0;
    bool ok = true;
    if (r.hasQuery("page_size"))
        pageSize = QByteArray::fromStdString(r.queryValue("page_size")).toInt(&ok);
    if (!ok || pageSize < 0 || pageSize > 100)
        return apierrors::invalidField(r.requestId, "page_size", "value must be between 0 and 100", "int32.lte");
    if (pageSize == 0)
        pageSize = 30;
    if (r.hasQuery("page_number"))
        pageNumber = QByteArray::fromStdString(r.queryValue("page_number")).toInt(&ok);
    if (!ok || pageNumber < 0)
        return apierrors::invalidField(r.requestId, "page_number", "value must be a non-negative integer", "int32.gte");
    const std::string type = r.queryValue("domain_type");
    std::vector<const Domain *> matching;
    for (const Domain &d : store.domains) {
        if (d.organizationId == orgId && (type.empty() || d.domainType.name() == type))
            matching.push_back(&d);
    }
    nlohmann::json items = nlohmann::json::array();
    const std::size_t start = std::size_t(pageNumber) * std::size_t(pageSize);
    for (std::size_t i = start; i < matching.size() && i < start + std::size_t(pageSize); ++i)
        items.push_back(json::encode(*matching[i]));
    return HttpResponse::json({{"page_size", pageSize}, {"page_number", pageNumber}, {"domains", items}});
}

HttpResponse createDomain(SandboxStore &store, HttpRequest &r)
{
    const std::string &orgId = r.param("organization_id");
    if (!store.organizations.find(orgId))
        return apierrors::notFound(r.requestId, "organization", orgId);
    HttpResponse error;
    const auto body = decodeBody<CreateDomain>(r, &error);
    if (!body)
        return error;
    std::string name = body->domain;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    Violations v;
    if (name.empty())
        v.add("domain", "value is required", "required");
    else if (name.size() < 4 || name.size() > 255)
        v.length("domain", name, 4, 255);
    else
        v.pattern("domain", name, kDomainPattern, "value must be a valid domain name");
    if (body->domainType.isUnknown())
        v.add("domain_type", "unknown domain type", "enum.defined_only");
    if (!v.empty())
        return v.response(r.requestId);
    if (store.domains.findIf([&](const Domain &d) { return d.domain == name; }))
        return apierrors::alreadyExists(r.requestId, "domain " + name + " is already registered");
    Domain d;
    d.id = store.newId("dom_");
    d.domain = name;
    d.environmentId = store.environmentId();
    d.organizationId = orgId;
    d.domainType = body->domainType.value == DomainType::Unspecified ? Enum<DomainType>(DomainType::OrganizationDomain)
                                                                      : body->domainType;
    d.verificationStatus = VerificationStatus::Pending;
    d.verificationMethod = VerificationMethod::Dns;
    d.txtRecordKey = "_scalekit-verification." + name;
    d.txtRecordSecret = "sk-verify=" + store.newToken(24);
    d.createTime = d.updateTime = store.now();
    return HttpResponse::json(wrap("domain", store.domains.insert(std::move(d))));
}

Domain *domainFromPath(SandboxStore &store, const HttpRequest &r)
{
    Domain *d = store.domains.find(r.param("id"));
    return d && d->organizationId == r.param("organization_id") ? d : nullptr;
}

} // namespace

void registerDomainRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    router.add("GET", "/api/v1/organizations/{organization_id}/domains", [s](HttpRequest &r) { return listDomains(*s, r); });
    router.add("POST", "/api/v1/organizations/{organization_id}/domains", [s](HttpRequest &r) { return createDomain(*s, r); });
    router.add("GET", "/api/v1/organizations/{organization_id}/domains/{id}", [s](HttpRequest &r) {
        const Domain *d = domainFromPath(*s, r);
        return d ? HttpResponse::json(wrap("domain", *d)) : apierrors::notFound(r.requestId, "domain", r.param("id"));
    });
    router.add("DELETE", "/api/v1/organizations/{organization_id}/domains/{id}", [s](HttpRequest &r) {
        if (!domainFromPath(*s, r))
            return apierrors::notFound(r.requestId, "domain", r.param("id"));
        s->domains.erase(r.param("id"));
        return HttpResponse::empty();
    });
    router.add("PATCH", "/api/v1/organizations/{organization_id}/domains/{id}:verify", [s](HttpRequest &r) {
        Domain *d = domainFromPath(*s, r);
        if (!d)
            return apierrors::notFound(r.requestId, "domain", r.param("id"));
        if (d->verificationStatus == VerificationStatus::Pending || d->verificationStatus == VerificationStatus::Failed) {
            d->verificationStatus = VerificationStatus::Verified;
            d->updateTime = s->now();
        }
        const bool verified = d->verificationStatus == VerificationStatus::Verified
                              || d->verificationStatus == VerificationStatus::AutoVerified;
        return HttpResponse::json({{"verified", verified}});
    });
}

} // namespace sk::sandbox
