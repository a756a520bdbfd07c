// The GUI fault matrix (issue 14): every tab, against the sandbox's fault injector and broken
// transports. For each fault the tab's list either completes or shows the failure in its
// banner with Retry; Retry after the fault clears loads it (its first page); the GUI thread never freezes
// (the longest stall is measured by a 5 ms ticker and printed; the assertion only catches a freeze, 2 s, it
// is not a speed test: figures live in docs/reliability.md); nothing crashes. Each cell prints one line
// "FAULTMATRIX tab | fault | outcome | max stall ms".

#include "services/core/environmentstatus.h"
#include "tests/integration/modeltest.h"
#include "tests/ui/uitestsupport.h"
#include "ui/agentkit/agentkittab.h"
#include "ui/connections/connectionstab.h"
#include "ui/directories/directoriestab.h"
#include "ui/mcp/mcptab.h"
#include "ui/organizations/organizationstab.h"
#include "ui/users/userstab.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourcepage.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace sk;
using models::PagedTableModel;

namespace {

using TabMaker = std::function<ui::ResourcePage *(services::Services *, services::EnvironmentStatus *)>;

// Every tab built on ResourcePage, by key.
TabMaker makerFor(const QString &key)
{
    if (key == QStringLiteral("organizations"))
        return [](auto *s, auto *e) { return new ui::OrganizationsTab(s, e); };
    if (key == QStringLiteral("users"))
        return [](auto *s, auto *e) { return new ui::UsersTab(s, e); };
    if (key == QStringLiteral("connections"))
        return [](auto *s, auto *e) { return new ui::ConnectionsTab(s, e); };
    if (key == QStringLiteral("directories"))
        return [](auto *s, auto *e) { return new ui::DirectoriesTab(s, e); };
    if (key == QStringLiteral("agentkit"))
        return [](auto *s, auto *e) { return new ui::AgentKitTab(s, e); };
    if (key == QStringLiteral("mcp"))
        return [](auto *s, auto *e) { return new ui::McpTab(s, e); };
    return {};
}

// Every tab of the window (ui/consoletabs.cpp): a new tab is in the matrix from its first day.
QStringList tabKeys()
{
    QStringList keys;
    for (const ui::TabInfo &tab : ui::consoleTabs())
        keys << tab.key;
    return keys;
}

// The lateness of a 5 ms ticker: how long the GUI thread was busy at a stretch.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_clock.isValid())
                m_max = std::max(m_max, double(m_clock.nsecsElapsed()) / 1e6 - 5.0);
            m_clock.restart();
        });
        m_timer.start();
    }
    double maxMs() const { return std::max(0.0, m_max); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_max = 0;
};

// A loopback server that accepts TLS connections and answers garbage: the handshake fails.
class NotTls : public QTcpServer
{
public:
    NotTls()
    {
        listen(QHostAddress::LocalHost, 0);
        QObject::connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
};

// The first page is in (the list may have more pages to come), or the load failed.
bool finished(const PagedTableModel &model)
{
    using State = PagedTableModel::State;
    return model.state() == State::Complete || model.state() == State::Failed
        || (model.state() == State::Idle && model.entityCount() > 0);
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture {QStringList {QStringLiteral("--seed"), QStringLiteral("3")}};
    services::EnvironmentStatus m_status;
    api::ConnectionSettings m_settings;

    // Loads the tab under the current fault; returns "loaded" or "failed: <banner>" (with
    // Retry checked), or "" on a hang, and the longest stall.
    QString loadUnderFault(const QString &key, std::unique_ptr<ui::ResourcePage> &tab, double *stallMs)
    {
        StallMeter meter;
        tab.reset(makerFor(key)(m_fixture.services(), &m_status));
        tab->resize(1200, 800);
        tab->show();
        PagedTableModel *model = tab->listModel();
        const bool done = QTest::qWaitFor([model] { return finished(*model); }, 90000);
        *stallMs = meter.maxMs();
        if (!done)
            return {};
        if (model->state() != PagedTableModel::State::Failed)
            return QStringLiteral("loaded");
        const QString banner = tab->banner()->text();
        const bool retryShown = tab->banner()->isVisible() && tab->banner()->actionButton()->isVisible();
        return QStringLiteral("failed%1: %2")
            .arg(retryShown ? QStringLiteral(" (Retry shown)") : QString(), banner);
    }

private slots:
    void initTestCase()
    {
        std::string organizationId;
        QVERIFY2(test::startUiTest(m_fixture, m_status, &organizationId),
                 qPrintable(m_fixture.errorString()));
        m_settings = m_fixture.client()->settings();
        m_fixture.client()->retryPolicy().maxAttempts = 3; // keeps the failing cells short
    }

    void init()
    {
        m_fixture.client()->setSettings(m_settings);
        QVERIFY(m_fixture.sandbox().clearFaults());
        QVERIFY(m_fixture.sandbox().setFaults(
            "{\"rate_limit\":0,\"drop_rate\":0,\"malformed_rate\":0,\"token_ttl\":3600,\"latency_ms\":0}"));
    }

    void everyTabSurvivesEveryFault_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QByteArray>("faults"); // sandbox faults, or "unreachable" / "tls"
        const QList<QPair<const char *, QByteArray>> faults = {
            {"500 ms latency", "{\"latency_ms\":500}"},
            {"20% 503", "{\"error_rate\":0.2}"},
            {"rate limit 20/s", "{\"rate_limit\":20,\"retry_after\":1}"},
            {"5% dropped connections", "{\"drop_rate\":0.05}"},
            {"malformed or truncated JSON", "{\"malformed_rate\":1.0}"},
            {"2 s token lifetime", "{\"token_ttl\":2,\"latency_ms\":300}"},
            {"unreachable host", "unreachable"},
            {"TLS failure", "tls"},
        };
        for (const QString &tab : tabKeys()) {
            for (const auto &[name, json] : faults)
                QTest::newRow(qPrintable(tab + QStringLiteral(" | ") + QString::fromLatin1(name)))
                    << tab << json;
        }
    }

