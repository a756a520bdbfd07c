#include "services/resources/domainsservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::Domain;

namespace {
QString domainsPath(const std::string &organizationId)
{
    return apiPath(QStringLiteral("/organizations/") + seg(organizationId) + QStringLiteral("/domains"));
}
} // namespace

ApiCall *DomainsService::list(const std::string &organizationId, const DomainListQuery &query, QObject *owner,
                              Callback<DomainPage> done)
{
    ApiRequest request = ApiRequest::get(domainsPath(organizationId));
    if (query.pageSize > 0)
        request.query(QStringLiteral("page_size"), qint64(query.pageSize));
    if (query.pageNumber > 0)
        request.query(QStringLiteral("page_number"), qint64(query.pageNumber));
    request.query(QStringLiteral("connection_id"), query.connectionId).query(QStringLiteral("include"), query.include);
    if (query.domainType)
        request.query(QStringLiteral("domain_type"), std::string(query.domainType->name()));
    return m_client->fetch<DomainPage>(std::move(request), owner, numberedPage<Domain>(entities::pagekeys::kDomains),
                                       std::move(done));
}

ApiCall *DomainsService::get(const std::string &organizationId, const std::string &id, QObject *owner,
                             Callback<Domain> done)
{
    return m_client->fetch<Domain>(ApiRequest::get(domainsPath(organizationId) + u'/' + seg(id)), owner,
                                   member<Domain>("domain"), std::move(done));
}

ApiCall *DomainsService::create(const std::string &organizationId, const entities::CreateDomain &domain,
                                const std::string &connectionId, QObject *owner, Callback<Domain> done)
{
    ApiRequest request = ApiRequest::post(domainsPath(organizationId));
    request.query(QStringLiteral("connection_id"), connectionId).body(requestBody(domain));
    return m_client->fetch<Domain>(std::move(request), owner, member<Domain>("domain"), std::move(done));
}

ApiCall *DomainsService::remove(const std::string &organizationId, const std::string &id,
                                const std::string &connectionId, QObject *owner, Callback<api::Empty> done)
{
    ApiRequest request = ApiRequest::del(domainsPath(organizationId) + u'/' + seg(id));
    request.query(QStringLiteral("connection_id"), connectionId);
    return m_client->fetch<api::Empty>(std::move(request), owner, nothing(), std::move(done));
}

ApiCall *DomainsService::verify(const std::string &organizationId, const std::string &id, QObject *owner,
                                Callback<bool> done)
{
    ApiRequest request
        = ApiRequest::patch(domainsPath(organizationId) + u'/' + seg(id) + QStringLiteral(":verify"));
    request.idempotent(true); // checking again changes nothing but the answer
    return m_client->fetch<bool>(std::move(request), owner, member<bool>("verified"), std::move(done));
}

} // namespace sk::services
