#pragma once

#include "services/json/jsonfields.h"

#include <optional>
#include <string>

namespace sk::entities {

// users.Invite: PATCH /invites/organizations/{org}/users/{id}/resend -> {invite}.
// status is a plain string on the wire.
struct Invite
{
    std::string organizationId;
    std::string userId;
    std::optional<std::string> inviterEmail;
    std::string status;
    Timestamp createdAt;
    Timestamp expiresAt;
    Timestamp resentAt;
    std::int32_t resentCount = 0;
    friend bool operator==(const Invite &, const Invite &) = default;
};

void from_json(const nlohmann::json &j, Invite &o);
void to_json(nlohmann::json &j, const Invite &o);

} // namespace sk::entities
