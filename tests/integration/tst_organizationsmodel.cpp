// OrganizationsModel against a real sandbox: paging to the end with exact totals, one page
// request at a time, server search, the failure row and retry, all under
// QAbstractItemModelTester.
#include "tests/integration/modeltest.h"

#include "models/core/listquery.h"
#include "services/resources/services.h"
#include "models/organizations/organizationsmodel.h"
#include "tests/support/sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace sk;
using models::OrganizationsModel;
using models::PagedTableModel;

using sk::test::settle;

class TestOrganizationsModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<services::Services> m_services;

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>(QStringList{QStringLiteral("--organizations"), QStringLiteral("230")});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<api::ApiClient>(&m_network);
        m_services = std::make_unique<services::Services>(m_client.get());
        m_client->setSettings({m_sandbox->url(), m_sandbox->clientId(), m_sandbox->clientSecret()});
        m_client->retryPolicy().maxAttempts = 2;
        m_client->retryPolicy().baseDelay = std::chrono::milliseconds(10);
    }

    void init() { QVERIFY(m_sandbox->clearFaults()); }

    void pagesToTheEndWithExactTotals()
    {
        OrganizationsModel model(&m_services->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(OrganizationsModel::ColumnCount));
        model.reload();
        QVERIFY(!model.canFetchMore()); // never two page requests at once
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), models::listquery::kPageSize);
        QCOMPARE(model.totalSize(), 230);
        while (model.canFetchMore()) {
            model.fetchMore();
            QVERIFY(settle(model));
        }
        QCOMPARE(model.state(), PagedTableModel::State::Complete);
        QCOMPARE(model.entityCount(), 230);
        QCOMPARE(model.rowCount(), 230);
        std::set<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, OrganizationsModel::Id).data().toString());
        QCOMPARE(ids.size(), std::size_t(230));
        QVERIFY(ids.begin()->startsWith(QStringLiteral("org_")));
    }

    void rawValuesSortAndDisplayValuesRead()
    {
        OrganizationsModel model(&m_services->organizations());
        model.reload();
        QVERIFY(settle(model));
        const QModelIndex created = model.index(0, OrganizationsModel::Created);
        QVERIFY(created.data(PagedTableModel::RawValueRole).toLongLong() > 1'600'000'000'000LL);
        QCOMPARE(created.data().toString().size(), 16); // yyyy-MM-dd HH:mm
        const QString sso = model.index(0, OrganizationsModel::Sso).data().toString();
        QVERIFY(sso == QStringLiteral("On") || sso == QStringLiteral("Off"));
        QCOMPARE(model.headerData(OrganizationsModel::DisplayName, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    void searchGoesToTheServerFromThreeCharacters()
    {
        OrganizationsModel model(&m_services->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        const QString name = model.index(5, OrganizationsModel::DisplayName).data().toString();
        model.setSearch(name.left(2)); // too short: still the whole list
        QVERIFY(model.search().isEmpty());
        model.setSearch(name);
        QCOMPARE(model.search(), name);
        QVERIFY(settle(model));
        QVERIFY(model.entityCount() >= 1);
        QVERIFY(model.entityCount() < 230);
        bool found = false;
        for (int row = 0; row < model.entityCount(); ++row)
            found = found || model.index(row, OrganizationsModel::DisplayName).data().toString() == name;
        QVERIFY(found);
    }

    void failureShowsARetryRow()
    {
        OrganizationsModel model(&m_services->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        QVERIFY(m_sandbox->setFaults("{\"error_rate\":1.0}"));
        model.fetchMore();
        QVERIFY(settle(model));
        QCOMPARE(model.state(), PagedTableModel::State::Failed);
        QCOMPARE(model.rowCount(), model.entityCount() + 1);
        const QModelIndex status = model.index(model.entityCount(), 0);
        QVERIFY(status.data(PagedTableModel::StatusRowRole).toBool());
        QVERIFY(status.data().toString().contains(QStringLiteral("retry")));
        QVERIFY(!(model.flags(status) & Qt::ItemIsSelectable));
        QCOMPARE(model.lastError()->kind, api::ApiError::Kind::Server);

        QVERIFY(m_sandbox->setFaults("{\"error_rate\":0}"));
        model.retry();
        QVERIFY(settle(model));
        // The tester fetches on its own as rows change; either way no page comes twice.
        while (model.canFetchMore()) {
            model.fetchMore();
            QVERIFY(settle(model));
        }
        QCOMPARE(model.entityCount(), 230);
        std::set<QString> ids;
        for (int row = 0; row < model.entityCount(); ++row)
            ids.insert(model.index(row, OrganizationsModel::Id).data().toString());
        QCOMPARE(ids.size(), std::size_t(230));
    }

    void slowPageShowsALoadingRow()
    {
        QVERIFY(m_sandbox->setFaults("{\"latency_ms\":900}"));
        OrganizationsModel model(&m_services->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(QTest::qWaitFor([&model] { return model.rowCount() == 1; }, 5000));
        QVERIFY(model.isStatusRow(0));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Loading… (Esc stops)"));
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), models::listquery::kPageSize);
        QVERIFY(!model.isStatusRow(0));
    }

    void reloadCancelsThePageInFlight()
    {
        QVERIFY(m_sandbox->setFaults("{\"latency_ms\":400}"));
        OrganizationsModel model(&m_services->organizations());
        model.reload();
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), models::listquery::kPageSize); // not two pages appended
        QCOMPARE(m_client->inFlight(), 0);
    }

    void aSlowPageCanBeStopped()
    {
        QVERIFY(m_sandbox->setFaults("{\"latency_ms\":900}"));
        OrganizationsModel model(&m_services->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(QTest::qWaitFor([&model] { return model.rowCount() == 1; }, 5000));
        model.cancelLoading();
        QCOMPARE(model.state(), PagedTableModel::State::Idle);
        QCOMPARE(model.rowCount(), 0); // the loading row went with the request
        QVERIFY(QTest::qWaitFor([this] { return m_client->inFlight() == 0; }, 5000));
        QVERIFY(model.canFetchMore()); // and it can be asked for again
        QVERIFY(m_sandbox->clearFaults());
        model.fetchMore();
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), models::listquery::kPageSize);
    }

    void exactMatchesComeFirst()
    {
        OrganizationsModel model(&m_services->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        const QString id = model.index(3, OrganizationsModel::Id).data().toString();
        const QString externalId = model.index(3, OrganizationsModel::ExternalId).data().toString();
        QVERIFY(OrganizationsModel::looksLikeOrganizationId(id));
        QVERIFY(!OrganizationsModel::looksLikeOrganizationId(QStringLiteral("org_ with space")));
        model.setSearch(id);
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), 1);
        QCOMPARE(model.exactMatchRow(), 0);
        model.setSearch(externalId);
        QVERIFY(settle(model));
        QCOMPARE(model.exactMatchRow(), 0);
        QCOMPARE(model.index(0, OrganizationsModel::Id).data().toString(), id);
        model.setSearch(QStringLiteral("no-such-external-id"));
        QVERIFY(settle(model));
        QCOMPARE(model.exactMatchRow(), -1);
    }

    // A search page takes two requests (the exact external-ID lookup, then the name search).
    // Esc after the first answer must stop the second: nothing may land afterwards, and the
    // next page load runs alone.
    void stoppingBetweenTheTwoRequestsOfASearchPage()
    {
        OrganizationsModel model(&m_services->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        const QString externalId = model.index(5, OrganizationsModel::ExternalId).data().toString();
        QVERIFY(!externalId.isEmpty());

        QVERIFY(m_sandbox->setFaults("{\"latency_ms\":400}"));
        model.setSearch(externalId);
        // The lookup answered (its row is in) and the search is on its way.
        QVERIFY(QTest::qWaitFor([&model] { return model.entityCount() == 1; }, 10000));
        QCOMPARE(model.state(), PagedTableModel::State::Loading);
        QCOMPARE(m_client->inFlight(), 1);
        model.cancelLoading();
        QCOMPARE(model.state(), PagedTableModel::State::Idle);
        QCOMPARE(m_client->inFlight(), 0); // the chained search went with the page

        // Its answer would have arrived within the latency; nothing lands.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(!inserted.wait(1200));
        QCOMPARE(model.entityCount(), 1);

        // Asked again, the page loads alone, and the exact match is listed once.
        QVERIFY(m_sandbox->clearFaults());
        model.fetchMore();
        QCOMPARE(m_client->inFlight(), 1);
        QVERIFY(settle(model));
        QSet<QString> ids;
        for (int row = 0; row < model.entityCount(); ++row)
            ids.insert(model.index(row, OrganizationsModel::Id).data().toString());
        QCOMPARE(ids.size(), model.entityCount());
        QCOMPARE(model.exactMatchRow(), 0);
    }

    // Clearing the search while its second request is slow: the old search's rows never
    // arrive among the new list's.
    void resetDuringASlowChainedPage()
    {
        OrganizationsModel model(&m_services->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        const QString externalId = model.index(7, OrganizationsModel::ExternalId).data().toString();
        QVERIFY(m_sandbox->setFaults("{\"latency_ms\":400}"));
        model.setSearch(externalId);
        QVERIFY(QTest::qWaitFor([&model] { return model.entityCount() == 1; }, 10000));
        model.setSearch(QString()); // back to every organization, while the search runs
        QCOMPARE(m_client->inFlight(), 1); // only the new list's first page
        QVERIFY(settle(model, 20000));
        QCOMPARE(model.entityCount(), models::listquery::kPageSize);
        QCOMPARE(model.exactMatchRow(), -1);
        QCOMPARE(model.totalSize(), 230);
        QCOMPARE(m_client->inFlight(), 0);
    }

    // Load all: every page, one after another, to the end.
    void loadAllReachesTheEnd()
    {
        OrganizationsModel model(&m_services->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.reload();
        model.loadAll();
        QVERIFY(model.isLoadingAll());
        QVERIFY(QTest::qWaitFor([&model] { return model.state() == PagedTableModel::State::Complete; }, 20000));
        QCOMPARE(model.entityCount(), 230);
        QCOMPARE(model.totalSize(), 230);
        QVERIFY(!model.isLoadingAll());
        // Rows go in as batches of whole pages (at most one batch per PagedTableModel batch
        // interval), never row by row; a "Loading…" row on a slow machine is a single row.
        int batches = 0;
        int batchedRows = 0;
        for (const QList<QVariant> &args : inserted) {
            const int rows = args.at(2).toInt() - args.at(1).toInt() + 1;
            if (rows > 1) {
                ++batches;
                batchedRows += rows;
                QVERIFY(rows % 100 == 0 || rows % 100 == 30); // whole pages: 100, 100 and 30
            }
        }
        QCOMPARE(batchedRows, 230);
        QVERIFY(batches >= 1 && batches <= 3);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationsModel)
#include "tst_organizationsmodel.moc"
