#include "services/api/accesstoken.h"

#include "services/json/boundedparse.h"

#include <QTimeZone>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace sk::api {

namespace {
constexpr qint64 kMaxLifetimeSeconds = 7 * 24 * 3600;
constexpr qint64 kDefaultLifetimeSeconds = 300; // neither expires_in nor exp: renew often
} // namespace

bool AccessToken::isFresh(const QDateTime &now) const
{
    if (value.isEmpty() || !expiresAt.isValid())
        return false;
    const qint64 lifetime = obtainedAt.isValid() ? obtainedAt.secsTo(expiresAt) : 600;
    const qint64 margin = std::clamp<qint64>(lifetime / 10, 0, 60);
    return now.secsTo(expiresAt) > margin;
}

std::optional<QDateTime> AccessToken::jwtExpiry(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return std::nullopt;
    const nlohmann::json claims
        = json::parseBounded(std::string_view(decoded.decoded.constData(), size_t(decoded.decoded.size())),
                             json::kMaxResponseDepth);
    if (!claims.is_object())
        return std::nullopt;
    const auto exp = claims.find("exp");
    if (exp == claims.end() || !exp->is_number())
        return std::nullopt;
    const double seconds = exp->get<double>();
    if (seconds <= 0 || seconds > 4102444800.0) // beyond 2100: not a real expiry
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
}

std::optional<AccessToken> AccessToken::fromTokenResponse(const QByteArray &body, const QDateTime &now)
{
    const nlohmann::json json = json::parseBounded(std::string_view(body.constData(), size_t(body.size())),
                                                   json::kMaxResponseDepth);
    if (!json.is_object())
        return std::nullopt;
    const auto tokenIt = json.find("access_token");
    if (tokenIt == json.end() || !tokenIt->is_string() || tokenIt->get_ref<const std::string &>().empty())
        return std::nullopt;

    AccessToken token;
    token.value = QByteArray::fromStdString(tokenIt->get<std::string>());
    token.obtainedAt = now;

    std::optional<qint64> expiresIn;
    if (const auto it = json.find("expires_in"); it != json.end()) {
        if (it->is_number_integer() || it->is_number_unsigned()) {
            if (it->is_number_unsigned() ? it->get<std::uint64_t>() <= std::uint64_t(kMaxLifetimeSeconds)
                                         : (it->get<std::int64_t>() > 0 && it->get<std::int64_t>() <= kMaxLifetimeSeconds))
                expiresIn = it->get<std::int64_t>();
        } else if (it->is_string()) {
            bool ok = false;
            const qint64 parsed = QString::fromStdString(it->get<std::string>()).toLongLong(&ok);
            if (ok && parsed > 0 && parsed <= kMaxLifetimeSeconds)
                expiresIn = parsed;
        }
    }
    const std::optional<QDateTime> exp = jwtExpiry(token.value);
    if (expiresIn && exp)
        token.expiresAt = std::min(now.addSecs(*expiresIn), *exp);
    else if (expiresIn)
        token.expiresAt = now.addSecs(*expiresIn);
    else if (exp)
        token.expiresAt = std::min(*exp, now.addSecs(kMaxLifetimeSeconds));
    else
        token.expiresAt = now.addSecs(kDefaultLifetimeSeconds);
    return token;
}

} // namespace sk::api
