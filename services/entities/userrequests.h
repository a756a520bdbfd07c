#pragma once

#include "services/entities/user.h"
#include "services/json/jsonfields.h"

#include <optional>
#include <string>
#include <vector>

// Request bodies of users.UserService (reference §4.2): creating a user in an organization,
// updating a user, creating and updating a membership. Only set fields are sent.
namespace sk::entities {

// users.CreateMembership (POST /memberships/organizations/{org}/users/{id} body; also inside CreateUser).
struct CreateMembership
{
    std::vector<RoleRef> roles; // by name: RoleRef{{}, "member", {}}; empty: the default member role
    json::StringMap metadata;
    std::optional<std::string> inviterEmail;
    friend bool operator==(const CreateMembership &, const CreateMembership &) = default;
};

// users.UpdateMembership (PATCH /memberships/organizations/{org}/users/{id} body).
struct UpdateMembership
{
    std::vector<RoleRef> roles;                 // empty: roles unchanged
    std::optional<json::StringMap> metadata;    // unset: metadata unchanged
    friend bool operator==(const UpdateMembership &, const UpdateMembership &) = default;
};

// users.CreateUserProfile / users.UpdateUserProfile (the writable part of UserProfile).
struct UserProfileChanges
{
    std::optional<std::string> givenName;
    std::optional<std::string> familyName;
    std::optional<std::string> name;
    std::optional<std::string> locale;
    std::optional<std::string> phoneNumber;
    std::optional<json::StringMap> metadata;
    std::optional<json::StringMap> customAttributes;
    std::optional<std::string> preferredUsername;
    std::optional<std::string> picture;
    std::optional<std::string> gender;
    std::optional<std::vector<std::string>> groups;
    friend bool operator==(const UserProfileChanges &, const UserProfileChanges &) = default;
};

// users.CreateUser (POST /organizations/{org}/users body).
struct CreateUser
{
    std::string email;
    std::optional<std::string> externalId;
    std::optional<CreateMembership> membership;
    std::optional<UserProfileChanges> userProfile;
    json::StringMap metadata;
    friend bool operator==(const CreateUser &, const CreateUser &) = default;
};

// users.UpdateUser (PATCH /users/{id} and /users:external/{external_id} body).
struct UpdateUser
{
    std::optional<std::string> externalId;
    std::optional<UserProfileChanges> userProfile;
    std::optional<json::StringMap> metadata;
    friend bool operator==(const UpdateUser &, const UpdateUser &) = default;
};

void from_json(const nlohmann::json &j, CreateMembership &o);
void to_json(nlohmann::json &j, const CreateMembership &o);
void from_json(const nlohmann::json &j, UpdateMembership &o);
void to_json(nlohmann::json &j, const UpdateMembership &o);
void from_json(const nlohmann::json &j, UserProfileChanges &o);
void to_json(nlohmann::json &j, const UserProfileChanges &o);
void from_json(const nlohmann::json &j, CreateUser &o);
void to_json(nlohmann::json &j, const CreateUser &o);
void from_json(const nlohmann::json &j, UpdateUser &o);
void to_json(nlohmann::json &j, const UpdateUser &o);

} // namespace sk::entities
