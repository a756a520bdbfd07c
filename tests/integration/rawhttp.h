#pragma once

// A raw HTTP/1.1 client over QTcpSocket for the hostile-input tests: it sends exactly the bytes
// given (broken framing included) and parses what comes back, so a test can tell how many
// answers a byte stream produced and whether the server closed the connection.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <nlohmann/json.hpp>

namespace sk::test {

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    nlohmann::json json() const { return nlohmann::json::parse(body.toStdString(), nullptr, false); }
    int grpcCode() const
    {
        const auto j = json();
        return j.is_object() && j.contains("code") && j["code"].is_number_integer() ? j["code"].get<int>()
                                                                                    : -1;
    }
};

class RawHttp
{
public:
    explicit RawHttp(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_connected = m_socket.waitForConnected(20000);
    }

    bool isConnected() const { return m_connected; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0 && m_socket.state() == QAbstractSocket::ConnectedState)
            m_socket.waitForBytesWritten(20000);
    }

    // Waits until `count` whole answers arrived (or the server closed the connection, or
    // timeoutMs passed) and returns every whole answer received so far on this connection.
    QList<RawResponse> responses(int count, int timeoutMs = 30000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            m_data += m_socket.readAll();
            const QList<RawResponse> parsed = parse();
            if (parsed.size() >= count || m_socket.state() != QAbstractSocket::ConnectedState
                || deadline.hasExpired())
                return parsed;
            m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
    }

    RawResponse response(int timeoutMs = 30000)
    {
        const QList<RawResponse> all = responses(m_taken + 1, timeoutMs);
        return all.size() > m_taken ? all.at(m_taken++) : RawResponse {};
    }

    // Waits until the server closed the connection; true when it did.
    bool waitClosed(int timeoutMs = 30000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            m_data += m_socket.readAll();
        }
        m_data += m_socket.readAll();
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

    // Every answer parsed from what was received so far (without waiting).
    QList<RawResponse> received()
    {
        m_data += m_socket.readAll();
        return parse();
    }

private:
    QList<RawResponse> parse() const
    {
        QList<RawResponse> out;
        qsizetype pos = 0;
        for (;;) {
            const qsizetype end = m_data.indexOf("\r\n\r\n", pos);
            if (end < 0)
                return out;
            const QList<QByteArray> lines = m_data.mid(pos, end - pos).split('\n');
            RawResponse r;
            const QList<QByteArray> statusLine = lines.front().trimmed().split(' ');
            r.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    r.headers.append({ lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed() });
            }
            const qsizetype length = r.header("Content-Length").toLongLong();
            if (r.status == 100) { // interim answer: no body
                pos = end + 4;
                out.append(r);
                continue;
            }
            if (m_data.size() < end + 4 + length)
                return out;
            r.body = m_data.mid(end + 4, length);
            pos = end + 4 + length;
            out.append(r);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_data;
    bool m_connected = false;
    int m_taken = 0;
};

} // namespace sk::test
