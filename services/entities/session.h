#pragma once

#include "services/json/jsonfields.h"

#include <string>
#include <vector>

namespace sk::entities {

// Known values of the plain-string session status.
namespace sessionstatus {
inline constexpr std::string_view kActive = "active";
inline constexpr std::string_view kExpired = "expired";
inline constexpr std::string_view kRevoked = "revoked";
inline constexpr std::string_view kLogout = "logout";
} // namespace sessionstatus

// sessions.Location (latitude/longitude are strings on the wire).
struct SessionLocation
{
    std::string region;
    std::string regionSubdivision;
    std::string city;
    std::string latitude;
    std::string longitude;
    friend bool operator==(const SessionLocation &, const SessionLocation &) = default;
};

// sessions.DeviceDetails
struct DeviceDetails
{
    std::string userAgent;
    std::string os;
    std::string osVersion;
    std::string browser;
    std::string browserVersion;
    std::string deviceType;
    std::string ip;
    SessionLocation location;
    friend bool operator==(const DeviceDetails &, const DeviceDetails &) = default;
};

// sessions.AuthenticatedClients (one entry despite the plural name).
struct AuthenticatedClient
{
    std::string clientId;
    std::string organizationId;
    friend bool operator==(const AuthenticatedClient &, const AuthenticatedClient &) = default;
};

// sessions.SessionDetails: GET /sessions/{id} (no wrapper) and the items of
// sessions.UserSessionDetails = GET /users/{id}/sessions -> Page<SessionDetails> with "sessions".
struct SessionDetails
{
    std::string sessionId;
    std::string userId;
    std::vector<std::string> authenticatedOrganizations;
    std::string organizationId;
    Timestamp createdAt;
    Timestamp updatedAt;
    Timestamp idleExpiresAt;
    Timestamp absoluteExpiresAt;
    Timestamp expiredAt;
    Timestamp logoutAt;
    std::string status; // see sessionstatus
    DeviceDetails device;
    Timestamp lastActiveAt;
    std::vector<AuthenticatedClient> authenticatedClients;
    friend bool operator==(const SessionDetails &, const SessionDetails &) = default;
};

// sessions.RevokedSessionDetails: {revoked_session} / {revoked_sessions[], total_revoked}.
struct RevokedSession
{
    std::string sessionId;
    std::string userId;
    Timestamp createdAt;
    Timestamp updatedAt;
    Timestamp idleExpiresAt;
    Timestamp absoluteExpiresAt;
    Timestamp expiredAt;
    Timestamp logoutAt;
    std::string status;
    Timestamp lastActiveAt;
    friend bool operator==(const RevokedSession &, const RevokedSession &) = default;
};

void from_json(const nlohmann::json &j, SessionLocation &o);
void to_json(nlohmann::json &j, const SessionLocation &o);
void from_json(const nlohmann::json &j, DeviceDetails &o);
void to_json(nlohmann::json &j, const DeviceDetails &o);
void from_json(const nlohmann::json &j, AuthenticatedClient &o);
void to_json(nlohmann::json &j, const AuthenticatedClient &o);
void from_json(const nlohmann::json &j, SessionDetails &o);
void to_json(nlohmann::json &j, const SessionDetails &o);
void from_json(const nlohmann::json &j, RevokedSession &o);
void to_json(nlohmann::json &j, const RevokedSession &o);

} // namespace sk::entities
