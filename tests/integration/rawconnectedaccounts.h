#pragma once

// The independent side of the AgentKit and MCP tests: pages GET /api/v1/connected_accounts (and
// makes any other call) over plain HTTP (its own token, its own page size), reads the JSON with
// nlohmann, and counts it with code that shares nothing with the console's entities or models.

#include "tests/support/sandboxprocess.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sk::test {

class RawConnectedAccounts
{
public:
    explicit RawConnectedAccounts(SandboxProcess &sandbox) : m_sandbox(sandbox) {}

    // Every account, or nullopt when a request failed. extraQuery: "connection_names=a&...".
    std::optional<std::vector<nlohmann::json>> all(const QString &extraQuery = {}, int pageSize = 50)
    {
        if (m_token.isEmpty() && !authenticate())
            return std::nullopt;
        std::vector<nlohmann::json> items;
        std::string token;
        for (int guard = 0; guard < 100000; ++guard) {
            QUrlQuery query(extraQuery);
            query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
            if (!token.empty())
                query.addQueryItem(QStringLiteral("page_token"), QString::fromStdString(token));
            QUrl url = m_sandbox.url().resolved(QUrl(QStringLiteral("/api/v1/connected_accounts")));
            url.setQuery(query);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + m_token);
            const auto body = exchange(m_network.get(request));
            if (!body || !body->is_object())
                return std::nullopt;
            for (const auto &item : (*body)["connected_accounts"])
                items.push_back(item);
            token = body->value("next_page_token", "");
            if (token.empty())
                return items;
        }
        return std::nullopt;
    }

    // Any API call over plain HTTP (verb GET, POST, PUT, PATCH or DELETE; pathAndQuery from the
    // root, e.g. "/api/v1/mcp/instances?page_size=30"): the JSON answer, or nullopt on failure.
    std::optional<nlohmann::json> call(const QByteArray &verb, const QString &pathAndQuery,
                                       const nlohmann::json &body = nlohmann::json::object())
    {
        if (m_token.isEmpty() && !authenticate())
            return std::nullopt;
        QNetworkRequest request(m_sandbox.url().resolved(QUrl(pathAndQuery)));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return exchange(m_network.sendCustomRequest(request, verb, QByteArray::fromStdString(body.dump())));
    }

    // The bearer token this client uses (fetched first when it has none); empty on failure.
    QByteArray accessToken()
    {
        if (m_token.isEmpty())
            authenticate();
        return m_token;
    }

    // Opens a link as a browser would (GET, no credentials); the HTTP status, 0 on failure.
    int open(const QString &url)
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(url)));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    // POST /_sandbox/faults
    bool setFaults(const QByteArray &json) { return m_sandbox.setFaults(json); }

    static std::string connectionOf(const nlohmann::json &a)
    {
        const std::string connector = a.value("connector", "");
        if (!connector.empty())
            return connector;
        const std::string id = a.value("connection_id", "");
        return id.empty() ? std::string("(no connection)") : id;
    }

    static std::string statusOf(const nlohmann::json &a)
    {
        return a.contains("status") && a["status"].is_string() ? a["status"].get<std::string>()
                                                               : std::string("CONNECTION_STATUS_UNSPECIFIED");
    }

    // RFC 3339 with 'Z' to nanoseconds since the epoch (0 when absent or unreadable).
    static qint64 nanosOf(const nlohmann::json &a, const char *key)
    {
        if (!a.contains(key) || !a[key].is_string())
            return 0;
        QString text = QString::fromStdString(a[key].get<std::string>());
        if (!text.endsWith(u'Z'))
            return 0;
        text.chop(1);
        QString fraction;
        const qsizetype dot = text.indexOf(u'.');
        if (dot >= 0) {
            fraction = text.mid(dot + 1);
            text.truncate(dot);
        }
        const QDateTime whole = QDateTime::fromString(text + u'Z', Qt::ISODate);
        if (!whole.isValid())
            return 0;
        return whole.toSecsSinceEpoch() * 1'000'000'000LL + fraction.leftJustified(9, u'0').left(9).toLongLong();
    }

    struct Counts
    {
        std::map<std::pair<std::string, std::string>, qint64> byConnectionAndStatus;
        std::map<std::string, qint64> byStatus;
        std::map<std::string, std::array<qint64, 3>> expiring; // 24h, 7d, 30d
        std::array<qint64, 30> perDay{};
        qint64 expired = 0;
        qint64 total = 0;
    };

    static Counts count(const std::vector<nlohmann::json> &accounts, qint64 asOfNanos)
    {
        constexpr qint64 day = 86400LL * 1'000'000'000LL;
        Counts c;
        for (const auto &a : accounts) {
            const std::string connection = connectionOf(a);
            ++c.byConnectionAndStatus[{connection, statusOf(a)}];
            ++c.byStatus[statusOf(a)];
            ++c.total;
            const qint64 expires = nanosOf(a, "token_expires_at");
            if (expires == 0)
                continue;
            if (expires < asOfNanos) {
                ++c.expired;
                continue;
            }
            const qint64 in = expires - asOfNanos;
            auto &windows = c.expiring[connection];
            if (in < day)
                ++windows[0];
            if (in < 7 * day)
                ++windows[1];
            if (in < 30 * day) {
                ++windows[2];
                ++c.perDay[std::size_t(in / day)];
            }
        }
        return c;
    }

private:
    bool authenticate()
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        // Percent-encoded first: QUrlQuery leaves '+' and '&' of a secret alone in a form.
        form.addQueryItem(QStringLiteral("client_id"), QString::fromUtf8(QUrl::toPercentEncoding(m_sandbox.clientId())));
        form.addQueryItem(QStringLiteral("client_secret"),
                          QString::fromUtf8(QUrl::toPercentEncoding(m_sandbox.clientSecret())));
        QNetworkRequest request(m_sandbox.url().resolved(QUrl(QStringLiteral("/oauth/token"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        const auto body = exchange(m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8()));
        if (!body || !body->is_object())
            return false;
        m_token = QByteArray::fromStdString(body->value("access_token", ""));
        return !m_token.isEmpty();
    }

    static std::optional<nlohmann::json> exchange(QNetworkReply *reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        std::optional<nlohmann::json> out;
        if (reply->isFinished() && reply->error() == QNetworkReply::NoError) {
            const QByteArray bytes = reply->readAll();
            auto parsed = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
            if (!parsed.is_discarded())
                out = std::move(parsed);
        }
        reply->deleteLater();
        return out;
    }

    SandboxProcess &m_sandbox;
    QNetworkAccessManager m_network;
    QByteArray m_token;
};

} // namespace sk::test
