#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/httpconnection.h"
#include "sandbox/requestrecorder.h"
#include "sandbox/router.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/tokenissuer.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QTcpServer;

namespace sk::sandbox {

class SandboxStore;
class StateFile;

// The Scalekit-compatible HTTP server. Construct it, call start(), and it serves on the thread
// that owns it (the console creates and starts it inside a dedicated QThread). Handles:
//   POST /oauth/token, every /api/v1 route (bearer token required), and the control
//   endpoints /_sandbox/health, GET/PUT /_sandbox/faults and GET /_sandbox/routes (no token, not
//   subject to faults).
// HTTP/1.1 is spoken by HttpConnection (a strict parser with size limits and timeouts, see
// docs/reliability.md), not by QHttpServer, which offers no limits and guesses at framing.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Generates or loads the data, then listens. Returns false and sets *error on failure.
    bool start(QString *error = nullptr);

    quint16 port() const { return m_port; }
    QUrl url() const;
    QString clientId() const { return m_options.effectiveClientId(); }
    QString clientSecret() const { return m_options.effectiveClientSecret(); }
    const SandboxOptions &options() const { return m_options; }

    SandboxStore &store() { return *m_store; }
    FaultInjector &faults() { return m_faults; }

    // Writes the state file now if --state was given (also done on destruction).
    bool saveState(QString *error = nullptr);

    // Milliseconds spent generating or loading the data in start().
    qint64 startupDataMs() const { return m_dataMs; }

    // What the HTTP layer refuses.
    static HttpLimits limits();
    // At most this many connections at once; more are answered 503 and closed.
    static constexpr int kMaxConnections = 256;

Q_SIGNALS:
    // Emitted after a request changed the state (the state file saves soon after).
    void stateChanged();

private:
    void acceptConnections();
    void handleRequest(HttpConnection *connection, WireRequest wire);
    void handleFailure(HttpConnection *connection, int status, const QByteArray &message);
    HttpResponse dispatch(HttpRequest &request, bool *changed);
    HttpResponse handleControl(HttpRequest &request);
    void respond(HttpConnection *connection, const HttpResponse &response, const HttpRequest &request,
                 FaultInjector::Kind bodyFault, bool close = false);
    std::string nextRequestId();

    SandboxOptions m_options;
    FaultInjector m_faults;
    TokenIssuer m_tokens;
    Router m_router;
    Router m_publicRouter;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<StateFile> m_stateFile;
    RequestRecorder m_recorder;
    QTcpServer *m_tcp = nullptr;
    int m_connections = 0;
    quint16 m_port = 0;
    quint64 m_requestCounter = 0;
    qint64 m_dataMs = 0;
};

} // namespace sk::sandbox
