#pragma once

#include "models/core/textmatcher.h"
#include "services/entities/timestamp.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <array>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace sk::models {

// How entity values read in tables: one place, so every tab shows them alike.
QDateTime toDateTime(const entities::Timestamp &timestamp);
QString formatTimestamp(const entities::Timestamp &timestamp); // local "2026-10-16 11:58", "" when unset
QVariant timestampSortKey(const entities::Timestamp &timestamp);
// formatTimestamp()'s text as UTF-8 in `buffer`, without QDateTime for most timestamps (the
// local offset is remembered per UTC day): for matching a filter over many rows.
std::string_view formatTimestampInto(const entities::Timestamp &timestamp, std::array<char, 24> &buffer);
// Whether formatTimestamp(timestamp) matches; formats it only when the typed text could be in
// a timestamp at all (digits, '-', ':', ' ').
bool timestampMatches(const TextMatcher &matcher, const entities::Timestamp &timestamp);
QString text(const std::string &value);
QString text(std::string_view value);
QString text(const std::optional<std::string> &value);
// "3 h ago", "in 12 min", "2 d ago" (seconds, minutes, hours, days); "" when unset.
QString relativeTime(const entities::Timestamp &time, const QDateTime &now);
// Every character relativeTime() writes, and "expired " before it (untranslated: the console
// has no translation files), for TextMatcher::mayOccurIn().
inline constexpr std::string_view kRelativeTimeAlphabet = "0123456789 sminhdagoexpr";
QString yesNo(std::optional<bool> value); // "On", "Off", "—"
// "1 organization", "230 organizations" (English plurals without a translation file).
QString countOf(qint64 count, const QString &singular, const QString &plural);

// An entity as indented JSON, as the API would send it (Copy as JSON), its Secret fields masked
// ("[secret]", services/json/secret.h).
template <typename T>
QString entityJson(const T &entity)
{
    const nlohmann::json json = entity;
    return QString::fromStdString(json.dump(2));
}

} // namespace sk::models