    void everyTabSurvivesEveryFault()
    {
        QFETCH(QString, tab);
        QFETCH(QByteArray, faults);
        NotTls notTls;
        if (faults == "unreachable") {
            QTcpServer closed; // a port that was free a moment ago, now closed again
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            const quint16 port = closed.serverPort();
            closed.close();
            api::ConnectionSettings s = m_settings;
            s.environmentUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            m_fixture.client()->setSettings(s);
        } else if (faults == "tls") {
            api::ConnectionSettings s = m_settings;
            s.environmentUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(notTls.serverPort()));
            m_fixture.client()->setSettings(s);
        } else {
            QVERIFY(m_fixture.sandbox().setFaults(faults));
        }
        std::unique_ptr<ui::ResourcePage> page;
        double stall = 0;
        const QString outcome = loadUnderFault(tab, page, &stall);
        qInfo("FAULTMATRIX %s | %s | %.0f ms", QTest::currentDataTag(), qPrintable(outcome.left(120)), stall);
        QVERIFY2(!outcome.isEmpty(), "the list neither loaded nor failed: a hang");
        QVERIFY2(stall < 2000, qPrintable(QStringLiteral("the GUI froze for %1 ms").arg(stall)));
        if (faults == "tls") // says what failed, not just "could not reach"
            QVERIFY2(outcome.contains(QStringLiteral("secure (TLS) connection")), qPrintable(outcome));
        if (outcome.startsWith(QStringLiteral("failed"))) {
            QVERIFY2(outcome.startsWith(QStringLiteral("failed (Retry shown)")), qPrintable(outcome));
            // The fault clears; Retry loads the list.
            m_fixture.client()->setSettings(m_settings);
            QVERIFY(m_fixture.sandbox().clearFaults());
            QVERIFY(m_fixture.sandbox().setFaults("{\"malformed_rate\":0,\"drop_rate\":0,\"rate_limit\":0}"));
            QTest::mouseClick(page->banner()->actionButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&page] { return finished(*page->listModel()); }, 60000));
            QVERIFY(page->listModel()->state() != PagedTableModel::State::Failed);
            QVERIFY(!page->banner()->isVisible());
        }
        QVERIFY(page->listModel()->entityCount() > 0);
    }

    // The server goes away in the middle of a load: the tab says so, with Retry, and Retry
    // against a server that is still gone fails again the same way (no crash, no hang).
    void theServerStoppingMidLoadIsAFailureWithRetry()
    {
        for (const QString &key : tabKeys()) {
            test::ServiceFixture fixture;
            services::EnvironmentStatus status;
            std::string organizationId;
            QVERIFY2(test::startUiTest(fixture, status, &organizationId), qPrintable(fixture.errorString()));
            fixture.client()->retryPolicy().maxAttempts = 2;
            QVERIFY(fixture.sandbox().setFaults("{\"latency_ms\":1500}"));
            StallMeter meter;
            std::unique_ptr<ui::ResourcePage> page(makerFor(key)(fixture.services(), &status));
            page->show();
            QVERIFY(QTest::qWaitFor(
                [&page] { return page->listModel()->state() == PagedTableModel::State::Loading; }, 10000));
            QVERIFY(fixture.sandbox().stop());
            QVERIFY(QTest::qWaitFor([&page] { return finished(*page->listModel()); }, 60000));
            QCOMPARE(page->listModel()->state(), PagedTableModel::State::Failed);
            QVERIFY(page->banner()->isVisible() && page->banner()->actionButton()->isVisible());
            QTest::mouseClick(page->banner()->actionButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&page] { return finished(*page->listModel()); }, 60000));
            QCOMPARE(page->listModel()->state(), PagedTableModel::State::Failed);
            qInfo("FAULTMATRIX %s | server stops mid-load | failed (Retry shown) | %.0f ms", qPrintable(key),
                  meter.maxMs());
            QVERIFY(meter.maxMs() < 2000);
        }
    }
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
