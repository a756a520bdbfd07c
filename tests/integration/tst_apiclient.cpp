// ApiClient against a real scalekit-sandbox over loopback HTTP: token caching and renewal,
// typed errors, retries under injected faults, non-idempotent writes never retried,
// timeouts, cancellation, and page streams that return every row exactly once.
#include "services/api/apiclient.h"
#include "services/api/pagestream.h"
#include "services/resources/organizationsservice.h"
#include "tests/support/sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QThread>
#include <QTest>

#include <set>

using namespace sk;
using api::ApiError;
using entities::Organization;
using OrgPage = entities::Page<Organization>;

namespace {

api::ConnectionSettings settingsOf(const test::SandboxProcess &sandbox)
{
    return {sandbox.url(), sandbox.clientId(), sandbox.clientSecret()};
}

// Runs one typed call to completion.
template <typename T, typename Start>
api::Result<T> await(Start start)
{
    std::optional<api::Result<T>> result;
    QObject owner;
    start(&owner, [&result](api::Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test gave up waiting"));
    return std::move(*result);
}

api::Result<OrgPage> listOrganizations(api::ApiClient &client, int pageSize = 10, std::string token = {})
{
    return await<OrgPage>([&](QObject *owner, services::Callback<OrgPage> done) {
        services::OrganizationsService(&client).list({pageSize, token}, {}, owner, std::move(done));
    });
}

} // namespace

class TestApiClient : public QObject
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

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>(QStringList{QStringLiteral("--organizations"), QStringLiteral("250")});
        m_sandbox->setRequestLog(true);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void init() { QVERIFY(m_sandbox->setFaults("{\"error_rate\":0,\"drop_rate\":0,\"malformed_rate\":0,\"rate_limit\":0,\"latency_ms\":0,\"script\":[]}")); }

    void tokenIsFetchedOnceAndCached()
    {
        auto api = client(settingsOf(*m_sandbox));
        for (int i = 0; i < 3; ++i) {
            const auto page = listOrganizations(*api);
            QVERIFY2(page.ok(), qPrintable(page.error().describe()));
            QCOMPARE(page.value().items.size(), std::size_t(10));
            QCOMPARE(page.value().totalSize, 250);
        }
        QCOMPARE(api->tokensFetched(), 1);
        QCOMPARE(api->inFlight(), 0);
    }

    void concurrentCallsShareOneTokenRequest()
    {
        auto api = client(settingsOf(*m_sandbox));
        int done = 0;
        QObject owner;
        for (int i = 0; i < 8; ++i)
            services::OrganizationsService(api.get()).list({5, {}}, {}, &owner, [&done](api::Result<OrgPage> r) {
                QVERIFY(r.ok());
                ++done;
            });
        QCOMPARE(api->inFlight(), 8);
        QVERIFY(QTest::qWaitFor([&done] { return done == 8; }, 30000));
        QCOMPARE(api->tokensFetched(), 1);
        QCOMPARE(api->inFlight(), 0);
    }

    void wrongSecretIsUnauthorizedWithoutLooping()
    {
        api::ConnectionSettings settings = settingsOf(*m_sandbox);
        settings.clientSecret = QStringLiteral("wrong");
        auto api = client(settings);
        const auto page = listOrganizations(*api);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(api->tokensFetched(), 0);
        QVERIFY(!page.error().message.isEmpty());
    }

    void unknownIdIsNotFoundWithRequestId()
    {
        auto api = client(settingsOf(*m_sandbox));
        const auto org = await<Organization>([&](QObject *owner, services::Callback<Organization> done) {
            services::OrganizationsService(api.get()).get("org_does_not_exist", owner, std::move(done));
        });
        QVERIFY(!org.ok());
        QCOMPARE(org.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(org.error().httpStatus, 404);
        QVERIFY(!org.error().requestId.isEmpty());
    }

    void invalidPageSizeIsAValidationError()
    {
        auto api = client(settingsOf(*m_sandbox));
        const auto result = await<OrgPage>([&](QObject *owner, services::Callback<OrgPage> done) {
            services::OrganizationsService(api.get()).search("corp", {500, {}}, owner, std::move(done));
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Validation);
        QVERIFY(!result.error().fieldViolations.isEmpty());
        QCOMPARE(result.error().fieldViolations.first().field, QStringLiteral("page_size"));
    }

    void transientFaultsAreRetried_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::newRow("503") << QByteArray("[\"unavailable\",\"unavailable\"]");
        QTest::newRow("dropped connection") << QByteArray("[\"drop\",\"drop\"]");
        QTest::newRow("malformed body") << QByteArray("[\"malformed\"]");
        QTest::newRow("truncated body") << QByteArray("[\"truncated\",\"truncated\"]");
        QTest::newRow("429") << QByteArray("[\"rate_limited\"]");
    }

    void transientFaultsAreRetried()
    {
        QFETCH(QByteArray, script);
        auto api = client(settingsOf(*m_sandbox));
        QVERIFY(listOrganizations(*api).ok()); // token first, so the script hits the GET
        QVERIFY(m_sandbox->setFaults("{\"script\":" + script + '}'));
        QObject owner;
        std::optional<api::Result<OrgPage>> result;
        QPointer<api::ApiCall> call = services::OrganizationsService(api.get()).list(
            {10, {}}, {}, &owner, [&result](api::Result<OrgPage> r) { result.emplace(std::move(r)); });
        int attempts = 0;
        connect(call, &api::ApiCall::finished, &owner, [&attempts, call] { attempts = call->attempts(); });
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
        QVERIFY2(result->ok(), qPrintable(result->error().describe()));
        QCOMPARE(result->value().items.size(), std::size_t(10));
        // Each scripted fault costs one attempt of ours, except that Qt may resend a GET
        // itself once when a kept-alive connection is closed under it.
        const int faults = int(script.count(',')) + 1;
        if (QByteArray(QTest::currentDataTag()) == "dropped connection")
            QVERIFY2(attempts >= faults && attempts <= faults + 1, qPrintable(QString::number(attempts)));
        else
            QCOMPARE(attempts, faults + 1);
    }

    void writesAreNeverRetried()
    {
        auto api = client(settingsOf(*m_sandbox));
        QVERIFY(listOrganizations(*api).ok());
        QVERIFY(m_sandbox->setFaults("{\"script\":[\"unavailable\"]}"));
        entities::CreateOrganization create;
        create.displayName = "Never Twice Inc";
        const auto created = await<Organization>([&](QObject *owner, services::Callback<Organization> done) {
            services::OrganizationsService(api.get()).create(create, owner, std::move(done));
        });
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, ApiError::Kind::Server);
        QCOMPARE(created.error().httpStatus, 503);
        // The 503 was the only try: nothing was created behind our back.
        const auto search = await<OrgPage>([&](QObject *owner, services::Callback<OrgPage> done) {
            services::OrganizationsService(api.get()).search("Never Twice", {10, {}}, owner, std::move(done));
        });
        QVERIFY(search.ok());
        QCOMPARE(search.value().items.size(), std::size_t(0));
    }

    void persistentFailureGivesUpAfterBoundedAttempts()
    {
        auto api = client(settingsOf(*m_sandbox));
        QVERIFY(listOrganizations(*api).ok());
        QVERIFY(m_sandbox->setFaults("{\"error_rate\":1.0}"));
        const auto page = listOrganizations(*api);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::Server);
        QCOMPARE(page.error().httpStatus, 503);
    }

