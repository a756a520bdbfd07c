// Hostile input against the real scalekit-sandbox binary on 127.0.0.1, byte for byte over raw
// TCP (issue 14, cases 1-7): deep JSON, invalid UTF-8 ids, oversized bodies and headers, idle and
// half-open connections, ambiguous framing (request smuggling), the state file under a steady
// write stream and kill -9, HTML escaping and secrets in the logs with every category on.
// docs/reliability.md has the table these tests keep true.
#include "rawhttp.h"
#include "tests/support/sandboxprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

using namespace Qt::StringLiterals;
using sk::test::RawHttp;
using sk::test::RawResponse;
using sk::test::SandboxProcess;

namespace {

// The smuggled request of the framing tests: if any byte of a body were read as a request,
// this would produce a second answer (a 200).
QByteArray smuggled()
{
    return "GET /_sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

QByteArray nested(int depth) // {"webauthn_config":{"x":[[...]]}} nesting `depth` levels in all
{
    return "{\"webauthn_config\":{\"x\":" + QByteArray(depth - 2, '[') + QByteArray(depth - 2, ']') + "}}";
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &token,
                   const QByteArray &body = {}, const QByteArray &extraHeaders = {})
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method != "GET")
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n";
    return out + extraHeaders + "\r\n" + body;
}

QByteArray fetchToken(const SandboxProcess &sandbox)
{
    RawHttp http(quint16(sandbox.url().port()));
    const QByteArray form = "grant_type=client_credentials&client_id=" + sandbox.clientId().toUtf8()
        + "&client_secret=" + sandbox.clientSecret().toUtf8();
    http.send(
        "POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        "Content-Length: "
        + QByteArray::number(form.size()) + "\r\n\r\n" + form);
    const auto json = http.response().json();
    return json.is_object() ? QByteArray::fromStdString(json.value("access_token", "")) : QByteArray();
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox { { u"--seed"_s, u"7"_s, u"--idle-timeout-ms"_s, u"2000"_s,
                                 u"--request-timeout-ms"_s, u"2000"_s } };
    QByteArray m_token;

    quint16 port() const { return quint16(m_sandbox.url().port()); }

    RawResponse exchange(const QByteArray &bytes)
    {
        RawHttp http(port());
        http.send(bytes);
        return http.response();
    }

    // Sends bytes that must be refused: exactly one answer with this status, then the
    // connection closed, and nothing in the stream after the head was read as a request.
    void expectRefusedAndClosed(const QByteArray &bytes, int status)
    {
        RawHttp http(port());
        QVERIFY(http.isConnected());
        http.send(bytes);
        QVERIFY2(http.waitClosed(), "the sandbox kept the connection open");
        const QList<RawResponse> answers = http.received();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.front().status, status);
        QVERIFY(answers.front().header("Connection").compare("close", Qt::CaseInsensitive) == 0);
        QVERIFY(answers.front().json().is_object()); // the API's error shape
    }

    void expectAlive() { QCOMPARE(exchange(request("GET", "/_sandbox/health", {})).status, 200); }

    std::string firstAppConnectionId()
    {
        const auto list = exchange(request("GET", "/api/v1/connections/app", m_token)).json();
        if (!list.is_object() || !list.contains("connections") || list["connections"].empty())
            return {};
        return list["connections"][0].value("id", "");
    }

