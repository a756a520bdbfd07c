#include "services/resources/connectionsservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::Connection;
using entities::ListConnection;
namespace keys = entities::pagekeys;

namespace {

QString ssoPath(const std::string &organizationId, const std::string &id)
{
    return apiPath(QStringLiteral("/organizations/") + seg(organizationId) + QStringLiteral("/connections/") + seg(id));
}
QString appPath(const std::string &id) { return apiPath(QStringLiteral("/connections/") + seg(id)); }
QString toggleVerb(bool enabled) { return enabled ? QStringLiteral(":enable") : QStringLiteral(":disable"); }

} // namespace

ApiCall *ConnectionsService::list(const ConnectionFilter &filter, QObject *owner,
                                  Callback<std::vector<ListConnection>> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/connections")));
    request.query(QStringLiteral("organization_id"), filter.organizationId)
        .query(QStringLiteral("domain"), filter.domain)
        .query(QStringLiteral("include"), filter.include);
    return m_client->fetch<std::vector<ListConnection>>(std::move(request), owner,
                                                        member<std::vector<ListConnection>>(keys::kConnections),
                                                        std::move(done));
}

ApiCall *ConnectionsService::listOrganizationConnections(const PageQuery &page, QObject *owner,
                                                         Callback<ListConnectionPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/organizations/-/connections")));
    page.apply(request);
    return m_client->fetch<ListConnectionPage>(std::move(request), owner,
                                               services::page<ListConnection>(keys::kConnections), std::move(done));
}

ApiCall *ConnectionsService::searchOrganizationConnections(const ConnectionSearch &search, const PageQuery &page,
                                                           QObject *owner, Callback<ListConnectionPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/organizations/-/connections:search")));
    request.query(QStringLiteral("query"), search.query).query(QStringLiteral("provider"), search.provider);
    if (search.status)
        request.query(QStringLiteral("status"), std::string(search.status->name()));
    if (search.connectionType)
        request.query(QStringLiteral("connection_type"), std::string(search.connectionType->name()));
    if (search.enabled)
        request.queryBool(QStringLiteral("enabled"), *search.enabled);
    page.apply(request);
    return m_client->fetch<ListConnectionPage>(std::move(request), owner,
                                               services::page<ListConnection>(keys::kConnections), std::move(done));
}

// ---- SSO ----------------------------------------------------------------------------------------

ApiCall *ConnectionsService::getSso(const std::string &organizationId, const std::string &id, QObject *owner,
                                    Callback<Connection> done)
{
    return m_client->fetch<Connection>(ApiRequest::get(ssoPath(organizationId, id)), owner,
                                       member<Connection>("connection"), std::move(done));
}

ApiCall *ConnectionsService::createSso(const std::string &organizationId, const entities::CreateConnection &connection,
                                       QObject *owner, Callback<Connection> done)
{
    ApiRequest request = ApiRequest::post(apiPath(QStringLiteral("/organizations/") + seg(organizationId)
                                                  + QStringLiteral("/connections")));
    request.body(requestBody(connection));
    return m_client->fetch<Connection>(std::move(request), owner, member<Connection>("connection"), std::move(done));
}

ApiCall *ConnectionsService::updateSso(const std::string &organizationId, const std::string &id,
                                       const entities::UpdateConnection &changes, QObject *owner,
                                       Callback<Connection> done)
{
    return m_client->fetch<Connection>(ApiRequest::patch(ssoPath(organizationId, id)).body(requestBody(changes)), owner,
                                       member<Connection>("connection"), std::move(done));
}

ApiCall *ConnectionsService::removeSso(const std::string &organizationId, const std::string &id, QObject *owner,
                                       Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(ApiRequest::del(ssoPath(organizationId, id)), owner, nothing(),
                                       std::move(done));
}

ApiCall *ConnectionsService::setSsoEnabled(const std::string &organizationId, const std::string &id, bool enabled,
                                           QObject *owner, Callback<Toggle> done)
{
    ApiRequest request = ApiRequest::patch(ssoPath(organizationId, id) + toggleVerb(enabled));
    request.idempotent(true);
    return m_client->fetch<Toggle>(std::move(request), owner, whole<Toggle>(), std::move(done));
}

ApiCall *ConnectionsService::assignSsoDomains(const std::string &organizationId, const std::string &id,
                                              const std::vector<std::string> &domainIds, QObject *owner,
                                              Callback<Connection> done)
{
    ApiRequest request = ApiRequest::put(apiPath(QStringLiteral("/organizations/") + seg(organizationId)
                                                 + QStringLiteral("/connections/") + seg(id) + QStringLiteral("/domains")));
    request.body(nlohmann::json{{"domain_ids", domainIds}});
    request.idempotent(true); // PUT: the same set again changes nothing
    return m_client->fetch<Connection>(std::move(request), owner, member<Connection>("connection"), std::move(done));
}

// ---- AgentKit -----------------------------------------------------------------------------------

ApiCall *ConnectionsService::listApp(const std::string &provider, const PageQuery &page, QObject *owner,
                                     Callback<ListConnectionPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/connections/app")));
    page.apply(request);
    request.query(QStringLiteral("provider"), provider);
    return m_client->fetch<ListConnectionPage>(std::move(request), owner,
                                               services::page<ListConnection>(keys::kConnections), std::move(done));
}

ApiCall *ConnectionsService::createApp(const entities::CreateConnection &connection, bool isLogin, QObject *owner,
                                       Callback<Connection> done)
{
    ApiRequest request = ApiRequest::post(apiPath(QStringLiteral("/connections")));
    request.queryBool(QStringLiteral("flags.is_app"), true);
    if (isLogin)
        request.queryBool(QStringLiteral("flags.is_login"), true);
    request.body(requestBody(connection));
    return m_client->fetch<Connection>(std::move(request), owner, member<Connection>("connection"), std::move(done));
}

ApiCall *ConnectionsService::getApp(const std::string &id, QObject *owner, Callback<Connection> done)
{
    return m_client->fetch<Connection>(ApiRequest::get(appPath(id)), owner, member<Connection>("connection"),
                                       std::move(done));
}

ApiCall *ConnectionsService::updateApp(const std::string &id, const entities::UpdateConnection &changes,
                                       QObject *owner, Callback<Connection> done)
{
    return m_client->fetch<Connection>(ApiRequest::patch(appPath(id)).body(requestBody(changes)), owner,
                                       member<Connection>("connection"), std::move(done));
}

ApiCall *ConnectionsService::removeApp(const std::string &id, QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(ApiRequest::del(appPath(id)), owner, nothing(), std::move(done));
}

ApiCall *ConnectionsService::setAppEnabled(const std::string &id, bool enabled, QObject *owner, Callback<Toggle> done)
{
    ApiRequest request = ApiRequest::patch(appPath(id) + toggleVerb(enabled));
    request.idempotent(true);
    return m_client->fetch<Toggle>(std::move(request), owner, whole<Toggle>(), std::move(done));
}

} // namespace sk::services
