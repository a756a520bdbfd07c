#include "models/agentkit/accountssummary.h"

#include "models/agentkit/connectedaccountstatus.h"

#include <algorithm>

namespace sk::models {

namespace {
constexpr std::int64_t kDayNanos = 86400LL * 1'000'000'000LL;
} // namespace

AccountsSummary::AccountsSummary(entities::Timestamp asOf)
    : m_asOf(asOf)
{
}

QString AccountsSummary::connectionKeyOf(const entities::ConnectedAccount &account)
{
    if (!account.connector.empty())
        return QString::fromStdString(account.connector);
    if (!account.connectionId.empty())
        return QString::fromStdString(account.connectionId);
    return QStringLiteral("(no connection)");
}

void AccountsSummary::add(const entities::ConnectedAccount &account)
{
    const QString connection = connectionKeyOf(account);
    const QString status = ConnectedAccountStatus::keyOf(account.status);
    ConnectionCounts &counts = m_connections[connection];
    counts.connection = connection;
    ++counts.byStatus[status];
    ++counts.total;
    ++m_statusTotals[status];
    ++m_total;

    if (!account.tokenExpiresAt.isSet()) {
        ++m_noExpiry;
        return;
    }
    const std::int64_t delta = account.tokenExpiresAt.nanos - m_asOf.nanos;
    if (delta < 0) {
        ++m_expired;
        return;
    }
    const std::int64_t day = delta / kDayNanos;
    if (day >= kDays) {
        ++m_later;
        return;
    }
    ++m_perDay[std::size_t(day)];
    if (day < 1)
        ++counts.expiring.within24h;
    if (day < 7)
        ++counts.expiring.within7d;
    ++counts.expiring.within30d;
}

void AccountsSummary::merge(const AccountsSummary &other)
{
    for (const ConnectionCounts &theirs : other.m_connections) {
        ConnectionCounts &ours = m_connections[theirs.connection];
        ours.connection = theirs.connection;
        for (auto it = theirs.byStatus.cbegin(); it != theirs.byStatus.cend(); ++it)
            ours.byStatus[it.key()] += it.value();
        ours.total += theirs.total;
        ours.expiring.within24h += theirs.expiring.within24h;
        ours.expiring.within7d += theirs.expiring.within7d;
        ours.expiring.within30d += theirs.expiring.within30d;
    }
    for (auto it = other.m_statusTotals.cbegin(); it != other.m_statusTotals.cend(); ++it)
        m_statusTotals[it.key()] += it.value();
    m_total += other.m_total;
    m_expired += other.m_expired;
    for (std::size_t day = 0; day < m_perDay.size(); ++day)
        m_perDay[day] += other.m_perDay[day];
    m_later += other.m_later;
    m_noExpiry += other.m_noExpiry;
}

QDateTime AccountsSummary::asOfDateTime() const
{
    return QDateTime::fromMSecsSinceEpoch(m_asOf.unixMillis());
}

QStringList AccountsSummary::connections() const
{
    return m_connections.keys(); // QMap keys are sorted
}

const ConnectionCounts *AccountsSummary::connection(const QString &name) const
{
    const auto it = m_connections.constFind(name);
    return it == m_connections.cend() ? nullptr : &it.value();
}

qint64 AccountsSummary::count(const QString &connection, const QString &status) const
{
    const ConnectionCounts *counts = this->connection(connection);
    return counts ? counts->byStatus.value(status) : 0;
}

QStringList AccountsSummary::statuses() const
{
    QStringList keys = ConnectedAccountStatus::knownKeys();
    for (auto it = m_statusTotals.cbegin(); it != m_statusTotals.cend(); ++it) {
        if (!keys.contains(it.key()))
            keys << it.key();
    }
    std::stable_sort(keys.begin(), keys.end(), &ConnectedAccountStatus::displayLess);
    return keys;
}

qint64 AccountsSummary::activeTotal() const
{
    qint64 active = 0;
    for (auto it = m_statusTotals.cbegin(); it != m_statusTotals.cend(); ++it) {
        if (ConnectedAccountStatus::isActive(it.key()))
            active += it.value();
    }
    return active;
}

qint64 AccountsSummary::expiringOnDay(int day) const
{
    return day >= 0 && day < kDays ? m_perDay[std::size_t(day)] : 0;
}

QDateTime AccountsSummary::dayStart(int day) const
{
    return asOfDateTime().addSecs(qint64(day) * 86400);
}

ExpiryWindows AccountsSummary::expiringTotals() const
{
    ExpiryWindows total;
    for (const ConnectionCounts &counts : m_connections) {
        total.within24h += counts.expiring.within24h;
        total.within7d += counts.expiring.within7d;
        total.within30d += counts.expiring.within30d;
    }
    return total;
}

} // namespace sk::models
