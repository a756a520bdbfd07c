// Hostile input for the console side (issue 14, cases 7-9), with the real scalekit-console binary
// and a real scalekit-sandbox on 127.0.0.1: an environment URL carrying credentials is refused and
// an authentication challenge is never answered; no token or secret reaches the console's output
// with every logging category on; `export --output` writes straight into a FIFO (or a link to one)
// instead of replacing it with a regular file.
#include "services/api/apiclient.h"
#include "services/resources/organizationsservice.h"
#include "servicetest.h"
#include "tests/support/consolerun.h"

#include <QAuthenticator>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace sk;

namespace {

constexpr auto kPassword = "hunter2-url-password";

// Answers every request with 401 and a Basic challenge, and keeps every request head it got.
class ChallengeServer : public QObject
{
public:
    ChallengeServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    const QByteArray bytes = socket->readAll();
                    heads += bytes;
                    if (bytes.contains("\r\n\r\n"))
                        socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"sk\"\r\n"
                                      "Content-Length: 0\r\n\r\n");
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray heads;

private:
    QTcpServer m_server;
};

bool isFifo(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

} // namespace

class TestHostileCli : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox { { u"--seed"_s, u"7"_s } };

    QProcessEnvironment environmentWithUrl(const QString &url) const
    {
        return test::consoleEnvironment(url, m_sandbox.clientId(), m_sandbox.clientSecret());
    }

    // Starts `cat path` and returns it; what it read is its standard output.
    std::unique_ptr<QProcess> startReader(const QString &path)
    {
        auto reader = std::make_unique<QProcess>();
        reader->start(u"cat"_s, { path });
        return reader->waitForStarted(20000) ? std::move(reader) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    // Case 8: credentials in the environment URL are refused before anything is sent.
    void environmentUrlWithCredentialsIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("viaFlag");
        QTest::newRow("SCALEKIT_ENV_URL") << QStringList { u"export"_s, u"organizations"_s } << false;
        QTest::newRow("--env-url") << QStringList { u"export"_s, u"organizations"_s } << true;
    }
    void environmentUrlWithCredentialsIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, viaFlag);
        ChallengeServer server;
        const QString url
            = u"http://user:%1@127.0.0.1:%2"_s.arg(QLatin1StringView(kPassword)).arg(server.port());
        QProcessEnvironment environment = environmentWithUrl(viaFlag ? m_sandbox.url().toString() : url);
        if (viaFlag)
            arguments += { u"--env-url"_s, url };
        const test::ConsoleRun run = test::runConsole(arguments, environment);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("user name or password"), run.err.constData());
        QVERIFY(!run.err.contains(kPassword));
        QVERIFY(!run.out.contains(kPassword));
        QCoreApplication::processEvents();
        QVERIFY(server.heads.isEmpty());
    }

    void profileWithCredentialsInTheUrlIsRefused()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = environmentWithUrl({});
        environment.insert(u"XDG_CONFIG_HOME"_s, home.path());
        const test::ConsoleRun run = test::runConsole(
            { u"profiles"_s, u"add"_s, u"hostile"_s, u"--env-url"_s,
              u"http://user:%1@127.0.0.1:1"_s.arg(QLatin1StringView(kPassword)), u"--client-id"_s, u"id"_s },
            environment, "secret\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.contains(kPassword));
    }

    // Case 8: even with credentials forced into the settings, a challenge is never answered.
    void authenticationChallengeIsNeverAnswered()
    {
        ChallengeServer server;
        QNetworkAccessManager network;
        int challenges = 0;
        connect(&network, &QNetworkAccessManager::authenticationRequired, this,
                [&challenges] { ++challenges; });
        api::ApiClient client(&network);
        client.setSettings(
            { QUrl(u"http://user:%1@127.0.0.1:%2"_s.arg(QLatin1StringView(kPassword)).arg(server.port())),
              u"id"_s, u"secret"_s });
        const auto result
            = test::await<entities::Page<entities::Organization>>([&](QObject *owner, auto done) {
                  return services::OrganizationsService(&client).list(services::PageQuery { 10, {} }, {},
                                                                      owner, std::move(done));
              });
        QVERIFY(!result);
        QVERIFY(!server.heads.contains("Authorization: Basic"));
        QVERIFY(!server.heads.contains("user:"));
        QVERIFY(!server.heads.contains(QByteArray(kPassword).toBase64()));
        Q_UNUSED(challenges);
    }

    // Case 7: every logging category on, and still no token or secret in the console's output.
    void noSecretInTheConsoleOutput()
    {
        QProcessEnvironment environment = environmentWithUrl(m_sandbox.url().toString());
        environment.insert(u"QT_LOGGING_RULES"_s, u"*=true"_s);
        environment.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
        const test::ConsoleRun run
            = test::runConsole({ u"export"_s, u"organizations"_s, u"--format"_s, u"jsonl"_s }, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("qt."), "no Qt category logged: the test would prove nothing");
        const QByteArray all = run.out + run.err;
        QVERIFY(!all.contains(m_sandbox.clientSecret().toUtf8()));
        QVERIFY(!all.contains("eyJ")); // every JWT starts so
        QVERIFY(!all.contains("Bearer"));
        QVERIFY(!all.contains("client_secret="));
    }

    // Case 9: a FIFO (and a link to one) is written straight into, never replaced.
    void exportWritesIntoAFifo_data()
    {
        QTest::addColumn<bool>("throughLink");
        QTest::newRow("fifo") << false;
        QTest::newRow("symlink to a fifo") << true;
    }
    void exportWritesIntoAFifo()
    {
        QFETCH(bool, throughLink);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"rows.fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString target = fifo;
        if (throughLink) {
            target = dir.filePath(u"rows.link"_s);
            QVERIFY(QFile::link(fifo, target));
        }
        auto reader = startReader(target);
        QVERIFY(reader);
        const test::ConsoleRun run = test::runConsole({ u"export"_s, u"organizations"_s, u"--format"_s,
                                                        u"jsonl"_s, u"--quiet"_s, u"--output"_s, target },
                                                      environmentWithUrl(m_sandbox.url().toString()));
        QCOMPARE(run.exitCode, 0);
        if (!reader->waitForFinished(30000))
            reader->kill();
        const QList<QByteArray> lines = reader->readAllStandardOutput().trimmed().split('\n');
        QVERIFY2(lines.size() >= 40, QByteArray::number(lines.size()).constData());
        QVERIFY(nlohmann::json::parse(lines.front().toStdString(), nullptr, false).is_object());
        QVERIFY(isFifo(fifo));
        if (throughLink)
            QVERIFY(QFileInfo(target).isSymLink());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size(),
                 throughLink ? 2 : 1); // no temporary file left behind
    }

    void cleanupTestCase() { QVERIFY(m_sandbox.stop()); }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostilecli.moc"
