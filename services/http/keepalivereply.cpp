#include "services/http/keepalivereply.h"

#include "services/http/keepaliveconnection.h"

#include <cstring>

namespace sk::http {

KeepAliveReply::KeepAliveReply(const QUrl &url, KeepAliveConnection *connection)
    : QNetworkReply(connection)
    , m_connection(connection)
{
    setUrl(url);
    setRequest(QNetworkRequest(url));
    setOperation(QNetworkAccessManager::GetOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

KeepAliveReply::~KeepAliveReply()
{
    if (!isFinished() && m_connection)
        m_connection->abandon(this);
}

void KeepAliveReply::abort()
{
    if (isFinished())
        return;
    if (m_connection)
        m_connection->abandon(this);
    failWith(OperationCanceledError, tr("Operation canceled"));
}

qint64 KeepAliveReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
}

QByteArray KeepAliveReply::takeBody()
{
    QByteArray body = m_offset == 0 ? std::move(m_body) : m_body.mid(m_offset);
    m_body.clear();
    m_offset = 0;
    return body;
}

qint64 KeepAliveReply::readData(char *data, qint64 maxSize)
{
    const qint64 take = qMin<qint64>(maxSize, m_body.size() - m_offset);
    if (take <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, size_t(take));
    m_offset += qsizetype(take);
    return take;
}

void KeepAliveReply::deliver(int status, const QList<QPair<QByteArray, QByteArray>> &headers, QByteArray body)
{
    if (isFinished())
        return;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    for (const auto &[name, value] : headers) {
        const QByteArray before = rawHeader(name);
        setRawHeader(name, before.isEmpty() ? value : before + ", " + value); // as QNAM joins repeats
    }
    m_body = std::move(body);
    m_offset = 0;
    finishNow();
}

void KeepAliveReply::failWith(NetworkError code, const QString &message)
{
    if (isFinished())
        return;
    setError(code, message);
    emit errorOccurred(code);
    finishNow();
}

void KeepAliveReply::finishNow()
{
    m_connection = nullptr;
    setFinished(true);
    emit finished();
}

} // namespace sk::http
