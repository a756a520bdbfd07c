#include "app/console/cli/exportresources.h"

#include "services/resources/connectionsservice.h"
#include "services/resources/directoriesservice.h"
#include "services/resources/organizationclientsservice.h"
#include "services/resources/organizationsservice.h"
#include "services/resources/rolesservice.h"
#include "services/resources/usersservice.h"

namespace sk::app::cli {

// The AgentKit resources and auth logs (exportresources_agentkit.cpp).
ExportResource appConnectionsExport();
ExportResource connectedAccountsExport();
ExportResource mcpConfigsExport();
ExportResource mcpInstancesExport();
ExportResource authLogsExport();

namespace {

using api::ApiClient;
using services::PageQuery;

// Largest page sizes the lists accept (reference §3.6).
constexpr int kPageSize = 100;      // organizations, users, organization users and clients, permissions
constexpr int kSmallPageSize = 30;  // directory users and groups

template <typename T>
using PageDone = typename api::PageStream<T>::PageDone;
template <typename T>
using ListDone = services::Callback<std::vector<T>>;

const auto col = exportColumn;

QList<ExportWriter::Column> userColumns()
{
    return {col("id", "id"),
            col("email", "email"),
            col("external_id", "external_id"),
            col("given_name", "user_profile.given_name"),
            col("family_name", "user_profile.family_name"),
            col("name", "user_profile.name"),
            col("email_verified", "user_profile.email_verified"),
            col("create_time", "create_time"),
            col("update_time", "update_time"),
            col("last_login_time", "last_login_time"),
            col("metadata", "metadata")};
}

ExportResource organizations()
{
    using T = entities::Organization;
    return tapeResource<T>(
        exportTable("organizations", "every organization of the environment",
                    {col("id", "id"), col("display_name", "display_name"), col("external_id", "external_id"),
                     col("slug", "slug"), col("region_code", "region_code"), col("create_time", "create_time"),
                     col("update_time", "update_time"), col("metadata", "metadata")}),
        [](ApiClient *client, const ExportScope &, const std::string &token, QObject *owner, PageDone<T> done) {
            return services::OrganizationsService(client).list(PageQuery{kPageSize, token}, {}, owner, std::move(done));
        },
        entities::pagekeys::kOrganizations,
        [](const ExportScope &, const std::string &token) {
            // The request OrganizationsService::list sends (no external_id filter).
            api::ApiRequest request = api::ApiRequest::get(services::apiPath(QStringLiteral("/organizations")));
            PageQuery{kPageSize, token}.apply(request);
            return request;
        });
}

ExportResource users()
{
    using T = entities::User;
    return pagedResource<T>(
        exportTable("users", "every user of the environment, with memberships", userColumns()),
        [](ApiClient *client, const ExportScope &, const std::string &token, QObject *owner, PageDone<T> done) {
            return services::UsersService(client).list(PageQuery{kPageSize, token}, owner, std::move(done));
        });
}

ExportResource organizationUsers()
{
    using T = entities::User;
    return pagedResource<T>(
        exportTable("org-users", "the users of one organization (--org)", userColumns(), true),
        [](ApiClient *client, const ExportScope &scope, const std::string &token, QObject *owner, PageDone<T> done) {
            return services::UsersService(client).listOrganizationUsers(scope.organizationId,
                                                                        PageQuery{kPageSize, token}, owner,
                                                                        std::move(done));
        });
}

ExportResource organizationClients()
{
    using T = entities::M2MClient;
    return pagedResource<T>(
        exportTable("org-clients", "the API clients of one organization (--org; secret values are never listed)",
                    {col("client_id", "client_id"), col("name", "name"), col("description", "description"),
                     col("scopes", "scopes"), col("audience", "audience"), col("expiry", "expiry"),
                     col("create_time", "create_time"), col("update_time", "update_time")},
                    true),
        [](ApiClient *client, const ExportScope &scope, const std::string &token, QObject *owner, PageDone<T> done) {
            return services::OrganizationClientsService(client).list(scope.organizationId,
                                                                     PageQuery{kPageSize, token}, owner,
                                                                     std::move(done));
        });
}

ExportResource roles()
{
    using T = entities::Role;
    return wholeResource<T>(
        exportTable("roles", "the environment's roles",
                    {col("id", "id"), col("name", "name"), col("display_name", "display_name"),
                     col("description", "description"), col("extends", "extends"),
                     col("default_creator", "default_creator"), col("default_member", "default_member"),
                     col("dependent_roles_count", "dependent_roles_count"), col("is_org_role", "is_org_role")}),
        [](ApiClient *client, const ExportScope &, QObject *owner, ListDone<T> done) {
            return services::RolesService(client).list({}, owner, std::move(done));
        });
}

ExportResource permissions()
{
    using T = entities::Permission;
    return pagedResource<T>(
        exportTable("permissions", "every permission of the environment",
                    {col("id", "id"), col("name", "name"), col("description", "description"),
                     col("is_scalekit_permission", "is_scalekit_permission"), col("create_time", "create_time"),
                     col("update_time", "update_time")}),
        [](ApiClient *client, const ExportScope &, const std::string &token, QObject *owner, PageDone<T> done) {
            return services::RolesService(client).listPermissions(PageQuery{kPageSize, token}, {}, owner,
                                                                  std::move(done));
        });
}

ExportResource connections()
{
    using T = entities::ListConnection;
    return wholeResource<T>(
        exportTable("connections",
                    "the environment's connections, enabled or not (--org narrows to one organization)",
                    {col("id", "id"), col("provider", "provider"), col("type", "type"), col("status", "status"),
                     col("enabled", "enabled"), col("organization_id", "organization_id"),
                     col("organization_name", "organization_name"), col("key_id", "key_id"),
                     col("provider_key", "provider_key"), col("domains", "domains"), col("created_at", "created_at")}),
        [](ApiClient *client, const ExportScope &scope, QObject *owner, ListDone<T> done) {
            const services::ConnectionFilter filter{scope.organizationId, {}, "all"};
            return services::ConnectionsService(client).list(filter, owner, std::move(done));
        });
}

ExportResource directories()
{
    using T = entities::Directory;
    return wholeResource<T>(
        exportTable("directories", "the SCIM directories of one organization (--org)",
                    {col("id", "id"), col("name", "name"), col("directory_type", "directory_type"),
                     col("directory_provider", "directory_provider"), col("organization_id", "organization_id"),
                     col("enabled", "enabled"), col("status", "status"), col("total_users", "total_users"),
                     col("total_groups", "total_groups"), col("last_synced_at", "last_synced_at"),
                     col("directory_endpoint", "directory_endpoint")},
                    true),
        [](ApiClient *client, const ExportScope &scope, QObject *owner, ListDone<T> done) {
            return services::DirectoriesService(client).list(scope.organizationId, owner, std::move(done));
        });
}

ExportResource directoryUsers()
{
    using T = entities::DirectoryUser;
    return pagedResource<T>(
        exportTable("directory-users", "the users of one directory (--org, --directory)",
                    {col("id", "id"), col("email", "email"), col("preferred_username", "preferred_username"),
                     col("given_name", "given_name"), col("family_name", "family_name"), col("emails", "emails"),
                     col("updated_at", "updated_at")},
                    true, true),
        [](ApiClient *client, const ExportScope &scope, const std::string &token, QObject *owner, PageDone<T> done) {
            return services::DirectoriesService(client).listUsers(scope.organizationId, scope.directoryId, {},
                                                                  PageQuery{kSmallPageSize, token}, owner,
                                                                  std::move(done));
        });
}

ExportResource directoryGroups()
{
    using T = entities::DirectoryGroup;
    return pagedResource<T>(
        exportTable("directory-groups", "the groups of one directory (--org, --directory)",
                    {col("id", "id"), col("display_name", "display_name"), col("total_users", "total_users"),
                     col("updated_at", "updated_at")},
                    true, true),
        [](ApiClient *client, const ExportScope &scope, const std::string &token, QObject *owner, PageDone<T> done) {
            return services::DirectoriesService(client).listGroups(scope.organizationId, scope.directoryId, {},
                                                                   PageQuery{kSmallPageSize, token}, owner,
                                                                   std::move(done));
        });
}

QList<ExportResource> buildResources()
{
    // The order of `scalekit-console export --help`.
    return {organizations(),     users(),           organizationUsers(),       organizationClients(),
            roles(),             permissions(),     connections(),             appConnectionsExport(),
            directories(),       directoryUsers(),  directoryGroups(),         connectedAccountsExport(),
            mcpConfigsExport(),  mcpInstancesExport(), authLogsExport()};
}

} // namespace

const QList<ExportResource> &exportResources()
{
    static const QList<ExportResource> resources = buildResources();
    return resources;
}

const ExportResource *findExportResource(const QString &name)
{
    for (const ExportResource &resource : exportResources()) {
        if (resource.name == name)
            return &resource;
    }
    return nullptr;
}

} // namespace sk::app::cli
