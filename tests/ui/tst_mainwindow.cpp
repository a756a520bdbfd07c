// The main window built offscreen: its six tabs, their empty states, the status bar, the
// banner, geometry/last-tab persistence across two windows, and the tab built after the first
// frame at start-up.
#include "services/api/apiclient.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/consoletabs.h"
#include "ui/environmentstatuspanel.h"
#include "ui/mainwindow.h"
#include "ui/organizations/organizationstab.h"
#include "ui/widgets/emptystatewidget.h"
#include "ui/widgets/messagebanner.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using sk::services::EnvironmentStatus;
using sk::ui::MainWindow;
using sk::ui::TabId;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ScalekitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void hasSixTabsInOrder()
    {
        EnvironmentStatus status;
        MainWindow window(&status);
        window.setPersistSettings(false);
        const QStringList expected{QStringLiteral("Organizations"), QStringLiteral("Users"),
                                   QStringLiteral("SSO Connections"), QStringLiteral("Directories"),
                                   QStringLiteral("AgentKit"), QStringLiteral("MCP")};
        QCOMPARE(window.tabs()->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(window.tabs()->tabText(i), expected.at(i));
            QVERIFY2(!window.tabs()->tabIcon(i).isNull(), qPrintable(expected.at(i)));
        }
    }

    void everyTabHasADesignedEmptyState()
    {
        EnvironmentStatus status;
        MainWindow window(&status);
        window.setPersistSettings(false);
        for (int i = 0; i < window.tabs()->count(); ++i) {
            auto *empty = qobject_cast<sk::ui::EmptyStateWidget *>(window.tabs()->widget(i));
            QVERIFY(empty);
            QVERIFY(!empty->title().isEmpty());
            QVERIFY(empty->message().size() > 40);
        }
        // Not configured: every empty state says how to get data.
        auto *hint = window.findChild<QLabel *>(QStringLiteral("emptyStateHint"));
        QVERIFY(hint);
        QVERIFY(hint->text().contains(QStringLiteral("--sandbox")));
    }

    void tabKeysRoundTrip()
    {
        for (const sk::ui::TabInfo &tab : sk::ui::consoleTabs())
            QCOMPARE(sk::ui::tabFromKey(tab.key), std::optional<TabId>(tab.id));
        QCOMPARE(sk::ui::tabFromKey(QStringLiteral("AgentKit")), std::optional<TabId>(TabId::AgentKit));
        QVERIFY(!sk::ui::tabFromKey(QStringLiteral("billing")).has_value());
    }

    void statusBarFollowsTheEnvironment()
    {
        EnvironmentStatus status;
        MainWindow window(&status);
        window.setPersistSettings(false);
        window.show();
        QVERIFY(window.windowTitle().contains(QStringLiteral("No environment")));

        status.setEnvironment(QStringLiteral("acme-prod"), EnvironmentStatus::Kind::Production);
        QVERIFY(window.statusPanel()->environmentText().contains(QStringLiteral("acme-prod")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("acme-prod")));
        auto *switcher = window.findChild<QToolButton *>(QStringLiteral("environmentSwitcher"));
        QVERIFY(switcher && switcher->text().contains(QStringLiteral("acme-prod")));

        QVERIFY(!window.statusPanel()->busyVisible());
        QVERIFY(window.isIdle());
        status.requestStarted();
        status.requestStarted();
        QVERIFY(!window.isIdle());
        // Shown a moment later (not per request), then it stays until the requests end.
        QTRY_VERIFY(window.statusPanel()->busyVisible());
        status.requestFinished();
        status.requestFinished();
        status.requestFinished(); // an extra finish never goes negative
        QCOMPARE(status.inFlight(), 0);
        QTRY_VERIFY(!window.statusPanel()->busyVisible());

        QVERIFY(window.banner()->isHidden());
        status.setConnection(EnvironmentStatus::Connection::Failed, QStringLiteral("TLS handshake failed"));
        QVERIFY(!window.banner()->isHidden());
        QVERIFY(window.banner()->text().contains(QStringLiteral("TLS handshake failed")));
        QCOMPARE(window.statusPanel()->connectionText(), QStringLiteral("Connection failed"));
        status.setConnection(EnvironmentStatus::Connection::Connected);
        QVERIFY(window.banner()->isHidden());
    }

    void geometryAndLastTabAreRestored()
    {
        {
            EnvironmentStatus status;
            MainWindow window(&status);
            window.show();
            window.resize(900, 640);
            window.showTab(TabId::Directories);
            QVERIFY(window.close());
        }
        EnvironmentStatus status;
        MainWindow window(&status);
        QCOMPARE(window.currentTab(), TabId::Organizations);
        window.restoreSettings();
        QCOMPARE(window.currentTab(), TabId::Directories);
        QCOMPARE(window.size(), QSize(900, 640));
    }

    void nonPersistentWindowSavesNothing()
    {
        QSettings().clear();
        {
            EnvironmentStatus status;
            MainWindow window(&status);
            window.setPersistSettings(false);
            window.show();
            window.showTab(TabId::Mcp);
            window.close();
        }
        QVERIFY(!QSettings().contains(QStringLiteral("MainWindow/lastTab")));
    }

    // Start-up (docs/startup.md): the first frame shows the current tab's placeholder, and the
    // tab is built on the turn of the event loop after that frame, not before it.
    void currentTabIsBuiltJustAfterTheFirstFrame()
    {
        QNetworkAccessManager network;
        sk::api::ApiClient client(&network);
        sk::services::Services services(&client);
        EnvironmentStatus status;
        MainWindow window(&status);
        window.setPersistSettings(false);
        int paintsBeforeBuild = -1;
        PaintCounter paints;
        window.installEventFilter(&paints);
        window.installTab(TabId::Organizations, [&] {
            paintsBeforeBuild = paints.count;
            return new sk::ui::OrganizationsTab(&services, &status);
        });
        window.buildCurrentTabAfterFirstFrame();
        window.showTab(TabId::Organizations); // selects it, builds nothing yet
        QCOMPARE(paintsBeforeBuild, -1);
        QVERIFY(qobject_cast<sk::ui::EmptyStateWidget *>(window.tabs()->currentWidget()));
        window.show();
        QTRY_VERIFY(window.isTabBuilt(TabId::Organizations));
        QVERIFY(paintsBeforeBuild > 0);
        QVERIFY(qobject_cast<sk::ui::OrganizationsTab *>(window.tabs()->currentWidget()));
        QCOMPARE(window.currentTab(), TabId::Organizations);
        QCOMPARE(window.tabs()->count(), 6);
        // Asked for directly, a tab is built at once, first frame or not.
        QVERIFY(window.tab(TabId::Organizations));
    }

private:
    struct PaintCounter : QObject
    {
        int count = 0;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++count;
            return QObject::eventFilter(watched, event);
        }
    };
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
