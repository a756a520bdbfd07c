#pragma once

#include "sandbox/httpexchange.h"

#include "services/entities/organization.h"
#include "services/entities/user.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace sk::sandbox {

class SandboxStore;

// Local adapters for request bodies that services/entities does not model (users.CreateUser,
// users.UpdateUser, users.CreateMembership/UpdateMembership), with their validation rules.
struct MembershipInput
{
    std::vector<std::string> roleNames; // from roles[].name (or roles[].id)
    bool rolesGiven = false;
    json::StringMap metadata;
    bool metadataGiven = false;
    std::optional<std::string> inviterEmail;
};

struct UserCreate
{
    std::string email;
    std::optional<std::string> externalId;
    MembershipInput membership;
    entities::UserProfile profile;
    json::StringMap metadata;
};

struct UserUpdate
{
    std::optional<std::string> externalId;
    nlohmann::json profile; // the user_profile object as sent (only present keys apply)
    std::optional<json::StringMap> metadata;
};

bool parseUserCreate(const nlohmann::json &body, UserCreate *out, const std::string &requestId, HttpResponse *error);
bool parseUserUpdate(const nlohmann::json &body, UserUpdate *out, const std::string &requestId, HttpResponse *error);
bool parseMembership(const nlohmann::json &body, MembershipInput *out, const std::string &requestId,
                     HttpResponse *error, const std::string &fieldPrefix = {});
void applyUserUpdate(const UserUpdate &update, entities::User &user);

// Role references for a membership; unknown names give a 400 answer.
bool resolveRoleRefs(SandboxStore &store, const std::string &organizationId, const std::vector<std::string> &names,
                     std::vector<entities::RoleRef> *out, const std::string &requestId, HttpResponse *error,
                     const std::string &field = "roles");

// A new membership: PENDING_INVITE (expires in 7 days) when invited, else ACTIVE. Uses the
// organization's default member role when no role was given.
entities::OrganizationMembership newMembership(SandboxStore &store, const entities::Organization &org,
                                               const MembershipInput &input, bool invite);
void recordInvite(SandboxStore &store, const entities::User &user, const entities::OrganizationMembership &membership,
                  bool invite);

} // namespace sk::sandbox
