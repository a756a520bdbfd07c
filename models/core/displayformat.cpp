#include "models/core/displayformat.h"

#include <QCoreApplication>

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
