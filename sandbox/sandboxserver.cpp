#include "sandbox/sandboxserver.h"

#include "sandbox/apierrors.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxlog.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/statefile.h"
#include "services/json/boundedparse.h"
#include "services/json/secret.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "scalekit.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxHttp, "scalekit.sandbox.http", QtWarningMsg)

namespace sk::sandbox {

namespace {

// For the debug log: API paths hold only ids, but a public path (/magicLink/TOKEN, /connect/TOKEN,
// /mcp/ID/TOKEN) is a secret after its first segment.
QString loggablePath(const std::string &path)
{
    if (path.rfind("/api/", 0) == 0 || path.rfind("/_sandbox/", 0) == 0 || path == "/oauth/token")
        return QString::fromStdString(path);
    const auto second = path.find('/', 1);
    return QString::fromStdString(second == std::string::npos ? path : path.substr(0, second) + "/...");
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_faults(options.seed, options.faults)
    , m_tokens(options.seed, options.effectiveClientId(), options.effectiveClientSecret())
    , m_store(std::make_unique<SandboxStore>(options))
{ }

SandboxServer::~SandboxServer()
{
    // Connections first: none may call back into a half-destroyed server.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
    if (m_stateFile)
        m_stateFile->saveNow(nullptr);
}

QUrl SandboxServer::url() const
{
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(m_options.host == u"0.0.0.0"_s ? u"127.0.0.1"_s : m_options.host);
    u.setPort(m_port);
    return u;
}

bool SandboxServer::start(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_options.stateFile.isEmpty()) {
        m_stateFile = std::make_unique<StateFile>(m_options.stateFile, *m_store, this);
        QString loadError;
        const StateFile::Load load = m_stateFile->load(&loadError);
        if (load == StateFile::Load::Failed) {
            if (error)
                *error = loadError;
            return false;
        }
        if (load == StateFile::Load::Missing) {
            m_store->generate();
            m_stateFile->scheduleSave(); // a first file soon after start
        }
        connect(this, &SandboxServer::stateChanged, m_stateFile.get(), &StateFile::scheduleSave);
    } else {
        m_store->generate();
    }
    m_dataMs = timer.elapsed();
    if (!m_recorder.open(m_options.recordRequestsFile, error))
        return false;

    registerAllRoutes(m_router, m_publicRouter, *m_store);

    const QHostAddress address = m_options.host == u"localhost"_s ? QHostAddress(QHostAddress::LocalHost)
                                                                  : QHostAddress(m_options.host);
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, m_options.port)) {
        if (error)
            *error = u"Cannot listen on %1:%2: %3"_s.arg(m_options.host)
                         .arg(m_options.port)
                         .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    connect(tcp, &QTcpServer::newConnection, this, &SandboxServer::acceptConnections);
    m_port = tcp->serverPort();
    m_tokens.setIssuer(url().toString());
    m_store->setBaseUrl(url().toString().toStdString());
    qCInfo(lcSandbox).noquote() << "scalekit-sandbox listening on" << url().toString() << "with"
                                << m_store->summary() << "ready in" << m_dataMs << "ms";
    return true;
}

bool SandboxServer::saveState(QString *error)
{
    return m_stateFile ? m_stateFile->saveNow(error) : true;
}

std::string SandboxServer::nextRequestId()
{
    ++m_requestCounter;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "req_%08llx%06llx",
                  static_cast<unsigned long long>(m_options.seed & 0xffffffffULL),
                  static_cast<unsigned long long>(m_requestCounter));
    return buffer;
}

HttpLimits SandboxServer::limits()
{
    return HttpLimits {};
}

void SandboxServer::acceptConnections()
{
    const HttpTimeouts timeouts {m_options.idleTimeoutMs, m_options.requestTimeoutMs};
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, limits(), timeouts, this);
        ++m_connections;
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
        connect(connection, &HttpConnection::requestReady, this,
                [this, connection](WireRequest wire) { handleRequest(connection, std::move(wire)); });
        connect(connection, &HttpConnection::requestFailed, this,
                [this, connection](int status, const QByteArray &message) {
                    handleFailure(connection, status, message);
                });
        if (m_connections > kMaxConnections) {
            qCWarning(lcSandbox) << "more than" << kMaxConnections << "connections: refusing one";
            connection->refuse(503, "Too many connections.");
        }
    }
}

