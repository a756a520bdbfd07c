#pragma once

#include "services/http/httpresponseparser.h"
#include "services/http/keepalivereply.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>

namespace sk::http {

// The bulk paths' own HTTP/1.1 transport (the CLI export pages through it): one persistent
// connection, one request at a time, on the caller's thread. QNetworkAccessManager spends
// about 250 µs of CPU per request on its HTTP thread, the hops to it and back and the signal
// wiring of each reply, which is more than the rest of a 100-row page costs; this spends a
// socket write and the reads. ApiClient uses it only for GETs marked ApiRequest::keepAlive(),
// and only where no proxy applies (canCarry); everything else stays on QNAM.
//
// - http and https (QSslSocket, the system's CA store, peer verification on; any TLS error
//   fails closed, as on QNAM);
// - answers framed strictly (HttpResponseParser, ResponseLimits); no redirect is followed;
// - an idle connection the server closed is replaced, and a request that got no byte of an
//   answer on a reused connection is sent once more on a new one (GETs only, so safe);
// - get() never calls back before it returns: failures are reported from the event loop.
class KeepAliveConnection : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit KeepAliveConnection(QObject *parent = nullptr, ResponseLimits limits = {});
    ~KeepAliveConnection() override;

    // Whether a GET to `url` may go this way: http or https, and no proxy applies to it.
    static bool canCarry(const QUrl &url);

    // Queues a GET to `url` (its path and query) with these header fields (no CR or LF in
    // them, or the reply fails). The reply is a child of this connection; delete it (or let
    // ApiCall do so) when done.
    KeepAliveReply *get(const QUrl &url, const Headers &headers);

    int connectionsOpened() const { return m_opened; }
    int answersReceived() const { return m_answers; }

private:
    friend class KeepAliveReply;
    struct Pending
    {
        QPointer<KeepAliveReply> reply;
        QByteArray bytes; // the request as written
        QString origin; // scheme://host:port
        QUrl url;
    };

    void abandon(KeepAliveReply *reply);
    void pump();
    void send();
    void openSocket(const QUrl &url);
    void closeSocket();
    void onReadable();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void finishCurrent();
    void failCurrent(QNetworkReply::NetworkError code, const QString &message);
    void failLater(KeepAliveReply *reply, QNetworkReply::NetworkError code, const QString &message);

    ResponseLimits m_limits;
    std::deque<Pending> m_queue;
    Pending m_current;
    bool m_busy = false;
    bool m_written = false; // m_current's bytes are on the wire
    bool m_resent = false; // m_current was sent again after a stale connection closed
    QAbstractSocket *m_socket = nullptr;
    QString m_socketOrigin;
    bool m_ready = false; // connected (and encrypted, for https)
    bool m_reused = false; // the socket has carried a whole answer
    HttpResponseParser m_parser;
    int m_opened = 0;
    int m_answers = 0;
};

} // namespace sk::http
