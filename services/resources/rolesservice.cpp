#include "services/resources/rolesservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::Role;
namespace keys = entities::pagekeys;

namespace {

QString rolePath(const std::string &name) { return apiPath(QStringLiteral("/roles/") + seg(name)); }
QString orgRolesPath(const std::string &organizationId)
{
    return apiPath(QStringLiteral("/organizations/") + seg(organizationId) + QStringLiteral("/roles"));
}
QString orgRolePath(const std::string &organizationId, const std::string &name)
{
    return orgRolesPath(organizationId) + u'/' + seg(name);
}
QString permissionPath(const std::string &name) { return apiPath(QStringLiteral("/permissions/") + seg(name)); }

// UpdateRole encodes `permissions` even when empty; an empty list would replace the role's
// permissions with none, so it is left out (remove permissions one by one instead).
json::Json updateBody(const entities::UpdateRole &changes)
{
    json::Json body = requestBody(changes);
    if (changes.permissions.empty())
        body.erase("permissions");
    return body;
}

auto decodeCount()
{
    return [](const json::Json &body) {
        std::int64_t count = 0;
        json::Reader(body).read("count", count);
        return count;
    };
}

} // namespace

// ---- environment roles ----------------------------------------------------------------------

ApiCall *RolesService::list(const std::string &include, QObject *owner, Callback<Roles> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/roles")));
    request.query(QStringLiteral("include"), include);
    return m_client->fetch<Roles>(std::move(request), owner, member<Roles>(keys::kRoles), std::move(done));
}

ApiCall *RolesService::get(const std::string &name, const std::string &include, QObject *owner, Callback<Role> done)
{
    ApiRequest request = ApiRequest::get(rolePath(name));
    request.query(QStringLiteral("include"), include);
    return m_client->fetch<Role>(std::move(request), owner, member<Role>("role"), std::move(done));
}

ApiCall *RolesService::create(const entities::CreateRole &role, QObject *owner, Callback<Role> done)
{
    return m_client->fetch<Role>(ApiRequest::post(apiPath(QStringLiteral("/roles"))).body(requestBody(role)), owner,
                                 member<Role>("role"), std::move(done));
}

ApiCall *RolesService::update(const std::string &name, const entities::UpdateRole &changes, QObject *owner,
                              Callback<Role> done)
{
    // A PUT of the same fields twice leaves the same role: safe to retry.
    return m_client->fetch<Role>(ApiRequest::put(rolePath(name)).body(updateBody(changes)).idempotent(true), owner,
                                 member<Role>("role"), std::move(done));
}

ApiCall *RolesService::remove(const std::string &name, const std::string &reassignRoleName, QObject *owner,
                              Callback<api::Empty> done)
{
    ApiRequest request = ApiRequest::del(rolePath(name));
    request.query(QStringLiteral("reassign_role_name"), reassignRoleName);
    return m_client->fetch<api::Empty>(std::move(request), owner, nothing(), std::move(done));
}

ApiCall *RolesService::dependents(const std::string &name, QObject *owner, Callback<Roles> done)
{
    return m_client->fetch<Roles>(ApiRequest::get(rolePath(name) + QStringLiteral("/dependents")), owner,
                                  member<Roles>(keys::kRoles), std::move(done));
}

ApiCall *RolesService::usersCount(const std::string &name, QObject *owner, Callback<std::int64_t> done)
{
    return m_client->fetch<std::int64_t>(ApiRequest::get(rolePath(name) + QStringLiteral("/users:count")), owner,
                                         decodeCount(), std::move(done));
}

ApiCall *RolesService::setDefaults(const std::string &defaultCreatorRole, const std::string &defaultMemberRole,
                                   QObject *owner, Callback<DefaultRoles> done)
{
    json::Json body = json::Json::object();
    if (!defaultCreatorRole.empty())
        body["default_creator_role"] = defaultCreatorRole;
    if (!defaultMemberRole.empty())
        body["default_member_role"] = defaultMemberRole;
    auto decode = [](const json::Json &answer) {
        DefaultRoles roles;
        const json::Reader r(answer);
        r.read("default_creator", roles.defaultCreator);
        r.read("default_member", roles.defaultMember);
        return roles;
    };
    return m_client->fetch<DefaultRoles>(
        ApiRequest::patch(apiPath(QStringLiteral("/roles:set_defaults"))).body(std::move(body)).idempotent(true),
        owner, decode, std::move(done));
}

// ---- role permissions ---------------------------------------------------------------------

ApiCall *RolesService::permissions(const std::string &roleName, QObject *owner, Callback<RolePermissions> done)
{
    return m_client->fetch<RolePermissions>(ApiRequest::get(rolePath(roleName) + QStringLiteral("/permissions")), owner,
                                            member<RolePermissions>(keys::kPermissions), std::move(done));
}

ApiCall *RolesService::effectivePermissions(const std::string &roleName, QObject *owner,
                                            Callback<RolePermissions> done)
{
    return m_client->fetch<RolePermissions>(ApiRequest::get(rolePath(roleName) + QStringLiteral("/permissions:all")),
                                            owner, member<RolePermissions>(keys::kPermissions), std::move(done));
}

