#include "tests/support/sandboxprocess.h"

#include <QTimer>

#include <QNetworkReply>

#include <QNetworkAccessManager>

#include <QEventLoop>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sk::test {

SandboxProcess::SandboxProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments))
{
}

SandboxProcess::~SandboxProcess()
{
    stop(5000);
}

QString SandboxProcess::binaryPath()
{
    const QByteArray fromEnv = qgetenv("SCALEKIT_SANDBOX_BIN");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    return QStringLiteral(SK_BIN_DIR) + u"/scalekit-sandbox"_s;
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QByteArray SandboxProcess::standardError() const
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

bool SandboxProcess::start(int timeoutMs)
{
    m_error.clear();
    const QString binary = binaryPath();
    if (!QFileInfo(binary).isExecutable()) {
        m_error = u"scalekit-sandbox binary not found at %1"_s.arg(binary);
        return false;
    }
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = m_environment;
    if (m_requestLog) {
        environment.insert(u"QT_LOGGING_RULES"_s, u"scalekit.sandbox.http.debug=true"_s);
        environment.insert(u"QT_MESSAGE_PATTERN"_s, u"%{category}: %{message}"_s);
        environment.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    }
    m_process->setProcessEnvironment(environment);
    QStringList arguments{u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s};
    arguments += m_arguments;
    const QString recordDir = qEnvironmentVariable("SK_SANDBOX_RECORD_DIR");
    if (!recordDir.isEmpty() && QDir().mkpath(recordDir)) {
        static int started = 0;
        const QString name = u"%1-%2-%3.jsonl"_s.arg(QFileInfo(QCoreApplication::applicationFilePath()).baseName())
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(++started);
        arguments += {u"--record-requests"_s, QDir(recordDir).filePath(name)};
    }
    m_process->start(binary, arguments);
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = u"cannot start %1: %2"_s.arg(binary, m_process->errorString());
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (out.count('\n') < 3) {
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_error = u"scalekit-sandbox did not start: %1"_s.arg(QString::fromLocal8Bit(standardError()));
            stop(1000);
            return false;
        }
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
    }
    for (const QByteArray &line : out.split('\n')) {
        const QString text = QString::fromUtf8(line.trimmed());
        if (text.startsWith(u"SCALEKIT_ENV_URL="_s))
            m_url = QUrl(text.mid(17));
        else if (text.startsWith(u"SCALEKIT_CLIENT_ID="_s))
            m_clientId = text.mid(19);
        else if (text.startsWith(u"SCALEKIT_CLIENT_SECRET="_s))
            m_clientSecret = text.mid(23);
    }
    if (!m_url.isValid() || m_url.port() <= 0 || m_clientId.isEmpty() || m_clientSecret.isEmpty()) {
        m_error = u"unexpected scalekit-sandbox output: %1"_s.arg(QString::fromUtf8(out));
        stop(1000);
        return false;
    }
    return true;
}

void SandboxProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(30000);
    m_stderr += m_process->readAllStandardError();
}

bool SandboxProcess::stop(int timeoutMs)
{
    if (!m_process)
        return true;
    bool clean = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(timeoutMs)) {
            clean = false;
            m_process->kill();
            m_process->waitForFinished(timeoutMs);
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
    return clean;
}

bool SandboxProcess::setFaults(const QByteArray &json, int timeoutMs)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/_sandbox/faults"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(network.put(request, json));
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply->isFinished() && reply->error() == QNetworkReply::NoError;
}

QStringList SandboxProcess::requests(bool *ok, int timeoutMs)
{
    if (ok)
        *ok = false;
    if (!m_requestLog || !isRunning())
        return {};
    // The sandbox logs a request as it reads it, in order: once the marker is in the log, so is
    // everything that arrived before it.
    const QString marker = u"/_sandbox/sync/%1"_s.arg(++m_marker);
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(m_url.resolved(QUrl(marker)))));
    const QByteArray needle = "GET " + marker.toUtf8() + '\n';
    if (!QTest::qWaitFor([this, &needle] { return standardError().contains(needle); }, timeoutMs))
        return {};
    QStringList out;
    const QByteArray prefix = "scalekit.sandbox.http: ";
    for (const QByteArray &line : m_stderr.split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        const QString request = QString::fromUtf8(line.mid(prefix.size()).trimmed());
        if (!request.contains(u" /_sandbox/"_s))
            out << request;
    }
    if (ok)
        *ok = true;
    return out;
}

int SandboxProcess::countRequests(const QString &method, const QString &pathPart, int timeoutMs)
{
    bool ok = false;
    const QStringList all = requests(&ok, timeoutMs);
    if (!ok)
        return -1;
    int count = 0;
    for (const QString &request : all) {
        if (request.startsWith(method + u' ') && request.contains(pathPart))
            ++count;
    }
    return count;
}

int SandboxProcess::countWrites(int timeoutMs)
{
    bool ok = false;
    const QStringList all = requests(&ok, timeoutMs);
    if (!ok)
        return -1;
    int count = 0;
    for (const QString &request : all) {
        if (!request.startsWith(u"GET "_s) && request != u"POST /oauth/token"_s)
            ++count;
    }
    return count;
}

} // namespace sk::test