    void slowAnswersTimeOut()
    {
        auto api = client(settingsOf(*m_sandbox));
        api->retryPolicy().maxAttempts = 2;
        QVERIFY(listOrganizations(*api).ok());
        QVERIFY(m_sandbox->setFaults("{\"latency_ms\":2000}"));
        api::ApiRequest request = api::ApiRequest::get(QStringLiteral("/api/v1/organizations"));
        request.timeout(std::chrono::milliseconds(300));
        const auto result = await<api::Empty>([&](QObject *owner, services::Callback<api::Empty> done) {
            api->fetch<api::Empty>(std::move(request), owner, services::nothing(), std::move(done));
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
    }

    void destroyingTheOwnerCancelsSilently()
    {
        auto api = client(settingsOf(*m_sandbox));
        QVERIFY(listOrganizations(*api).ok());
        QVERIFY(m_sandbox->setFaults("{\"latency_ms\":500}"));
        bool called = false;
        const QString path = QStringLiteral("/api/v1/organizations");
        const int listed = m_sandbox->countRequests(QStringLiteral("GET"), path);
        QVERIFY(listed >= 0);
        {
            QObject owner;
            services::OrganizationsService(api.get()).list({10, {}}, {}, &owner, [&called](api::Result<OrgPage>) { called = true; });
            QCOMPARE(api->inFlight(), 1);
            // On its way: the sandbox has the request, its answer comes after the latency.
            QVERIFY(QTest::qWaitFor([&] { return m_sandbox->countRequests(QStringLiteral("GET"), path) > listed; }, 20000));
        }
        QCOMPARE(api->inFlight(), 0);
        // A later call with the same latency: once it is answered, so would the first have been.
        QVERIFY(listOrganizations(*api).ok());
        QVERIFY(!called);
    }

    void cancelCompletesWithCancelled()
    {
        auto api = client(settingsOf(*m_sandbox));
        QVERIFY(m_sandbox->setFaults("{\"latency_ms\":500}"));
        QObject owner;
        std::optional<api::Result<OrgPage>> result;
        api::ApiCall *call = services::OrganizationsService(api.get()).list(
            {10, {}}, {}, &owner, [&result](api::Result<OrgPage> r) { result.emplace(std::move(r)); });
        call->cancel();
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(api->inFlight(), 0);
    }

    void unreachableEnvironmentIsANetworkError()
    {
        test::SandboxProcess gone;
        QVERIFY(gone.start());
        const api::ConnectionSettings settings = settingsOf(gone);
        QVERIFY(gone.stop());
        auto api = client(settings);
        api->retryPolicy().maxAttempts = 2;
        const auto page = listOrganizations(*api);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::Network);
    }

    void plainHttpToARemoteHostIsRefusedBeforeSending()
    {
        auto api = client({QUrl(QStringLiteral("http://acme.scalekit.invalid")), QStringLiteral("skc_1"), QStringLiteral("s")});
        const auto page = listOrganizations(*api);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::Insecure);
    }

