#include "models/core/displayformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_map>

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

namespace {

// The local time's offset from UTC (seconds) throughout the UTC day holding `seconds`, or
// nullopt when it differs at the day's two ends (a transition that day: ask QDateTime for that
// instant). Remembered per day: QDateTime's conversion to local time costs microseconds, and a
// filter over 100,000 rows formats 200,000 timestamps.
std::optional<int> localOffsetOfDay(qint64 seconds)
{
    static std::unordered_map<qint64, std::optional<int>> days; // the GUI thread's
    static std::string zone; // TZ when they were worked out
    const char *tz = std::getenv("TZ");
    if (zone != (tz ? tz : "") || days.size() > 100'000) {
        zone = tz ? tz : "";
        days.clear();
    }
    const qint64 day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    if (const auto found = days.find(day); found != days.end())
        return found->second;
    const auto offsetAt
        = [](qint64 s) { return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toLocalTime().offsetFromUtc(); };
    const int first = offsetAt(day * 86400);
    const std::optional<int> offset
        = first == offsetAt(day * 86400 + 86399) ? std::optional(first) : std::nullopt;
    days.emplace(day, offset);
    return offset;
}

} // namespace

std::string_view formatTimestampInto(const entities::Timestamp &timestamp, std::array<char, 24> &buffer)
{
    if (!timestamp.isSet())
        return {};
    const qint64 ms = timestamp.unixMillis();
    const qint64 seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    const std::optional<int> offset = localOffsetOfDay(seconds);
    const qint64 local = seconds + offset.value_or(0);
    // Days to a civil date (Howard Hinnant's days_from_civil, inverted).
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const qint64 secondOfDay = local - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (!offset || year < 1000 || year > 9999) { // a transition that day, or not four digits: Qt's way
        const QByteArray text = formatTimestamp(timestamp).toUtf8();
        const std::size_t size = std::min(buffer.size(), std::size_t(text.size()));
        std::copy_n(text.constData(), size, buffer.data());
        return {buffer.data(), size};
    }
    const auto put = [&buffer](std::size_t at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buffer[at + std::size_t(i)] = char('0' + value % 10);
    };
    put(0, year, 4);
    buffer[4] = '-';
    put(5, month, 2);
    buffer[7] = '-';
    put(8, day, 2);
    buffer[10] = ' ';
    put(11, secondOfDay / 3600, 2);
    buffer[13] = ':';
    put(14, secondOfDay % 3600 / 60, 2);
    return {buffer.data(), 16};
}

bool timestampMatches(const TextMatcher &matcher, const entities::Timestamp &timestamp)
{
    if (matcher.isEmpty())
        return true;
    if (!timestamp.isSet() || !matcher.mayOccurIn(TextMatcher::kTimestampAlphabet))
        return false;
    std::array<char, 24> buffer {};
    return matcher.matches(formatTimestampInto(timestamp, buffer));
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
