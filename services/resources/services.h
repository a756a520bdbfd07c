#pragma once

#include "services/resources/authlogsservice.h"
#include "services/resources/connectedaccountsservice.h"
#include "services/resources/connectionsservice.h"
#include "services/resources/directoriesservice.h"
#include "services/resources/domainsservice.h"
#include "services/resources/mcpservice.h"
#include "services/resources/organizationclientsservice.h"
#include "services/resources/organizationsservice.h"
#include "services/resources/providersservice.h"
#include "services/resources/rolesservice.h"
#include "services/resources/sessionsservice.h"
#include "services/resources/toolsservice.h"
#include "services/resources/usersservice.h"

namespace sk::services {

// Every resource service of one environment, built once by the composition root (app/) over
// its ApiClient and handed down: widgets take the bundle (or the one service they use) and
// never construct a service themselves. Tests build their own bundle over a client pointed
// at a sandbox, which is how a service is substituted.
class Services
{
public:
    explicit Services(api::ApiClient *client)
        : m_client(client)
        , m_authLogs(client)
        , m_connectedAccounts(client)
        , m_connections(client)
        , m_directories(client)
        , m_domains(client)
        , m_mcp(client)
        , m_organizationClients(client)
        , m_organizations(client)
        , m_providers(client)
        , m_roles(client)
        , m_sessions(client)
        , m_tools(client)
        , m_users(client)
    {
    }
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    api::ApiClient *client() const { return m_client; }

    AuthLogsService &authLogs() { return m_authLogs; }
    ConnectedAccountsService &connectedAccounts() { return m_connectedAccounts; }
    ConnectionsService &connections() { return m_connections; }
    DirectoriesService &directories() { return m_directories; }
    DomainsService &domains() { return m_domains; }
    McpService &mcp() { return m_mcp; }
    OrganizationClientsService &organizationClients() { return m_organizationClients; }
    OrganizationsService &organizations() { return m_organizations; }
    ProvidersService &providers() { return m_providers; }
    RolesService &roles() { return m_roles; }
    SessionsService &sessions() { return m_sessions; }
    ToolsService &tools() { return m_tools; }
    UsersService &users() { return m_users; }

private:
    api::ApiClient *m_client;
    AuthLogsService m_authLogs;
    ConnectedAccountsService m_connectedAccounts;
    ConnectionsService m_connections;
    DirectoriesService m_directories;
    DomainsService m_domains;
    McpService m_mcp;
    OrganizationClientsService m_organizationClients;
    OrganizationsService m_organizations;
    ProvidersService m_providers;
    RolesService m_roles;
    SessionsService m_sessions;
    ToolsService m_tools;
    UsersService m_users;
};

} // namespace sk::services
