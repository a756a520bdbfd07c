// The API client's pure parts: error bodies, token lifetimes, retry decisions, request
// building and the https rule.
#include "services/api/accesstoken.h"
#include "services/api/apierror.h"
#include "services/api/apirequest.h"
#include "services/api/connectionsettings.h"
#include "services/api/retrypolicy.h"

#include <QTest>

using namespace sk::api;
using namespace std::chrono_literals;

namespace {

QByteArray jwtWithExp(qint64 exp)
{
    const QByteArray header = QByteArrayLiteral("{\"alg\":\"RS256\",\"typ\":\"JWT\"}").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray claims = QStringLiteral("{\"sub\":\"skc_1\",\"exp\":%1}").arg(exp).toUtf8().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return header + '.' + claims + ".c2lnbmF0dXJl";
}

} // namespace

class TestApiCore : public QObject
{
    Q_OBJECT

private slots:
    void errorBodyIsRead()
    {
        const QByteArray body = QByteArrayLiteral("{\"code\":3,\"message\":\"invalid display_name\",\"details\":[")
            + QByteArrayLiteral("{\"@type\":\"type.googleapis.com/scalekit.v1.errdetails.ErrorInfo\",\"error_code\":\"INVALID_ARGUMENT\",")
            + QByteArrayLiteral("\"request_info\":{\"request_id\":\"req_123\"},\"validation_error_info\":{\"field_violations\":")
            + QByteArrayLiteral("[{\"field\":\"display_name\",\"description\":\"must be 1..200 characters\",\"constraint\":\"string.min_len\"}]}}]}");
        const ApiError error = ApiError::fromHttp(400, body);
        QCOMPARE(error.kind, ApiError::Kind::Validation);
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.message, QStringLiteral("invalid display_name"));
        QCOMPARE(error.errorCode, QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(error.requestId, QStringLiteral("req_123"));
        QCOMPARE(error.fieldViolations.size(), 1);
        QCOMPARE(error.fieldViolations.first().field, QStringLiteral("display_name"));
        QVERIFY(error.describe().contains(QStringLiteral("req_123")));
        QVERIFY(error.describe().contains(QStringLiteral("must be 1..200 characters")));
    }

