#include "sandbox/tokenissuer.h"

#include "services/json/boundedparse.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace sk::sandbox {

namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

HttpResponse oauthError(int status, const char *error, const char *description)
{
    HttpResponse r = HttpResponse::json({{"error", error}, {"error_description", description}}, status);
    r.addHeader("Cache-Control", "no-store");
    if (status == 401)
        r.addHeader("WWW-Authenticate", "Basic realm=\"scalekit-sandbox\"");
    return r;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

TokenIssuer::TokenIssuer(std::uint64_t seed, QString clientId, QString clientSecret)
    : m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{
    m_key = QCryptographicHash::hash(QByteArray("scalekit-sandbox-signing-key:" + QByteArray::number(qulonglong(seed))
                                                + m_clientSecret.toUtf8()),
                                     QCryptographicHash::Sha256);
}

qint64 TokenIssuer::nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray TokenIssuer::sign(const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(data, m_key, QCryptographicHash::Sha256).toBase64(kB64);
}

QByteArray TokenIssuer::issue(int ttlSeconds, const QString &scope)
{
    const qint64 now = nowSeconds();
    // exp is in whole seconds and a token is valid while exp > now: round up, so a token
    // lives at least its TTL (with floor(now) + ttl a 1-second token could be born expired).
    const qint64 expiry = (QDateTime::currentMSecsSinceEpoch() + qint64(ttlSeconds) * 1000 + 999) / 1000;
    const nlohmann::json header = {{"alg", "HS256"}, {"typ", "JWT"}, {"kid", "snd_sandbox_key"}};
    const nlohmann::json payload = {
        {"iss", m_issuer.toStdString()},
        {"sub", m_clientId.toStdString()},
        {"aud", nlohmann::json::array({m_issuer.toStdString()})},
        {"client_id", m_clientId.toStdString()},
        {"scope", scope.toStdString()},
        {"iat", now},
        {"nbf", now},
        {"exp", expiry},
        {"jti", "tkn_" + std::to_string(++m_counter)},
    };
    const QByteArray signingInput = QByteArray::fromStdString(header.dump()).toBase64(kB64) + '.'
                                    + QByteArray::fromStdString(payload.dump()).toBase64(kB64);
    return signingInput + '.' + sign(signingInput);
}

HttpResponse TokenIssuer::handleTokenRequest(const HttpRequest &request, int ttlSeconds)
{
    if (request.method != "POST")
        return oauthError(405, "invalid_request", "use POST");
    QByteArray body = request.body;
    body.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(body));
    QString grantType = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    QString clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    QString clientSecret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    if (grantType.isEmpty())
        return oauthError(400, "invalid_request", "grant_type is required");
    if (grantType != u"client_credentials"_s)
        return oauthError(400, "unsupported_grant_type", "only client_credentials is supported");
    if (clientId.isEmpty() || clientSecret.isEmpty())
        return oauthError(401, "invalid_client", "client_id and client_secret are required");
    if (clientId != m_clientId || !constantTimeEquals(clientSecret.toUtf8(), m_clientSecret.toUtf8()))
        return oauthError(401, "invalid_client", "client authentication failed");

    QString scope = form.queryItemValue(u"scope"_s, QUrl::FullyDecoded);
    if (scope.isEmpty())
        scope = u"openid"_s;
    HttpResponse r = HttpResponse::json({
        {"access_token", issue(ttlSeconds, scope).toStdString()},
        {"token_type", "Bearer"},
        {"expires_in", ttlSeconds},
        {"scope", scope.toStdString()},
    });
    r.addHeader("Cache-Control", "no-store");
    return r;
}

TokenIssuer::Check TokenIssuer::check(const QByteArray &authorizationHeader) const
{
    const QByteArray value = authorizationHeader.trimmed();
    if (value.isEmpty())
        return Check::Missing;
    if (!value.startsWith("Bearer ") && !value.startsWith("bearer "))
        return Check::Malformed;
    const QByteArray token = value.mid(7).trimmed();
    if (token.isEmpty())
        return Check::Missing;
    if (token == m_lastValid)
        return m_lastValidExp > nowSeconds() ? Check::Valid : Check::Expired;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return Check::Malformed;
    if (!constantTimeEquals(sign(parts[0] + '.' + parts[1]), parts[2]))
        return Check::BadSignature;
    const QByteArray payloadText = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
    const auto payload = json::parseBounded(payloadText.toStdString(), json::kMaxRequestDepth);
    if (!payload.is_object() || !payload.contains("exp") || !payload["exp"].is_number_integer())
        return Check::Malformed;
    if (payload["exp"].get<qint64>() <= nowSeconds())
        return Check::Expired;
    m_lastValid = token;
    m_lastValidExp = payload["exp"].get<qint64>();
    return Check::Valid;
}

} // namespace sk::sandbox
