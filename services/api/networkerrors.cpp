#include "services/api/networkerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>

namespace sk::api {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sk::api::NetworkErrors", text); }

// An HTTP-date (RFC 9110 §5.6.7): the IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT" that servers
// send, and the obsolete asctime form. Qt's RFC 2822 parser alone rejects the "GMT" zone name.
QDateTime parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).simplified();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) { // asctime: "Sun Nov  6 08:49:37 1994"
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd MMM d hh:mm:ss yyyy"));
        when.setTimeSpec(Qt::UTC);
    }
    return when;
}

std::chrono::milliseconds retryAfter(QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return std::chrono::milliseconds(0);
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return std::chrono::milliseconds(std::max<qint64>(seconds, 0) * 1000);
    const QDateTime when = parseHttpDate(value);
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
    if (isTlsError(reply->error())) {
        ApiError error = ApiError::make(ApiError::Kind::Network, tr("TLS error: %1").arg(reply->errorString()));
        error.errorCode = QString::fromLatin1(ApiError::kTlsFailed);
        return error;
    }
    if (reply->error() == QNetworkReply::InsecureRedirectError || reply->error() == QNetworkReply::TooManyRedirectsError)
        return ApiError::make(ApiError::Kind::Network, tr("Refused an unsafe redirect: %1").arg(reply->errorString()));
    if (reply->error() == QNetworkReply::TimeoutError)
        return ApiError::make(ApiError::Kind::Timeout, reply->errorString());
    return ApiError::make(ApiError::Kind::Network, reply->errorString());
}

} // namespace sk::api