private Q_SLOTS:
    void initTestCase()
    {
        // These requests are hostile on purpose: they are not the console's requests, so they
        // stay out of the recording the request contract test (contract.request_bodies) checks.
        qunsetenv("SK_SANDBOX_RECORD_DIR");
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_token = fetchToken(m_sandbox);
        QVERIFY(!m_token.isEmpty());
    }

    // Case 1: every accepted JSON value nests at most 64 levels.
    void deepJsonIsRefused()
    {
        const std::string id = firstAppConnectionId();
        QVERIFY(!id.empty());
        const QByteArray path = "/api/v1/connections/" + QByteArray::fromStdString(id);
        const RawResponse ok = exchange(request("PATCH", path, m_token, nested(64)));
        QVERIFY2(ok.status == 200, ok.body.constData());
        for (const int depth : { 65, 1000, 100000 }) {
            const RawResponse r = exchange(request("PATCH", path, m_token, nested(depth)));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.grpcCode(), 3); // INVALID_ARGUMENT
        }
        const QByteArray deepOrg = "{\"display_name\":\"deep\",\"metadata\":" + QByteArray(100000, '[')
            + QByteArray(100000, ']') + "}";
        QCOMPARE(exchange(request("POST", "/api/v1/organizations", m_token, deepOrg)).status, 400);
        const QByteArray deepFaults = QByteArray(100000, '[') + QByteArray(100000, ']');
        QCOMPARE(exchange(request("PUT", "/_sandbox/faults", {}, deepFaults)).status, 400);
        expectAlive();
        // The stored connection still reads back.
        QCOMPARE(exchange(request("GET", path, m_token)).status, 200);
    }

    // Case 2: an id that is not UTF-8 once decoded is a client error, never a 5xx.
    void invalidUtf8IdsAreClientErrors_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("role %ff") << QByteArray("/api/v1/roles/%ff");
        QTest::newRow("user overlong /") << QByteArray("/api/v1/users/%c0%af");
        QTest::newRow("external id") << QByteArray("/api/v1/organizations:external/%ff");
        QTest::newRow("surrogate") << QByteArray("/api/v1/organizations/%ed%a0%80");
        QTest::newRow("truncated sequence") << QByteArray("/api/v1/organizations/org_%e2%82");
        QTest::newRow("query value") << QByteArray("/api/v1/organizations?page_token=%ff");
        QTest::newRow("query key") << QByteArray("/api/v1/users?%ff=1");
        QTest::newRow("portal link") << QByteArray("/magicLink/%ff%fe");
        QTest::newRow("nested param") << QByteArray("/api/v1/organizations/%ff/domains/%c0");
    }
    void invalidUtf8IdsAreClientErrors()
    {
        QFETCH(QByteArray, target);
        const RawResponse r = exchange(request("GET", target, m_token));
        QVERIFY2(r.status == 400 || r.status == 404,
                 QByteArray(QByteArray::number(r.status) + ' ' + r.body).constData());
        QVERIFY(!r.body.contains("internal error"));
    }

    // Case 3: the body limit is enforced from the head alone, before a byte of the body is read.
    void oversizedBodyIsRefusedBeforeItIsRead()
    {
        // Only the head is sent: the answer must come without the body.
        expectRefusedAndClosed(
            "POST /api/v1/organizations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token
                + "\r\nContent-Length: 104857600\r\n\r\n",
            413);
        expectRefusedAndClosed(
            "POST /api/v1/organizations HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
            "Content-Length: 1048577\r\n\r\n",
            413);
        // Chunked: refused as soon as the chunk sizes pass the limit.
        expectRefusedAndClosed(
            "POST /api/v1/organizations HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
            "\r\nFFFFFFFF\r\n",
            413);
        // Exactly the limit passes the framing (and is then judged as JSON).
        const QByteArray atLimit(1024 * 1024, ' ');
        const RawResponse r = exchange(request("POST", "/api/v1/organizations", m_token, atLimit));
        QCOMPARE(r.status, 400); // an empty body: display_name missing, not 413
        expectAlive();
    }

    void expectContinueIsAnswered()
    {
        RawHttp http(port());
        const QByteArray body = "{\"display_name\":\"Continued\"}";
        http.send("POST /api/v1/organizations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token
                  + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n");
        QCOMPARE(http.response().status, 100);
        http.send(body);
        QCOMPARE(http.response().status, 201);
    }

    void headerLimits()
    {
        expectRefusedAndClosed("GET /_sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                                   + QByteArray(40000, 'a') + "\r\n\r\n",
                               431);
        expectRefusedAndClosed("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 414);
        QByteArray hundred;
        for (int i = 0; i < 99; ++i)
            hundred += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        QCOMPARE(exchange("GET /_sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + hundred + "\r\n").status,
                 200);
    }

    // Case 4 (and 3): from the 101st header on nothing is dropped silently: the request is refused.
    void tooManyHeadersAreRefused()
    {
        QByteArray filler;
        for (int i = 0; i < 100; ++i)
            filler += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        const QByteArray body = smuggled();
        expectRefusedAndClosed("POST /api/v1/organizations HTTP/1.1\r\nHost: 127.0.0.1\r\n" + filler
                                   + "Authorization: Bearer " + m_token + "\r\nContent-Length: "
                                   + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                               431);
    }

    // Case 4: ambiguous framing is refused and the connection closed; the body is never read as
    // the next request.
    void ambiguousFramingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        const QByteArray start = "POST /api/v1/organizations HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        QTest::newRow("two different Content-Length") << start + "Content-Length: 0\r\nContent-Length: 49\r\n"
                                                      << 400;
        QTest::newRow("Content-Length list that differs") << start + "Content-Length: 0, 49\r\n" << 400;
        QTest::newRow("negative Content-Length") << start + "Content-Length: -1\r\n" << 400;
        QTest::newRow("signed Content-Length") << start + "Content-Length: +49\r\n" << 400;
        QTest::newRow("hex Content-Length") << start + "Content-Length: 0x31\r\n" << 400;
        QTest::newRow("Transfer-Encoding and Content-Length")
            << start + "Transfer-Encoding: chunked\r\nContent-Length: 49\r\n"
            << 400;
        QTest::newRow("unknown Transfer-Encoding") << start + "Transfer-Encoding: gzip\r\n" << 501;
        QTest::newRow("two Transfer-Encoding")
            << start + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n"
            << 501;
        QTest::newRow("obsolete line folding") << start + "Content-Length: 0\r\nX-Folded: a\r\n b\r\n" << 400;
        QTest::newRow("bare LF") << start + "Content-Length: 0\nX-Other: 1\r\n" << 400;
        QTest::newRow("space before colon") << start + "Content-Length : 0\r\n" << 400;
        QTest::newRow("two Host") << start + "Host: other\r\nContent-Length: 0\r\n" << 400;
        QTest::newRow("HTTP/2.0 request line")
            << QByteArray("POST /api/v1/organizations HTTP/2.0\r\n") << 505;
        QTest::newRow("absolute-form target")
            << QByteArray("POST http://127.0.0.1/api/v1/organizations HTTP/1.1\r\n") << 400;
    }
    void ambiguousFramingIsRefused()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        expectRefusedAndClosed(head + "\r\n" + smuggled(), status);
    }

    void chunkedAndPipelinedRequestsWork()
    {
        RawHttp http(port());
        const QByteArray body = "{\"display_name\":\"Chunked\"}";
        const QByteArray chunked
            = "POST /api/v1/organizations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + QByteArray::number(10, 16) + "\r\n" + body.left(10) + "\r\n"
            + QByteArray::number(body.size() - 10, 16) + ";ext=1\r\n" + body.mid(10)
            + "\r\n0\r\nX-Trailer: t\r\n\r\n";
        // Three requests in one write: three answers, in order.
        http.send(chunked + request("GET", "/_sandbox/health", {})
                  + request("GET", "/api/v1/roles/%ff", m_token));
        const QList<RawResponse> answers = http.responses(3);
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers[0].status, 201);
        QCOMPARE(answers[0].json()["organization"]["display_name"].get<std::string>(), "Chunked");
        QCOMPARE(answers[1].status, 200);
        QCOMPARE(answers[2].status, 400); // not UTF-8: refused, and the connection still serves
    }

    // Case 3: idle connections and requests that never finish are closed.
    void idleConnectionIsClosed()
    {
        RawHttp http(port());
        QVERIFY(http.isConnected());
        QVERIFY(http.waitClosed());
        QCOMPARE(http.received().size(), 0);
    }

    void halfSentRequestTimesOut()
    {
        RawHttp http(port());
        http.send(
            "POST /api/v1/organizations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{\"dis");
        QVERIFY(http.waitClosed());
        const QList<RawResponse> answers = http.received();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.front().status, 408);
        RawHttp head(port());
        head.send("GET /_sandbox/health HTTP/1.1\r\nHost: 1"); // slowloris: a head that never ends
        QVERIFY(head.waitClosed());
        QCOMPARE(head.received().value(0).status, 408);
    }

    // Case 3: connections beyond the limit are answered 503 and closed; the others still serve.
    void connectionsBeyondTheLimitAreRefused()
    {
        SandboxProcess sandbox({ u"--seed"_s, u"3"_s });
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const auto port = quint16(sandbox.url().port());
        std::vector<std::unique_ptr<RawHttp>> held;
        for (int i = 0; i < 256; ++i) {
            held.push_back(std::make_unique<RawHttp>(port));
            QVERIFY(held.back()->isConnected());
        }
        // The sandbox has accepted every held connection once one of them gets an answer.
        held.back()->send(request("GET", "/_sandbox/health", {}));
        QCOMPARE(held.back()->response().status, 200);
        RawHttp extra(port);
        QVERIFY(extra.waitClosed());
        QCOMPARE(extra.received().value(0).status, 503);
        held.front()->send(request("GET", "/_sandbox/health", {}));
        QCOMPARE(held.front()->response().status, 200);
        held.clear();
        QVERIFY(sandbox.stop());
    }

    // Case 6: what the sandbox puts into HTML is escaped.
    void portalPageEscapesTheOrganizationName()
    {
        const QByteArray name = "<img src=x onerror=alert(1)>";
        const auto created = exchange(request("POST", "/api/v1/organizations", m_token,
                                              "{\"display_name\":\"" + name + "\"}"))
                                 .json();
        QVERIFY(created.is_object());
        const std::string id = created["organization"]["id"];
        const auto link
            = exchange(request("PUT",
                               "/api/v1/organizations/" + QByteArray::fromStdString(id) + "/portal_links",
                               m_token, "{}"))
                  .json();
        QVERIFY(link.is_object());
        const QUrl location(QString::fromStdString(link["link"]["location"].get<std::string>()));
        const RawResponse page = exchange(request("GET", location.path(QUrl::FullyEncoded).toUtf8(), {}));
        QCOMPARE(page.status, 200);
        QVERIFY(!page.body.contains("<img"));
        QVERIFY(page.body.contains("&lt;img src=x onerror=alert(1)&gt;"));
        QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
    }

    // Case 5: under a steady stream of writes (one every 100 ms, faster than any debounce), every
    // write acknowledged a second before a kill -9 is in the state file.
    void acknowledgedWritesSurviveKill9()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        SandboxProcess sandbox({ u"--seed"_s, u"3"_s, u"--state"_s, path });
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QByteArray token = fetchToken(sandbox);
        RawHttp http(quint16(sandbox.url().port()));
        QList<QPair<QByteArray, qint64>> acknowledged; // name, when the answer came
        QElapsedTimer clock;
        clock.start();
        QEventLoop loop;
        QTimer pace;
        pace.setInterval(100);
        QObject::connect(&pace, &QTimer::timeout, &loop, [&] {
            const QByteArray name = "stream-" + QByteArray::number(acknowledged.size());
            http.send(request("POST", "/api/v1/organizations", token, "{\"display_name\":\"" + name + "\"}"));
            if (http.response().status == 201)
                acknowledged.append({ name, clock.elapsed() });
            if (clock.elapsed() > 3000)
                loop.quit();
        });
        pace.start();
        loop.exec();
        sandbox.kill();
        const qint64 killedAt = clock.elapsed();
        QVERIFY(acknowledged.size() >= 10);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), "no state file after a steady stream of writes and kill -9");
        const QByteArray state = file.readAll();
        for (const auto &[name, at] : acknowledged) {
            if (killedAt - at >= 1000)
                QVERIFY2(state.contains(QByteArray('"' + name + '"')), name.constData());
        }
    }

    void sigtermFlushesTheStateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state.json"_s);
        SandboxProcess sandbox({ u"--seed"_s, u"3"_s, u"--state"_s, path });
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        RawHttp http(quint16(sandbox.url().port()));
        http.send(
            request("POST", "/api/v1/organizations", fetchToken(sandbox), "{\"display_name\":\"LastWord\"}"));
        QCOMPARE(http.response().status, 201);
        QVERIFY(sandbox.stop(30000)); // SIGTERM, right after the acknowledgement
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"LastWord\""));
    }

    // Case 7: with every logging category on, no bearer token or secret link reaches the log.
    void noSecretInTheSandboxLog()
    {
        SandboxProcess sandbox({ u"--seed"_s, u"5"_s });
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_LOGGING_RULES"_s, u"*=true"_s);
        environment.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
        sandbox.setEnvironment(environment);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QByteArray token = fetchToken(sandbox);
        QVERIFY(!token.isEmpty());
        RawHttp http(quint16(sandbox.url().port()));
        http.send(request("GET", "/api/v1/organizations?page_size=1", token));
        const auto orgs = http.response().json();
        QVERIFY(orgs.is_object() && !orgs["organizations"].empty());
        const QByteArray orgId = QByteArray::fromStdString(orgs["organizations"][0]["id"].get<std::string>());
        http.send(request("PUT", "/api/v1/organizations/" + orgId + "/portal_links", token, "{}"));
        const std::string location = http.response().json()["link"]["location"];
        const QByteArray linkPath = QUrl(QString::fromStdString(location)).path().toUtf8();
        http.send(request("GET", linkPath, {}));
        QCOMPARE(http.response().status, 200);
        http.send(request("GET", "/_sandbox/health", {}, {}, "Connection: close\r\n"));
        QCOMPARE(http.response().status, 200);
        QVERIFY(sandbox.stop());
        const QByteArray log = sandbox.standardError();
        QVERIFY2(log.contains("scalekit.sandbox"), "the log is empty: the test would prove nothing");
        QVERIFY(!log.contains(token));
        QVERIFY(!log.contains(token.left(40)));
        QVERIFY(!log.contains(linkPath.mid(linkPath.lastIndexOf('/') + 1)));
        QVERIFY(!log.contains("Bearer"));
        QVERIFY(!log.contains(sandbox.clientSecret().toUtf8()));
    }

    void cleanupTestCase()
    {
        // Every case above left the sandbox serving.
        expectAlive();
        QVERIFY(m_sandbox.stop());
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
