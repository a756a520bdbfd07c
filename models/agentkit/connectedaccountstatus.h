#pragma once

#include "models/core/statusbadge.h"
#include "services/entities/connectedaccount.h"

#include <QString>
#include <QStringList>

namespace sk::models {

// The console's vocabulary for connected-account statuses (connected_accounts.ConnectorStatus):
// a badge per value with a label, a tooltip saying what it means and what to do, and a tone.
// Statuses are keyed by their wire name ("ACTIVE"); a value the spec does not list keeps its
// raw wire string as key, reads "unknown (RAW)" with tone Unknown, and never counts as active.
// The prose-only names of some docs (INACTIVE, PENDING, REVOKED, ERROR) are such unknown values:
// the API enum does not have them.
class ConnectedAccountStatus
{
public:
    // The spec's values in display order: ACTIVE, EXPIRED, PENDING_AUTH, PENDING_VERIFICATION,
    // DISCONNECTED. CONNECTION_STATUS_UNSPECIFIED (the proto zero) is known but not listed.
    static const QStringList &knownKeys();
    static QString unspecifiedKey();

    // The key of an account's status: the wire name, or the raw string of an unknown value.
    static QString keyOf(const entities::Enum<entities::ConnectorStatus> &status);

    static StatusBadge badge(const QString &key);
    static StatusBadge badge(const entities::Enum<entities::ConnectorStatus> &status) { return badge(keyOf(status)); }

    static bool isKnown(const QString &key);
    // Only ACTIVE is ready for tool calls.
    static bool isActive(const QString &key) { return key == QLatin1String("ACTIVE"); }
    // Whether a fresh authorization link is what fixes the account (every status but ACTIVE).
    static bool needsAuthorization(const QString &key) { return !isActive(key); }

    // Known keys first (in knownKeys() order, then unspecified), unknown ones after, sorted.
    static bool displayLess(const QString &a, const QString &b);
};

} // namespace sk::models
