#include "services/entities/authlogrequest.h"

namespace sk::entities {

namespace {

template <typename Io, typename Self>
void detailsFields(Io &io, Self &o)
{
    io("connection_id", o.connectionId);
    io("organization_id", o.organizationId);
    io("connection_type", o.connectionType);
    io("connection_provider", o.connectionProvider);
}

template <typename Io, typename Self>
void requestFields(Io &io, Self &o)
{
    io("organization_id", o.organizationId);
    io("environment_id", o.environmentId);
    io("connection_id", o.connectionId);
    io("auth_request_id", o.authRequestId);
    io("email", o.email);
    io("connection_type", o.connectionType);
    io("connection_provider", o.connectionProvider);
    io("status", o.status);
    io("timestamp", o.timestamp);
    io("connection_details", o.connectionDetails);
    io("workflow", o.workflow);
    io("resource_id", o.resourceId);
    io("resource_name", o.resourceName);
    io("resource_type", o.resourceType);
    io("connected_account_identifier", o.connectedAccountIdentifier);
    io("client_id", o.clientId);
    io("client_name", o.clientName);
    io("client_type", o.clientType);
}

} // namespace

void from_json(const nlohmann::json &j, AuthLogConnectionDetails &o) { const json::Reader r(j); detailsFields(r, o); }
void to_json(nlohmann::json &j, const AuthLogConnectionDetails &o) { json::Writer w(j); detailsFields(w, o); }
void from_json(const nlohmann::json &j, AuthLogRequest &o) { const json::Reader r(j); requestFields(r, o); }
void to_json(nlohmann::json &j, const AuthLogRequest &o) { json::Writer w(j); requestFields(w, o); }

} // namespace sk::entities
