// The export's keep-alive transport (http::KeepAliveConnection through ApiClient, for GETs marked
// ApiRequest::keepAlive): against the real sandbox it answers what QNetworkAccessManager answers,
// over one connection, with every retry, token and fault rule of ApiCall; against a scripted
// loopback server it survives what the sandbox never does (a kept-alive connection closed as
// the next request goes out, broken framing, silence, an answer a byte at a time).
#include "services/api/apiclient.h"
#include "services/api/tapepagestream.h"
#include "services/entities/tapecodecs.h"
#include "services/http/keepaliveconnection.h"
#include "services/resources/organizationsservice.h"
#include "tests/integration/scriptedhttpserver.h"
#include "tests/support/sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <set>

using namespace sk;
using api::ApiError;
using entities::Organization;
using Json = nlohmann::json;

namespace {

api::ConnectionSettings settingsOf(const QUrl &url, const QString &id = QStringLiteral("skc_test"),
                                   const QString &secret = QStringLiteral("secret"))
{
    return {url, id, secret};
}

api::ApiRequest organizationsPage(int pageSize, const std::string &token, bool keepAlive)
{
    api::ApiRequest request = api::ApiRequest::get(QStringLiteral("/api/v1/organizations"));
    request.query(QStringLiteral("page_size"), qint64(pageSize)).query(QStringLiteral("page_token"), token);
    request.keepAlive(keepAlive);
    return request;
}

api::Result<Json> getJson(api::ApiClient &client, api::ApiRequest request,
                          QPointer<api::ApiCall> *started = nullptr)
{
    std::optional<api::Result<Json>> result;
    QObject owner;
    QPointer<api::ApiCall> call = client.fetch<Json>(
        std::move(request), &owner, [](const Json &json) { return json; },
        [&result](api::Result<Json> r) { result.emplace(std::move(r)); });
    if (started)
        *started = call;
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test gave up waiting"));
    return std::move(*result);
}

int opened(const api::ApiClient &client)
{
    return client.keepAliveConnection() ? client.keepAliveConnection()->connectionsOpened() : 0;
}

const QByteArray kEmptyPage = R"({"organizations":[],"next_page_token":"","total_size":0})";

} // namespace

