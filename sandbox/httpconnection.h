#pragma once

#include "sandbox/httpparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace sk::sandbox {

// How long a connection may sit idle between requests, and how long one request may take to
// arrive from its first byte to its last (not restarted by each byte: a client trickling one
// byte a second is cut off all the same).
struct HttpTimeouts
{
    int idleMs = 60000;
    int requestMs = 15000;
    int lingerMs = 2000; // after an error answer: reading and discarding what the client still sends
};

// One client connection: feeds the socket into an HttpRequestParser, hands out one request at a
// time (the next pipelined one is parsed only after the answer to this one was written, so answers
// keep their order even when faults delay them) and closes the connection after a framing error,
// a timeout or Connection: close. Reads at most a bounded amount ahead, so a huge body is refused
// before it is read. Deletes itself when the socket is gone.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, HttpLimits limits, HttpTimeouts timeouts, QObject *parent = nullptr);
    ~HttpConnection() override;

    // The answer to the request last handed out (or to requestFailed). close: close afterwards.
    void respond(const QByteArray &bytes, bool close);
    // Closes without an answer (the fault injector's dropped connection).
    void drop();
    // Refuses the connection before reading anything: requestFailed(status, message) is emitted
    // and its answer closes the connection (too many connections).
    void refuse(int status, const QByteArray &message);
    // Whether the request last handed out asked to keep the connection open.
    bool keepAlive() const { return m_keepAlive; }
    bool isConnected() const;

Q_SIGNALS:
    void requestReady(sk::sandbox::WireRequest request);
    // The client broke the framing or the limits, or timed out: answer with status, then close.
    void requestFailed(int status, const QByteArray &message);

private:
    void process();
    void step();
    void pull();
    void armTimer();
    void onTimeout();
    void onBytesWritten();
    void closeGracefully();
    void finishClose();

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    HttpTimeouts m_timeouts;
    HttpRequestParser m_parser;
    QTimer m_timer;
    enum class TimerMode { None, Idle, Request, Linger } m_timerMode = TimerMode::None;
    bool m_awaitingResponse = false;
    bool m_sentContinue = false;
    bool m_keepAlive = true;
    bool m_closing = false;
    bool m_shutDown = false;
    bool m_processing = false;
    bool m_again = false;
};

} // namespace sk::sandbox
