// The scalekit-sandbox executable: its three stdout lines, curl-style access, and --state
// surviving a restart.

#include "services/json/secret.h"
#include "tests/support/sandboxprocess.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    nlohmann::json json;
};

Reply call(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &method, const QString &path,
           const QByteArray &body = {}, const QByteArray &token = {}, const QByteArray &type = "application/json")
{
    QUrl url = base;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.json = nlohmann::json::parse(reply->readAll().toStdString(), nullptr, false);
    reply->deleteLater();
    return r;
}

QByteArray token(QNetworkAccessManager &nam, const sk::test::SandboxProcess &p)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, p.clientId());
    form.addQueryItem(u"client_secret"_s, p.clientSecret());
    const Reply r = call(nam, p.url(), "POST", u"/oauth/token"_s, form.toString(QUrl::FullyEncoded).toUtf8(), {},
                         "application/x-www-form-urlencoded");
    return QByteArray::fromStdString(r.json.value("access_token", ""));
}

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsCredentialsAndServes()
    {
        sk::test::SandboxProcess sandbox({u"--seed"_s, u"3"_s, u"--client-id"_s, u"skc_test_1"_s, u"--client-secret"_s, u"s3cret"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.url().host(), u"127.0.0.1"_s);
        QCOMPARE(sandbox.clientId(), u"skc_test_1"_s);
        QCOMPARE(sandbox.clientSecret(), u"s3cret"_s);
        QNetworkAccessManager nam;
        const QByteArray t = token(nam, sandbox);
        QVERIFY(!t.isEmpty());
        const Reply orgs = call(nam, sandbox.url(), "GET", u"/api/v1/organizations"_s, {}, t);
        QCOMPARE(orgs.status, 200);
        QCOMPARE(orgs.json["total_size"], 40);
        QVERIFY(sandbox.stop());
        const QByteArray log = sandbox.standardError();
        QVERIFY(log.contains("listening"));
        QVERIFY(!log.contains("s3cret"));
        QVERIFY(!log.contains(t));
    }

    void stateSurvivesRestart()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(u"sandbox-state.json"_s);
        std::string orgId;
        std::string instanceUrl; // secrets: the state file must keep them whole
        QString accountAuth;      // GET .../connected_accounts/auth?id=...
        nlohmann::json credentials;
        {
            sk::test::SandboxProcess sandbox({u"--state"_s, state, u"--organizations"_s, u"12"_s});
            QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
            QNetworkAccessManager nam;
            const QByteArray t = token(nam, sandbox);
            const Reply created = call(nam, sandbox.url(), "POST", u"/api/v1/organizations"_s,
                                       R"({"display_name": "Survivor Ltd", "external_id": "surv-1"})", t);
            QCOMPARE(created.status, 201);
            orgId = created.json["organization"]["id"];
            const QString deleted = QString::fromStdString(call(nam, sandbox.url(), "GET", u"/api/v1/organizations"_s, {}, t)
                                                               .json["organizations"][0]["id"].get<std::string>());
            QCOMPARE(call(nam, sandbox.url(), "DELETE", u"/api/v1/organizations/"_s + deleted, {}, t).status, 200);
            const Reply instances = call(nam, sandbox.url(), "GET", u"/api/v1/mcp/instances?page_size=1"_s, {}, t);
            instanceUrl = instances.json["instances"][0].value("url", "");
            QVERIFY2(instanceUrl.rfind("http", 0) == 0, instanceUrl.c_str()); // the real URL, not the mask
            const Reply accounts = call(nam, sandbox.url(), "GET", u"/api/v1/connected_accounts?page_size=1"_s, {}, t);
            accountAuth = u"/api/v1/connected_accounts/auth?id="_s
                          + QString::fromStdString(accounts.json["connected_accounts"][0].value("id", ""));
            credentials = call(nam, sandbox.url(), "GET", accountAuth, {}, t).json["connected_account"]["authorization_details"];
            QVERIFY(credentials.is_object() && !credentials.empty());
            QVERIFY2(credentials.dump().find(sk::json::kMaskedSecret) == std::string::npos, credentials.dump().c_str());
            QVERIFY(sandbox.stop()); // SIGTERM: saves on exit
        }
        QVERIFY(QFile::exists(state));
        QVERIFY(!QFile::exists(state + u".tmp"_s));
        {
            sk::test::SandboxProcess sandbox({u"--state"_s, state});
            QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
            QNetworkAccessManager nam;
            const QByteArray t = token(nam, sandbox);
            const Reply list = call(nam, sandbox.url(), "GET", u"/api/v1/organizations?page_size=100"_s, {}, t);
            QCOMPARE(list.json["total_size"], 12); // 12 seeded + 1 created - 1 deleted
            const Reply fetched = call(nam, sandbox.url(), "GET", u"/api/v1/organizations:external/surv-1"_s, {}, t);
            QCOMPARE(fetched.status, 200);
            QCOMPARE(fetched.json["organization"]["id"], orgId);
            const Reply instances = call(nam, sandbox.url(), "GET", u"/api/v1/mcp/instances?page_size=1"_s, {}, t);
            QCOMPARE(call(nam, sandbox.url(), "GET", accountAuth, {}, t).json["connected_account"]["authorization_details"].dump(),
                     credentials.dump());
            // The same pre-authenticated path (the port is new with each start).
            QCOMPARE(QUrl(QString::fromStdString(instances.json["instances"][0].value("url", ""))).path(),
                     QUrl(QString::fromStdString(instanceUrl)).path());
            const Reply created = call(nam, sandbox.url(), "POST", u"/api/v1/organizations"_s, R"({"display_name": "After"})", t);
            QVERIFY(created.json["organization"]["id"].get<std::string>() > orgId); // ids keep growing
        }
    }

    void badArgumentsFail()
    {
        sk::test::SandboxProcess sandbox({u"--error-rate"_s, u"7"_s});
        QVERIFY(!sandbox.start(20000));
        QVERIFY(sandbox.errorString().contains(u"error-rate"_s));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
