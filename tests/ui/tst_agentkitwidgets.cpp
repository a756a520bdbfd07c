// The AgentKit overview's painted widgets, offscreen: StatusHeatmap (clicking or pressing Enter
// on a cell emits its connection and status; tooltips say the count and the status's meaning),
// ExpiryTimeline (each bar emits its day, -1 for already expired), StatusCounts (a chip per
// status, unknown ones included); each renders with many colours in light and dark palettes;
// and they follow a real AccountsOverview over a sandbox.
#include "models/agentkit/accountsoverview.h"
#include "models/agentkit/connectedaccountstatus.h"
#include "tests/support/sandboxprocess.h"
#include "tests/ui/uitest.h"
#include "ui/agentkit/expirytimeline.h"
#include "ui/agentkit/statuscounts.h"
#include "ui/agentkit/statusheatmap.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace sk;
using entities::ConnectorStatus;
using entities::Enum;
using models::AccountsSummary;

namespace {

constexpr std::int64_t kHour = 3600LL * 1'000'000'000LL;

// A deterministic spread of accounts like a real environment's, plus an unknown status.
AccountsSummary sampleSummary()
{
    const entities::Timestamp now = entities::Timestamp::now();
    AccountsSummary summary(now);
    const char *connections[] = {"gmail-prod", "slack-prod", "github-prod", "salesforce-prod", "zendesk", "linear", "stripe"};
    std::uint32_t seed = 12345;
    const auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 8; };
    for (int i = 0; i < 3000; ++i) {
        entities::ConnectedAccount a;
        a.connector = connections[next() % 7];
        const std::uint32_t roll = next() % 100;
        a.status = roll < 60 ? Enum<ConnectorStatus>(ConnectorStatus::Active)
                 : roll < 72 ? Enum<ConnectorStatus>(ConnectorStatus::Expired)
                 : roll < 84 ? Enum<ConnectorStatus>(ConnectorStatus::PendingAuth)
                 : roll < 90 ? Enum<ConnectorStatus>(ConnectorStatus::PendingVerification)
                             : Enum<ConnectorStatus>(ConnectorStatus::Disconnected);
        if (a.connector == "linear" && i % 50 == 0)
            a.status = Enum<ConnectorStatus>::fromRaw("REVOKED");
        if (next() % 3)
            a.tokenExpiresAt = entities::Timestamp(now.nanos + (std::int64_t(next() % (34 * 24)) - 4 * 24) * kHour + 1);
        summary.add(a);
    }
    return summary;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}


// Renders the widget (and saves it under SK_SCREENSHOT_DIR) and checks it is a real picture.
void checkPicture(QWidget *widget, const QString &name)
{
    test::screenshot(widget, name);
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY2(distinctColours(image) > 30, qPrintable(QStringLiteral("%1: %2 colours").arg(name).arg(distinctColours(image))));
}

} // namespace

class TestAgentkitWidgets : public QObject
{
    Q_OBJECT

private slots:
    void heatmapCellClickEmitsConnectionAndStatus()
    {
        ui::StatusHeatmap heatmap;
        heatmap.setSummary(sampleSummary());
        heatmap.resize(heatmap.sizeHint());
        heatmap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
        QCOMPARE(heatmap.connections().size(), 7);
        QCOMPARE(heatmap.statuses().mid(0, 5), models::ConnectedAccountStatus::knownKeys());
        QCOMPARE(heatmap.statuses().last(), QStringLiteral("REVOKED")); // the unknown status has its column

        QSignalSpy spy(&heatmap, &ui::StatusHeatmap::cellActivated);
        const QRect cell = heatmap.cellRect(QStringLiteral("slack-prod"), QStringLiteral("EXPIRED"));
        QVERIFY(!cell.isEmpty());
        QTest::mouseClick(&heatmap, Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("slack-prod"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("EXPIRED"));

        const QRect unknown = heatmap.cellRect(QStringLiteral("linear"), QStringLiteral("REVOKED"));
        QTest::mouseClick(&heatmap, Qt::LeftButton, {}, unknown.center());
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("linear"));
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("REVOKED"));

