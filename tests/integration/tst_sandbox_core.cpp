// The sandbox's core over real HTTP: token endpoint, bearer check, error bodies, routing,
// pagination, fault injection and option parsing.

#include "tst_sandbox_support.h"

#include "sandbox/sandboxoptions.h"

#include <QtTest>

#include <set>

using namespace Qt::StringLiterals;
using sk::test::HttpResult;
using sk::test::SandboxHarness;

class TestSandboxCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
    }

    void tokenEndpointIssuesBearerTokens()
    {
        const HttpResult r = m_sandbox.requestToken(m_sandbox.server().clientId(), m_sandbox.server().clientSecret());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("token_type", ""), "Bearer");
        QCOMPARE(r.json.value("expires_in", 0), 86399);
        QVERIFY(!r.json.value("scope", "").empty());
        const std::string token = r.json.value("access_token", "");
        QCOMPARE(std::count(token.begin(), token.end(), '.'), 2); // JWT-shaped
        const QByteArray payload = QByteArray::fromBase64(QByteArray::fromStdString(token.substr(
            token.find('.') + 1, token.rfind('.') - token.find('.') - 1)), QByteArray::Base64UrlEncoding);
        const auto claims = nlohmann::json::parse(payload.toStdString());
        QVERIFY(claims["exp"].get<qint64>() > QDateTime::currentSecsSinceEpoch());
    }

    void tokenEndpointRejectsWrongCredentials()
    {
        const HttpResult r = m_sandbox.requestToken(m_sandbox.server().clientId(), u"wrong"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value("error", ""), "invalid_client");
        QVERIFY(!r.json.value("error_description", "").empty());

        const HttpResult grant = m_sandbox.send("POST", u"/oauth/token"_s, "grant_type=password",
                                                "application/x-www-form-urlencoded", false);
        QCOMPARE(grant.status, 400);
        QCOMPARE(grant.json.value("error", ""), "unsupported_grant_type");
    }

    void apiNeedsValidBearerToken()
    {
        const HttpResult none = m_sandbox.send("GET", u"/api/v1/organizations"_s, {}, "application/json", false);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.json.value("code", 0), 16);
        QCOMPARE(none.errorCode(), "UNAUTHENTICATED");
        QVERIFY(!none.json["details"][0]["request_info"].value("request_id", "").empty());

        const QByteArray saved = m_sandbox.token();
        m_sandbox.setToken(saved.left(saved.size() - 3) + "abc");
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations"_s).status, 401);
        m_sandbox.setToken(saved);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations"_s).status, 200);
    }

    void expiredTokensAreRejected()
    {
        SandboxHarness shortLived(optionsWith([](sk::sandbox::SandboxOptions &o) { o.faults.tokenTtlSeconds = 1; }));
        QVERIFY(shortLived.start());
        QVERIFY(shortLived.authenticate());
        QCOMPARE(shortLived.get(u"/api/v1/organizations"_s).status, 200);
        // Asked again until the one-second token has lapsed: the same token, now refused.
        HttpResult expired;
        QVERIFY(QTest::qWaitFor([&] {
            expired = shortLived.get(u"/api/v1/organizations?page_size=1"_s);
            return expired.status != 200;
        }, 30000));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json.value("message", ""), "Token expired");
    }

    void unknownRoutesAndMethods()
    {
        const HttpResult missing = m_sandbox.get(u"/api/v1/nothing-here"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value("code", 0), 5);
        QCOMPARE(m_sandbox.send("POST", u"/api/v1/organizations/org_1:enable"_s).status, 404);
        QCOMPARE(m_sandbox.send("PUT", u"/api/v1/organizations"_s, "{}").status, 405);
    }

    void paginationWalksToTheEndWithExactTotals()
    {
        const std::size_t expected = m_sandbox.store().organizations.size();
        int total = 0;
        int pages = 0;
        const auto all = m_sandbox.collectAll(u"/api/v1/organizations"_s, "organizations", 7, &total, &pages);
        QCOMPARE(all.size(), expected);
        QCOMPARE(std::size_t(total), expected);
        QCOMPARE(pages, int((expected + 6) / 7));
        std::set<std::string> ids;
        for (const auto &o : all)
            ids.insert(o["id"].get<std::string>());
        QCOMPARE(ids.size(), expected);

        const HttpResult second = m_sandbox.get(u"/api/v1/organizations?page_size=10"_s);
        const HttpResult next = m_sandbox.get(u"/api/v1/organizations?page_size=10&page_token="_s
                                              + QString::fromStdString(second.json["next_page_token"]));
        QCOMPARE(next.json["prev_page_token"].get<std::string>().empty(), false);
        const HttpResult back = m_sandbox.get(u"/api/v1/organizations?page_size=10&page_token="_s
                                              + QString::fromStdString(next.json["prev_page_token"]));
        QCOMPARE(back.json["organizations"], second.json["organizations"]);
    }

    void pageSizeLimitsAreValidated()
    {
        const HttpResult tooBig = m_sandbox.get(u"/api/v1/organizations?page_size=101"_s);
        QCOMPARE(tooBig.status, 400);
        QCOMPARE(tooBig.json.value("code", 0), 3);
        const auto &violations = tooBig.json["details"][0]["validation_error_info"]["field_violations"];
        QCOMPARE(violations[0].value("field", ""), "page_size");
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations:search?query=a&page_size=31"_s).status, 400);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations:search?query=a&page_size=30"_s).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations?page_size=abc"_s).status, 400);
        const HttpResult badToken = m_sandbox.get(u"/api/v1/organizations?page_token=%21%21"_s);
        QCOMPARE(badToken.status, 400);
    }

    void faultScriptInjectsEachKind()
    {
        QCOMPARE(m_sandbox.send("PUT", u"/_sandbox/faults"_s,
                                R"({"script": ["unavailable", "rate_limited", "drop", "malformed", "truncated"]})",
                                "application/json", false).status, 200);
        const HttpResult unavailable = m_sandbox.get(u"/api/v1/organizations"_s);
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.json.value("code", 0), 14);
        const HttpResult limited = m_sandbox.get(u"/api/v1/organizations"_s);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        // A raw socket: QNAM would silently resend a GET whose reused connection was dropped.
        QCOMPARE(m_sandbox.rawExchange("GET", u"/api/v1/organizations"_s), QByteArray());
        const HttpResult malformed = m_sandbox.get(u"/api/v1/organizations"_s);
        QCOMPARE(malformed.status, 200);
        QVERIFY(!malformed.isJson());
        const HttpResult truncated = m_sandbox.get(u"/api/v1/organizations"_s);
        QCOMPARE(truncated.status, 200);
        QVERIFY(!truncated.isJson());
        QVERIFY(truncated.body.startsWith("{"));
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations"_s).status, 200);

        const HttpResult state = m_sandbox.send("GET", u"/_sandbox/faults"_s, {}, "application/json", false);
        QCOMPARE(state.json["injected"].value("drop", 0), 1);
    }

    // script_path scopes the script to one route: other requests pass and do not use it up.
    void faultScriptCanTargetOnePath()
    {
        const QByteArray body = QByteArrayLiteral("{\"script\": [\"none\", \"unavailable\"], "
                                                  "\"script_path\": \"/api/v1/organizations\"}");
        const HttpResult set = m_sandbox.send("PUT", u"/_sandbox/faults"_s, body, "application/json", false);
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json.value("script_path", ""), "/api/v1/organizations");
        QCOMPARE(m_sandbox.get(u"/api/v1/users"_s).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/roles"_s).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations"_s).status, 200); // "none"
        QCOMPARE(m_sandbox.get(u"/api/v1/users"_s).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations"_s).status, 503);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations"_s).status, 200);
        // A script without a path applies to every request again.
        QCOMPARE(m_sandbox.send("PUT", u"/_sandbox/faults"_s, QByteArrayLiteral("{\"script\": [\"unavailable\"]}"),
                                "application/json", false).json.value("script_path", "?"), "");
        QCOMPARE(m_sandbox.get(u"/api/v1/users"_s).status, 503);
        QCOMPARE(m_sandbox.send("PUT", u"/_sandbox/faults"_s, QByteArrayLiteral("{\"script_path\": 3}"),
                                "application/json", false).status, 400);
    }

    void faultRatesAreDeterministicWithTheSeed()
    {
        const auto run = [](quint64 seed) {
            SandboxHarness h(optionsWith([seed](sk::sandbox::SandboxOptions &o) {
                o.seed = seed;
                o.organizations = 5;
                o.users = 5;
            }));
            h.start();
            h.authenticate();
            h.send("PUT", u"/_sandbox/faults"_s, R"({"error_rate": 0.5})", "application/json", false);
            QList<int> statuses;
            for (int i = 0; i < 20; ++i)
                statuses << h.get(u"/api/v1/organizations"_s).status;
            return statuses;
        };
        const QList<int> a = run(11);
        QCOMPARE(run(11), a);
        QVERIFY(a.contains(503));
        QVERIFY(a.contains(200));
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        // One request a second: any two inside the same second meet the limit, however slowly
        // this machine answers. Asked until that happens (a few tries at most in practice).
        SandboxHarness h(optionsWith([](sk::sandbox::SandboxOptions &o) { o.faults.rateLimit = 1; }));
        QVERIFY(h.start());
        QVERIFY(QTest::qWaitFor([&h] { return h.authenticate(); }, 30000)); // the token may meet the limit too
        HttpResult limited;
        QVERIFY(QTest::qWaitFor([&] {
            limited = h.get(u"/api/v1/organizations?page_size=1"_s);
            return limited.status != 200;
        }, 30000));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        QCOMPARE(limited.errorCode(), "RATE_LIMIT_EXCEEDED");
        // ...and a new second lets requests through again.
        QVERIFY(QTest::qWaitFor([&] { return h.get(u"/api/v1/organizations?page_size=1"_s).status == 200; }, 30000));
    }

    void latencyDelaysButAnswers()
    {
        m_sandbox.send("PUT", u"/_sandbox/faults"_s, R"({"latency_ms": 50})", "application/json", false);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations?page_size=1"_s).status, 200);
        const HttpResult settings = m_sandbox.send("PUT", u"/_sandbox/faults"_s, R"({"latency_ms": 0})",
                                                   "application/json", false);
        QCOMPARE(settings.json.value("latency_ms", -1), 0);
        QCOMPARE(m_sandbox.send("PUT", u"/_sandbox/faults"_s, R"({"error_rate": 2})", "application/json", false).status,
                 400);
    }

    void healthEndpoint()
    {
        const HttpResult r = m_sandbox.send("GET", u"/_sandbox/health"_s, {}, "application/json", false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("status", ""), "ok");
        QCOMPARE(r.json.value("organizations", 0), 40);
    }

    void optionsParseWithAndWithoutPrefix()
    {
        auto parsed = sk::sandbox::parseSandboxArguments(
            {u"--sandbox-organizations"_s, u"100000"_s, u"--sandbox-error-rate"_s, u"0.25"_s,
             u"--sandbox-token-ttl"_s, u"60"_s}, u"sandbox-"_s);
        QVERIFY2(parsed.options, qPrintable(parsed.error));
        QCOMPARE(parsed.options->organizations, 100000);
        QCOMPARE(parsed.options->faults.errorRate, 0.25);
        QCOMPARE(parsed.options->faults.tokenTtlSeconds, 60);
        QVERIFY(parsed.options->effectiveClientId().startsWith(u"skc_"_s));

        parsed = sk::sandbox::parseSandboxArguments({u"--drop-rate"_s, u"1.5"_s});
        QVERIFY(!parsed.options);
        QVERIFY(parsed.error.contains(u"drop-rate"_s));
        parsed = sk::sandbox::parseSandboxArguments({u"--port"_s, u"70000"_s});
        QVERIFY(!parsed.options);
        parsed = sk::sandbox::parseSandboxArguments({u"--seed"_s, u"9"_s, u"--state"_s, u"/tmp/x.json"_s});
        QVERIFY(parsed.options);
        QCOMPARE(parsed.options->seed, 9u);
        QCOMPARE(parsed.options->stateFile, u"/tmp/x.json"_s);
    }

private:
    template <typename F>
    static sk::sandbox::SandboxOptions optionsWith(F f)
    {
        sk::sandbox::SandboxOptions o;
        f(o);
        return o;
    }

    SandboxHarness m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxCore)
#include "tst_sandbox_core.moc"
