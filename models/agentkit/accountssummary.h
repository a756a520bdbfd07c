#pragma once

#include "services/entities/connectedaccount.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>

namespace sk::models {

// Tokens of one connection that expire within the next 24 hours, 7 days and 30 days (counted
// from AccountsSummary::asOf(); each window includes the shorter ones; already expired tokens
// are in none of them).
struct ExpiryWindows
{
    qint64 within24h = 0;
    qint64 within7d = 0;
    qint64 within30d = 0;
    friend bool operator==(const ExpiryWindows &, const ExpiryWindows &) = default;
};

// The accounts of one connection (by connection name, the API's `connector`).
struct ConnectionCounts
{
    QString connection;
    QMap<QString, qint64> byStatus; // status key (ConnectedAccountStatus::keyOf) -> accounts
    qint64 total = 0;
    ExpiryWindows expiring;
    friend bool operator==(const ConnectionCounts &, const ConnectionCounts &) = default;
};

// Counts over a set of connected accounts, never the accounts themselves: per connection and
// status, per status, and token expiry (per day for the next 30 days, already expired, later,
// none). Days are 24-hour windows from asOf(): day 0 is [asOf, asOf + 24 h). So the per-connection
// within24h/within7d/within30d are sums of days 0, 0..6 and 0..29. Every token_expires_at that is
// set counts, whatever the account's status. A plain value: copy it, compare it, merge it.
class AccountsSummary
{
public:
    static constexpr int kDays = 30;

    explicit AccountsSummary(entities::Timestamp asOf = entities::Timestamp::now());

    void add(const entities::ConnectedAccount &account);
    // Adds other's counts (same asOf expected: its day buckets are taken as they are).
    void merge(const AccountsSummary &other);

    entities::Timestamp asOf() const { return m_asOf; }
    QDateTime asOfDateTime() const;
    qint64 total() const { return m_total; }
    bool isEmpty() const { return m_total == 0; }

    // Connection names, sorted; and one connection's counts (nullptr if it has no accounts).
    QStringList connections() const;
    const ConnectionCounts *connection(const QString &name) const;
    const QMap<QString, ConnectionCounts> &byConnection() const { return m_connections; }
    qint64 count(const QString &connection, const QString &status) const;

    // Every known status (always, even at 0), then unspecified and unknown ones that occur.
    QStringList statuses() const;
    qint64 statusTotal(const QString &status) const { return m_statusTotals.value(status); }
    const QMap<QString, qint64> &statusTotals() const { return m_statusTotals; }
    qint64 activeTotal() const;
    qint64 needingAttention() const { return m_total - activeTotal(); }

    // Expiry: tokens already expired at asOf, expiring on day 0..29, later, and accounts with no
    // token expiry (API keys, never authorized).
    qint64 expiredTokens() const { return m_expired; }
    qint64 expiringOnDay(int day) const;
    const std::array<qint64, kDays> &expiringPerDay() const { return m_perDay; }
    qint64 expiringLater() const { return m_later; }
    qint64 withoutExpiry() const { return m_noExpiry; }
    // The start of day `day` (asOf + day * 24 h), local time.
    QDateTime dayStart(int day) const;
    ExpiryWindows expiringTotals() const;

    // The connection an account is counted under: its connection name, else its connection id,
    // else "(no connection)".
    static QString connectionKeyOf(const entities::ConnectedAccount &account);

    friend bool operator==(const AccountsSummary &, const AccountsSummary &) = default;

private:
    entities::Timestamp m_asOf;
    qint64 m_total = 0;
    QMap<QString, ConnectionCounts> m_connections;
    QMap<QString, qint64> m_statusTotals;
    qint64 m_expired = 0;
    std::array<qint64, kDays> m_perDay{};
    qint64 m_later = 0;
    qint64 m_noExpiry = 0;
};

} // namespace sk::models

Q_DECLARE_METATYPE(sk::models::AccountsSummary)
