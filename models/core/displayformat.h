#pragma once

#include "services/entities/timestamp.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <string>

namespace sk::models {

// How entity values read in tables: one place, so every tab shows them alike.
QDateTime toDateTime(const entities::Timestamp &timestamp);
QString formatTimestamp(const entities::Timestamp &timestamp); // local "2026-10-16 11:58", "" when unset
QVariant timestampSortKey(const entities::Timestamp &timestamp);
QString text(const std::string &value);
QString text(std::string_view value);
QString text(const std::optional<std::string> &value);
// "3 h ago", "in 12 min", "2 d ago" (seconds, minutes, hours, days); "" when unset.
QString relativeTime(const entities::Timestamp &time, const QDateTime &now);
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