void SandboxServer::handleFailure(HttpConnection *connection, int status, const QByteArray &message)
{
    HttpRequest request;
    request.requestId = nextRequestId();
    qCDebug(lcSandboxHttp).noquote() << "refused:" << status << message;
    // The google.rpc code closest to each HTTP status (the body has the API's error shape).
    int grpc = 11; // OUT_OF_RANGE: 413, 414, 431
    const char *errorCode = "REQUEST_TOO_LARGE";
    if (status == 400) {
        grpc = 3; // INVALID_ARGUMENT
        errorCode = "MALFORMED_REQUEST";
    } else if (status == 408) {
        grpc = 4; // DEADLINE_EXCEEDED
        errorCode = "REQUEST_TIMEOUT";
    } else if (status == 503) {
        grpc = 14; // UNAVAILABLE
        errorCode = "TOO_MANY_CONNECTIONS";
    } else if (status == 417 || status >= 500) {
        grpc = 12; // UNIMPLEMENTED
        errorCode = "UNSUPPORTED_PROTOCOL_FEATURE";
    }
    HttpResponse response = apierrors::status(grpc, message.toStdString(), errorCode, request.requestId);
    response.status = status;
    respond(connection, response, request, FaultInjector::Kind::None, true);
}

void SandboxServer::handleRequest(HttpConnection *connection, WireRequest wire)
{
    // The sandbox answers like the real API: secrets travel in full (the client masks them).
    const sk::json::IncludeSecrets include;
    HttpRequest request = HttpRequest::fromWire(std::move(wire));
    request.requestId = nextRequestId();
    if (const auto bad = request.invalidQueryField()) {
        respond(connection,
                apierrors::invalidField(request.requestId, *bad, "value is not valid UTF-8", "string.utf8"),
                request, FaultInjector::Kind::None);
        return;
    }

    qCDebug(lcSandboxHttp).noquote() << request.method << loggablePath(request.path);

    if (request.path.rfind("/_sandbox/", 0) == 0) {
        respond(connection, handleControl(request), request, FaultInjector::Kind::None);
        return;
    }

    const FaultInjector::Decision decision
        = m_faults.decide(request.path, request.path.rfind("/api/", 0) == 0);
    HttpResponse response;
    bool changed = false;
    switch (decision.kind) {
    case FaultInjector::Kind::Drop:
        break;
    case FaultInjector::Kind::Unavailable:
        response = apierrors::unavailable(request.requestId);
        break;
    case FaultInjector::Kind::RateLimited:
        response
            = apierrors::rateLimited(request.requestId, decision.retryAfterSeconds, decision.retryAfterDate);
        break;
    case FaultInjector::Kind::Unauthorized:
        response = apierrors::unauthenticated(request.requestId, "Token revoked (sandbox fault injection)");
        break;
    default:
        response = dispatch(request, &changed);
        response.body = m_faults.rewriteTotalSize(std::move(response.body));
        break;
    }
    if (changed) {
        ++m_store->generation;
        Q_EMIT stateChanged();
    }

    const auto finish
        = [this, decision, response = std::move(response), request = std::move(request)](HttpConnection *c) {
              if (decision.kind == FaultInjector::Kind::Drop) {
                  c->drop();
                  return;
              }
              respond(c, response, request, decision.kind);
          };
    if (decision.delayMs > 0) {
        QPointer<HttpConnection> guard(connection);
        QTimer::singleShot(decision.delayMs, connection, [guard, finish]() {
            if (guard)
                finish(guard.data());
        });
    } else {
        finish(connection);
    }
}

