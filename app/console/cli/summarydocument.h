#pragma once

#include "models/agentkit/accountssummary.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace sk::app::cli {

// The output of `connected-accounts summary`, in its three formats.
//
// JSON (one document):
//   {"as_of": RFC3339, "total": N, "tokens_expired": N,
//    "counts":      [{"connection": C, "status": S, "count": N}, ...],
//    "statuses":    [{"status": S, "count": N}, ...],
//    "connections": [{"connection": C, "total": N, "expiring_24h": N, "expiring_7d": N, "expiring_30d": N}, ...]}
// counts has one object per connection and status: every spec status for every connection
// (0 included), and an unknown status (its raw value) where it occurs. The counts add up to
// total. Token expiry is never a status: it is the expiring_* keys of the connection objects
// (tokens expiring within 24 hours / 7 days / 30 days of as_of; each includes the shorter).
//
// CSV and table: one row per connection, a column per status, then total, expiring_24h,
// expiring_7d, expiring_30d; the table ends with a TOTAL row.
class SummaryDocument
{
public:
    static nlohmann::ordered_json toJson(const models::AccountsSummary &summary);
    static QByteArray toCsv(const models::AccountsSummary &summary);
    static QByteArray toTable(const models::AccountsSummary &summary);
};

} // namespace sk::app::cli
