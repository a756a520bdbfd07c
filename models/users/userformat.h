#pragma once

#include "services/entities/session.h"
#include "services/entities/user.h"

#include "models/core/statusbadge.h"

#include <QString>

#include <vector>

namespace sk::models {

// How users, memberships and sessions read on screen: one place, shared by the Users tab's
// table, its detail pane and its dialogs.

// "Active", "Pending invite", "Invite expired", "Inactive", "—" (unspecified), "Unknown (RAW)".
QString membershipStatusText(const entities::Enum<entities::MembershipStatus> &status);
// Green, amber, red, grey; violet for values this console does not know.
StatusTone membershipStatusTone(const entities::Enum<entities::MembershipStatus> &status);
// What the status means and what to do about it (a badge's tooltip).
QString membershipStatusAdvice(const entities::Enum<entities::MembershipStatus> &status);
// How much a status asks for attention (higher first): a summary shows the most pressing one.
int membershipStatusUrgency(const entities::Enum<entities::MembershipStatus> &status);

// The profile's name, else given + family name, else "".
QString userDisplayName(const entities::User &user);
// A membership's organization as the server names it, else its ID.
QString membershipOrganizationName(const entities::OrganizationMembership &membership);
// "Admin, Member": display names, else names.
QString joinRoleNames(const std::vector<entities::RoleRef> &roles);

// Sessions: "Chrome 120 on macOS 14 (desktop)", "Berlin, Berlin, DE", a coloured status.
QString sessionDevice(const entities::DeviceDetails &device);
QString sessionLocation(const entities::SessionLocation &location);
QString sessionStatusText(const std::string &status);
StatusTone sessionStatusTone(const std::string &status);

} // namespace sk::models
