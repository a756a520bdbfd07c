#pragma once

#include "services/entities/authlogrequest.h"
#include "services/resources/servicesupport.h"

namespace sk::services {

// Filters of GET /logs/authentication/requests. statuses repeat the key (INITIATED, PENDING,
// SUCCESS, FAILED).
struct AuthLogFilter
{
    std::string email;
    QStringList statuses;
    entities::Timestamp startTime;
    entities::Timestamp endTime;
    std::string resourceId;
    std::string connectedAccountIdentifier;
    std::string clientId;
};

// auditlogs.AuditLogsService: authentication request logs. The items key is the camelCase
// "authRequests" (reference §3.1).
class AuthLogsService
{
public:
    explicit AuthLogsService(api::ApiClient *client) : m_client(client) {}

    using AuthLogRequest = entities::AuthLogRequest;
    using AuthLogPage = entities::Page<AuthLogRequest>;

    api::ApiCall *list(const AuthLogFilter &filter, const PageQuery &page, QObject *owner, Callback<AuthLogPage> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
