// The AgentKit status vocabulary and AccountsSummary's arithmetic, on hand-made accounts:
// every spec status has its own badge, unknown values stay raw and never count as active,
// expiry lands in the right day and windows, and merging equals adding.
#include "models/agentkit/accountssummary.h"
#include "models/agentkit/connectedaccountstatus.h"

#include <QtTest>

#include <set>

using namespace sk;
using entities::ConnectedAccount;
using entities::ConnectorStatus;
using entities::Enum;
using entities::Timestamp;
using models::AccountsSummary;
using models::ConnectedAccountStatus;
using models::StatusTone;

namespace {

constexpr std::int64_t kHour = 3600LL * 1'000'000'000LL;
const Timestamp kNow = Timestamp::fromUnixSeconds(1'800'000'000);

ConnectedAccount account(const std::string &connector, Enum<ConnectorStatus> status, std::int64_t expiresInHours = 0,
                         bool expiry = true)
{
    ConnectedAccount a;
    a.connector = connector;
    a.status = std::move(status);
    if (expiry)
        a.tokenExpiresAt = Timestamp(kNow.nanos + expiresInHours * kHour + 1);
    return a;
}

} // namespace

class TestAgentkitSummary : public QObject
{
    Q_OBJECT

private slots:
    void everySpecStatusHasItsOwnBadge()
    {
        const QStringList keys = ConnectedAccountStatus::knownKeys();
        QCOMPARE(keys, (QStringList{QStringLiteral("ACTIVE"), QStringLiteral("EXPIRED"), QStringLiteral("PENDING_AUTH"),
                                    QStringLiteral("PENDING_VERIFICATION"), QStringLiteral("DISCONNECTED")}));
        std::set<QString> labels;
        for (const QString &key : keys) {
            const models::StatusBadge badge = ConnectedAccountStatus::badge(key);
            QVERIFY(!badge.isNull());
            QVERIFY2(badge.tooltip.size() > 40, qPrintable(key));
            QVERIFY(badge.tone != StatusTone::Unknown);
            labels.insert(badge.text);
        }
        QCOMPARE(labels.size(), std::size_t(keys.size()));
        QCOMPARE(ConnectedAccountStatus::badge(QStringLiteral("ACTIVE")).tone, StatusTone::Good);
        QVERIFY(ConnectedAccountStatus::isActive(QStringLiteral("ACTIVE")));
        for (const QString &key : keys.mid(1))
            QVERIFY(!ConnectedAccountStatus::isActive(key));
        // Every status wire name of the entity table is covered, the unspecified zero too.
        for (const auto &entry : entities::kConnectorStatusNames)
            QVERIFY(ConnectedAccountStatus::isKnown(QString::fromLatin1(entry.name.data(), qsizetype(entry.name.size()))));
    }

    void unknownStatusStaysRawAndIsNeverActive()
    {
        const auto status = Enum<ConnectorStatus>::fromRaw("REVOKED");
        QCOMPARE(ConnectedAccountStatus::keyOf(status), QStringLiteral("REVOKED"));
        const models::StatusBadge badge = ConnectedAccountStatus::badge(status);
        QCOMPARE(badge.text, QStringLiteral("unknown (REVOKED)"));
        QCOMPARE(badge.tone, StatusTone::Unknown);
        QVERIFY(badge.tooltip.contains(QStringLiteral("REVOKED")));
        QVERIFY(!ConnectedAccountStatus::isActive(QStringLiteral("REVOKED")));
        QVERIFY(!ConnectedAccountStatus::isActive(QStringLiteral("active")));
        QCOMPARE(ConnectedAccountStatus::badge(ConnectedAccountStatus::unspecifiedKey()).tone, StatusTone::Unknown);

        AccountsSummary s(kNow);
        s.add(account("gmail", Enum<ConnectorStatus>::fromRaw("REVOKED")));
        s.add(account("gmail", ConnectorStatus::Active));
        QCOMPARE(s.activeTotal(), qint64(1));
        QCOMPARE(s.needingAttention(), qint64(1));
        QCOMPARE(s.count(QStringLiteral("gmail"), QStringLiteral("REVOKED")), qint64(1));
        QCOMPARE(s.statuses().last(), QStringLiteral("REVOKED")); // after the known ones
        QCOMPARE(s.statuses().size(), 6);
    }

    void countsAndExpiryBuckets()
    {
        AccountsSummary s(kNow);
        s.add(account("gmail", ConnectorStatus::Active, 2));        // day 0
        s.add(account("gmail", ConnectorStatus::Active, 30));       // day 1
        s.add(account("gmail", ConnectorStatus::Expired, -5));      // already expired
        s.add(account("slack", ConnectorStatus::Active, 24 * 10));  // day 10
        s.add(account("slack", ConnectorStatus::Active, 24 * 31));  // later
        s.add(account("slack", ConnectorStatus::PendingAuth, 0, false));
        QCOMPARE(s.total(), qint64(6));
        QCOMPARE(s.connections(), (QStringList{QStringLiteral("gmail"), QStringLiteral("slack")}));
        QCOMPARE(s.count(QStringLiteral("gmail"), QStringLiteral("ACTIVE")), qint64(2));
        QCOMPARE(s.count(QStringLiteral("slack"), QStringLiteral("PENDING_AUTH")), qint64(1));
        QCOMPARE(s.count(QStringLiteral("nope"), QStringLiteral("ACTIVE")), qint64(0));
        QCOMPARE(s.statusTotal(QStringLiteral("ACTIVE")), qint64(4));
        QCOMPARE(s.expiredTokens(), qint64(1));
        QCOMPARE(s.expiringOnDay(0), qint64(1));
        QCOMPARE(s.expiringOnDay(1), qint64(1));
        QCOMPARE(s.expiringOnDay(10), qint64(1));
        QCOMPARE(s.expiringLater(), qint64(1));
        QCOMPARE(s.withoutExpiry(), qint64(1));
        const models::ExpiryWindows gmail = s.connection(QStringLiteral("gmail"))->expiring;
        QCOMPARE(gmail, (models::ExpiryWindows{1, 2, 2}));
        const models::ExpiryWindows slack = s.connection(QStringLiteral("slack"))->expiring;
        QCOMPARE(slack, (models::ExpiryWindows{0, 0, 1}));
        QCOMPARE(s.expiringTotals(), (models::ExpiryWindows{1, 2, 3}));
        QCOMPARE(s.dayStart(1), s.asOfDateTime().addSecs(86400));
    }

    void mergeEqualsAdd()
    {
        AccountsSummary all(kNow);
        AccountsSummary first(kNow);
        AccountsSummary second(kNow);
        for (int i = 0; i < 200; ++i) {
            const ConnectedAccount a = account(i % 3 ? "gmail" : "zendesk",
                                               i % 7 ? Enum<ConnectorStatus>(ConnectorStatus(1 + i % 5))
                                                     : Enum<ConnectorStatus>::fromRaw("NEW_" + std::to_string(i % 2)),
                                               (i * 13) % 900 - 100, i % 4 != 0);
            all.add(a);
            (i < 120 ? first : second).add(a);
        }
        first.merge(second);
        QVERIFY(first == all);
    }
};

QTEST_GUILESS_MAIN(TestAgentkitSummary)
#include "tst_agentkitsummary.moc"
