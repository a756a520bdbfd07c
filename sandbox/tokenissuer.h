#pragma once

#include "sandbox/httpexchange.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace sk::sandbox {

// POST /oauth/token (client_credentials) and validation of the bearer tokens it hands out.
// Tokens are JWT-shaped (header.payload.signature, HS256 over a per-seed key) with exp/iat claims.
class TokenIssuer
{
public:
    enum class Check { Valid, Missing, Malformed, BadSignature, Expired };

    TokenIssuer(std::uint64_t seed, QString clientId, QString clientSecret);

    void setIssuer(const QString &issuerUrl) { m_issuer = issuerUrl; }

    // Handles the token endpoint; ttlSeconds is the current access-token lifetime.
    HttpResponse handleTokenRequest(const HttpRequest &request, int ttlSeconds);

    Check check(const QByteArray &authorizationHeader) const;

    const QString &clientId() const { return m_clientId; }

    static qint64 nowSeconds();

private:
    QByteArray sign(const QByteArray &data) const;
    QByteArray issue(int ttlSeconds, const QString &scope);

    QString m_clientId;
    QString m_clientSecret;
    QString m_issuer;
    QByteArray m_key;
    std::uint64_t m_counter = 0;
    // The last token that checked valid, with its exp: repeat requests skip the HMAC and parse.
    mutable QByteArray m_lastValid;
    mutable qint64 m_lastValidExp = 0;
};

} // namespace sk::sandbox
