#include "services/api/apirequest.h"

#include <QUrl>

namespace sk::api {

ApiRequest::ApiRequest(QByteArray method, QString path)
    : m_method(std::move(method))
    , m_path(std::move(path))
    , m_idempotent(m_method == "GET" || m_method == "HEAD")
{
}

ApiRequest &ApiRequest::query(const QString &key, const QString &value)
{
    if (!value.isEmpty())
        m_query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return *this;
}

ApiRequest &ApiRequest::query(const QString &key, const std::string &value)
{
    return query(key, QString::fromStdString(value));
}

ApiRequest &ApiRequest::query(const QString &key, qint64 value)
{
    return query(key, QString::number(value));
}

ApiRequest &ApiRequest::queryBool(const QString &key, bool value)
{
    return query(key, value ? QStringLiteral("true") : QStringLiteral("false"));
}

ApiRequest &ApiRequest::queryRepeated(const QString &key, const QStringList &values)
{
    for (const QString &value : values)
        query(key, value);
    return *this;
}

ApiRequest &ApiRequest::body(nlohmann::json json)
{
    m_body = std::move(json);
    return *this;
}

ApiRequest &ApiRequest::decodeOnWorker(bool value)
{
    m_decodeOnWorker = value;
    return *this;
}

ApiRequest &ApiRequest::keepAlive(bool value)
{
    m_keepAlive = value;
    return *this;
}

ApiRequest &ApiRequest::idempotent(bool value)
{
    m_idempotent = value;
    return *this;
}

ApiRequest &ApiRequest::timeout(std::chrono::milliseconds value)
{
    m_timeout = value;
    return *this;
}

QByteArray ApiRequest::bodyBytes() const
{
    if (m_body)
        return QByteArray::fromStdString(m_body->dump());
    if (m_method == "POST" || m_method == "PUT" || m_method == "PATCH")
        return QByteArrayLiteral("{}");
    return {};
}

QString ApiRequest::segment(const QString &value)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(value));
}

QString ApiRequest::segment(const std::string &value)
{
    return segment(QString::fromStdString(value));
}

} // namespace sk::api
