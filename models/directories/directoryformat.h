#pragma once

#include "models/core/statusbadge.h"
#include "services/entities/directory.h"

#include <QDateTime>
#include <QString>

namespace sk::models {

// How a directory's values read, in one place for the table, the detail pane and the CLI:
// its status badge, provider (name and icon), type and sync freshness.
namespace directoryformat {

// A sync older than this is stale. The API does not say how often a directory syncs: SCIM
// providers push changes as they happen and most run a full push at least daily, so a
// directory that has not synced for a day is worth a look.
inline constexpr qint64 kStaleAfterSeconds = 24 * 3600;

// DRAFT, IN_PROGRESS, COMPLETED; anything else is "Unknown (RAW)" with tone Unknown, never ready.
StatusBadge statusBadge(const std::string &status);
// "Okta", "Microsoft AD"...; an unknown provider reads "Unknown (RAW)".
QString providerText(const entities::Enum<entities::DirectoryProvider> &provider);
// The wire name ("OKTA", "MICROSOFT_AD"; an unknown value as received) the table gives as
// kProviderKeyRole: the shared delegate draws ui/widgets/providericon's tile for it, the generic
// icon for an unspecified or unknown provider.
QString providerKey(const entities::Enum<entities::DirectoryProvider> &provider);
QString typeText(const entities::Enum<entities::DirectoryType> &type);

// Whether the last sync is older than kStaleAfterSeconds (an enabled directory that never
// synced is stale too; a disabled one is not expected to sync).
bool isStale(const entities::Directory &directory, const QDateTime &now);
// "3 h ago", "never"; with the stale tone for the table and the detail.
QString lastSyncedText(const entities::Directory &directory, const QDateTime &now);
StatusBadge syncBadge(const entities::Directory &directory, const QDateTime &now);

// The secret the SCIM provider currently uses: the newest ACTIVE one, or nullptr.
const entities::DirectorySecret *activeSecret(const entities::Directory &directory);

} // namespace directoryformat
} // namespace sk::models
