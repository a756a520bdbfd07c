#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/requestrecorder.h"
#include "sandbox/router.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/tokenissuer.h"

#include <QAbstractHttpServer>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace sk::sandbox {

class SandboxStore;
class StateFile;

// The Scalekit-compatible HTTP server. Construct it, call start(), and it serves on the thread
// that owns it (the console creates and starts it inside a dedicated QThread). Handles:
//   POST /oauth/token, every /api/v1 route (bearer token required), and the control
//   endpoints /_sandbox/health, GET/PUT /_sandbox/faults and GET /_sandbox/routes (no token, not
//   subject to faults).
class SandboxServer : public QAbstractHttpServer
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

Q_SIGNALS:
    // Emitted after a request changed the state (used to debounce saving).
    void stateChanged();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(HttpRequest &request, bool *changed);
    HttpResponse handleControl(HttpRequest &request);
    void respond(QTcpSocket *socket, const HttpResponse &response, const HttpRequest &request,
                 FaultInjector::Kind bodyFault);
    std::string nextRequestId();

    SandboxOptions m_options;
    FaultInjector m_faults;
    TokenIssuer m_tokens;
    Router m_router;
    Router m_publicRouter;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<StateFile> m_stateFile;
    RequestRecorder m_recorder;
    quint16 m_port = 0;
    quint64 m_requestCounter = 0;
    qint64 m_dataMs = 0;
};

} // namespace sk::sandbox
