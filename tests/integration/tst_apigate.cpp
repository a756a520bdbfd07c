// ApiClient's safety paths against a real sandbox with forced faults: the client-wide
// Retry-After gate (one retry wave after a 429, not one per call), Retry-After in seconds and as
// an HTTP-date (minimum wait and the cap), the token refresh on a 401 (once, then Unauthorized),
// and the `sk.api` log, which never carries a query value, the token or the client secret.
#include "services/api/apiclient.h"
#include "services/api/apilog.h"
#include "services/resources/organizationsservice.h"
#include "tests/support/sandboxprocess.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace sk;
using api::ApiError;
using OrgPage = entities::Page<entities::Organization>;

namespace {

// The sk.api lines logged while a LogCapture lives.
QMutex g_logMutex;
QStringList g_apiLines;
QtMessageHandler g_previousHandler = nullptr;

void captureApiLines(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "sk.api") {
        const QMutexLocker lock(&g_logMutex);
        g_apiLines << message;
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct LogCapture
{
    explicit LogCapture(bool enable)
    {
        g_apiLines.clear();
        if (enable)
            QLoggingCategory::setFilterRules(QStringLiteral("sk.api=true")); // as QT_LOGGING_RULES does
        g_previousHandler = qInstallMessageHandler(captureApiLines);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }
    QStringList lines() const
    {
        const QMutexLocker lock(&g_logMutex);
        return g_apiLines;
    }
};

// One organizations page; the call's attempts() and elapsed time are recorded when it ends.
struct TrackedCall
{
    std::optional<api::Result<OrgPage>> result;
    int attempts = 0;
    qint64 elapsedMs = 0;
    QElapsedTimer clock;

    void start(api::ApiClient *client, QObject *owner, const std::string &pageToken = {},
               const std::string &externalId = {})
    {
        clock.start();
        api::ApiCall *call = services::OrganizationsService(client).list({5, pageToken}, externalId, owner,
                                                                        [this](api::Result<OrgPage> r) {
                                                                            elapsedMs = clock.elapsed();
                                                                            result.emplace(std::move(r));
                                                                        });
        QObject::connect(call, &api::ApiCall::finished, owner, [this, call] { attempts = call->attempts(); });
    }
    bool done() const { return result.has_value() && attempts > 0; }

    // Starts the call and waits for its end.
    bool run(api::ApiClient *client, const std::string &pageToken = {}, const std::string &externalId = {})
    {
        QObject owner;
        start(client, &owner, pageToken, externalId);
        return QTest::qWaitFor([this] { return done(); }, 30000);
    }
};

nlohmann::json sandboxControl(const test::SandboxProcess &sandbox, const QByteArray &method, const QByteArray &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(sandbox.url().resolved(QUrl(QStringLiteral("/_sandbox/faults"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return {};
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return {};
    return nlohmann::json::parse(reply->readAll().toStdString(), nullptr, false);
}

// How many requests (API and token) the sandbox has been sent so far.
qint64 requestsSeen(const test::SandboxProcess &sandbox)
{
    const nlohmann::json faults = sandboxControl(sandbox, "GET");
    return faults.is_object() ? faults.value("requests", qint64(-1)) : -1;
}

} // namespace

class TestApiGate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QNetworkAccessManager m_network;

    // A client that already holds a token, so the faults below meet API calls, not /oauth/token.
    std::unique_ptr<api::ApiClient> warmClient()
    {
        auto client = std::make_unique<api::ApiClient>(&m_network);
        client->setSettings({m_sandbox->url(), m_sandbox->clientId(), m_sandbox->clientSecret()});
        TrackedCall warm;
        if (!warm.run(client.get()) || !*warm.result)
            return nullptr;
        return client;
    }

    void setFaults(const QByteArray &json) { QVERIFY(sandboxControl(*m_sandbox, "PUT", json).is_object()); }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>(QStringList{QStringLiteral("--organizations"), QStringLiteral("40")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void init()
    {
        setFaults("{\"script\":[],\"retry_after\":1,\"retry_after_form\":\"seconds\",\"reject_tokens\":false,"
                  "\"latency_ms\":0}");
    }

    void oneRateLimitHoldsEveryRequestForOneWave()
    {
        auto client = warmClient();
        QVERIFY(client);
        QCOMPARE(client->heldFor().count(), 0);
        setFaults("{\"script\":[\"rate_limited\",\"rate_limited\",\"rate_limited\"],\"retry_after\":1}");
        const qint64 before = requestsSeen(*m_sandbox);

        QObject owner;
        std::vector<std::unique_ptr<TrackedCall>> first;
        for (int i = 0; i < 3; ++i) {
            first.push_back(std::make_unique<TrackedCall>());
            first.back()->start(client.get(), &owner);
        }
        // The first 429 closes the gate for the whole client...
        QTRY_VERIFY_WITH_TIMEOUT(client->heldFor().count() > 0, 30000);
        // ...so calls started now wait for it instead of being sent into the rate limit.
        const qint64 heldAtStart = client->heldFor().count();
        std::vector<std::unique_ptr<TrackedCall>> late;
        for (int i = 0; i < 2; ++i) {
            late.push_back(std::make_unique<TrackedCall>());
            late.back()->start(client.get(), &owner);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(first.begin(), first.end(), [](auto &c) { return c->done(); })
                                     && std::all_of(late.begin(), late.end(), [](auto &c) { return c->done(); }),
                                 30000);
        for (const auto &call : first) {
            QVERIFY2(*call->result, qPrintable(call->result->error().describe()));
            QCOMPARE(call->attempts, 2);           // the 429, then one retry
            QVERIFY(call->elapsedMs >= 1000);      // Retry-After: 1
        }
        for (const auto &call : late) {
            QVERIFY2(*call->result, qPrintable(call->result->error().describe()));
            QCOMPARE(call->attempts, 1);           // held, never sent into the 429
            QVERIFY(call->elapsedMs >= heldAtStart - 1);
        }
        QCOMPARE(requestsSeen(*m_sandbox) - before, qint64(3 * 2 + 2)); // one wave: 3 retries + 2 held
        QCOMPARE(client->heldFor().count(), 0);
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::newRow("seconds") << QByteArray("seconds");
        QTest::newRow("http-date") << QByteArray("date");
    }

    void retryAfterIsHonoured()
    {
        QFETCH(QByteArray, form);
        auto client = warmClient();
        QVERIFY(client);
        setFaults("{\"script\":[\"rate_limited\"],\"retry_after\":1,\"retry_after_form\":\"" + form + "\"}");
        TrackedCall call;
        QVERIFY(call.run(client.get()));
        QVERIFY2(*call.result, qPrintable(call.result->error().describe()));
        QCOMPARE(call.attempts, 2);
        QVERIFY2(call.elapsedMs >= 1000, qPrintable(QString::number(call.elapsedMs)));
    }

    void retryAfterBeyondTheCapFailsAtOnce_data() { retryAfterIsHonoured_data(); }

    void retryAfterBeyondTheCapFailsAtOnce()
    {
        QFETCH(QByteArray, form);
        auto client = warmClient();
        QVERIFY(client);
        client->retryPolicy().maxRetryAfter = std::chrono::milliseconds(500);
        setFaults("{\"script\":[\"rate_limited\"],\"retry_after\":2,\"retry_after_form\":\"" + form + "\"}");
        TrackedCall call;
        QVERIFY(call.run(client.get()));
        QVERIFY(!*call.result);
        QCOMPARE(ApiError::kindName(call.result->error().kind), ApiError::kindName(ApiError::Kind::RateLimited));
        QVERIFY(call.result->error().retryAfter > std::chrono::milliseconds(500)); // read, and above the cap
        QCOMPARE(call.attempts, 1);
        QCOMPARE(client->heldFor().count(), 0); // a wait beyond the cap holds nothing
    }

    void unauthorizedOnceRefreshesTheTokenOnce()
    {
        auto client = warmClient();
        QVERIFY(client);
        QCOMPARE(client->tokensFetched(), 1);
        setFaults("{\"script\":[\"unauthorized\"]}");
        TrackedCall call;
        QVERIFY(call.run(client.get()));
        QVERIFY2(*call.result, qPrintable(call.result->error().describe()));
        QCOMPARE(call.attempts, 2);
        QCOMPARE(client->tokensFetched(), 2); // exactly one re-token
    }

    void unauthorizedAlwaysFailsAfterExactlyOneRefresh()
    {
        auto client = warmClient();
        QVERIFY(client);
        setFaults("{\"reject_tokens\":true}");
        TrackedCall call;
        QVERIFY(call.run(client.get()));
        QVERIFY(!*call.result);
        QCOMPARE(ApiError::kindName(call.result->error().kind), ApiError::kindName(ApiError::Kind::Unauthorized));
        QCOMPARE(call.attempts, 2);
        QCOMPARE(client->tokensFetched(), 2);
    }

    void apiLogIsOffByDefault()
    {
        QVERIFY(!lcApi().isInfoEnabled());
        const LogCapture capture(false);
        auto client = warmClient();
        QVERIFY(client);
        QVERIFY(capture.lines().isEmpty());
    }

    void apiLogNamesNoQueryValueTokenOrSecret()
    {
        const LogCapture capture(true);
        auto client = warmClient(); // logs the token request and one page
        QVERIFY(client);
        TrackedCall first;
        QVERIFY(first.run(client.get()));
        QVERIFY(*first.result);
        const std::string pageToken = first.result->value().nextPageToken;
        QVERIFY(!pageToken.empty());
        TrackedCall second;
        QVERIFY(second.run(client.get(), pageToken));
        QVERIFY(*second.result);
        const std::string externalId = "query-value-never-logged";
        TrackedCall third;
        QVERIFY(third.run(client.get(), {}, externalId));
        QVERIFY(*third.result);

        const QStringList lines = capture.lines();
        QVERIFY2(lines.size() >= 5, qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.front().startsWith(QStringLiteral("POST /oauth/token 200 ")), qPrintable(lines.front()));
        QVERIFY2(lines.last().startsWith(QStringLiteral("GET /api/v1/organizations?page_size&external_id 200 ")),
                 qPrintable(lines.last()));
        const QString page2 = lines.at(lines.size() - 2);
        QVERIFY2(page2.startsWith(QStringLiteral("GET /api/v1/organizations?page_size&page_token 200 ")),
                 qPrintable(page2));
        QVERIFY2(page2.contains(QStringLiteral("ms request_id=req_")), qPrintable(page2));
        const QString all = lines.join(u'\n');
        QVERIFY(!all.contains(QString::fromStdString(pageToken)));
        QVERIFY(!all.contains(QString::fromStdString(externalId)));
        QVERIFY(!all.contains(QString::fromStdString(QByteArray::fromStdString(pageToken).toPercentEncoding().toStdString())));
        QVERIFY(!all.contains(m_sandbox->clientSecret()));
        QVERIFY(!all.contains(QStringLiteral("Bearer"), Qt::CaseInsensitive));
        QVERIFY(!all.contains(QStringLiteral("eyJ"))); // no JWT (nor any base64 JSON) at all
        QVERIFY(!all.contains(QStringLiteral("=5")));  // the page size's value
    }
};

QTEST_GUILESS_MAIN(TestApiGate)
#include "tst_apigate.moc"
