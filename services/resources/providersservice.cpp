#include "services/resources/providersservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::Provider;

namespace {
QString customPath(const std::string &identifier)
{
    return apiPath(QStringLiteral("/custom-providers/") + seg(identifier));
}
} // namespace

ApiCall *ProvidersService::list(const std::string &identifier, const std::string &providerType, const PageQuery &page,
                                QObject *owner, Callback<ProviderPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/providers")));
    request.query(QStringLiteral("identifier"), identifier);
    page.apply(request);
    request.query(QStringLiteral("filter.provider_type"), providerType);
    return m_client->fetch<ProviderPage>(std::move(request), owner,
                                         services::page<Provider>(entities::pagekeys::kProviders), std::move(done));
}

ApiCall *ProvidersService::createCustom(const entities::CustomProviderChanges &provider, QObject *owner,
                                        Callback<Provider> done)
{
    return m_client->fetch<Provider>(
        ApiRequest::post(apiPath(QStringLiteral("/custom-providers"))).body(requestBody(provider)), owner,
        member<Provider>("provider"), std::move(done));
}

ApiCall *ProvidersService::updateCustom(const std::string &identifier, const entities::CustomProviderChanges &provider,
                                        QObject *owner, Callback<Provider> done)
{
    return m_client->fetch<Provider>(ApiRequest::put(customPath(identifier)).body(requestBody(provider)).idempotent(true),
                                     owner, member<Provider>("provider"), std::move(done));
}

ApiCall *ProvidersService::removeCustom(const std::string &identifier, QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(ApiRequest::del(customPath(identifier)), owner, nothing(), std::move(done));
}

} // namespace sk::services
