#include "app/console/cli/exportresources.h"

#include "services/resources/connectionsservice.h"
#include "services/resources/directoriesservice.h"
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

using api::ApiCall;
using services::PageQuery;
using Column = ExportWriter::Column;

// Largest page sizes the lists accept (reference §3.6).
constexpr int kPageSize = 100;      // organizations, users, organization users, permissions
constexpr int kSmallPageSize = 30;  // directory users and groups

Column col(const char *header, const char *path) { return {QString::fromLatin1(header), path}; }

// Adapts an unpaginated list (a vector of T) into a PageStream fetcher: one page, no token.
template <typename T, typename FetchAll>
typename api::PageStream<T>::FetchPage wholeList(FetchAll fetchAll)
{
    return [fetchAll = std::move(fetchAll)](const std::string &, QObject *owner,
                                            typename api::PageStream<T>::PageDone done) -> ApiCall * {
        return fetchAll(owner, [done = std::move(done)](api::Result<std::vector<T>> result) {
            if (!result) {
                done(api::Result<entities::Page<T>>(result.error()));
                return;
            }
            entities::Page<T> page;
            page.items = std::move(result).value();
            page.totalSize = std::int32_t(page.items.size());
            done(api::Result<entities::Page<T>>(std::move(page)));
        });
    };
}

QList<Column> userColumns()
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
    ExportResource r;
    r.name = QStringLiteral("organizations");
    r.description = QStringLiteral("every organization of the environment");
    r.columns = {col("id", "id"), col("display_name", "display_name"), col("external_id", "external_id"),
                 col("slug", "slug"), col("region_code", "region_code"), col("create_time", "create_time"),
                 col("update_time", "update_time"), col("metadata", "metadata")};
    r.start = [](api::ApiClient *client, const ExportScope &, JsonSink sink, QObject *parent) {
        using T = entities::Organization;
        return streamRows<T>(
            [client](const std::string &token, QObject *owner, api::PageStream<T>::PageDone done) {
                return services::OrganizationsService(client).list(PageQuery{kPageSize, token}, {}, owner,
                                                                   std::move(done));
            },
            std::move(sink), parent);
    };
    return r;
}

ExportResource users()
{
    ExportResource r;
    r.name = QStringLiteral("users");
    r.description = QStringLiteral("every user of the environment, with memberships");
    r.columns = userColumns();
    r.start = [](api::ApiClient *client, const ExportScope &, JsonSink sink, QObject *parent) {
        using T = entities::User;
        return streamRows<T>(
            [client](const std::string &token, QObject *owner, api::PageStream<T>::PageDone done) {
                return services::UsersService(client).list(PageQuery{kPageSize, token}, owner, std::move(done));
            },
            std::move(sink), parent);
    };
    return r;
}

ExportResource organizationUsers()
{
    ExportResource r;
    r.name = QStringLiteral("org-users");
    r.description = QStringLiteral("the users of one organization (--org)");
    r.needsOrganization = true;
    r.columns = userColumns();
    r.start = [](api::ApiClient *client, const ExportScope &scope, JsonSink sink, QObject *parent) {
        using T = entities::User;
        return streamRows<T>(
            [client, org = scope.organizationId](const std::string &token, QObject *owner,
                                                 api::PageStream<T>::PageDone done) {
                return services::UsersService(client).listOrganizationUsers(org, PageQuery{kPageSize, token}, owner,
                                                                            std::move(done));
            },
            std::move(sink), parent);
    };
    return r;
}

ExportResource roles()
{
    ExportResource r;
    r.name = QStringLiteral("roles");
    r.description = QStringLiteral("the environment's roles");
    r.columns = {col("id", "id"),
                 col("name", "name"),
                 col("display_name", "display_name"),
                 col("description", "description"),
                 col("extends", "extends"),
                 col("default_creator", "default_creator"),
                 col("default_member", "default_member"),
                 col("dependent_roles_count", "dependent_roles_count"),
                 col("is_org_role", "is_org_role")};
    r.start = [](api::ApiClient *client, const ExportScope &, JsonSink sink, QObject *parent) {
        using T = entities::Role;
        return streamRows<T>(wholeList<T>([client](QObject *owner, services::Callback<std::vector<T>> done) {
                                 return services::RolesService(client).list({}, owner, std::move(done));
                             }),
                             std::move(sink), parent);
    };
    return r;
}

ExportResource permissions()
{
    ExportResource r;
    r.name = QStringLiteral("permissions");
    r.description = QStringLiteral("every permission of the environment");
    r.columns = {col("id", "id"),
                 col("name", "name"),
                 col("description", "description"),
                 col("is_scalekit_permission", "is_scalekit_permission"),
                 col("create_time", "create_time"),
                 col("update_time", "update_time")};
    r.start = [](api::ApiClient *client, const ExportScope &, JsonSink sink, QObject *parent) {
        using T = entities::Permission;
        return streamRows<T>(
            [client](const std::string &token, QObject *owner, api::PageStream<T>::PageDone done) {
                return services::RolesService(client).listPermissions(PageQuery{kPageSize, token}, {}, owner,
                                                                      std::move(done));
            },
            std::move(sink), parent);
    };
    return r;
}

