#include "services/entities/session.h"

namespace sk::entities {

namespace {

template <typename Io, typename Self>
void locationFields(Io &io, Self &o)
{
    io("region", o.region);
    io("region_subdivision", o.regionSubdivision);
    io("city", o.city);
    io("latitude", o.latitude);
    io("longitude", o.longitude);
}

template <typename Io, typename Self>
void deviceFields(Io &io, Self &o)
{
    io("user_agent", o.userAgent);
    io("os", o.os);
    io("os_version", o.osVersion);
    io("browser", o.browser);
    io("browser_version", o.browserVersion);
    io("device_type", o.deviceType);
    io("ip", o.ip);
    io("location", o.location);
}

// Fields SessionDetails and RevokedSession share.
template <typename Io, typename Self>
void commonSessionFields(Io &io, Self &o)
{
    io("session_id", o.sessionId);
    io("user_id", o.userId);
    io("created_at", o.createdAt);
    io("updated_at", o.updatedAt);
    io("idle_expires_at", o.idleExpiresAt);
    io("absolute_expires_at", o.absoluteExpiresAt);
    io("expired_at", o.expiredAt);
    io("logout_at", o.logoutAt);
    io("status", o.status);
    io("last_active_at", o.lastActiveAt);
}

template <typename Io, typename Self>
void sessionFields(Io &io, Self &o)
{
    commonSessionFields(io, o);
    io("authenticated_organizations", o.authenticatedOrganizations);
    io("organization_id", o.organizationId);
    io("device", o.device);
    io("authenticated_clients", o.authenticatedClients);
}

} // namespace

void from_json(const nlohmann::json &j, SessionLocation &o) { const json::Reader r(j); locationFields(r, o); }
void to_json(nlohmann::json &j, const SessionLocation &o) { json::Writer w(j); locationFields(w, o); }
void from_json(const nlohmann::json &j, DeviceDetails &o) { const json::Reader r(j); deviceFields(r, o); }
void to_json(nlohmann::json &j, const DeviceDetails &o) { json::Writer w(j); deviceFields(w, o); }
void from_json(const nlohmann::json &j, SessionDetails &o) { const json::Reader r(j); sessionFields(r, o); }
void to_json(nlohmann::json &j, const SessionDetails &o) { json::Writer w(j); sessionFields(w, o); }
void from_json(const nlohmann::json &j, RevokedSession &o) { const json::Reader r(j); commonSessionFields(r, o); }
void to_json(nlohmann::json &j, const RevokedSession &o) { json::Writer w(j); commonSessionFields(w, o); }

void from_json(const nlohmann::json &j, AuthenticatedClient &o)
{
    const json::Reader r(j);
    r("client_id", o.clientId)("organization_id", o.organizationId);
}

void to_json(nlohmann::json &j, const AuthenticatedClient &o)
{
    json::Writer w(j);
    w("client_id", o.clientId)("organization_id", o.organizationId);
}

} // namespace sk::entities
