#include "services/resources/connectedaccountsservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::ConnectedAccount;

namespace {

QString accountsPath(const QString &suffix = {}) { return apiPath(QStringLiteral("/connected_accounts") + suffix); }

auto account() { return member<ConnectedAccount>("connected_account"); }

json::Json selectorBody(const AccountSelector &selector)
{
    json::Json body = json::Json::object();
    selector.writeTo(body);
    return body;
}

} // namespace

ApiRequest ConnectedAccountsService::listRequest(const ConnectedAccountFilter &filter, const PageQuery &page)
{
    ApiRequest request = ApiRequest::get(accountsPath());
    request.query(QStringLiteral("organization_id"), filter.organizationId)
        .query(QStringLiteral("user_id"), filter.userId)
        .query(QStringLiteral("connector"), filter.connector)
        .query(QStringLiteral("identifier"), filter.identifier)
        .query(QStringLiteral("provider"), filter.provider)
        .query(QStringLiteral("query"), filter.query)
        .queryRepeated(QStringLiteral("connection_names"), toQStringList(filter.connectionNames));
    page.apply(request);
    return request;
}

ApiCall *ConnectedAccountsService::list(const ConnectedAccountFilter &filter, const PageQuery &page, QObject *owner,
                                        Callback<AccountPage> done)
{
    return m_client->fetch<AccountPage>(listRequest(filter, page), owner,
                                        services::page<ConnectedAccount>(entities::pagekeys::kConnectedAccounts),
                                        std::move(done));
}

ApiCall *ConnectedAccountsService::search(const std::string &query, const std::string &connectionId,
                                          const PageQuery &page, QObject *owner, Callback<AccountPage> done)
{
    ApiRequest request = ApiRequest::get(accountsPath(QStringLiteral(":search")));
    request.query(QStringLiteral("query"), query).query(QStringLiteral("connection_id"), connectionId);
    page.apply(request);
    return m_client->fetch<AccountPage>(std::move(request), owner,
                                        services::page<ConnectedAccount>(entities::pagekeys::kConnectedAccounts),
                                        std::move(done));
}

ApiCall *ConnectedAccountsService::create(const AccountSelector &selector,
                                          const entities::ConnectedAccountCredentials &account, QObject *owner,
                                          Callback<ConnectedAccount> done)
{
    AccountSelector owned = selector;
    owned.id.clear();
    json::Json body = selectorBody(owned);
    body["connected_account"] = requestBody(account);
    return m_client->fetch<ConnectedAccount>(ApiRequest::post(accountsPath()).body(std::move(body)), owner,
                                             services::account(), std::move(done));
}

ApiCall *ConnectedAccountsService::update(const AccountSelector &selector,
                                          const entities::ConnectedAccountCredentials &account, QObject *owner,
                                          Callback<ConnectedAccount> done)
{
    json::Json body = selectorBody(selector);
    body["connected_account"] = requestBody(account);
    return m_client->fetch<ConnectedAccount>(ApiRequest::put(accountsPath()).body(std::move(body)).idempotent(true),
                                             owner, services::account(), std::move(done));
}

ApiCall *ConnectedAccountsService::remove(const AccountSelector &selector, QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(ApiRequest::post(accountsPath(QStringLiteral(":delete"))).body(selectorBody(selector)),
                                       owner, nothing(), std::move(done));
}

ApiCall *ConnectedAccountsService::magicLink(const AccountSelector &selector, QObject *owner,
                                             Callback<entities::MagicLink> done)
{
    return magicLink(selector, MagicLinkOptions{}, owner, std::move(done));
}

ApiCall *ConnectedAccountsService::magicLink(const AccountSelector &selector, const MagicLinkOptions &options,
                                             QObject *owner, Callback<entities::MagicLink> done)
{
    json::Json body = selectorBody(selector);
    if (!options.state.empty())
        body["state"] = options.state;
    if (!options.userVerifyUrl.empty())
        body["user_verify_url"] = options.userVerifyUrl;
    return m_client->fetch<entities::MagicLink>(ApiRequest::post(accountsPath(QStringLiteral("/magic_link"))).body(std::move(body)),
                                                owner, whole<entities::MagicLink>(), std::move(done));
}

ApiCall *ConnectedAccountsService::auth(const AccountSelector &selector, QObject *owner, Callback<ConnectedAccount> done)
{
    ApiRequest request = ApiRequest::get(accountsPath(QStringLiteral("/auth")));
    selector.applyTo(request);
    return m_client->fetch<ConnectedAccount>(std::move(request), owner, services::account(), std::move(done));
}

ApiCall *ConnectedAccountsService::details(const AccountSelector &selector, QObject *owner,
                                           Callback<ConnectedAccount> done)
{
    ApiRequest request = ApiRequest::get(accountsPath(QStringLiteral("/details")));
    selector.applyTo(request);
    return m_client->fetch<ConnectedAccount>(std::move(request), owner, services::account(), std::move(done));
}

ApiCall *ConnectedAccountsService::get(const std::string &id, QObject *owner, Callback<ConnectedAccount> done)
{
    return m_client->fetch<ConnectedAccount>(ApiRequest::get(accountsPath(u'/' + seg(id))), owner, services::account(),
                                             std::move(done));
}

ApiCall *ConnectedAccountsService::disconnect(const std::string &id, QObject *owner, Callback<ConnectedAccount> done)
{
    ApiRequest request = ApiRequest::post(accountsPath(u'/' + seg(id) + QStringLiteral(":disconnect")));
    request.body(json::Json::object()).idempotent(true);
    return m_client->fetch<ConnectedAccount>(std::move(request), owner, services::account(), std::move(done));
}

} // namespace sk::services
