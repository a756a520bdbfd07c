#include "sandbox/paging.h"
#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"

namespace sk::sandbox {

using namespace entities;

namespace {

constexpr const char *kRoleNamePattern = R"(^[a-zA-Z0-9_]{1,64}$)";
constexpr const char *kPermissionNamePattern = R"(^[a-zA-Z0-9_:]+$)";

// The organization of an org-scoped route ("" for environment routes).
std::string orgOf(const HttpRequest &r)
{
    return r.param("org_id");
}

Role *roleFromPath(SandboxStore &store, const HttpRequest &r)
{
    const std::string org = orgOf(r);
    return org.empty() ? store.findRole(r.param("role_name")) : store.findOrganizationRole(org, r.param("role_name"));
}

// The default member role of an organization: its own setting, else the environment's.
std::string defaultMemberOf(const SandboxStore &store, const std::string &orgId)
{
    const auto it = store.organizationDefaultMemberRole.find(orgId);
    return it == store.organizationDefaultMemberRole.end() ? store.defaultMemberRole : it->second;
}

Role presented(SandboxStore &store, const std::string &orgId, const Role &role, const std::string &include)
{
    Role out = role;
    if (!orgId.empty()) // as the organization sees it: its own default member role
        out.defaultMember = role.name == defaultMemberOf(store, orgId);
    if (include == "permissions:all")
        out.permissions = store.effectivePermissions(orgId, role.name);
    else if (include != "permissions")
        out.permissions.clear();
    return out;
}

std::int64_t usersWithRole(SandboxStore &store, const std::string &orgId, const std::string &roleName)
{
    std::int64_t count = 0;
    for (const User &u : store.users) {
        for (const OrganizationMembership &m : u.memberships) {
            if (!orgId.empty() && m.organizationId != orgId)
                continue;
            if (std::any_of(m.roles.begin(), m.roles.end(), [&](const RoleRef &x) { return x.name == roleName; }))
                ++count;
        }
    }
    return count;
}

bool permissionRefs(SandboxStore &store, const std::string &roleName, const std::vector<std::string> &names,
                    std::vector<RolePermission> *out, const HttpRequest &r, HttpResponse *error, const char *field)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Permission *p = store.permissions.findIf([&](const Permission &x) { return x.name == names[i]; });
        if (!p) {
            *error = apierrors::invalidField(r.requestId, std::string(field) + "[" + std::to_string(i) + "]",
                                             "permission " + names[i] + " does not exist", "exists");
            return false;
        }
        if (std::none_of(out->begin(), out->end(), [&](const RolePermission &x) { return x.name == p->name; }))
            out->push_back({p->id, p->name, p->description, p->createTime, p->updateTime, roleName});
    }
    return true;
}

void refreshDependentCounts(SandboxStore &store)
{
    for (Role &role : store.roles) {
        role.dependentRolesCount = int(std::count_if(store.roles.begin(), store.roles.end(),
                                                     [&](const Role &x) { return x.extends == role.name; }));
    }
}

HttpResponse createRole(SandboxStore &store, HttpRequest &r)
{
    const std::string org = orgOf(r);
    if (!org.empty() && !store.organizations.find(org))
        return apierrors::notFound(r.requestId, "organization", org);
    HttpResponse error;
    const auto body = decodeBody<CreateRole>(r, &error);
    if (!body)
        return error;
    Violations v;
    v.pattern("name", body->name, kRoleNamePattern, "value must match ^[a-zA-Z0-9_]{1,64}$");
    v.length("display_name", body->displayName, 1, 100);
    if (body->description)
        v.length("description", *body->description, 0, 2000);
    if (body->extends) {
        v.pattern("extends", *body->extends, kRoleNamePattern, "value must match ^[a-zA-Z0-9_]{1,64}$");
        if (!store.resolveRole(org, *body->extends))
            v.add("extends", "role " + *body->extends + " does not exist", "exists");
    }
    if (body->permissions.size() > 100)
        v.add("permissions", "at most 100 permissions", "repeated.max_items");
    if (!v.empty())
        return v.response(r.requestId);
    if ((org.empty() ? store.findRole(body->name) : store.findOrganizationRole(org, body->name)) != nullptr)
        return apierrors::alreadyExists(r.requestId, "role " + body->name + " already exists");
    Role role;
    role.id = store.newId("role_");
    role.name = body->name;
    role.displayName = body->displayName;
    role.description = body->description.value_or("");
    role.extends = body->extends;
    role.isOrgRole = !org.empty();
    if (!permissionRefs(store, role.name, body->permissions, &role.permissions, r, &error, "permissions"))
        return error;
    Role stored;
    if (org.empty()) {
        stored = store.roles.insert(role);
        refreshDependentCounts(store);
    } else {
        store.organizationRoles.insert({role.id, org, role});
        stored = role;
    }
    return HttpResponse::json(wrap("role", stored), 201);
}

