// What the console's message handler leaves of a log line (services/api/logredaction.h): links,
// tokens and secrets go, API paths, hosts and query keys stay, other text is untouched.
#include "services/api/logredaction.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray g_last;
void remember(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_last = message.toUtf8();
}
} // namespace

class TestLogRedaction : public QObject
{
    Q_OBJECT

private slots:
    void redacts_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Qt's openUrl warning")
            << u"This plugin does not support QPlatformServices::openUrl() for 'http://127.0.0.1:41721/magicLink/k9fmrM9ZIswzk2ny'."_s
            << u"This plugin does not support QPlatformServices::openUrl() for 'http://127.0.0.1:41721/[redacted]'."_s;
        QTest::newRow("no browser")
            << u"Unable to detect a web browser to launch 'https://acme.scalekit.com/connect/abc?state=xyz#frag'"_s
            << u"Unable to detect a web browser to launch 'https://acme.scalekit.com/[redacted]?state#[redacted]'"_s;
        QTest::newRow("MCP URL in a QUrl debug") << u"QUrl(\"https://env.example.com/mcp/mcpi_1/t0k3n\")"_s
                                                 << u"QUrl(\"https://env.example.com/[redacted]\")"_s;
        QTest::newRow("user info") << u"ftp://user:pass@host.example/"_s << u"ftp://host.example"_s;
        QTest::newRow("API path kept, query values gone")
            << u"GET http://h:1/api/v1/organizations?page_size=5&page_token=abc"_s
            << u"GET http://h:1/api/v1/organizations?page_size&page_token"_s;
        QTest::newRow("bearer") << u"Authorization: Bearer abc.def-ghi"_s
                                << u"Authorization: Bearer [redacted]"_s;
        QTest::newRow("basic") << u"authorization: Basic dXNlcjpwYXNz"_s
                               << u"authorization: Basic [redacted]"_s;
        QTest::newRow("jwt") << u"token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig end"_s
                             << u"token [redacted] end"_s;
        QTest::newRow("form secret") << u"grant_type=client_credentials&client_secret=a%2Bb&x=1"_s
                                     << u"grant_type=client_credentials&client_secret=[redacted]&x=1"_s;
        QTest::newRow("json token") << u"{\"access_token\": \"ya29.x\", \"n\": 1}"_s
                                    << u"{\"access_token\": \"[redacted]\", \"n\": 1}"_s;
        QTest::newRow("sk.api line untouched") << u"POST /oauth/token 200 7ms request_id=req_1"_s
                                               << u"POST /oauth/token 200 7ms request_id=req_1"_s;
        QTest::newRow("API path with page_token key untouched")
            << u"GET /api/v1/users?page_size&page_token 200 3ms"_s
            << u"GET /api/v1/users?page_size&page_token 200 3ms"_s;
        QTest::newRow("plain text") << u"qt.widgets.painting: Marking QRect(0,0 620x480)"_s
                                    << u"qt.widgets.painting: Marking QRect(0,0 620x480)"_s;
    }
    void redacts()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QCOMPARE(sk::api::redactLogMessage(message), expected);
    }

    // The handler stands in front of the one that was installed, and only once.
    void theHandlerRedactsEveryMessage()
    {
        const QtMessageHandler testlib = qInstallMessageHandler(remember);
        sk::api::installLogRedaction();
        sk::api::installLogRedaction();
        qWarning("Unable to detect a web browser to launch '%s'", "https://h.example/magicLink/secret123");
        qInstallMessageHandler(testlib);
        QCOMPARE(g_last,
                 QByteArray("Unable to detect a web browser to launch 'https://h.example/[redacted]'"));
    }
};

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
