#pragma once

#include "services/entities/provider.h"
#include "services/entities/providerrequests.h"
#include "services/resources/servicesupport.h"

namespace sk::services {

// providers.ProviderService: the AgentKit connector catalogue, and custom providers.
class ProvidersService
{
public:
    explicit ProvidersService(api::ApiClient *client) : m_client(client) {}

    using Provider = entities::Provider;
    using ProviderPage = entities::Page<Provider>;

    // identifier: one provider ("gmail"); providerType: "" (default list), "DEFAULT", "CUSTOM", "ALL".
    api::ApiCall *list(const std::string &identifier, const std::string &providerType, const PageQuery &page,
                       QObject *owner, Callback<ProviderPage> done);
    api::ApiCall *createCustom(const entities::CustomProviderChanges &provider, QObject *owner,
                               Callback<Provider> done);
    api::ApiCall *updateCustom(const std::string &identifier, const entities::CustomProviderChanges &provider,
                               QObject *owner, Callback<Provider> done);
    api::ApiCall *removeCustom(const std::string &identifier, QObject *owner, Callback<api::Empty> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
