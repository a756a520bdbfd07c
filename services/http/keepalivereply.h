#pragma once

#include <QNetworkReply>
#include <QPointer>

namespace sk::http {

class KeepAliveConnection;

// One GET carried by a KeepAliveConnection, as a QNetworkReply so that ApiCall (retries, token
// refresh, timeouts, errors, the sk.api log) treats it exactly as a QNetworkAccessManager reply:
// finished() once, the status in HttpStatusCodeAttribute, the fields as raw headers, the body
// through readAll() (or takeBody(), which does not copy), a transport failure in error().
// abort() drops the request (its connection is closed if the answer was on its way) and
// finishes with OperationCanceledError, synchronously, as QNetworkReply::abort() does.
class KeepAliveReply : public QNetworkReply
{
    Q_OBJECT

public:
    ~KeepAliveReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    // The whole body, moved out (what is left to read() is then empty).
    QByteArray takeBody();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    friend class KeepAliveConnection;
    KeepAliveReply(const QUrl &url, KeepAliveConnection *connection);

    void deliver(int status, const QList<QPair<QByteArray, QByteArray>> &headers, QByteArray body);
    void failWith(NetworkError code, const QString &message);
    void finishNow();

    QPointer<KeepAliveConnection> m_connection;
    QByteArray m_body;
    qsizetype m_offset = 0;
};

} // namespace sk::http
