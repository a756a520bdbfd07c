#include "services/http/keepaliveconnection.h"

#include <QNetworkProxyFactory>
#include <QTcpSocket>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace sk::http {

namespace {

QString originOf(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.scheme() + QLatin1String("://") + url.host(QUrl::FullyEncoded) + QLatin1Char(':')
        + QString::number(port);
}

bool isHeaderSafe(const QByteArray &text)
{
    return !text.contains('\r') && !text.contains('\n') && !text.contains('\0');
}

QNetworkReply::NetworkError replyError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

KeepAliveConnection::KeepAliveConnection(QObject *parent, ResponseLimits limits)
    : QObject(parent)
    , m_limits(limits)
    , m_parser(limits)
{ }

KeepAliveConnection::~KeepAliveConnection()
{
    closeSocket();
}

bool KeepAliveConnection::canCarry(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
#if !QT_CONFIG(ssl)
    if (scheme == QLatin1String("https"))
        return false;
#endif
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    QNetworkProxy proxy = proxies.value(0);
    if (proxy.type() == QNetworkProxy::DefaultProxy)
        proxy = QNetworkProxy::applicationProxy();
    return proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy;
}

KeepAliveReply *KeepAliveConnection::get(const QUrl &url, const Headers &headers)
{
    auto *reply = new KeepAliveReply(url, this);
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() > 0)
        host += ':' + QByteArray::number(url.port());
    bool safe = isHeaderSafe(target) && !target.contains(' ') && isHeaderSafe(host) && !host.isEmpty();
    QByteArray bytes;
    bytes.reserve(256 + target.size());
    bytes += "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : headers) {
        safe = safe && isToken(name) && isHeaderSafe(value);
        bytes += name + ": " + value + "\r\n";
    }
    bytes += "\r\n";
    if (!safe) {
        failLater(reply, QNetworkReply::ProtocolInvalidOperationError,
                  tr("The request holds a character HTTP does not allow in its target or header fields."));
        return reply;
    }
    m_queue.push_back({reply, std::move(bytes), originOf(url), url});
    pump();
    return reply;
}

void KeepAliveConnection::failLater(KeepAliveReply *reply, QNetworkReply::NetworkError code, const QString &message)
{
    QPointer<KeepAliveReply> guard(reply);
    QTimer::singleShot(0, this, [guard, code, message] {
        if (guard)
            guard->failWith(code, message);
    });
}

void KeepAliveConnection::pump()
{
    if (m_busy)
        return;
    while (!m_queue.empty() && !m_queue.front().reply)
        m_queue.pop_front();
    if (m_queue.empty())
        return;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_busy = true;
    m_written = false;
    m_resent = false;
    m_parser.reset();
    if (m_socket && m_socketOrigin != m_current.origin)
        closeSocket(); // another environment now
    if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState
        && m_socket->state() != QAbstractSocket::ConnectingState && m_socket->state() != QAbstractSocket::HostLookupState)
        closeSocket(); // closed while idle
    if (!m_socket)
        openSocket(m_current.url);
    else if (m_ready)
        send();
}

void KeepAliveConnection::send()
{
    if (!m_busy || m_written || !m_socket || !m_ready)
        return;
    m_written = true;
    m_socket->write(m_current.bytes);
    m_socket->flush();
}

void KeepAliveConnection::openSocket(const QUrl &url)
{
    m_socketOrigin = originOf(url);
    m_ready = false;
    m_reused = false;
    ++m_opened;
    const bool tls = url.scheme() == QLatin1String("https");
#if QT_CONFIG(ssl)
    if (tls) {
        auto *socket = new QSslSocket(this);
        m_socket = socket;
        connect(socket, &QSslSocket::encrypted, this, [this] {
            m_ready = true;
            send();
        });
    }
#endif
    if (!m_socket) {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, [this] {
            m_ready = true;
            send();
        });
    }
    m_socket->setProxy(QNetworkProxy::NoProxy); // canCarry: none applies
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QIODevice::readyRead, this, &KeepAliveConnection::onReadable);
    connect(m_socket, &QAbstractSocket::disconnected, this, &KeepAliveConnection::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &KeepAliveConnection::onSocketError);
    const QString host = url.host();
    const quint16 port = quint16(url.port(tls ? 443 : 80));