class TestKeepAlive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QNetworkAccessManager m_network;

    std::unique_ptr<api::ApiClient> client(const api::ConnectionSettings &settings)
    {
        auto apiClient = std::make_unique<api::ApiClient>(&m_network);
        apiClient->setSettings(settings);
        apiClient->retryPolicy().baseDelay = std::chrono::milliseconds(20);
        return apiClient;
    }
    std::unique_ptr<api::ApiClient> sandboxClient()
    {
        return client(settingsOf(m_sandbox->url(), m_sandbox->clientId(), m_sandbox->clientSecret()));
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>(
            QStringList {QStringLiteral("--organizations"), QStringLiteral("250"),
                         QStringLiteral("--idle-timeout-ms"), QStringLiteral("1000")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void init()
    {
        QVERIFY(m_sandbox->setFaults(
            "{\"error_rate\":0,\"drop_rate\":0,\"malformed_rate\":0,\"rate_limit\":0,\"latency_ms\":0,"
            "\"reject_tokens\":false,\"script\":[]}"));
    }

    void answersWhatQnamAnswersOverOneConnection()
    {
        auto api = sandboxClient();
        std::string token;
        for (int page = 0; page < 5; ++page) {
            const auto viaQnam = getJson(*api, organizationsPage(20, token, false));
            const auto keptAlive = getJson(*api, organizationsPage(20, token, true));
            QVERIFY2(viaQnam.ok(), qPrintable(viaQnam.error().describe()));
            QVERIFY2(keptAlive.ok(), qPrintable(keptAlive.error().describe()));
            QCOMPARE(keptAlive.value().dump(), viaQnam.value().dump());
            QCOMPARE(keptAlive.value()["organizations"].size(), std::size_t(20));
            token = keptAlive.value()["next_page_token"].get<std::string>();
        }
        QCOMPARE(opened(*api), 1);
        QCOMPARE(api->keepAliveConnection()->answersReceived(), 5);
        QCOMPARE(api->tokensFetched(), 1);
        QCOMPARE(api->inFlight(), 0);
    }

    void writesAndUnmarkedGetsStayOnQnam()
    {
        auto api = sandboxClient();
        api::ApiRequest write = api::ApiRequest::post(QStringLiteral("/api/v1/organizations"));
        write.body({{"display_name", "Kept Alive Inc"}}).keepAlive(true);
        QVERIFY(!write.keepsAlive()); // only GETs
        const auto created = getJson(*api, write);
        QVERIFY2(created.ok(), qPrintable(created.error().describe()));
        QVERIFY(getJson(*api, organizationsPage(5, {}, false)).ok());
        QCOMPARE(opened(*api), 0);
    }

    void startsAtOnceWhenATokenIsAtHand()
    {
        // The next page must be on the wire while this one is decoded: with a fresh token a
        // keep-alive GET is written before send() returns, not on a later turn of the loop.
        QByteArray seen;
        test::ScriptedHttpServer server(
            [&seen](QTcpSocket *socket, const QByteArray &line, const QByteArray &, int) {
                seen = line;
                socket->write(test::ScriptedHttpServer::answer(kEmptyPage));
            });
        auto api = client(settingsOf(server.url()));
        QVERIFY(getJson(*api, organizationsPage(10, {}, true)).ok()); // token, and the connection
        QTcpSocket *serverSide = nullptr;
        for (QTcpSocket *socket : server.findChildren<QTcpSocket *>()) {
            if (socket->property("connection").toInt() == 1)
                serverSide = socket; // not the token request's connection
        }
        QVERIFY(serverSide);
        QObject owner;
        bool called = false;
        api::ApiRequest request = organizationsPage(10, "next", true);
        api->send(
            request, &owner, [](const Json &) { return api::ApiCall::Deliver(); },
            [&called](const ApiError &) { called = true; });
        QVERIFY(!called);
        // Blocking on the server's socket runs no event of the client's: the bytes are already sent.
        // (readyRead runs the server's handler, which records the request line.)
        QVERIFY(serverSide->waitForReadyRead(5000));
        QVERIFY2(seen.startsWith("GET /api/v1/organizations?"), seen.constData());
        QVERIFY2(seen.contains("page_token=next"), seen.constData());
        // Without a token it waits for the event loop as before: nothing is written yet.
        auto fresh = client(settingsOf(server.url()));
        QPointer<api::ApiCall> waiting
            = fresh->send(organizationsPage(10, {}, true), &owner,
                          [](const Json &) { return api::ApiCall::Deliver(); }, {});
        QVERIFY(waiting);
        QCOMPARE(fresh->keepAliveConnection(), nullptr);
    }

    void tapeStreamReadsEveryRowOverOneConnection_data()
    {
        QTest::addColumn<QByteArray>("faults");
        QTest::newRow("clean") << QByteArray("{}");
        QTest::newRow("faulty") << QByteArray(
            "{\"error_rate\":0.15,\"drop_rate\":0.1,\"malformed_rate\":0.1}");
    }

    void tapeStreamReadsEveryRowOverOneConnection()
    {
        QFETCH(QByteArray, faults);
        auto api = sandboxClient();
        api->retryPolicy().maxAttempts = 10;
        const auto first = getJson(*api, organizationsPage(1, {}, false));
        QVERIFY(first.ok());
        const auto total = first.value()["total_size"].get<std::size_t>(); // other tests may add some
        QVERIFY(m_sandbox->setFaults(faults));
        std::vector<std::string> ids;
        api::TapePageStream<Organization> stream(
            api.get(), [](const std::string &token) { return organizationsPage(30, token, false); },
            "organizations", [&ids](const Organization &org) { ids.push_back(org.id); });
        stream.start();
        QVERIFY(QTest::qWaitFor([&stream] { return stream.isFinished(); }, 60000));
        QVERIFY2(stream.succeeded(), qPrintable(stream.error() ? stream.error()->describe() : QString()));
        QVERIFY(total >= 250);
        QCOMPARE(ids.size(), total);
        QCOMPARE(std::set<std::string>(ids.begin(), ids.end()).size(), total);
        QCOMPARE(stream.pages(), int((total + 29) / 30));
        QVERIFY(api->keepAliveConnection()); // the stream marks its requests itself
        if (faults == "{}")
            QCOMPARE(opened(*api), 1);
        else
            QVERIFY(opened(*api) >= 1); // a dropped connection is replaced
    }

    void faultsAreRetriedAsOnQnam_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<int>("attempts");
        QTest::newRow("503") << QByteArray("[\"unavailable\",\"unavailable\"]") << 3;
        QTest::newRow("429") << QByteArray("[\"rate_limited\"]") << 2;
        QTest::newRow("malformed body") << QByteArray("[\"malformed\"]") << 2;
        QTest::newRow("truncated body") << QByteArray("[\"truncated\"]") << 2;
        // A kept-alive connection dropped before any byte: sent again once on a new one, by
        // the connection itself; a fresh connection dropped: an ApiCall retry.
        QTest::newRow("dropped twice") << QByteArray("[\"drop\",\"drop\"]") << 2;
        QTest::newRow("401 then a new token") << QByteArray("[\"unauthorized\"]") << 2;
    }

    void faultsAreRetriedAsOnQnam()
    {
        QFETCH(QByteArray, script);
        QFETCH(int, attempts);
        auto api = sandboxClient();
        QVERIFY(getJson(*api, organizationsPage(10, {}, true)).ok()); // token and connection first
        QVERIFY(m_sandbox->setFaults("{\"retry_after\":1,\"script\":" + script + '}'));
        QPointer<api::ApiCall> call;
        int callAttempts = 0;
        std::optional<api::Result<Json>> result;
        QObject owner;
        call = api->fetch<Json>(
            organizationsPage(10, {}, true), &owner, [](const Json &json) { return json; },
            [&result](api::Result<Json> r) { result.emplace(std::move(r)); });
        connect(call, &api::ApiCall::finished, &owner,
                [&callAttempts, call] { callAttempts = call->attempts(); });
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
        QVERIFY2(result->ok(), qPrintable(result->error().describe()));
        QCOMPARE(result->value()["organizations"].size(), std::size_t(10));
        QCOMPARE(callAttempts, attempts);
        QCOMPARE(api->tokensFetched(), QByteArray(QTest::currentDataTag()).startsWith("401") ? 2 : 1);
    }

    void idleConnectionClosedByTheServerIsReplaced()
    {
        auto api = sandboxClient();
        QVERIFY(getJson(*api, organizationsPage(10, {}, true)).ok());
        QTest::qWait(1500); // the sandbox closes connections idle for 1 s
        const auto page = getJson(*api, organizationsPage(10, {}, true));
        QVERIFY2(page.ok(), qPrintable(page.error().describe()));
        QCOMPARE(opened(*api), 2);
    }

    void connectionClosedAsTheRequestGoesOutIsResentOnce()
    {
        // The race the idle timeout makes: the server closes a kept-alive connection just as
        // the next request arrives. Nothing of an answer came, so the GET goes once more on a
        // new connection, without costing an ApiCall attempt.
        test::ScriptedHttpServer server(
            [](QTcpSocket *socket, const QByteArray &, const QByteArray &, int connection) {
                static int onFirst = 0;
                if (connection == 1 && ++onFirst == 2) {
                    socket->close();
                    return;
                }
                socket->write(test::ScriptedHttpServer::answer(kEmptyPage));
            });
        auto api = client(settingsOf(server.url()));
        QVERIFY(getJson(*api, organizationsPage(10, {}, true)).ok());
        QPointer<api::ApiCall> call;
        const auto second = getJson(*api, organizationsPage(10, "2", true), &call);
        QVERIFY2(second.ok(), qPrintable(second.error().describe()));
        QCOMPARE(server.connections(), 2);
        QCOMPARE(server.requests(), 3);
        QCOMPARE(opened(*api), 2);
    }

    void aFreshConnectionClosedWithoutAnswerIsAnError()
    {
        test::ScriptedHttpServer server(
            [](QTcpSocket *socket, const QByteArray &, const QByteArray &, int) { socket->close(); });
        auto api = client(settingsOf(server.url()));
        api->retryPolicy().maxAttempts = 2;
        const auto result = getJson(*api, organizationsPage(10, {}, true));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Network);
        QCOMPARE(server.requests(), 2); // one per attempt: a fresh connection is never resent
    }

    void badFramingFailsAndIsNeverReused_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("why");
        QTest::newRow("two lengths") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
                                     << QStringLiteral("Content-Length");
        QTest::newRow("length and chunked")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}")
            << QStringLiteral("Transfer-Encoding");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                                  << QStringLiteral("status line");
        QTest::newRow("redirect") << QByteArray(
            "HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n")
                                  << QStringLiteral("redirect");
    }

    void badFramingFailsAndIsNeverReused()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, why);
        test::ScriptedHttpServer server([answer](QTcpSocket *socket, const QByteArray &, const QByteArray &,
                                                 int) { socket->write(answer); });
        auto api = client(settingsOf(server.url()));
        api->retryPolicy().maxAttempts = 2;
        const auto result = getJson(*api, organizationsPage(10, {}, true));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(why), qPrintable(result.error().describe()));
        if (QByteArray(QTest::currentDataTag()) != "redirect") {
            QCOMPARE(result.error().kind, ApiError::Kind::Network);
            QCOMPARE(server.connections(), server.requests()); // a broken connection carries nothing more
        }
    }

    void answerInSingleBytesIsWhole()
    {
        test::ScriptedHttpServer server([](QTcpSocket *socket, const QByteArray &, const QByteArray &, int) {
            const QByteArray bytes = test::ScriptedHttpServer::answer(kEmptyPage);
            for (char c : bytes) {
                socket->write(&c, 1);
                socket->flush();
                socket->waitForBytesWritten(1000);
            }
        });
        auto api = client(settingsOf(server.url()));
        const auto result = getJson(*api, organizationsPage(10, {}, true));
        QVERIFY2(result.ok(), qPrintable(result.error().describe()));
        QCOMPARE(result.value()["total_size"].get<int>(), 0);
    }

    void silenceTimesOutAndTheNextRequestGetsANewConnection()
    {
        bool answer = false;
        test::ScriptedHttpServer server(
            [&answer](QTcpSocket *socket, const QByteArray &, const QByteArray &, int) {
                if (answer)
                    socket->write(test::ScriptedHttpServer::answer(kEmptyPage));
            });
        auto api = client(settingsOf(server.url()));
        api->retryPolicy().maxAttempts = 1;
        api::ApiRequest request = organizationsPage(10, {}, true);
        request.timeout(std::chrono::milliseconds(300));
        const auto silent = getJson(*api, request);
        QVERIFY(!silent.ok());
        QCOMPARE(silent.error().kind, ApiError::Kind::Timeout);
        answer = true;
        const auto next = getJson(*api, organizationsPage(10, {}, true));
        QVERIFY2(next.ok(), qPrintable(next.error().describe()));
        QCOMPARE(opened(*api), 2); // the late answer could still come on the old one
    }

    void cancelledRequestLeavesTheNextOneClean()
    {
        int answered = 0;
        test::ScriptedHttpServer server(
            [&answered](QTcpSocket *socket, const QByteArray &line, const QByteArray &, int) {
                if (line.contains("page_token=hold"))
                    return; // never answered: the test cancels it
                ++answered;
                socket->write(test::ScriptedHttpServer::answer(kEmptyPage));
            });
        auto api = client(settingsOf(server.url()));
        QVERIFY(getJson(*api, organizationsPage(10, {}, true)).ok());
        std::optional<ApiError> error;
        QObject owner;
        QPointer<api::ApiCall> call = api->send(
            organizationsPage(10, "hold", true), &owner, [](const Json &) { return api::ApiCall::Deliver(); },
            [&error](const ApiError &e) { error = e; });
        QTRY_COMPARE(server.requests(), 2);
        call->cancel();
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::Cancelled);
        QVERIFY(getJson(*api, organizationsPage(10, {}, true)).ok());
        QCOMPARE(answered, 2);
        QCOMPARE(opened(*api), 2);
        QCOMPARE(api->inFlight(), 0);
    }

    void requestHeadersAreTheClients()
    {
        QByteArray head;
        test::ScriptedHttpServer server(
            [&head](QTcpSocket *socket, const QByteArray &, const QByteArray &h, int) {
                head = h;
                socket->write(test::ScriptedHttpServer::answer(kEmptyPage));
            });
        auto api = client(settingsOf(server.url()));
        QVERIFY(getJson(*api, organizationsPage(10, "a b/c", true)).ok());
        QVERIFY2(head.startsWith("GET /api/v1/organizations?page_size=10&page_token=a%20b"),
                 head.constData());
        QVERIFY(head.contains("\r\nAuthorization: Bearer scripted-token"));
        QVERIFY(head.contains("\r\nAccept: application/json"));
        QVERIFY(head.contains("\r\nUser-Agent: scalekit-console/"));
        QVERIFY(head.contains(
            QByteArray(QByteArray("\r\nHost: 127.0.0.1:") + QByteArray::number(server.url().port()))));
    }
};

QTEST_GUILESS_MAIN(TestKeepAlive)
#include "tst_keepalive.moc"
