#pragma once

#include "services/entities/organizationclient.h"
#include "services/resources/servicesupport.h"

namespace sk::services {

// clients.ClientService, organization part: an organization's API (M2M) clients and their
// secrets. A plain secret value is returned only by create and createSecret, once.
class OrganizationClientsService
{
public:
    explicit OrganizationClientsService(api::ApiClient *client) : m_client(client) {}

    using Client = entities::M2MClient;
    using ClientPage = entities::Page<Client>;

    api::ApiCall *list(const std::string &organizationId, const PageQuery &page, QObject *owner,
                       Callback<ClientPage> done);
    api::ApiCall *get(const std::string &organizationId, const std::string &clientId, QObject *owner,
                      Callback<Client> done);
    api::ApiCall *create(const std::string &organizationId, const entities::OrganizationClient &client,
                         QObject *owner, Callback<entities::CreateOrganizationClientResponse> done);
    api::ApiCall *update(const std::string &organizationId, const std::string &clientId,
                         const entities::OrganizationClient &client, QObject *owner, Callback<Client> done);
    api::ApiCall *remove(const std::string &organizationId, const std::string &clientId, QObject *owner,
                         Callback<api::Empty> done);
    api::ApiCall *createSecret(const std::string &organizationId, const std::string &clientId, QObject *owner,
                               Callback<entities::CreateClientSecretResponse> done);
    api::ApiCall *removeSecret(const std::string &organizationId, const std::string &clientId,
                               const std::string &secretId, QObject *owner, Callback<api::Empty> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