    void garbageErrorBodiesNeverThrow_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("truncated") << QByteArray("{\"code\":5,\"message\":\"not fo");
        QTest::newRow("wrong types") << QByteArray("{\"code\":\"x\",\"message\":7,\"details\":{\"a\":1}}");
        QTest::newRow("details of junk") << QByteArray("{\"details\":[1,\"x\",null,{\"validation_error_info\":{\"field_violations\":[3,{\"field\":1}]}}]}");
        QTest::newRow("array") << QByteArray("[1,2,3]");
    }

    void garbageErrorBodiesNeverThrow()
    {
        QFETCH(QByteArray, body);
        const ApiError error = ApiError::fromHttp(404, body);
        QCOMPARE(error.kind, ApiError::Kind::NotFound);
        QCOMPARE(error.httpStatus, 404);
        QVERIFY(!error.sentence().isEmpty());
    }

    void statusesMapToKinds()
    {
        QCOMPARE(errorKindForStatus(400), ApiError::Kind::Validation);
        QCOMPARE(errorKindForStatus(401), ApiError::Kind::Unauthorized);
        QCOMPARE(errorKindForStatus(403), ApiError::Kind::Forbidden);
        QCOMPARE(errorKindForStatus(404), ApiError::Kind::NotFound);
        QCOMPARE(errorKindForStatus(409), ApiError::Kind::Conflict);
        QCOMPARE(errorKindForStatus(429), ApiError::Kind::RateLimited);
        QCOMPARE(errorKindForStatus(500), ApiError::Kind::Server);
        QCOMPARE(errorKindForStatus(503), ApiError::Kind::Server);
        QCOMPARE(errorKindForStatus(504), ApiError::Kind::Timeout);
    }

    void everyKindHasASentence()
    {
        for (int k = 0; k <= int(ApiError::Kind::Insecure); ++k) {
            const auto kind = ApiError::Kind(k);
            QVERIFY(!ApiError::make(kind, {}).sentence().isEmpty());
            QVERIFY(!ApiError::kindName(kind).isEmpty());
        }
    }

    void tokenLifetimeFromExpiresIn()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const auto token = AccessToken::fromTokenResponse("{\"access_token\":\"opaque\",\"token_type\":\"Bearer\",\"expires_in\":3600}", now);
        QVERIFY(token);
        QCOMPARE(token->expiresAt, now.addSecs(3600));
        QVERIFY(token->isFresh(now.addSecs(3500)));
        QVERIFY(!token->isFresh(now.addSecs(3570))); // inside the 60 s margin
    }

    void absurdExpiresInFallsBackToJwtExp()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QByteArray jwt = jwtWithExp(1'800'000'000 + 86399);
        const QByteArray body = "{\"access_token\":\"" + jwt + "\",\"expires_in\":18446744064486179580}";
        const auto token = AccessToken::fromTokenResponse(body, now);
        QVERIFY(token);
        QCOMPARE(token->expiresAt, now.addSecs(86399));
        QCOMPARE(AccessToken::jwtExpiry(jwt), std::optional<QDateTime>(now.addSecs(86399)));
    }

    void shorterOfExpiresInAndExpWins()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QByteArray body = "{\"access_token\":\"" + jwtWithExp(1'800'000'000 + 30) + "\",\"expires_in\":\"3600\"}";
        const auto token = AccessToken::fromTokenResponse(body, now);
        QVERIFY(token);
        QCOMPARE(token->expiresAt, now.addSecs(30));
        QVERIFY(token->isFresh(now.addSecs(20)));
        QVERIFY(!token->isFresh(now.addSecs(28))); // margin is a tenth of the lifetime
    }

    void unusableTokenResponses()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!AccessToken::fromTokenResponse("", now));
        QVERIFY(!AccessToken::fromTokenResponse("{}", now));
        QVERIFY(!AccessToken::fromTokenResponse("{\"access_token\":\"\"}", now));
        QVERIFY(!AccessToken::fromTokenResponse("{\"access_token\":42}", now));
        QVERIFY(!AccessToken::jwtExpiry("not.a.jwt!"));
        QVERIFY(!AccessToken::jwtExpiry("opaque"));
    }

    void retriesOnlyWhatIsSafe()
    {
        RetryPolicy policy;
        const ApiError unavailable = ApiError::fromHttp(503, {});
        const ApiError badRequest = ApiError::fromHttp(400, {});
        const ApiError network = ApiError::make(ApiError::Kind::Network, QStringLiteral("reset"));
        QVERIFY(policy.nextDelay(unavailable, 1, true));
        QVERIFY(policy.nextDelay(network, 1, true));
        QVERIFY(!policy.nextDelay(unavailable, 1, false)); // not idempotent: never
        QVERIFY(!policy.nextDelay(badRequest, 1, true));
        QVERIFY(!policy.nextDelay(ApiError::fromHttp(500, {}), 1, true));
        QVERIFY(!policy.nextDelay(unavailable, policy.maxAttempts, true)); // bounded
    }

    void backoffGrowsWithJitterAndHonoursRetryAfter()
    {
        RetryPolicy policy;
        const ApiError network = ApiError::make(ApiError::Kind::Network, {});
        for (int attempt = 1; attempt < policy.maxAttempts; ++attempt) {
            const auto delay = policy.nextDelay(network, attempt, true);
            QVERIFY(delay);
            const auto ceiling = std::min(policy.maxDelay, std::chrono::milliseconds(policy.baseDelay.count() << (attempt - 1)));
            QVERIFY(*delay <= ceiling);
            QVERIFY(*delay >= ceiling / 2);
        }
        ApiError limited = ApiError::fromHttp(429, {});
        limited.retryAfter = 2s;
        QCOMPARE(policy.nextDelay(limited, 1, true), std::optional<std::chrono::milliseconds>(2s));
        limited.retryAfter = 10min;
        QVERIFY(!policy.nextDelay(limited, 1, true)); // longer than we are willing to wait
    }

    void requestsFollowTheBodyMappingRules()
    {
        ApiRequest get = ApiRequest::get(QStringLiteral("/api/v1/mcp/instances"));
        get.query(QStringLiteral("filter.user_identifier"), QStringLiteral("a+b@x.com"))
            .query(QStringLiteral("page_token"), QString())
            .queryRepeated(QStringLiteral("features"), {QStringLiteral("sso"), QStringLiteral("dir_sync")})
            .queryBool(QStringLiteral("include_auth_links"), true);
        QCOMPARE(get.urlQuery().query(QUrl::FullyEncoded),
                 QStringLiteral("filter.user_identifier=a%2Bb%40x.com&features=sso&features=dir_sync&include_auth_links=true"));
        QVERIFY(get.isIdempotent());
        QVERIFY(get.bodyBytes().isEmpty());

        const ApiRequest enable = ApiRequest::patch(QStringLiteral("/api/v1/connections/conn_1:enable"));
        QCOMPARE(enable.bodyBytes(), QByteArrayLiteral("{}"));
        QVERIFY(!enable.isIdempotent());
        ApiRequest create = ApiRequest::post(QStringLiteral("/api/v1/organizations"));
        create.body({{"display_name", "Acme"}});
        QCOMPARE(create.bodyBytes(), QByteArrayLiteral("{\"display_name\":\"Acme\"}"));
        QCOMPARE(ApiRequest::segment(QStringLiteral("ext/1 2")), QStringLiteral("ext%2F1%202"));
    }

    void httpsIsRequiredExceptOnLoopback()
    {
        ConnectionSettings settings{QUrl(QStringLiteral("http://acme.scalekit.dev")), QStringLiteral("skc_1"), QStringLiteral("s")};
        QVERIFY(settings.validate().contains(QStringLiteral("https")));
        settings.environmentUrl = QUrl(QStringLiteral("https://acme.scalekit.dev/"));
        QVERIFY(settings.validate().isEmpty());
        QCOMPARE(settings.resolve(QStringLiteral("/oauth/token")).toString(), QStringLiteral("https://acme.scalekit.dev/oauth/token"));
        for (const char *loopback : {"http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"}) {
            settings.environmentUrl = QUrl(QString::fromLatin1(loopback));
            QVERIFY2(settings.validate().isEmpty(), loopback);
        }
        settings.environmentUrl = QUrl(QStringLiteral("http://127.0.0.1.evil.com"));
        QVERIFY(!settings.validate().isEmpty());
        settings.environmentUrl = QUrl(QStringLiteral("https://acme.scalekit.dev"));
        settings.clientSecret.clear();
        QVERIFY(!settings.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiCore)
#include "tst_apicore.moc"
