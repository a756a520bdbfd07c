// McpInstancesModel and McpConfigsModel against a real sandbox, under QAbstractItemModelTester:
// every instance paged to the end (30 a page), the server-side filters (user, config, name)
// keep only matching rows, each readiness badge says what the instance's mappings say, the URL
// never reaches Copy as JSON, and a failed page shows as a failure, not as an empty list.
#include "models/mcp/mcpconfigsmodel.h"
#include "models/mcp/mcpinstancesmodel.h"
#include "models/mcp/mcpreadiness.h"
#include "servicetest.h"
#include "tests/integration/modeltest.h"

#include <QAbstractItemModelTester>

using namespace sk;
using models::McpConfigsModel;
using models::McpInstancesModel;
using models::McpReadiness;
using models::PagedTableModel;
using sk::test::settle;

class TestMcpInstancesModel : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture { { QStringLiteral("--seed"), QStringLiteral("3"),
                                       QStringLiteral("--mcp-instances"), QStringLiteral("100") } };

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        m_fixture.client()->retryPolicy().maxAttempts = 1;
    }

    void init() { QVERIFY(m_fixture.sandbox().clearFaults()); }

    void everyInstancePagedWithItsReadiness()
    {
        McpInstancesModel model(&m_fixture.services()->mcp());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), McpInstancesModel::kPageSize); // one page until asked for more
        model.loadAll();
        QVERIFY(
            QTest::qWaitFor([&model] { return model.state() == PagedTableModel::State::Complete; }, 30000));
        QVERIFY(model.entityCount() >= 90);
        QCOMPARE(model.totalSize(), model.entityCount());
        int ready = 0;
        for (int row = 0; row < model.entityCount(); ++row) {
            const entities::McpInstance *x = model.instanceAt(row);
            bool all = true;
            int active = 0;
            for (const auto &m : x->config.connectionToolMappings) {
                const bool on = m.connectedAccountStatus.value_or("") == "ACTIVE";
                all &= on;
                active += on ? 1 : 0;
            }
            ready += all ? 1 : 0;
            const QModelIndex cell = model.index(row, McpInstancesModel::Readiness);
            const auto badge = cell.data(PagedTableModel::BadgeRole).value<models::StatusBadge>();
            QCOMPARE(badge.tone == models::StatusTone::Good, all);
            QCOMPARE(cell.data().toString(),
                     all ? QStringLiteral("Ready")
                         : QStringLiteral("%1 of %2 connected")
                               .arg(active)
                               .arg(x->config.connectionToolMappings.size()));
            const QString json = model.index(row, 0).data(PagedTableModel::JsonRole).toString();
            QVERIFY(!x->url.reveal().empty());
            QVERIFY(!json.contains(QString::fromStdString(x->url.reveal())));
        }
        QVERIFY(ready > 0 && ready < model.entityCount());
    }

    void filtersKeepOnlyMatchingRows()
    {
        McpInstancesModel model(&m_fixture.services()->mcp());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        const entities::McpInstance first = *model.instanceAt(0);

        services::McpInstanceFilter byUser;
        byUser.userIdentifier = first.userIdentifier;
        model.setFilter(byUser);
        QVERIFY(settle(model));
        QVERIFY(model.isFiltered());
        QVERIFY(model.entityCount() >= 1);
        for (int row = 0; row < model.entityCount(); ++row)
            QCOMPARE(model.instanceAt(row)->userIdentifier, first.userIdentifier);

        services::McpInstanceFilter byConfig;
        byConfig.configName = first.config.name;
        model.setFilter(byConfig);
        model.loadAll();
        QVERIFY(
            QTest::qWaitFor([&model] { return model.state() == PagedTableModel::State::Complete; }, 30000));
        QVERIFY(model.entityCount() >= 2);
        for (int row = 0; row < model.entityCount(); ++row)
            QCOMPARE(model.instanceAt(row)->config.name, first.config.name);

        services::McpInstanceFilter byName;
        byName.name = first.name;
        model.setFilter(byName);
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), 1);
        QCOMPARE(model.instanceAt(0)->id, first.id);

        model.setFilter({});
        QVERIFY(settle(model));
        QVERIFY(!model.isFiltered());
    }

    void aFailedPageIsAFailure()
    {
        McpInstancesModel model(&m_fixture.services()->mcp());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_fixture.sandbox().setFaults("{\"error_rate\":1.0}"));
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.state(), PagedTableModel::State::Failed);
        QCOMPARE(model.entityCount(), 0);
        QVERIFY(m_fixture.sandbox().clearFaults());
        model.reload();
        QVERIFY(settle(model));
        QVERIFY(model.state() != PagedTableModel::State::Failed);
        QVERIFY(model.entityCount() > 0);
    }

    void configsListTheirConnectionsAndTools()
    {
        McpConfigsModel model(&m_fixture.services()->mcp());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadAll();
        QVERIFY(
            QTest::qWaitFor([&model] { return model.state() == PagedTableModel::State::Complete; }, 30000));
        QVERIFY(model.entityCount() >= 4);
        for (int row = 0; row < model.entityCount(); ++row) {
            const entities::McpConfig *c = model.configAt(row);
            const QString text = model.index(row, McpConfigsModel::Connections).data().toString();
            for (const auto &m : c->connectionToolMappings) {
                const QString expected
                    = QStringLiteral("%1 (%2)").arg(QString::fromStdString(m.connectionName),
                                                    McpConfigsModel::toolCountText(int(m.tools.size())));
                QVERIFY2(text.contains(expected), qPrintable(text + QStringLiteral(" lacks ") + expected));
            }
            QCOMPARE(model.index(row, McpConfigsModel::Instances).data().toString(), QStringLiteral("…"));
        }
        QHash<QString, int> counts { { QString::fromStdString(model.configAt(0)->name), 7 } };
        model.setInstanceCounts(counts, true);
        QCOMPARE(model.index(0, McpConfigsModel::Instances).data().toString(), QStringLiteral("7"));
        QCOMPARE(model.index(1, McpConfigsModel::Instances).data().toString(), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestMcpInstancesModel)
#include "tst_mcpinstancesmodel.moc"
