#pragma once

#include "services/entities/connection.h"
#include "services/entities/connectionrequests.h"
#include "services/entities/toggleresult.h"
#include "services/resources/servicesupport.h"

#include <optional>

namespace sk::services {

// Filters of GET /connections (unpaginated): by organization, by email domain; include "all"
// lists disabled connections too.
struct ConnectionFilter
{
    std::string organizationId;
    std::string domain;
    std::string include;
};

// Filters of GET /organizations/-/connections:search (page_size <= 30).
struct ConnectionSearch
{
    std::string query;
    std::string provider; // a ConnectionProvider name
    std::optional<entities::Enum<entities::ConnectionStatus>> status;
    std::optional<entities::Enum<entities::ConnectionType>> connectionType;
    std::optional<bool> enabled;
};

// connections.ConnectionService: SSO connections (per organization) and AgentKit app
// connections (environment level) share the resource (reference §3.9, §4.3).
class ConnectionsService
{
public:
    explicit ConnectionsService(api::ApiClient *client) : m_client(client) {}

    using Connection = entities::Connection;
    using ListConnection = entities::ListConnection;
    using ListConnectionPage = entities::Page<ListConnection>;
    using Toggle = entities::ToggleResult;

    // ---- listing ----
    api::ApiCall *list(const ConnectionFilter &filter, QObject *owner, Callback<std::vector<ListConnection>> done);
    // Every organization's SSO connections (organizations/-/connections, page_size <= 30).
    api::ApiCall *listOrganizationConnections(const PageQuery &page, QObject *owner, Callback<ListConnectionPage> done);
    api::ApiCall *searchOrganizationConnections(const ConnectionSearch &search, const PageQuery &page, QObject *owner,
                                                Callback<ListConnectionPage> done);

    // ---- SSO connections of one organization ----
    api::ApiCall *getSso(const std::string &organizationId, const std::string &id, QObject *owner,
                         Callback<Connection> done);
    api::ApiCall *createSso(const std::string &organizationId, const entities::CreateConnection &connection,
                            QObject *owner, Callback<Connection> done);
    api::ApiCall *updateSso(const std::string &organizationId, const std::string &id,
                            const entities::UpdateConnection &changes, QObject *owner, Callback<Connection> done);
    api::ApiCall *removeSso(const std::string &organizationId, const std::string &id, QObject *owner,
                            Callback<api::Empty> done);
    // Enabling an enabled connection changes nothing: these are retried like GETs.
    api::ApiCall *setSsoEnabled(const std::string &organizationId, const std::string &id, bool enabled,
                                QObject *owner, Callback<Toggle> done);
    // PUT .../connections/{id}/domains {domain_ids}: the connection's domains become exactly
    // these (verified domains of the organization); answers {connection}.
    api::ApiCall *assignSsoDomains(const std::string &organizationId, const std::string &id,
                                   const std::vector<std::string> &domainIds, QObject *owner, Callback<Connection> done);

    // ---- AgentKit app connections (environment level) ----
    // GET /connections/app (page_size <= 30), optionally one provider ("gmail").
    api::ApiCall *listApp(const std::string &provider, const PageQuery &page, QObject *owner,
                          Callback<ListConnectionPage> done);
    // POST /connections with flags.is_app=true (and flags.is_login when asked).
    api::ApiCall *createApp(const entities::CreateConnection &connection, bool isLogin, QObject *owner,
                            Callback<Connection> done);
    api::ApiCall *getApp(const std::string &id, QObject *owner, Callback<Connection> done);
    api::ApiCall *updateApp(const std::string &id, const entities::UpdateConnection &changes, QObject *owner,
                            Callback<Connection> done);
    api::ApiCall *removeApp(const std::string &id, QObject *owner, Callback<api::Empty> done);
    api::ApiCall *setAppEnabled(const std::string &id, bool enabled, QObject *owner, Callback<Toggle> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
