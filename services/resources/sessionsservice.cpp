#include "services/resources/sessionsservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::SessionDetails;

ApiCall *SessionsService::listForUser(const std::string &userId, const SessionFilter &filter, const PageQuery &page,
                                      QObject *owner, Callback<SessionPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/users/") + seg(userId) + QStringLiteral("/sessions")));
    page.apply(request);
    request.queryRepeated(QStringLiteral("filter.status"), filter.statuses);
    queryTime(request, QStringLiteral("filter.start_time"), filter.startTime);
    queryTime(request, QStringLiteral("filter.end_time"), filter.endTime);
    return m_client->fetch<SessionPage>(std::move(request), owner,
                                        services::page<SessionDetails>(entities::pagekeys::kSessions), std::move(done));
}

ApiCall *SessionsService::get(const std::string &sessionId, QObject *owner, Callback<SessionDetails> done)
{
    return m_client->fetch<SessionDetails>(ApiRequest::get(apiPath(QStringLiteral("/sessions/") + seg(sessionId))),
                                           owner, whole<SessionDetails>(), std::move(done));
}

ApiCall *SessionsService::revoke(const std::string &sessionId, QObject *owner,
                                 Callback<entities::RevokedSession> done)
{
    ApiRequest request =
        ApiRequest::post(apiPath(QStringLiteral("/sessions/") + seg(sessionId) + QStringLiteral("/revoke")));
    request.idempotent(true);
    return m_client->fetch<entities::RevokedSession>(std::move(request), owner,
                                                     member<entities::RevokedSession>("revoked_session"),
                                                     std::move(done));
}

ApiCall *SessionsService::revokeAll(const std::string &userId, QObject *owner, Callback<RevokedSessions> done)
{
    ApiRequest request =
        ApiRequest::post(apiPath(QStringLiteral("/users/") + seg(userId) + QStringLiteral("/sessions/revoke")));
    request.idempotent(true);
    auto decode = [](const json::Json &body) {
        RevokedSessions result;
        const json::Reader r(body);
        r.read("revoked_sessions", result.sessions);
        r.read("total_revoked", result.totalRevoked);
        return result;
    };
    return m_client->fetch<RevokedSessions>(std::move(request), owner, decode, std::move(done));
}

} // namespace sk::services
