#include "services/resources/organizationsservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::Organization;
namespace keys = entities::pagekeys;

namespace {
QString orgPath(const std::string &id) { return apiPath(QStringLiteral("/organizations/") + seg(id)); }
} // namespace

ApiCall *OrganizationsService::list(const PageQuery &page, const std::string &externalId, QObject *owner,
                                    Callback<OrganizationPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/organizations")));
    page.apply(request);
    request.query(QStringLiteral("external_id"), externalId);
    return m_client->fetch<OrganizationPage>(std::move(request), owner, services::page<Organization>(keys::kOrganizations),
                                             std::move(done));
}

ApiCall *OrganizationsService::search(const std::string &query, const PageQuery &page, QObject *owner,
                                      Callback<OrganizationPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/organizations:search")));
    request.query(QStringLiteral("query"), query);
    page.apply(request);
    return m_client->fetch<OrganizationPage>(std::move(request), owner, services::page<Organization>(keys::kOrganizations),
                                             std::move(done));
}

ApiCall *OrganizationsService::get(const std::string &id, QObject *owner, Callback<Organization> done)
{
    return m_client->fetch<Organization>(ApiRequest::get(orgPath(id)), owner, member<Organization>("organization"),
                                         std::move(done));
}

ApiCall *OrganizationsService::getByExternalId(const std::string &externalId, QObject *owner,
                                               Callback<Organization> done)
{
    return m_client->fetch<Organization>(ApiRequest::get(apiPath(QStringLiteral("/organizations:external/") + seg(externalId))),
                                         owner, member<Organization>("organization"), std::move(done));
}

ApiCall *OrganizationsService::create(const entities::CreateOrganization &organization, QObject *owner,
                                      Callback<Organization> done)
{
    return m_client->fetch<Organization>(
        ApiRequest::post(apiPath(QStringLiteral("/organizations"))).body(requestBody(organization)), owner,
        member<Organization>("organization"), std::move(done));
}

ApiCall *OrganizationsService::update(const std::string &id, const entities::UpdateOrganization &changes,
                                      QObject *owner, Callback<Organization> done)
{
    return m_client->fetch<Organization>(ApiRequest::patch(orgPath(id)).body(requestBody(changes)), owner,
                                         member<Organization>("organization"), std::move(done));
}

ApiCall *OrganizationsService::remove(const std::string &id, QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(ApiRequest::del(orgPath(id)), owner, nothing(), std::move(done));
}

ApiCall *OrganizationsService::updateSettings(const std::string &id, const entities::OrganizationSettings &settings,
                                              QObject *owner, Callback<Organization> done)
{
    return m_client->fetch<Organization>(ApiRequest::patch(orgPath(id) + QStringLiteral("/settings")).body(requestBody(settings)),
                                         owner, member<Organization>("organization"), std::move(done));
}

ApiCall *OrganizationsService::generatePortalLink(const std::string &id, const QStringList &features, QObject *owner,
                                                  Callback<entities::PortalLink> done)
{
    ApiRequest request = ApiRequest::put(orgPath(id) + QStringLiteral("/portal_links"));
    request.queryRepeated(QStringLiteral("features"), features).idempotent(false);
    return m_client->fetch<entities::PortalLink>(std::move(request), owner, member<entities::PortalLink>("link"),
                                                 std::move(done));
}

ApiCall *OrganizationsService::revokePortalLink(const std::string &id, const std::string &linkId,
                                                QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(
        ApiRequest::del(orgPath(id) + QStringLiteral("/portal_links/") + seg(linkId)), owner, nothing(),
        std::move(done));
}

ApiCall *OrganizationsService::sessionPolicy(const std::string &id, QObject *owner,
                                             Callback<entities::OrganizationSessionPolicy> done)
{
    return m_client->fetch<entities::OrganizationSessionPolicy>(
        ApiRequest::get(orgPath(id) + QStringLiteral("/session-policy")), owner,
        member<entities::OrganizationSessionPolicy>("policy"), std::move(done));
}

ApiCall *OrganizationsService::updateSessionPolicy(const std::string &id,
                                                   const entities::OrganizationSessionPolicy &policy, QObject *owner,
                                                   Callback<entities::OrganizationSessionPolicy> done)
{
    return m_client->fetch<entities::OrganizationSessionPolicy>(
        ApiRequest::patch(orgPath(id) + QStringLiteral("/session-policy")).body(requestBody(policy)), owner,
        member<entities::OrganizationSessionPolicy>("policy"), std::move(done));
}

ApiCall *OrganizationsService::userManagement(const std::string &id, QObject *owner,
                                              Callback<entities::OrganizationUserManagementSettings> done)
{
    return m_client->fetch<entities::OrganizationUserManagementSettings>(
        ApiRequest::get(orgPath(id) + QStringLiteral("/settings/usermanagement")), owner,
        member<entities::OrganizationUserManagementSettings>("settings"), std::move(done));
}

ApiCall *OrganizationsService::updateUserManagement(const std::string &id,
                                                    const entities::OrganizationUserManagementSettings &settings,
                                                    QObject *owner,
                                                    Callback<entities::OrganizationUserManagementSettings> done)
{
    json::Json body;
    body["settings"] = settings;
    return m_client->fetch<entities::OrganizationUserManagementSettings>(
        ApiRequest::patch(orgPath(id) + QStringLiteral("/settings/usermanagement")).body(std::move(body)), owner,
        member<entities::OrganizationUserManagementSettings>("settings"), std::move(done));
}

} // namespace sk::services
