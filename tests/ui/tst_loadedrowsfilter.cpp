// The "Filter loaded rows" field (ResourcePage, every tab), driven in the Organizations tab
// against a real sandbox: typing narrows the loaded rows at once, ignoring case, without a
// request; the view does not page on its own while filtered, and the pages Load all brings are
// filtered as they arrive; the loading / failed row stays; the summary counts the matches;
// selection, Enter, Copy ID, Copy as JSON and the detail pane follow the entity under filter and
// sort; Esc clears. With SK_SCREENSHOT_DIR set, the filtered tab is saved as PNG.
#include "models/organizations/organizationsmodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "tests/support/sandboxprocess.h"
#include "tests/ui/uitest.h"
#include "ui/organizations/organizationdetailpane.h"
#include "ui/organizations/organizationstab.h"
#include "ui/widgets/resourcetableview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sk;
using models::OrganizationsModel;
using models::PagedTableModel;
using services::EnvironmentStatus;
using ui::OrganizationsTab;

class TestLoadedRowsFilter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<EnvironmentStatus> m_status;
    std::unique_ptr<OrganizationsTab> m_tab;
    QString m_typed; // a word of a name on the first page

    QLineEdit *field() const { return m_tab->filterField(); }
    QSortFilterProxyModel *proxy() const { return m_tab->view()->proxy(); }

    // The entity rows whose displayed text contains `typed` ignoring case, worked out here
    // with QString::contains (not with the console's matcher).
    QList<int> expectedRows(const QString &typed) const
    {
        QList<int> rows;
        const OrganizationsModel *model = m_tab->model();
        for (int row = 0; row < model->entityCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString().contains(typed, Qt::CaseInsensitive)) {
                    rows << row;
                    break;
                }
            }
        }
        return rows;
    }

    // The entity rows the view shows, in model rows, sorted; and whether the status row shows.
    QList<int> shownRows(bool *statusRow = nullptr) const
    {
        QList<int> rows;
        if (statusRow)
            *statusRow = false;
        for (int row = 0; row < proxy()->rowCount(); ++row) {
            const QModelIndex source = proxy()->mapToSource(proxy()->index(row, 0));
            if (m_tab->model()->isStatusRow(source.row())) {
                if (statusRow)
                    *statusRow = true;
                continue;
            }
            rows << source.row();
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    // Requests for the list (pages, searches), not for one organization's detail (the detail
    // pane loads the selected one), or -1.
    int listRequests()
    {
        bool ok = false;
        const QStringList requests = m_sandbox->requests(&ok);
        if (!ok)
            return -1;
        static const QRegularExpression list(QStringLiteral("^GET /api/v1/organizations([?:].*)?$"));
        return int(requests.filter(list).size());
    }

    static bool settle(const OrganizationsModel *model)
    {
        return QTest::qWaitFor([model] { return model->state() != PagedTableModel::State::Loading; }, 30000);
    }

private slots:
    void initTestCase()
    {
        ui::ResourceTableView::setLayoutPersistence(false);
        m_sandbox = std::make_unique<test::SandboxProcess>(
            QStringList {QStringLiteral("--organizations"), QStringLiteral("230")});
        m_sandbox->setRequestLog(true);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<api::ApiClient>(&m_network);
        m_client->retryPolicy().maxAttempts = 1; // a failed page fails at once
        m_services = std::make_unique<services::Services>(m_client.get());
        m_client->setSettings({m_sandbox->url(), m_sandbox->clientId(), m_sandbox->clientSecret()});
        m_status = std::make_unique<EnvironmentStatus>();
        m_status->setEnvironment(QStringLiteral("Sandbox"), EnvironmentStatus::Kind::Sandbox);
        m_tab = std::make_unique<OrganizationsTab>(m_services.get(), m_status.get());
        m_tab->resize(1400, 850);
        m_tab->show();
        m_status->setConnection(EnvironmentStatus::Connection::Connected);
        QVERIFY(settle(m_tab->model()));
        QCOMPARE(m_tab->model()->entityCount(), 100); // the first page of 230
        // A word that some names on this page hold and others do not.
        for (int row = 0; row < 100 && m_typed.isEmpty(); ++row) {
            const QStringList words
                = m_tab->model()->index(row, OrganizationsModel::DisplayName).data().toString().split(u' ');
            for (const QString &word : words) {
                const int matches = int(expectedRows(word).size());
                if (word.size() >= 4 && matches >= 2 && matches <= 40) {
                    m_typed = word;
                    break;
                }
            }
        }
        QVERIFY2(!m_typed.isEmpty(), "no name word to filter on");
    }

    void cleanupTestCase() { m_tab.reset(); }

    void typingNarrowsTheLoadedRowsWithoutARequest()
    {
        const int listed = listRequests();
        QVERIFY(listed >= 1);
        QVERIFY(field()->isVisible());
        QCOMPARE(field()->placeholderText(), QStringLiteral("Filter loaded rows"));

        QTest::keyClicks(field(), m_typed.toUpper()); // typed in another case
        // (Built unfiltered, the tester would ask for the next page itself.)
        QAbstractItemModelTester tester(proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<int> expected = expectedRows(m_typed);
        QCOMPARE(shownRows(), expected);
        QCOMPARE(m_tab->view()->shownEntityCount(), expected.size());
        QCOMPARE(m_tab->summaryLabel()->text(),
                 QStringLiteral("%1 of 100 loaded rows match · 100 of 230 organizations loaded")
                     .arg(expected.size()));
        field()->setText(m_typed.toLower());
        QCOMPARE(shownRows(), expected);

        // Nothing was asked of the server, and the view did not page on its own although its
        // few rows leave it "at the bottom".
        QCoreApplication::processEvents();
        QCOMPARE(m_tab->model()->state(), PagedTableModel::State::Idle);
        QCOMPARE(m_tab->model()->entityCount(), 100);
        QCOMPARE(listRequests(), listed);
    }

    void selectionOpenAndCopyFollowTheEntityUnderFilterAndSort()
    {
        ui::ResourceTableView *view = m_tab->view();
        view->sortByColumn(OrganizationsModel::DisplayName, Qt::DescendingOrder);
        QVERIFY(proxy()->rowCount() >= 2);
        const QModelIndex second = proxy()->index(1, 0);
        view->setCurrentIndex(second);
        view->selectionModel()->select(second,
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const int row = view->currentSourceRow();
        QCOMPARE(row, proxy()->mapToSource(second).row());
        const auto organization = m_tab->model()->organizationAt(row);
        QVERIFY(organization.has_value());
        // Second in descending name order among the matches.
        QStringList names;
        for (const int match : expectedRows(m_typed))
            names << m_tab->model()->index(match, OrganizationsModel::DisplayName).data().toString();
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) > 0;
        });
        QCOMPARE(QString::fromStdString(organization->displayName), names.at(1));
        QVERIFY(QString::fromStdString(organization->displayName).contains(m_typed, Qt::CaseInsensitive));

        QVERIFY(m_tab->detail()->organization().has_value());
        QCOMPARE(m_tab->detail()->organization()->id, organization->id);
        const QString id = QString::fromStdString(organization->id);
        QCOMPARE(view->currentId(), id);
        view->copyIdAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), id);
        view->copyJsonAction()->trigger();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("\"%1\"").arg(id)));
        QSignalSpy opened(view, &ui::ResourceTableView::openRequested);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toInt(), row);
    }

    void theSelectedEntityStaysSelectedWhileItMatches()
    {
        ui::ResourceTableView *view = m_tab->view();
        const QString id = view->currentId();
        QVERIFY(!id.isEmpty());
        field()->setText(m_typed.left(m_typed.size() - 1)); // a wider filter: still shown
        QCOMPARE(view->currentId(), id);
        field()->setText(QStringLiteral("zzqqxx")); // matches nothing: nothing selected
        QCOMPARE(view->shownEntityCount(), 0);
        QCOMPARE(view->currentSourceRow(), -1);
        QVERIFY(!view->copyIdAction()->isEnabled());
        field()->setText(m_typed); // the first match is selected again, and described
        QVERIFY(view->currentSourceRow() >= 0);
        QCOMPARE(QString::fromStdString(m_tab->detail()->organization()->id), view->currentId());
    }

    void pagesLoadedLaterAreFilteredAsTheyArrive()
    {
        QSignalSpy inserted(m_tab->model(), &QAbstractItemModel::rowsInserted);
        m_tab->loadAllAction()->trigger();
        QVERIFY(QTest::qWaitFor(
            [this] { return m_tab->model()->state() == PagedTableModel::State::Complete; }, 30000));
        QCOMPARE(m_tab->model()->entityCount(), 230);
        QVERIFY(!inserted.isEmpty());
        const QList<int> expected = expectedRows(m_typed);
        QCOMPARE(shownRows(), expected);
        QCOMPARE(m_tab->summaryLabel()->text(),
                 QStringLiteral("%1 of 230 loaded rows match · 230 organizations").arg(expected.size()));
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("organizations-filtered")));
    }

    void theStatusRowStaysVisible()
    {
        field()->setText(QStringLiteral("zzqqxx"));
        m_tab->model()->reload();
        QVERIFY(settle(m_tab->model()));
        QCOMPARE(m_tab->model()->entityCount(), 100);
        QVERIFY(m_sandbox->setFaults("{\"error_rate\":1.0}"));
        m_tab->model()->fetchMore();
        QVERIFY(settle(m_tab->model()));
        QCOMPARE(m_tab->model()->state(), PagedTableModel::State::Failed);
        bool statusRow = false;
        QCOMPARE(shownRows(&statusRow), QList<int>());
        QVERIFY2(statusRow, "the failed row is filtered out");
        QCOMPARE(proxy()->rowCount(), 1);
        QVERIFY(proxy()->index(0, 0).data().toString().contains(QStringLiteral("Double-click to retry")));
        QVERIFY(m_sandbox->clearFaults());
        m_tab->model()->retry();
        QVERIFY(settle(m_tab->model()));
        QCOMPARE(m_tab->model()->entityCount(), 200);
    }

    void escClearsAndEveryRowComesBack()
    {
        m_tab->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
        field()->setFocus();
        QVERIFY(!field()->text().isEmpty());
        QTest::keyClick(field(), Qt::Key_Escape);
        QVERIFY(field()->text().isEmpty());
        QCOMPARE(proxy()->rowCount(), m_tab->model()->rowCount());
        QCOMPARE(m_tab->view()->shownEntityCount(), m_tab->model()->entityCount());
        QVERIFY(!m_tab->summaryLabel()->text().contains(QStringLiteral("match")));
        // Unfiltered, the view pages on its own again.
        QVERIFY(proxy()->canFetchMore({}));
    }

    void ctrlFFocusesTheField()
    {
        m_tab->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
        m_tab->view()->setFocus();
        QVERIFY(!field()->hasFocus());
        QTest::keyClick(m_tab->view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(field()->hasFocus());
    }
};

QTEST_MAIN(TestLoadedRowsFilter)
#include "tst_loadedrowsfilter.moc"