#if QT_CONFIG(ssl)
    if (tls) {
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(host, port);
        return;
    }
#endif
    m_socket->connectToHost(host, port);
}

void KeepAliveConnection::closeSocket()
{
    if (!m_socket)
        return;
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    m_ready = false;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void KeepAliveConnection::onReadable()
{
    if (!m_socket)
        return;
    if (!m_busy || !m_written) {
        closeSocket(); // bytes nobody asked for: the server is confused, start afresh
        return;
    }
    char chunk[64 * 1024];
    while (m_busy && m_socket && m_socket->bytesAvailable() > 0) {
        const qint64 got = m_socket->read(chunk, sizeof chunk);
        if (got <= 0)
            break;
        switch (m_parser.feed(chunk, qsizetype(got))) {
        case HttpResponseParser::State::NeedMore:
            break;
        case HttpResponseParser::State::Complete:
            finishCurrent();
            return;
        case HttpResponseParser::State::Failed:
            closeSocket();
            failCurrent(QNetworkReply::ProtocolFailure, QString::fromLatin1(m_parser.errorMessage()));
            return;
        }
    }
}

void KeepAliveConnection::onDisconnected()
{
    if (!m_socket)
        return;
    if (m_socket->bytesAvailable() > 0)
        onReadable();
    if (!m_socket)
        return;
    const bool reused = m_reused;
    closeSocket();
    if (!m_busy)
        return; // an idle connection the server closed: the next request opens another
    if (m_parser.closed() == HttpResponseParser::State::Complete) {
        finishCurrent();
        return;
    }
    if (!m_parser.started() && reused && !m_resent) {
        // The server closed the idle connection as the request went out: send it once more.
        m_resent = true;
        m_written = false;
        m_parser.reset();
        openSocket(m_current.url);
        return;
    }
    failCurrent(QNetworkReply::RemoteHostClosedError, QString::fromLatin1(m_parser.errorMessage()));
}

void KeepAliveConnection::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket || error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() follows and decides
    const QString message = m_socket->errorString();
    closeSocket();
    if (m_busy)
        failCurrent(replyError(error), message);
}

void KeepAliveConnection::finishCurrent()
{
    QPointer<KeepAliveConnection> self(this);
    QPointer<KeepAliveReply> reply = m_current.reply;
    const int status = m_parser.status();
    const Headers headers = m_parser.headers();
    QByteArray body = m_parser.takeBody();
    if (!m_parser.keepAlive())
        closeSocket();
    else
        m_reused = true;
    ++m_answers;
    m_current = {};
    m_busy = false;
    m_parser.reset();
    if (reply)
        reply->deliver(status, headers, std::move(body)); // may queue the next request at once
    if (self)
        pump();
}

void KeepAliveConnection::failCurrent(QNetworkReply::NetworkError code, const QString &message)
{
    QPointer<KeepAliveConnection> self(this);
    QPointer<KeepAliveReply> reply = m_current.reply;
    m_current = {};
    m_busy = false;
    m_parser.reset();
    if (reply)
        reply->failWith(code, message);
    if (self)
        pump();
}

void KeepAliveConnection::abandon(KeepAliveReply *reply)
{
    if (m_busy && m_current.reply == reply) {
        // Its answer may still come: this connection cannot carry another request.
        closeSocket();
        m_current = {};
        m_busy = false;
        m_parser.reset();
        QTimer::singleShot(0, this, &KeepAliveConnection::pump);
        return;
    }
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->reply == reply) {
            m_queue.erase(it);
            return;
        }
    }
}

} // namespace sk::http
