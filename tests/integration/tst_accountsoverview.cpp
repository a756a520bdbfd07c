// AccountsOverview over thousands of sandbox accounts: its counts (per connection and status,
// per status, token expiry per day and per connection window) must equal counts computed
// independently from the raw API; a filter narrows them; cancel() sends no further request.
#include "models/agentkit/accountsoverview.h"
#include "models/agentkit/connectedaccountstatus.h"
#include "rawconnectedaccounts.h"
#include "servicetest.h"

#include <QSignalSpy>

using namespace sk;
using models::AccountsOverview;
using models::AccountsSummary;

namespace {

constexpr int kAccounts = 3000;

// Compares everything the summary says with the raw counts; returns the first difference.
QString difference(const AccountsSummary &summary, const test::RawConnectedAccounts::Counts &raw)
{
    if (summary.total() != raw.total)
        return QStringLiteral("total %1 != %2").arg(summary.total()).arg(raw.total);
    qint64 cells = 0;
    for (const auto &[key, count] : raw.byConnectionAndStatus) {
        const QString connection = QString::fromStdString(key.first);
        const QString status = QString::fromStdString(key.second);
        if (summary.count(connection, status) != count)
            return QStringLiteral("%1/%2: %3 != %4").arg(connection, status).arg(summary.count(connection, status)).arg(count);
        ++cells;
    }
    qint64 summaryCells = 0;
    for (const auto &counts : summary.byConnection())
        summaryCells += counts.byStatus.size();
    if (summaryCells != cells)
        return QStringLiteral("%1 cells != %2").arg(summaryCells).arg(cells);
    for (const auto &[status, count] : raw.byStatus) {
        if (summary.statusTotal(QString::fromStdString(status)) != count)
            return QStringLiteral("status %1").arg(QString::fromStdString(status));
    }
    if (summary.expiredTokens() != raw.expired)
        return QStringLiteral("expired %1 != %2").arg(summary.expiredTokens()).arg(raw.expired);
    for (int day = 0; day < 30; ++day) {
        if (summary.expiringOnDay(day) != raw.perDay[std::size_t(day)])
            return QStringLiteral("day %1: %2 != %3").arg(day).arg(summary.expiringOnDay(day)).arg(raw.perDay[std::size_t(day)]);
    }
    for (const auto &counts : summary.byConnection()) {
        const auto it = raw.expiring.find(counts.connection.toStdString());
        const std::array<qint64, 3> windows = it == raw.expiring.end() ? std::array<qint64, 3>{} : it->second;
        if (counts.expiring.within24h != windows[0] || counts.expiring.within7d != windows[1]
            || counts.expiring.within30d != windows[2])
            return QStringLiteral("expiry windows of %1").arg(counts.connection);
    }
    return {};
}

} // namespace