HttpResponse updateRole(SandboxStore &store, HttpRequest &r)
{
    Role *role = roleFromPath(store, r);
    if (!role)
        return apierrors::notFound(r.requestId, "role", r.param("role_name"));
    HttpResponse error;
    const auto raw = jsonBody(r, &error);
    if (!raw)
        return error;
    const auto body = decodeBody<UpdateRole>(r, &error);
    if (!body)
        return error;
    Violations v;
    if (body->displayName)
        v.length("display_name", *body->displayName, 1, 100);
    if (body->description)
        v.length("description", *body->description, 0, 2000);
    if (body->extends && !body->extends->empty()) {
        if (*body->extends == role->name || !store.resolveRole(orgOf(r), *body->extends))
            v.add("extends", "role " + *body->extends + " cannot be extended", "exists");
    }
    if (!v.empty())
        return v.response(r.requestId);
    std::vector<RolePermission> permissions;
    if (raw->contains("permissions") && !permissionRefs(store, role->name, body->permissions, &permissions, r, &error, "permissions"))
        return error;
    if (body->displayName)
        role->displayName = *body->displayName;
    if (body->description)
        role->description = *body->description;
    if (body->extends)
        role->extends = body->extends->empty() ? std::nullopt : body->extends;
    if (raw->contains("permissions"))
        role->permissions = permissions;
    refreshDependentCounts(store);
    return HttpResponse::json(wrap("role", presented(store, orgOf(r), *role, "permissions")));
}

HttpResponse deleteRole(SandboxStore &store, HttpRequest &r)
{
    const std::string org = orgOf(r);
    Role *role = roleFromPath(store, r);
    if (!role)
        return apierrors::notFound(r.requestId, "role", r.param("role_name"));
    const std::string name = role->name;
    if (org.empty() && std::any_of(store.roles.begin(), store.roles.end(), [&](const Role &x) { return x.extends == name; }))
        return apierrors::failedPrecondition(r.requestId, "role " + name + " is extended by other roles");
    const std::string reassign = r.queryValue("reassign_role_name");
    const Role *target = reassign.empty() ? nullptr : store.resolveRole(org, reassign);
    if (!reassign.empty() && !target)
        return apierrors::invalidField(r.requestId, "reassign_role_name", "role " + reassign + " does not exist", "exists");
    if (!target && usersWithRole(store, org, name) > 0)
        return apierrors::failedPrecondition(r.requestId, "role " + name + " is assigned to users; pass reassign_role_name");
    for (User &u : store.users) {
        for (OrganizationMembership &m : u.memberships) {
            if (!org.empty() && m.organizationId != org)
                continue;
            for (RoleRef &ref : m.roles) {
                if (ref.name == name && target)
                    ref = {target->id, target->name, target->displayName};
            }
        }
    }
    if (org.empty()) {
        store.roles.eraseIf([&](const Role &x) { return x.name == name; });
        refreshDependentCounts(store);
    } else {
        store.organizationRoles.eraseIf([&](const OrgRoleRow &x) { return x.organizationId == org && x.role.name == name; });
    }
    return HttpResponse::empty();
}

HttpResponse setDefaults(SandboxStore &store, HttpRequest &r)
{
    HttpResponse error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    const auto nameOf = [&](const char *key, const char *objectKey) {
        if (body->contains(key) && (*body)[key].is_string())
            return (*body)[key].get<std::string>();
        if (body->contains(objectKey) && (*body)[objectKey].is_object())
            return (*body)[objectKey].value("name", "");
        return std::string();
    };
    const std::string org = orgOf(r);
    const std::string creator = nameOf("default_creator_role", "default_creator");
    const std::string member = nameOf("default_member_role", "default_member");
    if (!creator.empty() && !store.resolveRole(org, creator))
        return apierrors::invalidField(r.requestId, "default_creator_role", "role " + creator + " does not exist", "exists");
    if (!member.empty() && !store.resolveRole(org, member))
        return apierrors::invalidField(r.requestId, "default_member_role", "role " + member + " does not exist", "exists");
    nlohmann::json out = nlohmann::json::object();
    if (!org.empty()) {
        if (!store.organizations.find(org))
            return apierrors::notFound(r.requestId, "organization", org);
        if (!member.empty())
            store.organizationDefaultMemberRole[org] = member;
        if (const Role *role = store.resolveRole(org, defaultMemberOf(store, org)))
            out["default_member"] = json::encode(presented(store, org, *role, {}));
        return HttpResponse::json(out);
    }
    if (!creator.empty())
        store.defaultCreatorRole = creator;
    if (!member.empty())
        store.defaultMemberRole = member;
    for (Role &role : store.roles) {
        role.defaultCreator = role.name == store.defaultCreatorRole;
        role.defaultMember = role.name == store.defaultMemberRole;
    }
    if (const Role *role = store.findRole(store.defaultCreatorRole))
        out["default_creator"] = json::encode(*role);
    if (const Role *role = store.findRole(store.defaultMemberRole))
        out["default_member"] = json::encode(*role);
    return HttpResponse::json(out);
}