    void streamReturnsEveryRowExactlyOnceDespiteFaults_data()
    {
        QTest::addColumn<QByteArray>("faults");
        QTest::newRow("clean") << QByteArray("{}");
        QTest::newRow("faulty") << QByteArray("{\"error_rate\":0.15,\"drop_rate\":0.1,\"malformed_rate\":0.1}");
    }

    void streamReturnsEveryRowExactlyOnceDespiteFaults()
    {
        QFETCH(QByteArray, faults);
        auto api = client(settingsOf(*m_sandbox));
        api->retryPolicy().maxAttempts = 10;
        QVERIFY(m_sandbox->setFaults(faults));
        std::vector<std::string> ids;
        api::PageStream<Organization> stream(
            [&api](const std::string &token, QObject *owner, api::PageStream<Organization>::PageDone done) {
                return services::OrganizationsService(api.get()).list({100, token}, {}, owner, std::move(done));
            },
            [&ids](std::vector<Organization> &&rows) {
                for (const Organization &org : rows)
                    ids.push_back(org.id);
            });
        QSignalSpy progress(&stream, &api::PageStreamBase::progress);
        stream.start();
        QVERIFY(QTest::qWaitFor([&stream] { return stream.isFinished(); }, 60000));
        QVERIFY2(stream.succeeded(), qPrintable(stream.error() ? stream.error()->describe() : QString()));
        QCOMPARE(ids.size(), std::size_t(250));
        QCOMPARE(std::set<std::string>(ids.begin(), ids.end()).size(), std::size_t(250));
        QCOMPARE(stream.pages(), 3);
        QCOMPARE(stream.total(), 250);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(0).toLongLong(), 250);
    }

    void tokenExpiringMidStreamLosesNoRow()
    {
        test::SandboxProcess shortLived({QStringLiteral("--organizations"), QStringLiteral("250"),
                                         QStringLiteral("--token-ttl"), QStringLiteral("1"),
                                         QStringLiteral("--latency-ms"), QStringLiteral("150")});
        QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
        auto api = client(settingsOf(shortLived));
        std::vector<std::string> ids;
        api::PageStream<Organization> stream(
            [&api](const std::string &token, QObject *owner, api::PageStream<Organization>::PageDone done) {
                return services::OrganizationsService(api.get()).list({25, token}, {}, owner, std::move(done));
            },
            [&ids](std::vector<Organization> &&rows) {
                for (const Organization &org : rows)
                    ids.push_back(org.id);
            });
        stream.start();
        QVERIFY(QTest::qWaitFor([&stream] { return stream.isFinished(); }, 60000));
        QVERIFY2(stream.succeeded(), qPrintable(stream.error() ? stream.error()->describe() : QString()));
        QCOMPARE(std::set<std::string>(ids.begin(), ids.end()).size(), std::size_t(250));
        QCOMPARE(ids.size(), std::size_t(250));
        QVERIFY2(api->tokensFetched() >= 2, "the one-second token should have been renewed mid-stream");
    }

    // A small answer is decoded on the calling thread unless the request asks for the worker.
    void decodeOnWorkerMovesEvenSmallBodiesOffTheCallingThread_data()
    {
        QTest::addColumn<bool>("onWorker");
        QTest::newRow("default") << false;
        QTest::newRow("decodeOnWorker") << true;
    }

    void decodeOnWorkerMovesEvenSmallBodiesOffTheCallingThread()
    {
        QFETCH(bool, onWorker);
        auto api = client(settingsOf(*m_sandbox));
        api::ApiRequest request = api::ApiRequest::get(QStringLiteral("/api/v1/organizations"));
        request.query(QStringLiteral("page_size"), qint64(10)).decodeOnWorker(onWorker);
        QVERIFY(request.decodesOnWorker() == onWorker);
        QThread *decodedOn = nullptr;
        QThread *deliveredOn = nullptr;
        bool done = false;
        QObject owner;
        api->send(
            request, &owner,
            [&decodedOn, &deliveredOn](const nlohmann::json &body) -> api::ApiCall::Deliver {
                decodedOn = QThread::currentThread();
                if (!body.contains("organizations"))
                    throw std::runtime_error("no organizations");
                return [&deliveredOn] { deliveredOn = QThread::currentThread(); };
            },
            [&done](const ApiError &error) {
                done = true;
                QFAIL(qPrintable(error.describe()));
            });
        QVERIFY(QTest::qWaitFor([&deliveredOn, &done] { return deliveredOn || done; }, 30000));
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(decodedOn);
        QCOMPARE(decodedOn != QThread::currentThread(), onWorker);
    }

    void streamCanBeCancelled()
    {
        auto api = client(settingsOf(*m_sandbox));
        QVERIFY(m_sandbox->setFaults("{\"latency_ms\":300}"));
        std::size_t rows = 0;
        api::PageStream<Organization> stream(
            [&api](const std::string &token, QObject *owner, api::PageStream<Organization>::PageDone done) {
                return services::OrganizationsService(api.get()).list({100, token}, {}, owner, std::move(done));
            },
            [&rows](std::vector<Organization> &&page) { rows += page.size(); });
        stream.start();
        QVERIFY(QTest::qWaitFor([&rows] { return rows > 0; }, 10000));
        stream.cancel();
        const std::size_t rowsAtCancel = rows;
        QVERIFY(stream.isFinished());
        QCOMPARE(stream.error()->kind, ApiError::Kind::Cancelled);
        QCOMPARE(api->inFlight(), 0);
        // A later page with the same latency: once it is answered, the cancelled page would have
        // landed too. Not one more row arrived.
        QVERIFY(listOrganizations(*api, 100).ok());
        QCOMPARE(rows, rowsAtCancel);
        QVERIFY(rows < 250);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
