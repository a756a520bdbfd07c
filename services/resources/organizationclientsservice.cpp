#include "services/resources/organizationclientsservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::M2MClient;

namespace {
QString clientsPath(const std::string &organizationId)
{
    return apiPath(QStringLiteral("/organizations/") + seg(organizationId) + QStringLiteral("/clients"));
}
QString clientPath(const std::string &organizationId, const std::string &clientId)
{
    return clientsPath(organizationId) + u'/' + seg(clientId);
}
} // namespace

ApiCall *OrganizationClientsService::list(const std::string &organizationId, const PageQuery &page, QObject *owner,
                                          Callback<ClientPage> done)
{
    ApiRequest request = ApiRequest::get(clientsPath(organizationId));
    page.apply(request);
    return m_client->fetch<ClientPage>(std::move(request), owner,
                                       services::page<M2MClient>(entities::pagekeys::kClients), std::move(done));
}

ApiCall *OrganizationClientsService::get(const std::string &organizationId, const std::string &clientId,
                                         QObject *owner, Callback<Client> done)
{
    return m_client->fetch<Client>(ApiRequest::get(clientPath(organizationId, clientId)), owner,
                                   member<Client>("client"), std::move(done));
}

ApiCall *OrganizationClientsService::create(const std::string &organizationId,
                                            const entities::OrganizationClient &client, QObject *owner,
                                            Callback<entities::CreateOrganizationClientResponse> done)
{
    return m_client->fetch<entities::CreateOrganizationClientResponse>(
        ApiRequest::post(clientsPath(organizationId)).body(requestBody(client)), owner,
        whole<entities::CreateOrganizationClientResponse>(), std::move(done));
}

ApiCall *OrganizationClientsService::update(const std::string &organizationId, const std::string &clientId,
                                            const entities::OrganizationClient &client, QObject *owner,
                                            Callback<Client> done)
{
    return m_client->fetch<Client>(ApiRequest::patch(clientPath(organizationId, clientId)).body(requestBody(client)),
                                   owner, member<Client>("client"), std::move(done));
}

ApiCall *OrganizationClientsService::remove(const std::string &organizationId, const std::string &clientId,
                                            QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(ApiRequest::del(clientPath(organizationId, clientId)), owner, nothing(),
                                       std::move(done));
}

ApiCall *OrganizationClientsService::createSecret(const std::string &organizationId, const std::string &clientId,
                                                  QObject *owner, Callback<entities::CreateClientSecretResponse> done)
{
    return m_client->fetch<entities::CreateClientSecretResponse>(
        ApiRequest::post(clientPath(organizationId, clientId) + QStringLiteral("/secrets")), owner,
        whole<entities::CreateClientSecretResponse>(), std::move(done));
}

ApiCall *OrganizationClientsService::removeSecret(const std::string &organizationId, const std::string &clientId,
                                                  const std::string &secretId, QObject *owner,
                                                  Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(
        ApiRequest::del(clientPath(organizationId, clientId) + QStringLiteral("/secrets/") + seg(secretId)), owner,
        nothing(), std::move(done));
}

} // namespace sk::services
