#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace sk::api {

// A client-credentials access token and when it stops being usable. Memory only.
struct AccessToken
{
    QByteArray value;
    QDateTime obtainedAt;
    QDateTime expiresAt;

    // Usable now, with a safety margin before expiry (a tenth of the lifetime, at most 60 s).
    bool isFresh(const QDateTime &now) const;

    // From the token endpoint's JSON. expires_in is clamped; when it is absurd (the recorded
    // API once sent 18446744064486179580) or missing, the JWT `exp` claim decides.
    static std::optional<AccessToken> fromTokenResponse(const QByteArray &body, const QDateTime &now);
    // The `exp` claim of a JWT, if the token is one.
    static std::optional<QDateTime> jwtExpiry(const QByteArray &token);
};

} // namespace sk::api
