#pragma once

// Shared by the tst_sandbox*.cpp integration tests: an in-process SandboxServer on 127.0.0.1:0
// and a tiny synchronous HTTP client over QNetworkAccessManager (real HTTP over loopback).

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <memory>

namespace sk::test {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    nlohmann::json json;          // discarded when the body is not JSON
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
    bool isJson() const { return !json.is_discarded(); }
    std::string errorCode() const
    {
        if (!json.is_object() || !json.contains("details") || json["details"].empty())
            return {};
        return json["details"][0].value("error_code", "");
    }
};

class SandboxHarness
{
public:
    explicit SandboxHarness(sandbox::SandboxOptions options = {})
    {
        options.host = QStringLiteral("127.0.0.1");
        options.port = 0;
        m_server = std::make_unique<sandbox::SandboxServer>(options);
    }

    bool start(QString *error = nullptr) { return m_server->start(error); }
    sandbox::SandboxServer &server() { return *m_server; }
    sandbox::SandboxStore &store() { return m_server->store(); }

    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                    const QByteArray &contentType = "application/json", bool withToken = true)
    {
        QUrl url = m_server->url();
        const qsizetype q = pathAndQuery.indexOf(u'?');
        url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1));
        QNetworkRequest request(url);
        request.setTransferTimeout(30000);
        if (!body.isEmpty() || method != "GET")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (withToken) {
            if (m_token.isEmpty())
                authenticate();
            request.setRawHeader("Authorization", "Bearer " + m_token);
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        result.json = nlohmann::json::parse(result.body.toStdString(), nullptr, false);
        reply->deleteLater();
        return result;
    }

    HttpResult get(const QString &path) { return send("GET", path); }
    HttpResult post(const QString &path, const nlohmann::json &body = nlohmann::json::object())
    {
        return send("POST", path, QByteArray::fromStdString(body.dump()));
    }
    HttpResult patch(const QString &path, const nlohmann::json &body = nlohmann::json::object())
    {
        return send("PATCH", path, QByteArray::fromStdString(body.dump()));
    }
    HttpResult put(const QString &path, const nlohmann::json &body = nlohmann::json::object())
    {
        return send("PUT", path, QByteArray::fromStdString(body.dump()));
    }
    HttpResult del(const QString &path) { return send("DELETE", path); }

    HttpResult requestToken(const QString &clientId, const QString &secret)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("client_secret"), secret);
        return send("POST", QStringLiteral("/oauth/token"), form.toString(QUrl::FullyEncoded).toUtf8(),
                    "application/x-www-form-urlencoded", false);
    }

    bool authenticate()
    {
        const HttpResult r = requestToken(m_server->clientId(), m_server->clientSecret());
        if (r.status != 200 || !r.json.is_object())
            return false;
        m_token = QByteArray::fromStdString(r.json.value("access_token", ""));
        return !m_token.isEmpty();
    }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }

    // Walks a cursor-paginated list to the end; returns every item, checks total_size is stable.
    std::vector<nlohmann::json> collectAll(const QString &path, const char *itemsKey, int pageSize,
                                           int *reportedTotal = nullptr, int *pages = nullptr)
    {
        std::vector<nlohmann::json> items;
        std::string token;
        int count = 0;
        for (;;) {
            QString url = path + (path.contains(u'?') ? u'&' : u'?') + QStringLiteral("page_size=%1").arg(pageSize);
            if (!token.empty())
                url += QStringLiteral("&page_token=") + QString::fromStdString(token);
            const HttpResult r = get(url);
            if (r.status != 200)
                return items;
            ++count;
            for (const auto &item : r.json[itemsKey])
                items.push_back(item);
            if (reportedTotal)
                *reportedTotal = r.json.value("total_size", -1);
            token = r.json.value("next_page_token", "");
            if (token.empty())
                break;
        }
        if (pages)
            *pages = count;
        return items;
    }

    // Sends one request over a fresh raw socket and returns every byte until the server closes
    // (or timeoutMs passes). Used to observe dropped connections without QNAM's silent resend.
    QByteArray rawExchange(const QByteArray &method, const QString &path, int timeoutMs = 5000)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(timeoutMs))
            return "<no connection>";
        if (m_token.isEmpty())
            authenticate();
        socket.write(method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token
                     + "\r\nConnection: close\r\n\r\n");
        QByteArray received;
        QEventLoop loop;
        QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        received += socket.readAll();
        return received;
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    QByteArray m_token;
};

inline QString qs(const std::string &s) { return QString::fromStdString(s); }

} // namespace sk::test
