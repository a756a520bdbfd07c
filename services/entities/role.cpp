#include "services/entities/role.h"

namespace sk::entities {

void from_json(const nlohmann::json &j, RolePermission &o)
{
    const json::Reader r(j);
    r.read("id", o.id);
    r.read("name", o.name);
    r.read("description", o.description);
    r.read("create_time", o.createTime);
    r.read("update_time", o.updateTime);
    r.read("role_name", o.roleName);
}

void to_json(nlohmann::json &j, const RolePermission &o)
{
    json::Writer w(j);
    w.write("id", o.id);
    w.write("name", o.name);
    w.write("description", o.description);
    w.write("create_time", o.createTime);
    w.write("update_time", o.updateTime);
    w.write("role_name", o.roleName);
}

void from_json(const nlohmann::json &j, Role &o)
{
    const json::Reader r(j);
    r.read("id", o.id);
    r.read("name", o.name);
    r.read("display_name", o.displayName);
    r.read("description", o.description);
    r.read("default_creator", o.defaultCreator);
    r.read("default_member", o.defaultMember);
    r.read("extends", o.extends);
    r.read("permissions", o.permissions);
    r.read("dependent_roles_count", o.dependentRolesCount);
    r.read("is_org_role", o.isOrgRole);
}

void to_json(nlohmann::json &j, const Role &o)
{
    json::Writer w(j);
    w.write("id", o.id);
    w.write("name", o.name);
    w.write("display_name", o.displayName);
    w.write("description", o.description);
    w.write("default_creator", o.defaultCreator);
    w.write("default_member", o.defaultMember);
    w.write("extends", o.extends);
    w.write("permissions", o.permissions);
    w.write("dependent_roles_count", o.dependentRolesCount);
    w.write("is_org_role", o.isOrgRole);
}

void from_json(const nlohmann::json &j, Permission &o)
{
    const json::Reader r(j);
    r.read("id", o.id);
    r.read("name", o.name);
    r.read("description", o.description);
    r.read("create_time", o.createTime);
    r.read("update_time", o.updateTime);
    r.read("is_scalekit_permission", o.isScalekitPermission);
}

void to_json(nlohmann::json &j, const Permission &o)
{
    json::Writer w(j);
    w.write("id", o.id);
    w.write("name", o.name);
    w.write("description", o.description);
    w.write("create_time", o.createTime);
    w.write("update_time", o.updateTime);
    w.write("is_scalekit_permission", o.isScalekitPermission);
}

void from_json(const nlohmann::json &j, CreateRole &o)
{
    const json::Reader r(j);
    r.read("name", o.name);
    r.read("display_name", o.displayName);
    r.read("description", o.description);
    r.read("extends", o.extends);
    r.read("permissions", o.permissions);
}

void to_json(nlohmann::json &j, const CreateRole &o)
{
    json::Writer w(j);
    w.write("name", o.name);
    w.write("display_name", o.displayName);
    w.write("description", o.description);
    w.write("extends", o.extends);
    w.write("permissions", o.permissions);
}

void from_json(const nlohmann::json &j, UpdateRole &o)
{
    const json::Reader r(j);
    r.read("display_name", o.displayName);
    r.read("description", o.description);
    r.read("extends", o.extends);
    r.read("permissions", o.permissions);
}

void to_json(nlohmann::json &j, const UpdateRole &o)
{
    json::Writer w(j);
    w.write("display_name", o.displayName);
    w.write("description", o.description);
    w.write("extends", o.extends);
    w.write("permissions", o.permissions);
}

} // namespace sk::entities