ExportResource connections()
{
    ExportResource r;
    r.name = QStringLiteral("connections");
    r.description = QStringLiteral("the environment's connections, enabled or not (--org narrows to one organization)");
    r.columns = {col("id", "id"),
                 col("provider", "provider"),
                 col("type", "type"),
                 col("status", "status"),
                 col("enabled", "enabled"),
                 col("organization_id", "organization_id"),
                 col("organization_name", "organization_name"),
                 col("key_id", "key_id"),
                 col("provider_key", "provider_key"),
                 col("domains", "domains"),
                 col("created_at", "created_at")};
    r.start = [](api::ApiClient *client, const ExportScope &scope, JsonSink sink, QObject *parent) {
        using T = entities::ListConnection;
        services::ConnectionFilter filter{scope.organizationId, {}, "all"};
        return streamRows<T>(wholeList<T>([client, filter](QObject *owner, services::Callback<std::vector<T>> done) {
                                 return services::ConnectionsService(client).list(filter, owner, std::move(done));
                             }),
                             std::move(sink), parent);
    };
    return r;
}

ExportResource directories()
{
    ExportResource r;
    r.name = QStringLiteral("directories");
    r.description = QStringLiteral("the SCIM directories of one organization (--org)");
    r.needsOrganization = true;
    r.columns = {col("id", "id"),
                 col("name", "name"),
                 col("directory_type", "directory_type"),
                 col("directory_provider", "directory_provider"),
                 col("organization_id", "organization_id"),
                 col("enabled", "enabled"),
                 col("status", "status"),
                 col("total_users", "total_users"),
                 col("total_groups", "total_groups"),
                 col("last_synced_at", "last_synced_at"),
                 col("directory_endpoint", "directory_endpoint")};
    r.start = [](api::ApiClient *client, const ExportScope &scope, JsonSink sink, QObject *parent) {
        using T = entities::Directory;
        return streamRows<T>(
            wholeList<T>([client, org = scope.organizationId](QObject *owner, services::Callback<std::vector<T>> done) {
                return services::DirectoriesService(client).list(org, owner, std::move(done));
            }),
            std::move(sink), parent);
    };
    return r;
}

ExportResource directoryUsers()
{
    ExportResource r;
    r.name = QStringLiteral("directory-users");
    r.description = QStringLiteral("the users of one directory (--org, --directory)");
    r.needsOrganization = true;
    r.needsDirectory = true;
    r.columns = {col("id", "id"),
                 col("email", "email"),
                 col("preferred_username", "preferred_username"),
                 col("given_name", "given_name"),
                 col("family_name", "family_name"),
                 col("emails", "emails"),
                 col("updated_at", "updated_at")};
    r.start = [](api::ApiClient *client, const ExportScope &scope, JsonSink sink, QObject *parent) {
        using T = entities::DirectoryUser;
        return streamRows<T>(
            [client, scope](const std::string &token, QObject *owner, api::PageStream<T>::PageDone done) {
                return services::DirectoriesService(client).listUsers(scope.organizationId, scope.directoryId, {},
                                                                      PageQuery{kSmallPageSize, token}, owner,
                                                                      std::move(done));
            },
            std::move(sink), parent);
    };
    return r;
}

ExportResource directoryGroups()
{
    ExportResource r;
    r.name = QStringLiteral("directory-groups");
    r.description = QStringLiteral("the groups of one directory (--org, --directory)");
    r.needsOrganization = true;
    r.needsDirectory = true;
    r.columns = {col("id", "id"), col("display_name", "display_name"), col("total_users", "total_users"),
                 col("updated_at", "updated_at")};
    r.start = [](api::ApiClient *client, const ExportScope &scope, JsonSink sink, QObject *parent) {
        using T = entities::DirectoryGroup;
        return streamRows<T>(
            [client, scope](const std::string &token, QObject *owner, api::PageStream<T>::PageDone done) {
                return services::DirectoriesService(client).listGroups(scope.organizationId, scope.directoryId, {},
                                                                       PageQuery{kSmallPageSize, token}, owner,
                                                                       std::move(done));
            },
            std::move(sink), parent);
    };
    return r;
}

QList<ExportResource> buildResources()
{
    // The order of `scalekit-console export --help`.
    return {organizations(),   users(),          organizationUsers(),       roles(),
            permissions(),     connections(),    appConnectionsExport(),    directories(),
            directoryUsers(),  directoryGroups(), connectedAccountsExport(), mcpConfigsExport(),
            mcpInstancesExport(), authLogsExport()};
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