ApiCall *RolesService::addPermissions(const std::string &roleName, const std::vector<std::string> &permissionNames,
                                      QObject *owner, Callback<RolePermissions> done)
{
    json::Json body = json::Json::object();
    body["permission_names"] = permissionNames;
    return m_client->fetch<RolePermissions>(
        ApiRequest::post(rolePath(roleName) + QStringLiteral("/permissions")).body(std::move(body)), owner,
        member<RolePermissions>(keys::kPermissions), std::move(done));
}

ApiCall *RolesService::removeRolePermission(const std::string &roleName, const std::string &permissionName,
                                        QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(
        ApiRequest::del(rolePath(roleName) + QStringLiteral("/permissions/") + seg(permissionName)), owner, nothing(),
        std::move(done));
}

// ---- organization roles ---------------------------------------------------------------------

ApiCall *RolesService::listOrganizationRoles(const std::string &organizationId, const std::string &include,
                                             QObject *owner, Callback<Roles> done)
{
    ApiRequest request = ApiRequest::get(orgRolesPath(organizationId));
    request.query(QStringLiteral("include"), include);
    return m_client->fetch<Roles>(std::move(request), owner, member<Roles>(keys::kRoles), std::move(done));
}

ApiCall *RolesService::getOrganizationRole(const std::string &organizationId, const std::string &name,
                                           const std::string &include, QObject *owner, Callback<Role> done)
{
    ApiRequest request = ApiRequest::get(orgRolePath(organizationId, name));
    request.query(QStringLiteral("include"), include);
    return m_client->fetch<Role>(std::move(request), owner, member<Role>("role"), std::move(done));
}

ApiCall *RolesService::createOrganizationRole(const std::string &organizationId, const entities::CreateRole &role,
                                              QObject *owner, Callback<Role> done)
{
    return m_client->fetch<Role>(ApiRequest::post(orgRolesPath(organizationId)).body(requestBody(role)), owner,
                                 member<Role>("role"), std::move(done));
}

ApiCall *RolesService::updateOrganizationRole(const std::string &organizationId, const std::string &name,
                                              const entities::UpdateRole &changes, QObject *owner, Callback<Role> done)
{
    return m_client->fetch<Role>(
        ApiRequest::put(orgRolePath(organizationId, name)).body(updateBody(changes)).idempotent(true), owner,
        member<Role>("role"), std::move(done));
}

ApiCall *RolesService::removeOrganizationRole(const std::string &organizationId, const std::string &name,
                                              const std::string &reassignRoleName, QObject *owner,
                                              Callback<api::Empty> done)
{
    ApiRequest request = ApiRequest::del(orgRolePath(organizationId, name));
    request.query(QStringLiteral("reassign_role_name"), reassignRoleName);
    return m_client->fetch<api::Empty>(std::move(request), owner, nothing(), std::move(done));
}

ApiCall *RolesService::organizationRoleUsersCount(const std::string &organizationId, const std::string &name,
                                                  QObject *owner, Callback<std::int64_t> done)
{
    return m_client->fetch<std::int64_t>(
        ApiRequest::get(orgRolePath(organizationId, name) + QStringLiteral("/users:count")), owner, decodeCount(),
        std::move(done));
}

ApiCall *RolesService::setOrganizationDefaults(const std::string &organizationId,
                                               const std::string &defaultMemberRole, QObject *owner,
                                               Callback<Role> done)
{
    json::Json body = json::Json::object();
    body["default_member_role"] = defaultMemberRole;
    return m_client->fetch<Role>(ApiRequest::patch(orgRolesPath(organizationId) + QStringLiteral(":set_defaults"))
                                     .body(std::move(body))
                                     .idempotent(true),
                                 owner, member<Role>("default_member"), std::move(done));
}

// ---- permissions --------------------------------------------------------------------------

ApiCall *RolesService::listPermissions(const PageQuery &page, const std::string &type, QObject *owner,
                                       Callback<PermissionPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/permissions")));
    page.apply(request);
    request.query(QStringLiteral("type"), type);
    return m_client->fetch<PermissionPage>(std::move(request), owner,
                                           services::page<Permission>(keys::kPermissions), std::move(done));
}

ApiCall *RolesService::getPermission(const std::string &name, QObject *owner, Callback<Permission> done)
{
    return m_client->fetch<Permission>(ApiRequest::get(permissionPath(name)), owner, member<Permission>("permission"),
                                       std::move(done));
}

ApiCall *RolesService::createPermission(const entities::CreatePermission &permission, QObject *owner,
                                        Callback<Permission> done)
{
    return m_client->fetch<Permission>(
        ApiRequest::post(apiPath(QStringLiteral("/permissions"))).body(requestBody(permission)), owner,
        member<Permission>("permission"), std::move(done));
}

ApiCall *RolesService::updatePermission(const std::string &name, const entities::CreatePermission &permission,
                                        QObject *owner, Callback<Permission> done)
{
    return m_client->fetch<Permission>(
        ApiRequest::put(permissionPath(name)).body(requestBody(permission)).idempotent(true), owner,
        member<Permission>("permission"), std::move(done));
}

ApiCall *RolesService::removePermission(const std::string &name, QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(ApiRequest::del(permissionPath(name)), owner, nothing(), std::move(done));
}

} // namespace sk::services