void registerRoleScope(Router &router, SandboxStore *s, const std::string &base)
{
    router.add("GET", base, [s](HttpRequest &r) {
        const std::string org = orgOf(r);
        if (!org.empty() && !s->organizations.find(org))
            return apierrors::notFound(r.requestId, "organization", org);
        const std::string include = r.queryValue("include");
        nlohmann::json roles = nlohmann::json::array();
        for (const Role &role : s->roles)
            roles.push_back(json::encode(presented(*s, org, role, include)));
        for (const OrgRoleRow &row : s->organizationRoles) {
            if (!org.empty() && row.organizationId == org)
                roles.push_back(json::encode(presented(*s, org, row.role, include)));
        }
        return HttpResponse::json({{"roles", roles}});
    });
    router.add("POST", base, [s](HttpRequest &r) { return createRole(*s, r); });
    router.add("GET", base + "/{role_name}", [s](HttpRequest &r) {
        const Role *role = roleFromPath(*s, r);
        if (!role && !orgOf(r).empty())
            role = s->findRole(r.param("role_name"));
        return role ? HttpResponse::json(wrap("role", presented(*s, orgOf(r), *role, r.queryValue("include"))))
                    : apierrors::notFound(r.requestId, "role", r.param("role_name"));
    });
    router.add("PUT", base + "/{role_name}", [s](HttpRequest &r) { return updateRole(*s, r); });
    router.add("DELETE", base + "/{role_name}", [s](HttpRequest &r) { return deleteRole(*s, r); });
    router.add("PATCH", base + ":set_defaults", [s](HttpRequest &r) { return setDefaults(*s, r); });
    router.add("GET", base + "/{role_name}/users:count", [s](HttpRequest &r) {
        const Role *role = roleFromPath(*s, r);
        if (!role)
            return apierrors::notFound(r.requestId, "role", r.param("role_name"));
        return HttpResponse::json({{"count", std::to_string(usersWithRole(*s, orgOf(r), role->name))}});
    });
}

} // namespace

void registerRoleRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    registerRoleScope(router, s, "/api/v1/roles");
    registerRoleScope(router, s, "/api/v1/organizations/{org_id}/roles");
    router.add("PATCH", "/api/v1/roles/default", [s](HttpRequest &r) { return setDefaults(*s, r); });
    router.add("GET", "/api/v1/roles/{role_name}/dependents", [s](HttpRequest &r) {
        if (!s->findRole(r.param("role_name")))
            return apierrors::notFound(r.requestId, "role", r.param("role_name"));
        nlohmann::json roles = nlohmann::json::array();
        for (const Role &role : s->roles) {
            if (role.extends == r.param("role_name"))
                roles.push_back(json::encode(role));
        }
        return HttpResponse::json({{"roles", roles}});
    });
    router.add("GET", "/api/v1/roles/{role_name}/permissions", [s](HttpRequest &r) {
        const Role *role = s->findRole(r.param("role_name"));
        return role ? HttpResponse::json(wrap("permissions", role->permissions))
                    : apierrors::notFound(r.requestId, "role", r.param("role_name"));
    });
    router.add("GET", "/api/v1/roles/{role_name}/permissions:all", [s](HttpRequest &r) {
        const Role *role = s->findRole(r.param("role_name"));
        return role ? HttpResponse::json(wrap("permissions", s->effectivePermissions({}, role->name)))
                    : apierrors::notFound(r.requestId, "role", r.param("role_name"));
    });
    router.add("POST", "/api/v1/roles/{role_name}/permissions", [s](HttpRequest &r) {
        Role *role = s->findRole(r.param("role_name"));
        if (!role)
            return apierrors::notFound(r.requestId, "role", r.param("role_name"));
        HttpResponse error;
        const auto body = jsonBody(r, &error);
        if (!body)
            return error;
        std::vector<std::string> names;
        try {
            sk::json::Reader(*body).read("permission_names", names);
        } catch (const sk::json::DecodeError &e) {
            return apierrors::invalidField(r.requestId, e.path(), e.reason(), "type");
        }
        if (names.empty())
            return apierrors::invalidField(r.requestId, "permission_names", "at least one permission", "repeated.min_items");
        if (!permissionRefs(*s, role->name, names, &role->permissions, r, &error, "permission_names"))
            return error;
        return HttpResponse::json(wrap("permissions", role->permissions));
    });
    router.add("DELETE", "/api/v1/roles/{role_name}/permissions/{permission_name}", [s](HttpRequest &r) {
        Role *role = s->findRole(r.param("role_name"));
        if (!role)
            return apierrors::notFound(r.requestId, "role", r.param("role_name"));
        const auto before = role->permissions.size();
        std::erase_if(role->permissions, [&](const RolePermission &p) { return p.name == r.param("permission_name"); });
        return before != role->permissions.size() ? HttpResponse::empty()
                                                  : apierrors::notFound(r.requestId, "permission", r.param("permission_name"));
    });

    // Permissions.
    router.add("GET", "/api/v1/permissions", [s](HttpRequest &r) {
        const std::string type = r.queryValue("type");
        return listPage(r, PageLimits{100, 10, "uint32.lte"}, s->permissions, "permissions",
                        [&](const Permission &p) {
                            return type.empty() || type == "ALL" || (type == "SCALEKIT") == p.isScalekitPermission;
                        },
                        [](const Permission &p) { return json::encode(p); });
    });
    router.add("POST", "/api/v1/permissions", [s](HttpRequest &r) {
        HttpResponse error;
        const auto body = jsonBody(r, &error);
        if (!body)
            return error;
        Permission p;
        try {
            sk::json::Reader(*body).read("name", p.name).read("description", p.description);
        } catch (const sk::json::DecodeError &e) {
            return apierrors::invalidField(r.requestId, e.path(), e.reason(), "type");
        }
        Violations v;
        v.length("name", p.name, 1, 64);
        if (!p.name.empty())
            v.pattern("name", p.name, kPermissionNamePattern, "value must match ^[a-zA-Z0-9_:]+$");
        v.length("description", p.description, 0, 2000);
        if (!v.empty())
            return v.response(r.requestId);
        if (s->permissions.findIf([&](const Permission &x) { return x.name == p.name; }))
            return apierrors::alreadyExists(r.requestId, "permission " + p.name + " already exists");
        p.id = s->newId("perm_");
        p.createTime = p.updateTime = s->now();
        return HttpResponse::json(wrap("permission", s->permissions.insert(p)), 201);
    });
    router.add("GET", "/api/v1/permissions/{permission_name}", [s](HttpRequest &r) {
        const Permission *p = s->permissions.findIf([&](const Permission &x) { return x.name == r.param("permission_name"); });
        return p ? HttpResponse::json(wrap("permission", *p)) : apierrors::notFound(r.requestId, "permission", r.param("permission_name"));
    });
    router.add("PUT", "/api/v1/permissions/{permission_name}", [s](HttpRequest &r) {
        Permission *p = s->permissions.findIf([&](const Permission &x) { return x.name == r.param("permission_name"); });
        if (!p)
            return apierrors::notFound(r.requestId, "permission", r.param("permission_name"));
        HttpResponse error;
        const auto body = jsonBody(r, &error);
        if (!body)
            return error;
        std::string description = p->description;
        if (body->contains("description") && (*body)["description"].is_string())
            description = (*body)["description"].get<std::string>();
        if (description.size() > 2000)
            return apierrors::invalidField(r.requestId, "description", "at most 2000 characters", "string.max_len");
        p->description = description;
        p->updateTime = s->now();
        return HttpResponse::json(wrap("permission", *p));
    });
    router.add("DELETE", "/api/v1/permissions/{permission_name}", [s](HttpRequest &r) {
        const std::string name = r.param("permission_name");
        if (!s->permissions.eraseIf([&](const Permission &x) { return x.name == name; }))
            return apierrors::notFound(r.requestId, "permission", name);
        for (Role &role : s->roles)
            std::erase_if(role.permissions, [&](const RolePermission &p) { return p.name == name; });
        return HttpResponse::empty();
    });
}

} // namespace sk::sandbox
