#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace sk::test {

// Launches the real scalekit-sandbox binary on 127.0.0.1 with a free port, reads the three
// SCALEKIT_* lines it prints, and stops it when destroyed (SIGTERM, then kill).
// With SK_SANDBOX_RECORD_DIR set (CTest sets it for the tests that drive the services), the
// sandbox records each request's method, path and body there, for the request contract test
// (tests/contract/request_contract.py).
//
//     sk::test::SandboxProcess sandbox({"--seed", "7"});
//     QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
//     api.setBaseUrl(sandbox.url());
class SandboxProcess
{
public:
    explicit SandboxProcess(QStringList extraArguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the binary and waits until it has printed its credentials (or failed).
    bool start(int timeoutMs = 60000);
    // Asks the sandbox to exit (SIGTERM: it saves --state) and waits; kills it after timeoutMs.
    bool stop(int timeoutMs = 10000);
    bool isRunning() const;
    // SIGKILL: no chance to save anything (what a crash or kill -9 does); waits until it is gone.
    void kill();
    // Before start(): the environment the sandbox runs in (default: this process's).
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

    QUrl url() const { return m_url; }
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    QString errorString() const { return m_error; }
    QByteArray standardError() const; // what the sandbox logged so far
    // PUT /_sandbox/faults with this JSON body; true when the sandbox took it.
    bool setFaults(const QByteArray &json, int timeoutMs = 10000);
    // No faults at all (latency, error rate, script).
    bool clearFaults() { return setFaults("{\"error_rate\":0,\"latency_ms\":0,\"script\":[]}"); }

    // Before start(): have the sandbox log every request it receives (method and path only) so
    // that requests() can tell what reached it. Off by default (the log must be read to drain).
    void setRequestLog(bool on) { m_requestLog = on; }
    // Every API request the sandbox received so far, oldest first, as "METHOD /path" (its own
    // /_sandbox/ control requests left out). Sends a marker request first and waits until the
    // sandbox has logged it, so every request sent before this call is in the list. Empty and
    // *ok false when the log is off or the marker never showed up.
    QStringList requests(bool *ok = nullptr, int timeoutMs = 20000);
    // How many of requests() have this method and a path containing `pathPart`; -1 on failure.
    int countRequests(const QString &method, const QString &pathPart = {}, int timeoutMs = 20000);
    // How many of requests() change something: neither a GET nor a token request; -1 on failure.
    int countWrites(int timeoutMs = 20000);

    static QString binaryPath(); // SK_BIN_DIR/scalekit-sandbox, or $SCALEKIT_SANDBOX_BIN

private:
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_clientId;
    QString m_clientSecret;
    QString m_error;
    mutable QByteArray m_stderr;
    bool m_requestLog = false;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    int m_marker = 0;
};

} // namespace sk::test
