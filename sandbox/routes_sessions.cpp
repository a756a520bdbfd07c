#include "sandbox/paging.h"
#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"

namespace sk::sandbox {

using namespace entities;

namespace {

RevokedSession revoked(const SessionDetails &s)
{
    return {s.sessionId, s.userId, s.createdAt, s.updatedAt, s.idleExpiresAt, s.absoluteExpiresAt, s.expiredAt,
            s.logoutAt, s.status, s.lastActiveAt};
}

bool parseTime(const HttpRequest &r, const char *key, Timestamp *out, HttpResponse *error)
{
    const std::string text = r.queryValue(key);
    if (text.empty())
        return true;
    const auto t = Timestamp::parse(text);
    if (!t) {
        *error = apierrors::invalidField(r.requestId, key, "value must be an RFC 3339 timestamp", "timestamp");
        return false;
    }
    *out = *t;
    return true;
}

} // namespace

void registerSessionRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    router.add("GET", "/api/v1/users/{user_id}/sessions", [s](HttpRequest &r) {
        const std::string &userId = r.param("user_id");
        if (!s->users.find(userId))
            return apierrors::notFound(r.requestId, "user", userId);
        const std::vector<std::string> statuses = r.queryValues("filter.status");
        HttpResponse error;
        Timestamp start;
        Timestamp end;
        if (!parseTime(r, "filter.start_time", &start, &error) || !parseTime(r, "filter.end_time", &end, &error))
            return error;
        return listPage(r, PageLimits::unstated(), s->sessions, "sessions",
                        [&](const SessionDetails &x) {
                            return x.userId == userId
                                   && (statuses.empty() || std::find(statuses.begin(), statuses.end(), x.status) != statuses.end())
                                   && (start.isNull() || x.createdAt >= start) && (end.isNull() || x.createdAt <= end);
                        },
                        [](const SessionDetails &x) { return json::encode(x); });
    });
    router.add("GET", "/api/v1/sessions/{session_id}", [s](HttpRequest &r) {
        const SessionDetails *x = s->sessions.find(r.param("session_id"));
        return x ? HttpResponse::json(json::encode(*x)) : apierrors::notFound(r.requestId, "session", r.param("session_id"));
    });
    router.add("POST", "/api/v1/sessions/{session_id}/revoke", [s](HttpRequest &r) {
        SessionDetails *x = s->sessions.find(r.param("session_id"));
        if (!x)
            return apierrors::notFound(r.requestId, "session", r.param("session_id"));
        if (x->status == sessionstatus::kActive) {
            x->status = std::string(sessionstatus::kRevoked);
            x->expiredAt = x->updatedAt = s->now();
        }
        return HttpResponse::json(wrap("revoked_session", revoked(*x)));
    });
    router.add("POST", "/api/v1/users/{user_id}/sessions/revoke", [s](HttpRequest &r) {
        const std::string &userId = r.param("user_id");
        if (!s->users.find(userId))
            return apierrors::notFound(r.requestId, "user", userId);
        std::vector<RevokedSession> out;
        for (SessionDetails &x : s->sessions) {
            if (x.userId != userId || x.status != sessionstatus::kActive)
                continue;
            x.status = std::string(sessionstatus::kRevoked);
            x.expiredAt = x.updatedAt = s->now();
            out.push_back(revoked(x));
        }
        nlohmann::json body = wrap("revoked_sessions", out);
        body["total_revoked"] = out.size();
        return HttpResponse::json(body);
    });
}

void registerLogRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    router.add("GET", "/api/v1/logs/authentication/requests", [s](HttpRequest &r) {
        const std::string email = r.queryValue("email");
        const std::vector<std::string> statuses = r.queryValues("status");
        const std::string resource = r.queryValue("resource_id");
        const std::string client = r.queryValue("client_id");
        const std::string identifier = r.queryValue("connected_account_identifier");
        HttpResponse error;
        Timestamp start;
        Timestamp end;
        if (!parseTime(r, "start_time", &start, &error) || !parseTime(r, "end_time", &end, &error))
            return error;
        return listPage(r, PageLimits::unstated(), s->authLogs, "authRequests",
                        [&](const AuthLogRequest &x) {
                            return (email.empty() || containsFolded(x.email, email))
                                   && (statuses.empty() || std::find(statuses.begin(), statuses.end(), x.status) != statuses.end())
                                   && (resource.empty() || x.resourceId == resource) && (client.empty() || x.clientId == client)
                                   && (identifier.empty() || x.connectedAccountIdentifier == identifier)
                                   && (start.isNull() || x.timestamp >= start) && (end.isNull() || x.timestamp <= end);
                        },
                        [](const AuthLogRequest &x) { return json::encode(x); });
    });
}

} // namespace sk::sandbox
