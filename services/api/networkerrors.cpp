#include "services/api/networkerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>

namespace sk::api {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sk::api::NetworkErrors", text); }

std::chrono::milliseconds retryAfter(QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return std::chrono::milliseconds(0);
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return std::chrono::milliseconds(std::max<qint64>(seconds, 0) * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return std::chrono::milliseconds(std::max<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0));
    return std::chrono::milliseconds(0);
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

} // namespace

std::optional<ApiError> errorFromReply(QNetworkReply *reply, const QByteArray &body, bool timedOut)
{
    if (timedOut)
        return ApiError::make(ApiError::Kind::Timeout, tr("No answer within the time limit."));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError)
        return std::nullopt;
    if (status >= 300 && status < 400) {
        return ApiError::make(ApiError::Kind::Network,
                              tr("The environment redirected to another origin; refusing to follow."), status);
    }
    if (status > 0) {
        ApiError error = ApiError::fromHttp(status, body);
        if (status == 429 || status == 503)
            error.retryAfter = retryAfter(reply);
        return error;
    }
    if (isTlsError(reply->error()))
        return ApiError::make(ApiError::Kind::Network, tr("TLS error: %1").arg(reply->errorString()));
    if (reply->error() == QNetworkReply::InsecureRedirectError || reply->error() == QNetworkReply::TooManyRedirectsError)
        return ApiError::make(ApiError::Kind::Network, tr("Refused an unsafe redirect: %1").arg(reply->errorString()));
    if (reply->error() == QNetworkReply::TimeoutError)
        return ApiError::make(ApiError::Kind::Timeout, reply->errorString());
    return ApiError::make(ApiError::Kind::Network, reply->errorString());
}

} // namespace sk::api