HttpResponse SandboxServer::dispatch(HttpRequest &request, bool *changed)
{
    if (request.path == "/oauth/token")
        return m_tokens.handleTokenRequest(request, m_faults.settings().tokenTtlSeconds);
    if (request.path == "/keys" && request.method == "GET")
        return HttpResponse::json({{"keys", nlohmann::json::array()}});
    if (request.path.rfind("/api/", 0) != 0) {
        const Router::Handler *publicHandler = nullptr;
        if (m_publicRouter.route(request, &publicHandler) != Router::Match::Found)
            return apierrors::routeNotFound(request.requestId);
        const HttpResponse response = (*publicHandler)(request);
        *changed = true;
        return response;
    }

    switch (m_tokens.check(request.header("authorization"))) {
    case TokenIssuer::Check::Valid:
        break;
    case TokenIssuer::Check::Missing:
        return apierrors::unauthenticated(request.requestId, "Token empty");
    case TokenIssuer::Check::Expired:
        return apierrors::unauthenticated(request.requestId, "Token expired");
    case TokenIssuer::Check::Malformed:
    case TokenIssuer::Check::BadSignature:
        return apierrors::unauthenticated(request.requestId, "Invalid token");
    }

    const Router::Handler *handler = nullptr;
    switch (m_router.route(request, &handler)) {
    case Router::Match::NotFound:
        return apierrors::routeNotFound(request.requestId);
    case Router::Match::InvalidParameter:
        return apierrors::invalidField(request.requestId, request.params.begin()->first,
                                       "value is not valid UTF-8", "string.utf8");
    case Router::Match::MethodNotAllowed:
        return apierrors::methodNotAllowed(request.requestId);
    case Router::Match::Found:
        break;
    }
    HttpResponse response;
    try {
        response = (*handler)(request);
    } catch (const std::exception &e) {
        qCWarning(lcSandbox) << "handler failed:" << e.what();
        response = apierrors::status(13, "internal error", "INTERNAL", request.requestId);
    }
    m_recorder.record(request, response.status);
    if (request.method != "GET" && response.status < 300)
        *changed = true;
    return response;
}

HttpResponse SandboxServer::handleControl(HttpRequest &request)
{
    if (request.path == "/_sandbox/health" && request.method == "GET") {
        nlohmann::json body = m_store->counts();
        body["status"] = "ok";
        body["url"] = url().toString().toStdString();
        return HttpResponse::json(body);
    }
    if (request.path == "/_sandbox/faults") {
        if (request.method == "GET")
            return HttpResponse::json(m_faults.toJson());
        if (request.method == "PUT" || request.method == "PATCH" || request.method == "POST") {
            const auto patch = json::parseBounded(request.body.toStdString(), json::kMaxRequestDepth);
            std::string error;
            if (patch.is_discarded())
                return apierrors::invalidField(request.requestId, "body", "malformed JSON");
            if (!m_faults.applyJson(patch, &error))
                return apierrors::invalidField(request.requestId, "body", error);
            qCInfo(lcSandbox).noquote() << "fault settings changed:" << QString::fromStdString([this] {
                auto j = m_faults.toJson();
                j.erase("injected");
                return j.dump();
            }());
            return HttpResponse::json(m_faults.toJson());
        }
        return apierrors::methodNotAllowed(request.requestId);
    }
    if (request.path == "/_sandbox/routes" && request.method == "GET") {
        const auto list = [](const Router &router) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto &[method, pattern] : router.routes())
                out.push_back({{"method", method.toStdString()}, {"path", pattern}});
            return out;
        };
        return HttpResponse::json({{"api", list(m_router)}, {"public", list(m_publicRouter)}});
    }
    if (request.path == "/_sandbox/state" && request.method == "POST") {
        QString error;
        if (!saveState(&error))
            return apierrors::status(13, error.toStdString(), "INTERNAL", request.requestId);
        return HttpResponse::json({{"saved", m_stateFile != nullptr}});
    }
    return apierrors::routeNotFound(request.requestId);
}

void SandboxServer::respond(HttpConnection *connection, const HttpResponse &response,
                            const HttpRequest &request, FaultInjector::Kind bodyFault, bool close)
{
    if (!connection->isConnected())
        return;
    const bool head = request.method == "HEAD";
    const bool corrupt = !head
        && (bodyFault == FaultInjector::Kind::Malformed || bodyFault == FaultInjector::Kind::Truncated);
    const std::string corrupted = corrupt ? m_faults.corrupt(response.body, bodyFault) : std::string();
    const std::string &body = head || corrupt ? corrupted : response.body; // HEAD: no body
    const qsizetype length = qsizetype(head ? response.body.size() : body.size());
    QByteArray out; // the head and the body in one buffer, one write
    out.reserve(qsizetype(body.size()) + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    if (!request.requestId.empty())
        out += "X-Request-Id: " + QByteArray::fromStdString(request.requestId) + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    close = close || !connection->keepAlive();
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out.append(body.data(), qsizetype(body.size()));
    connection->respond(out, close);
}

} // namespace sk::sandbox
