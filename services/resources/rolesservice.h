#pragma once

#include "services/entities/role.h"
#include "services/entities/rolerequests.h"
#include "services/resources/servicesupport.h"

namespace sk::services {

// {default_creator, default_member}: PATCH /roles:set_defaults (unset roles stay empty).
struct DefaultRoles
{
    entities::Role defaultCreator;
    entities::Role defaultMember;
};

// roles.RolesService: environment roles, organization roles, role permissions, permissions and
// the default roles. Roles are addressed by name. `include` is "", "permissions" or
// "permissions:all" (inherited ones too).
class RolesService
{
public:
    explicit RolesService(api::ApiClient *client) : m_client(client) {}

    using Role = entities::Role;
    using Roles = std::vector<Role>;
    using RolePermissions = std::vector<entities::RolePermission>;
    using Permission = entities::Permission;
    using PermissionPage = entities::Page<Permission>;

    // ---- environment roles (GET /roles is unpaginated) ----
    // update/updateOrganizationRole: PUT of the set fields; an empty permissions list is not sent
    // (it would strip every permission), so use removeRolePermission to take permissions away.
    api::ApiCall *list(const std::string &include, QObject *owner, Callback<Roles> done);
    api::ApiCall *get(const std::string &name, const std::string &include, QObject *owner, Callback<Role> done);
    api::ApiCall *create(const entities::CreateRole &role, QObject *owner, Callback<Role> done);
    api::ApiCall *update(const std::string &name, const entities::UpdateRole &changes, QObject *owner,
                         Callback<Role> done);
    // Users holding the role move to reassignRoleName (optional).
    api::ApiCall *remove(const std::string &name, const std::string &reassignRoleName, QObject *owner,
                         Callback<api::Empty> done);
    api::ApiCall *dependents(const std::string &name, QObject *owner, Callback<Roles> done);
    api::ApiCall *usersCount(const std::string &name, QObject *owner, Callback<std::int64_t> done);
    // Either name may be empty: that default stays as it is.
    api::ApiCall *setDefaults(const std::string &defaultCreatorRole, const std::string &defaultMemberRole,
                              QObject *owner, Callback<DefaultRoles> done);

    // ---- role permissions ----
    api::ApiCall *permissions(const std::string &roleName, QObject *owner, Callback<RolePermissions> done);
    api::ApiCall *effectivePermissions(const std::string &roleName, QObject *owner, Callback<RolePermissions> done);
    api::ApiCall *addPermissions(const std::string &roleName, const std::vector<std::string> &permissionNames,
                                 QObject *owner, Callback<RolePermissions> done);
    api::ApiCall *removeRolePermission(const std::string &roleName, const std::string &permissionName, QObject *owner,
                                   Callback<api::Empty> done);

    // ---- organization roles (GET is unpaginated) ----
    api::ApiCall *listOrganizationRoles(const std::string &organizationId, const std::string &include,
                                        QObject *owner, Callback<Roles> done);
    api::ApiCall *getOrganizationRole(const std::string &organizationId, const std::string &name,
                                      const std::string &include, QObject *owner, Callback<Role> done);
    api::ApiCall *createOrganizationRole(const std::string &organizationId, const entities::CreateRole &role,
                                         QObject *owner, Callback<Role> done);
    api::ApiCall *updateOrganizationRole(const std::string &organizationId, const std::string &name,
                                         const entities::UpdateRole &changes, QObject *owner, Callback<Role> done);
    api::ApiCall *removeOrganizationRole(const std::string &organizationId, const std::string &name,
                                         const std::string &reassignRoleName, QObject *owner,
                                         Callback<api::Empty> done);
    api::ApiCall *organizationRoleUsersCount(const std::string &organizationId, const std::string &name,
                                             QObject *owner, Callback<std::int64_t> done);
    // Returns the new default member role.
    api::ApiCall *setOrganizationDefaults(const std::string &organizationId, const std::string &defaultMemberRole,
                                          QObject *owner, Callback<Role> done);

    // ---- permissions (GET /permissions is paged, page_size 1..100) ----
    // type: "" (all), "SCALEKIT" or "ENVIRONMENT".
    api::ApiCall *listPermissions(const PageQuery &page, const std::string &type, QObject *owner,
                                  Callback<PermissionPage> done);
    api::ApiCall *getPermission(const std::string &name, QObject *owner, Callback<Permission> done);
    api::ApiCall *createPermission(const entities::CreatePermission &permission, QObject *owner,
                                   Callback<Permission> done);
    api::ApiCall *updatePermission(const std::string &name, const entities::CreatePermission &permission,
                                   QObject *owner, Callback<Permission> done);
    api::ApiCall *removePermission(const std::string &name, QObject *owner, Callback<api::Empty> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
