#include "services/api/apilog.h"

#include <QDebug>

Q_LOGGING_CATEGORY(lcApi, "sk.api", QtWarningMsg)

namespace sk::api {

QString loggablePath(const QString &path, const QUrlQuery &query)
{
    if (query.isEmpty())
        return path;
    QStringList keys;
    for (const auto &item : query.queryItems(QUrl::FullyEncoded))
        keys << item.first;
    return path + u'?' + keys.join(u'&');
}

void logExchange(const QByteArray &method, const QString &path, int status, qint64 milliseconds,
                 const QByteArray &requestId, int attempt, const QString &outcome)
{
    if (!lcApi().isInfoEnabled())
        return;
    QString line = QString::fromLatin1(method) + u' ' + path + u' '
                   + (status > 0 ? QString::number(status) : QStringLiteral("-")) + u' '
                   + QString::number(milliseconds) + QStringLiteral("ms");
    // The server's id, reduced to the characters ids use, so the header cannot smuggle anything in.
    QString id;
    for (const char c : requestId.left(64)) {
        if (QChar::isLetterOrNumber(uchar(c)) || c == '_' || c == '-' || c == '.')
            id += QLatin1Char(c);
    }
    if (!id.isEmpty())
        line += QStringLiteral(" request_id=") + id;
    if (attempt > 1)
        line += QStringLiteral(" attempt=") + QString::number(attempt);
    if (!outcome.isEmpty())
        line += u' ' + outcome;
    qCInfo(lcApi).noquote() << line;
}

} // namespace sk::api