        // Between cells and on the header: nothing.
        QTest::mouseClick(&heatmap, Qt::LeftButton, {}, QPoint(cell.center().x(), 3));
        QCOMPARE(spy.size(), 2);
    }

    void heatmapIsKeyboardNavigable()
    {
        ui::StatusHeatmap heatmap;
        heatmap.setSummary(sampleSummary());
        heatmap.resize(heatmap.sizeHint());
        heatmap.show();
        heatmap.activateWindow();
        heatmap.setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&heatmap));
        QSignalSpy spy(&heatmap, &ui::StatusHeatmap::cellActivated);
        QTest::keyClick(&heatmap, Qt::Key_Home);
        QTest::keyClick(&heatmap, Qt::Key_Down);
        QTest::keyClick(&heatmap, Qt::Key_Down);
        QTest::keyClick(&heatmap, Qt::Key_Right);
        QTest::keyClick(&heatmap, Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), heatmap.connections().at(2));
        QCOMPARE(spy.at(0).at(1).toString(), heatmap.statuses().at(1));
        QTest::keyClick(&heatmap, Qt::Key_End);
        QTest::keyClick(&heatmap, Qt::Key_Space);
        QCOMPARE(spy.at(1).at(0).toString(), heatmap.connections().last());
        QCOMPARE(spy.at(1).at(1).toString(), heatmap.statuses().last());
    }

    void heatmapTooltipSaysCountAndMeaning()
    {
        ui::StatusHeatmap heatmap;
        const AccountsSummary summary = sampleSummary();
        heatmap.setSummary(summary);
        heatmap.resize(heatmap.sizeHint());
        const int index = heatmap.cellIndex(QStringLiteral("gmail-prod"), QStringLiteral("PENDING_AUTH"));
        const QString tip = heatmap.itemToolTip(index);
        QVERIFY(tip.contains(QString::number(summary.count(QStringLiteral("gmail-prod"), QStringLiteral("PENDING_AUTH")))));
        QVERIFY(tip.contains(QStringLiteral("Pending authorization")));
        QVERIFY(tip.contains(QStringLiteral("authorization link")));
        QCOMPARE(heatmap.itemAt(heatmap.itemRect(index).center()), index);
        QVERIFY(heatmap.itemToolTip(heatmap.cellIndex(QStringLiteral("linear"), QStringLiteral("REVOKED")))
                    .contains(QStringLiteral("unknown (REVOKED)")));
    }

    void timelineBarsEmitTheirDay()
    {
        ui::ExpiryTimeline timeline;
        const AccountsSummary summary = sampleSummary();
        timeline.setSummary(summary);
        timeline.resize(720, 180);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QSignalSpy spy(&timeline, &ui::ExpiryTimeline::dayActivated);
        for (const int day : {ui::ExpiryTimeline::kExpiredDay, 0, 10, 29}) {
            QTest::mouseClick(&timeline, Qt::LeftButton, {}, timeline.itemRect(ui::ExpiryTimeline::itemOfDay(day)).center());
            QCOMPARE(spy.last().at(0).toInt(), day);
        }
        QCOMPARE(spy.size(), 4);
        QCOMPARE(timeline.countOfDay(ui::ExpiryTimeline::kExpiredDay), summary.expiredTokens());
        QVERIFY(timeline.itemToolTip(0).contains(QString::number(summary.expiredTokens())));
        QVERIFY(timeline.itemToolTip(ui::ExpiryTimeline::itemOfDay(3)).contains(QString::number(summary.expiringOnDay(3))));
        // Bars do not overlap and run left to right.
        for (int i = 1; i < timeline.itemCount(); ++i)
            QVERIFY(timeline.itemRect(i).left() >= timeline.itemRect(i - 1).right());
    }

    void statusChipsEmitTheirStatus()
    {
        ui::StatusCounts counts;
        counts.setSummary(sampleSummary());
        counts.resize(counts.sizeHint());
        counts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&counts));
        QCOMPARE(counts.statuses().size(), 6);
        QSignalSpy spy(&counts, &ui::StatusCounts::statusActivated);
        QTest::mouseClick(&counts, Qt::LeftButton, {}, counts.chipRect(QStringLiteral("PENDING_VERIFICATION")).center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("PENDING_VERIFICATION"));
        QVERIFY(counts.itemToolTip(int(counts.statuses().indexOf(QStringLiteral("REVOKED")))).contains(QStringLiteral("unknown (REVOKED)")));
        // Narrow: the chips wrap onto more lines.
        QVERIFY(counts.heightForWidth(260) > counts.heightForWidth(2000));
    }

    void picturesHaveManyColoursLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void picturesHaveManyColoursLightAndDark()
    {
        QFETCH(bool, dark);
        QWidget page;
        if (dark)
            page.setPalette(test::darkPalette());
        page.setAutoFillBackground(true);
        auto *counts = new ui::StatusCounts(&page);
        auto *heatmap = new ui::StatusHeatmap(&page);
        auto *timeline = new ui::ExpiryTimeline(&page);
        const AccountsSummary summary = sampleSummary();
        for (ui::SummaryView *view : std::initializer_list<ui::SummaryView *>{counts, heatmap, timeline})
            view->setSummary(summary);
        counts->setGeometry(0, 0, 900, counts->heightForWidth(900));
        heatmap->setGeometry(0, counts->height() + 8, 900, heatmap->sizeHint().height());
        timeline->setGeometry(0, heatmap->geometry().bottom() + 8, 900, 180);
        page.resize(900, timeline->geometry().bottom() + 4);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString suffix = dark ? QStringLiteral("-dark") : QStringLiteral("-light");
        checkPicture(counts, QStringLiteral("agentkit-counts") + suffix);
        checkPicture(heatmap, QStringLiteral("agentkit-heatmap") + suffix);
        checkPicture(timeline, QStringLiteral("agentkit-timeline") + suffix);
        test::screenshot(&page, QStringLiteral("agentkit-overview") + suffix);
        // The chip text reads on its fill in both palettes.
        QCOMPARE(counts->palette().color(QPalette::Window).lightness() < 128, dark);
    }

    void emptySummaryShowsItsText()
    {
        ui::StatusHeatmap heatmap;
        heatmap.setSummary(AccountsSummary());
        heatmap.setEmptyText(QStringLiteral("Nothing here"));
        QCOMPARE(heatmap.itemCount(), 0);
        heatmap.resize(300, 100);
        QVERIFY(!heatmap.grab().isNull());
        QTest::keyClick(&heatmap, Qt::Key_Return); // no item: no signal, no crash
    }

    // Following an overview over a real sandbox: the widgets show what it counted, as it fills.
    void widgetsFollowARealOverview()
    {
        test::SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--connected-accounts"),
                                      QStringLiteral("2000")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QNetworkAccessManager network;
        api::ApiClient client(&network);
        client.setSettings({sandbox.url(), sandbox.clientId(), sandbox.clientSecret()});
        models::AccountsOverview overview(&client);
        ui::StatusHeatmap heatmap;
        ui::StatusCounts counts;
        heatmap.follow(&overview);
        counts.follow(&overview);
        QSignalSpy finished(&overview, &models::AccountsOverview::finished);
        overview.refresh();
        QVERIFY(finished.wait(60000));
        QCOMPARE(heatmap.summary(), overview.summary());
        QCOMPARE(counts.summary(), overview.summary());
        QVERIFY(heatmap.connections().size() >= 10);
        heatmap.resize(heatmap.sizeHint());
        test::screenshot(&heatmap, QStringLiteral("agentkit-heatmap-sandbox"));
    }
};

QTEST_MAIN(TestAgentkitWidgets)
#include "tst_agentkitwidgets.moc"
