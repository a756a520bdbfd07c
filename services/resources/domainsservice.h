#pragma once

#include "services/entities/domain.h"
#include "services/resources/servicesupport.h"

#include <optional>

namespace sk::services {

// Page-number paging of GET /organizations/{id}/domains (reference §3.6): pageSize default 30,
// at most 100; pageNumber is 0-based. There is no total: the last page is shorter than pageSize.
struct DomainListQuery
{
    int pageSize = 0; // 0: the server's default
    int pageNumber = 0;
    std::string connectionId;
    std::string include;
    std::optional<entities::Enum<entities::DomainType>> domainType;
};

// domains.DomainService: an organization's domains.
class DomainsService
{
public:
    explicit DomainsService(api::ApiClient *client) : m_client(client) {}

    using Domain = entities::Domain;
    using DomainPage = entities::NumberedPage<Domain>;

    api::ApiCall *list(const std::string &organizationId, const DomainListQuery &query, QObject *owner,
                       Callback<DomainPage> done);
    api::ApiCall *get(const std::string &organizationId, const std::string &id, QObject *owner, Callback<Domain> done);
    // connectionId (optional) ties the domain to an SSO connection.
    api::ApiCall *create(const std::string &organizationId, const entities::CreateDomain &domain,
                         const std::string &connectionId, QObject *owner, Callback<Domain> done);
    api::ApiCall *remove(const std::string &organizationId, const std::string &id, const std::string &connectionId,
                         QObject *owner, Callback<api::Empty> done);
    // PATCH .../domains/{id}:verify (PREVIEW): checks the domain's DNS TXT record now; the answer
    // is whether the domain is verified afterwards.
    api::ApiCall *verify(const std::string &organizationId, const std::string &id, QObject *owner,
                         Callback<bool> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