class TestAccountsOverview : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture{{QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--connected-accounts"),
                                    QString::number(kAccounts)}};

    bool run(AccountsOverview &overview)
    {
        QSignalSpy finished(&overview, &AccountsOverview::finished);
        overview.refresh();
        return finished.wait(120000) || overview.isComplete();
    }

    // The overview's counts must equal the raw counts of a state that did not change while it
    // ran (the sandbox turns ACTIVE accounts whose token just expired into EXPIRED as time
    // passes, so a raw listing is taken before and after; they must agree).
    void compareWithRaw(const services::ConnectedAccountFilter &filter, const QString &rawQuery)
    {
        test::RawConnectedAccounts raw(m_fixture.sandbox());
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto before = raw.all(rawQuery);
            QVERIFY(before);
            AccountsOverview overview(m_fixture.client());
            overview.setFilter(filter);
            QVERIFY(run(overview));
            const auto after = raw.all(rawQuery);
            QVERIFY(after);
            const qint64 asOf = overview.summary().asOf().nanos;
            const auto countsBefore = test::RawConnectedAccounts::count(*before, asOf);
            if (test::RawConnectedAccounts::count(*after, asOf).byConnectionAndStatus != countsBefore.byConnectionAndStatus)
                continue; // an account changed status meanwhile: measure again
            const QString diff = difference(overview.summary(), countsBefore);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            QCOMPARE(overview.total(), qint64(before->size()));
            QCOMPARE(overview.pagesRequested(), int((before->size() + 98) / 99));
            return;
        }
        QFAIL("the sandbox's accounts kept changing");
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString())); }

    void countsEqualTheRawApi()
    {
        compareWithRaw({}, {});
    }

    void filteredCountsEqualTheRawApi()
    {
        services::ConnectedAccountFilter filter;
        filter.connectionNames = {"gmail-prod", "zendesk"};
        compareWithRaw(filter, QStringLiteral("connection_names=gmail-prod&connection_names=zendesk"));
    }

    void summaryShapeIsConsistent()
    {
        AccountsOverview overview(m_fixture.client());
        QVERIFY(run(overview));
        const AccountsSummary &s = overview.summary();
        QVERIFY(s.total() >= kAccounts);
        qint64 statusSum = 0;
        for (const QString &status : s.statuses())
            statusSum += s.statusTotal(status);
        QCOMPARE(statusSum, s.total()); // statuses add up to the accounts
        qint64 connectionSum = 0;
        for (const auto &counts : s.byConnection())
            connectionSum += counts.total;
        QCOMPARE(connectionSum, s.total());
        QVERIFY(s.connections().size() > 5);
        QVERIFY(s.statusTotal(QStringLiteral("ACTIVE")) > 0);
        QVERIFY(s.statusTotal(QStringLiteral("EXPIRED")) > 0);
        QVERIFY(s.expiredTokens() > 0);
        QVERIFY(s.expiringTotals().within30d > 0);
        QCOMPARE(s.statuses().mid(0, 5), models::ConnectedAccountStatus::knownKeys());
    }

    void progressAndThrottledChanges()
    {
        AccountsOverview overview(m_fixture.client());
        overview.setChangeInterval(60000); // no timer-driven change in this run: only start and end
        QSignalSpy progress(&overview, &AccountsOverview::progress);
        QSignalSpy changed(&overview, &AccountsOverview::changed);
        QVERIFY(run(overview));
        QVERIFY(progress.size() > 10);
        QCOMPARE(progress.last().at(0).toLongLong(), overview.loaded());
        QCOMPARE(progress.last().at(1).toLongLong(), overview.loaded());
        QVERIFY2(changed.size() <= 3, qPrintable(QString::number(changed.size())));
        QVERIFY(changed.size() >= 2);
    }

    // Readable while it fills; cancel() drops the page in flight and asks for no other.
    void cancelStopsFurtherRequests()
    {
        QVERIFY(m_fixture.sandbox().setFaults("{\"latency_ms\":50}"));
        AccountsOverview overview(m_fixture.client());
        QSignalSpy progress(&overview, &AccountsOverview::progress);
        QSignalSpy cancelled(&overview, &AccountsOverview::cancelled);
        overview.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(overview.loaded() >= 3 * AccountsOverview::kPageSize, 30000);
        QVERIFY(overview.isLoading());
        QVERIFY(overview.summary().total() > 0); // partial counts are there
        overview.cancel();
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(overview.state(), AccountsOverview::State::Cancelled);
        QCOMPARE(m_fixture.client()->inFlight(), 0);
        const int pages = overview.pagesRequested();
        const int progressed = progress.size();
        const qint64 loaded = overview.loaded();
        // A round trip on the same client: had a page been asked for, it would have landed.
        const auto probe = test::await<entities::Page<entities::ConnectedAccount>>([this](QObject *owner, auto done) {
            return services::ConnectedAccountsService(m_fixture.client()).list({}, {5, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(probe);
        QCOMPARE(overview.pagesRequested(), pages);
        QCOMPARE(progress.size(), progressed);
        QCOMPARE(overview.loaded(), loaded);
        QVERIFY(loaded < overview.total());
        QVERIFY(m_fixture.sandbox().clearFaults());

        // refresh() after a cancel starts over and completes.
        QVERIFY(run(overview));
        QVERIFY(overview.isComplete());
        QVERIFY(overview.loaded() >= kAccounts);
    }

    // cancel() from a slot of progress() (a GUI's Stop button reacting mid-page) stops at once.
    void cancelFromAProgressSlotStops()
    {
        AccountsOverview overview(m_fixture.client());
        connect(&overview, &AccountsOverview::progress, &overview, [&overview](qint64 loaded) {
            if (loaded >= 2 * AccountsOverview::kPageSize)
                overview.cancel();
        });
        QSignalSpy cancelled(&overview, &AccountsOverview::cancelled);
        overview.refresh();
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(overview.pagesRequested(), 2);
        QCOMPARE(m_fixture.client()->inFlight(), 0);
        const auto probe = test::await<entities::Page<entities::ConnectedAccount>>([this](QObject *owner, auto done) {
            return services::ConnectedAccountsService(m_fixture.client()).list({}, {5, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(probe);
        QCOMPARE(overview.pagesRequested(), 2);
        QCOMPARE(overview.loaded(), qint64(2 * AccountsOverview::kPageSize));
    }

    void failureIsReported()
    {
        QVERIFY(m_fixture.sandbox().setFaults("{\"error_rate\":1}"));
        AccountsOverview overview(m_fixture.client());
        QSignalSpy failed(&overview, &AccountsOverview::failed);
        overview.refresh();
        QVERIFY(failed.wait(60000));
        QCOMPARE(overview.state(), AccountsOverview::State::Failed);
        QVERIFY(overview.error());
        QVERIFY(m_fixture.sandbox().clearFaults());
    }
};

QTEST_GUILESS_MAIN(TestAccountsOverview)
#include "tst_accountsoverview.moc"
