#include "sandbox/httpconnection.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace sk::sandbox {

namespace {
// Bytes read ahead of the request being answered: one full request at most.
constexpr qsizetype kSocketReadBuffer = 64 * 1024;
// Answers not yet taken by a client that does not read: no further request is parsed meanwhile.
constexpr qint64 kMaxPendingWrite = 4 * 1024 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpLimits limits, HttpTimeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_timeouts(timeouts)
    , m_parser(limits)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    m_socket->disconnect(this);
}

bool HttpConnection::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::respond(const QByteArray &bytes, bool close)
{
    if (!m_awaitingResponse || m_closing)
        return;
    m_awaitingResponse = false;
    if (!isConnected())
        return;
    m_socket->write(bytes);
    if (close || !m_keepAlive || m_parser.state() == HttpRequestParser::State::Failed) {
        closeGracefully();
        return;
    }
    process();
}

void HttpConnection::drop()
{
    m_awaitingResponse = false;
    m_closing = true;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::refuse(int status, const QByteArray &message)
{
    m_timer.stop();
    m_timerMode = TimerMode::None;
    m_awaitingResponse = true;
    m_keepAlive = false;
    Q_EMIT requestFailed(status, message);
}

void HttpConnection::process()
{
    // Answers usually come back synchronously from requestReady: loop instead of recursing, so a
    // long pipeline cannot grow the stack.
    if (m_processing) {
        m_again = true;
        return;
    }
    m_processing = true;
    do {
        m_again = false;
        step();
    } while (m_again);
    m_processing = false;
}

void HttpConnection::pull()
{
    const qsizetype room = m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 4096 - m_parser.buffered();
    if (room <= 0 || m_socket->bytesAvailable() <= 0)
        return;
    m_parser.append(m_socket->read(qMin<qint64>(room, m_socket->bytesAvailable())));
}

void HttpConnection::step()
{
    if (m_closing) {
        m_socket->readAll(); // lingering close: what the client still sends is dropped unread
        return;
    }
    if (m_awaitingResponse || !isConnected())
        return;
    if (m_socket->bytesToWrite() > kMaxPendingWrite) {
        armTimer(); // resumed by bytesWritten; cut off after the idle timeout
        return;
    }
    pull();
    switch (m_parser.parse()) {
    case HttpRequestParser::State::NeedMore:
        armTimer();
        return;
    case HttpRequestParser::State::NeedBody:
        // Asked for before the body is sent: only now that the head passed every check.
        if (!m_sentContinue && m_parser.expectsContinue()) {
            m_sentContinue = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        armTimer();
        return;
    case HttpRequestParser::State::Complete: {
        m_timer.stop();
        m_timerMode = TimerMode::None;
        m_sentContinue = false;
        m_awaitingResponse = true;
        WireRequest request = m_parser.takeRequest();
        m_keepAlive = request.keepAlive;
        Q_EMIT requestReady(std::move(request));
        return;
    }
    case HttpRequestParser::State::Failed:
        m_timer.stop();
        m_timerMode = TimerMode::None;
        m_awaitingResponse = true;
        m_keepAlive = false;
        Q_EMIT requestFailed(m_parser.errorStatus(), m_parser.errorMessage());
        return;
    }
}

void HttpConnection::armTimer()
{
    const bool inRequest = m_parser.inRequest();
    const TimerMode want = inRequest ? TimerMode::Request : TimerMode::Idle;
    if (m_timerMode == want && m_timer.isActive())
        return; // a request's deadline counts from its first byte and is never pushed back
    m_timerMode = want;
    m_timer.start(inRequest ? m_timeouts.requestMs : m_timeouts.idleMs);
}

void HttpConnection::onTimeout()
{
    switch (m_timerMode) {
    case TimerMode::Request:
        if (m_awaitingResponse)
            return;
        m_awaitingResponse = true;
        m_keepAlive = false;
        m_timerMode = TimerMode::None;
        Q_EMIT requestFailed(408, "The request did not arrive in time.");
        return;
    case TimerMode::Idle:
    case TimerMode::Linger:
    case TimerMode::None:
        m_closing = true;
        m_socket->abort();
        deleteLater();
        return;
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_closing) {
        if (m_socket->bytesToWrite() == 0)
            finishClose();
        return;
    }
    if (m_timerMode == TimerMode::Idle && !m_parser.inRequest())
        m_timerMode = TimerMode::None; // progress: the idle clock restarts
    process();
}

void HttpConnection::closeGracefully()
{
    m_closing = true;
    m_timer.stop();
    m_timerMode = TimerMode::Linger;
    m_timer.start(m_timeouts.lingerMs);
    if (m_socket->bytesToWrite() == 0)
        finishClose();
}

void HttpConnection::finishClose()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    // Half-close: the answer reaches the client before the connection goes, even when the client
    // is still sending a body nobody will read (closing outright would reset the connection and
    // could discard the answer). What still arrives is dropped until the client closes or the
    // linger time is up.
    m_socket->flush();
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_socket->readAll();
}

} // namespace sk::sandbox
