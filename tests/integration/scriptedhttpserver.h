#pragma once

// A loopback HTTP/1.1 server whose answers a test writes byte for byte, for what a real
// server (the sandbox) never does: broken framing, closing a kept-alive connection as the next
// request arrives, never answering, answering a byte at a time. It answers the token endpoint
// itself and hands every other request, with the index of the connection it came on, to the
// test's handler, which writes to (or closes, or ignores) the socket.

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace sk::test {

class ScriptedHttpServer : public QObject
{
public:
    // requestLine: "GET /path?query HTTP/1.1"; head: the whole head, for header checks;
    // connection: 1 for the first connection that carried an API request, 2 for the next...
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &requestLine,
                                       const QByteArray &head, int connection)>;

    explicit ScriptedHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.erase(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    // Connections that carried an API request (the token endpoint's do not count).
    int connections() const { return m_connections; }
    int requests() const { return m_requests; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    static QByteArray answer(const QByteArray &body, const QByteArray &status = "200 OK")
    {
        return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private:
    void onReadable(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            buffer.remove(0, end + 4 + length);
            const QByteArray requestLine = head.left(head.indexOf('\r'));
            if (requestLine.startsWith("POST /oauth/token")) {
                socket->write(
                    answer(R"({"access_token":"scripted-token","token_type":"Bearer","expires_in":3600})"));
                continue;
            }
            ++m_requests;
            if (!socket->property("connection").isValid())
                socket->setProperty("connection", ++m_connections);
            QPointer<QTcpSocket> guard(socket);
            m_handler(socket, requestLine, head, socket->property("connection").toInt());
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    std::map<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
    int m_requests = 0;
};

} // namespace sk::test
