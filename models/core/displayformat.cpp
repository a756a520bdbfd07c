#include "models/core/displayformat.h"

#include <QCoreApplication>

#include <cstdlib>

namespace sk::models {

QDateTime toDateTime(const entities::Timestamp &timestamp)
{
    if (!timestamp.isSet())
        return {};
    return QDateTime::fromMSecsSinceEpoch(timestamp.unixMillis(), Qt::UTC);
}

QString formatTimestamp(const entities::Timestamp &timestamp)
{
    if (!timestamp.isSet())
        return {};
    return toDateTime(timestamp).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant timestampSortKey(const entities::Timestamp &timestamp)
{
    return QVariant::fromValue<qint64>(timestamp.isSet() ? timestamp.unixMillis() : 0);
}

bool timestampMatches(const TextMatcher &matcher, const entities::Timestamp &timestamp)
{
    if (matcher.isEmpty())
        return true;
    if (!timestamp.isSet() || !matcher.mayOccurIn(TextMatcher::kTimestampAlphabet))
        return false;
    return matcher.matches(formatTimestamp(timestamp));
}

QString relativeTime(const entities::Timestamp &time, const QDateTime &now)
{
    if (!time.isSet())
        return {};
    const auto tr = [](const char *source, int n = -1) {
        return QCoreApplication::translate("sk::models::DisplayFormat", source, nullptr, n);
    };
    const qint64 seconds = now.secsTo(toDateTime(time));
    const qint64 magnitude = std::abs(seconds);
    QString span;
    if (magnitude < 60)
        span = tr("%n s", int(magnitude));
    else if (magnitude < 3600)
        span = tr("%n min", int(magnitude / 60));
    else if (magnitude < 86400)
        span = tr("%n h", int(magnitude / 3600));
    else
        span = tr("%n d", int(magnitude / 86400));
    return seconds >= 0 ? tr("in %1").arg(span) : tr("%1 ago").arg(span);
}

QString text(const std::string &value) { return QString::fromStdString(value); }

QString text(std::string_view value) { return QString::fromUtf8(value.data(), qsizetype(value.size())); }

QString text(const std::optional<std::string> &value) { return value ? QString::fromStdString(*value) : QString(); }

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return QStringLiteral("—");
    return *value ? QCoreApplication::translate("sk::models", "On") : QCoreApplication::translate("sk::models", "Off");
}

QString countOf(qint64 count, const QString &singular, const QString &plural)
{
    return QString::number(count) + u' ' + (count == 1 ? singular : plural);
}

} // namespace sk::models
