#pragma once

#include "services/json/jsonfields.h"

#include <optional>
#include <string>
#include <vector>

namespace sk::entities {

// roles.RolePermission: a permission as attached to a role (role_name says which role grants it,
// which differs from the role itself for inherited permissions with include=permissions:all).
struct RolePermission
{
    std::string id;
    std::string name;
    std::string description;
    Timestamp createTime;
    Timestamp updateTime;
    std::string roleName;
    friend bool operator==(const RolePermission &, const RolePermission &) = default;
};

// roles.Role: environment roles (GET /roles) and organization roles (GET /organizations/{id}/roles,
// isOrgRole true). `extends` names the parent role (inheritance); dependentRolesCount is how
// many roles extend this one. Wrappers: {role}, {roles[]}.
struct Role
{
    std::string id;
    std::string name;
    std::string displayName;
    std::string description;
    bool defaultCreator = false;
    bool defaultMember = false;
    std::optional<std::string> extends;
    std::vector<RolePermission> permissions;
    std::int32_t dependentRolesCount = 0;
    bool isOrgRole = false;
    friend bool operator==(const Role &, const Role &) = default;
};

// roles.Permission: GET /permissions (paged, "permissions").
struct Permission
{
    std::string id;
    std::string name;
    std::string description;
    Timestamp createTime;
    Timestamp updateTime;
    bool isScalekitPermission = false;
    friend bool operator==(const Permission &, const Permission &) = default;
};

// roles.CreateRole (POST /roles, POST /organizations/{id}/roles body).
struct CreateRole
{
    std::string name;
    std::string displayName;
    std::optional<std::string> description;
    std::optional<std::string> extends;
    std::vector<std::string> permissions;
    friend bool operator==(const CreateRole &, const CreateRole &) = default;
};

// roles.UpdateRole (PUT/PATCH role body): only set fields are sent.
struct UpdateRole
{
    std::optional<std::string> displayName;
    std::optional<std::string> description;
    std::optional<std::string> extends;
    std::vector<std::string> permissions;
    friend bool operator==(const UpdateRole &, const UpdateRole &) = default;
};

void from_json(const nlohmann::json &j, RolePermission &o);
void to_json(nlohmann::json &j, const RolePermission &o);
void from_json(const nlohmann::json &j, Role &o);
void to_json(nlohmann::json &j, const Role &o);
void from_json(const nlohmann::json &j, Permission &o);
void to_json(nlohmann::json &j, const Permission &o);
void from_json(const nlohmann::json &j, CreateRole &o);
void to_json(nlohmann::json &j, const CreateRole &o);
void from_json(const nlohmann::json &j, UpdateRole &o);
void to_json(nlohmann::json &j, const UpdateRole &o);

} // namespace sk::entities
