#pragma once

#include "services/entities/session.h"
#include "services/resources/servicesupport.h"

namespace sk::services {

// Filters of GET /users/{id}/sessions: filter.status (repeated: active, expired, revoked, logout),
// filter.start_time, filter.end_time.
struct SessionFilter
{
    QStringList statuses;
    entities::Timestamp startTime;
    entities::Timestamp endTime;
};

// {revoked_sessions[], total_revoked}: POST /users/{id}/sessions/revoke.
struct RevokedSessions
{
    std::vector<entities::RevokedSession> sessions;
    std::int32_t totalRevoked = 0;
};

// sessions.SessionService: a user's sessions, one session, revoking one or all.
class SessionsService
{
public:
    explicit SessionsService(api::ApiClient *client) : m_client(client) {}

    using SessionDetails = entities::SessionDetails;
    using SessionPage = entities::Page<SessionDetails>;

    api::ApiCall *listForUser(const std::string &userId, const SessionFilter &filter, const PageQuery &page,
                              QObject *owner, Callback<SessionPage> done);
    api::ApiCall *get(const std::string &sessionId, QObject *owner, Callback<SessionDetails> done);
    // Revoking is idempotent on the server: revoking a revoked session changes nothing.
    api::ApiCall *revoke(const std::string &sessionId, QObject *owner, Callback<entities::RevokedSession> done);
    api::ApiCall *revokeAll(const std::string &userId, QObject *owner, Callback<RevokedSessions> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
