// The AgentKit tab against a real sandbox: the overview's counts, a heatmap click that filters
// the accounts table to exactly those accounts, authorization details revealed then cleared,
// and a fresh authorization link shown masked and wiped on close.

#include "models/agentkit/accountsoverview.h"
#include "models/agentkit/bulkreauth.h"
#include "models/agentkit/connectedaccountsmodel.h"
#include "models/agentkit/connectedaccountstatus.h"
#include "models/core/displayformat.h"
#include "services/core/environmentstatus.h"
#include "tests/integration/modeltest.h"
#include "tests/ui/uitestsupport.h"
#include "ui/agentkit/agentkitoverviewpanel.h"
#include "ui/agentkit/agentkittab.h"
#include "ui/agentkit/authlinkdialog.h"
#include "ui/agentkit/bulkreauthdialog.h"
#include "ui/agentkit/connectedaccountdetailpane.h"
#include "ui/agentkit/identifieraccountspanel.h"
#include "ui/agentkit/statusheatmap.h"
#include "ui/widgets/qrcodewidget.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/secretfield.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sk;
using models::ConnectedAccountsModel;
using models::ConnectedAccountStatus;
using models::PagedTableModel;
using ui::AgentKitTab;

class TestAgentKitTab : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture {QStringList {QStringLiteral("--seed"), QStringLiteral("7"),
                                                 QStringLiteral("--connected-accounts"),
                                                 QStringLiteral("1500")}};
    services::EnvironmentStatus m_status;
    std::unique_ptr<AgentKitTab> m_tab;
    int m_serverTotal = 0; // the server's own count (total_size of the unfiltered list)

    // The first row whose account has this status (and, when given, this auth type), or -1.
    int rowWith(const QString &status, entities::ConnectorType type = entities::ConnectorType::Unknown) const
    {
        ConnectedAccountsModel *model = m_tab->model();
        for (int row = 0; row < model->entityCount(); ++row) {
            const std::optional<entities::ConnectedAccount> a = model->accountAt(row);
            if (ConnectedAccountStatus::keyOf(a->status) == status
                && (type == entities::ConnectorType::Unknown || a->authorizationType.value == type))
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        std::string organizationId;
        QVERIFY2(test::startUiTest(m_fixture, m_status, &organizationId),
                 qPrintable(m_fixture.errorString()));
        m_tab = std::make_unique<AgentKitTab>(m_fixture.services(), &m_status);
        m_tab->resize(1400, 900);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        QVERIFY(QTest::qWaitFor([this] { return m_tab->overview()->isComplete(); }, 60000));
        QVERIFY(test::settle(*m_tab->model()));
        m_serverTotal = m_tab->model()->totalSize();
        QVERIFY(m_serverTotal >= 1500);
    }

    void theOverviewCountsEveryAccount()
    {
        const models::AccountsSummary &summary = m_tab->overview()->summary();
        QCOMPARE(summary.total(), qint64(m_serverTotal));
        qint64 sum = 0;
        for (const QString &status : summary.statuses())
            sum += summary.statusTotal(status);
        QCOMPARE(sum, summary.total()); // statuses add up: expiry is never a status
        const QString progress = m_tab->overviewPanel()->progressLabel()->text();
        QVERIFY2(progress.contains(
                     models::countOf(m_serverTotal, QStringLiteral("account"), QStringLiteral("accounts"))),
                 qPrintable(progress));
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("agentkit-tab")));
    }

    // Clicking a heatmap cell shows exactly the accounts it counts.
    void aHeatmapClickFiltersTheTable()
    {
        const models::AccountsSummary &summary = m_tab->overview()->summary();
        QString connection;
        for (const QString &c : summary.connections()) {
            if (summary.count(c, QStringLiteral("EXPIRED")) > 0) {
                connection = c;
                break;
            }
        }
        QVERIFY(!connection.isEmpty());
        const qint64 expected = summary.count(connection, QStringLiteral("EXPIRED"));
        ui::StatusHeatmap *heatmap = m_tab->overviewPanel()->heatmap();
        const QRect cell = heatmap->cellRect(connection, QStringLiteral("EXPIRED"));
        QVERIFY(cell.isValid());
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_tab->connectionFilter()->currentData().toString(), connection);
        QCOMPARE(m_tab->statusFilter()->currentData().toString(), QStringLiteral("EXPIRED"));
        ConnectedAccountsModel *model = m_tab->model();
        QVERIFY(
            QTest::qWaitFor([model] { return model->state() == PagedTableModel::State::Complete; }, 30000));
        QCOMPARE(qint64(model->entityCount()), expected);
        for (int row = 0; row < model->entityCount(); ++row) {
            QCOMPARE(QString::fromStdString(model->accountAt(row)->connector), connection);
            QCOMPARE(ConnectedAccountStatus::keyOf(model->accountAt(row)->status), QStringLiteral("EXPIRED"));
        }
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("agentkit-filtered")));

        // Back to everything.
        m_tab->filterTo({}, {});
        QVERIFY(test::settle(*model));
        QCOMPARE(model->totalSize(), m_serverTotal);
    }

    // Tokens are fetched only on Reveal, shown masked, and gone when the selection changes.
    void authorizationDetailsAreRevealedThenCleared()
    {
        const int row = rowWith(QStringLiteral("ACTIVE"), entities::ConnectorType::OAuth);
        QVERIFY(row >= 0);
        m_tab->view()->selectSourceRow(row);
        ui::ConnectedAccountDetailPane *detail = m_tab->detail();
        QVERIFY(detail->account());
        QVERIFY(detail->secretFields().isEmpty()); // nothing fetched yet
        ui::ConnectedAccountDetailPane::setRevealAnswerForTesting(true);
        detail->revealButton()->click();
        QVERIFY(QTest::qWaitFor([detail] { return !detail->secretFields().isEmpty(); }, 10000));
        ui::SecretField *token = detail->secretFields().constFirst();
        QVERIFY(!token->secret().isEmpty());
        QVERIFY(!token->isRevealed());
        QVERIFY(!token->displayedText().contains(token->secret()));
        // Copy as JSON of the row never carries it.
        const QString json = m_tab->model()->index(row, 0).data(PagedTableModel::JsonRole).toString();
        QVERIFY(!json.contains(token->secret()));

        const int other = rowWith(QStringLiteral("EXPIRED"));
        QVERIFY(other >= 0);
        m_tab->view()->selectSourceRow(other);
        QVERIFY(detail->secretFields().isEmpty());

        // Declined: nothing is fetched.
        ui::ConnectedAccountDetailPane::setRevealAnswerForTesting(false);
        detail->revealButton()->click();
        QVERIFY(detail->secretFields().isEmpty());
    }

    // A fresh link for an account that needs one: masked, with its countdown, wiped on close.
    void anAuthorizationLinkIsShownMaskedAndWiped()
    {
        const int row = rowWith(QStringLiteral("EXPIRED"));
        QVERIFY(row >= 0);
        m_tab->view()->selectSourceRow(row);
        QVERIFY(m_tab->authLinkAction()->isEnabled());
        m_tab->authLinkAction()->trigger();
        auto *dialog = m_tab->findChild<ui::AuthLinkDialog *>();
        QVERIFY(dialog);
        QSignalSpy generated(dialog, &ui::AuthLinkDialog::linkGenerated);
        dialog->generateButton()->click();
        QVERIFY(generated.wait(10000));
        const QString link = dialog->linkField()->secret();
        QVERIFY2(link.startsWith(m_fixture.sandbox().url().toString()), qPrintable(link));
        QVERIFY(!dialog->linkField()->displayedText().contains(link));
        QVERIFY(dialog->qrCode()->isMasked());
        QVERIFY(dialog->countdown()->text().startsWith(QStringLiteral("Expires in")));
        QVERIFY(test::screenshot(dialog, QStringLiteral("agentkit-authlink")));
        QPointer<ui::AuthLinkDialog> guard(dialog);
        dialog->linkField()->revealButton()->click();
        QVERIFY(!dialog->qrCode()->isMasked());
        dialog->reject();
        QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }, 5000)); // closed, deleted, wiped
    }

    // One user side by side: every connection of the selected identifier, each one that is not
    // ACTIVE with its own Link button, which opens a link for that very account.
    void everyConnectionOfTheUserSideBySide()
    {
        const int row = rowWith(QStringLiteral("EXPIRED"));
        QVERIFY(row >= 0);
        const std::string identifier = m_tab->model()->accountAt(row)->identifier;
        ui::IdentifierAccountsPanel *panel = m_tab->detail()->identifierAccounts();
        QSignalSpy loaded(panel, &ui::IdentifierAccountsPanel::loaded);
        m_tab->view()->selectSourceRow(row == 0 ? 1 : 0); // away first: the row may be selected already
        m_tab->view()->selectSourceRow(row);
        QVERIFY(loaded.wait(10000)); // only the last selection's answer is shown
        QVERIFY(panel->title().contains(QString::fromStdString(identifier)));
        // The same accounts the API lists for that identifier.
        services::ConnectedAccountFilter filter;
        filter.identifier = identifier;
        auto direct = test::collectAll<entities::ConnectedAccount>(
            [&](const std::string &token, QObject *owner, auto done) {
                return m_fixture.services()->connectedAccounts().list(filter, {99, token}, owner,
                                                                      std::move(done));
            });
        QVERIFY(direct);
        QCOMPARE(panel->accounts().size(), direct.value().size());
        QCOMPARE(panel->table()->rowCount(), int(direct.value().size()));
        int links = 0;
        for (int r = 0; r < panel->table()->rowCount(); ++r) {
            const QString key = ConnectedAccountStatus::keyOf(panel->accounts()[std::size_t(r)].status);
            QCOMPARE(panel->table()->cellWidget(r, 3) != nullptr, key != QStringLiteral("ACTIVE"));
            links += panel->table()->cellWidget(r, 3) ? 1 : 0;
        }
        QVERIFY(links >= 1); // the selected one is EXPIRED
        auto *button = qobject_cast<QToolButton *>(
            panel->table()->cellWidget(int(std::find_if(panel->accounts().begin(), panel->accounts().end(),
                                                        [](const auto &a) {
                                                            return ConnectedAccountStatus::needsAuthorization(
                                                                ConnectedAccountStatus::keyOf(a.status));
                                                        })
                                           - panel->accounts().begin()),
                                       3));
        QVERIFY(button);
        button->click();
        auto *dialog = m_tab->findChild<ui::AuthLinkDialog *>();
        QVERIFY(dialog);
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("agentkit-identifier")));
        dialog->reject();
        QTRY_VERIFY(!m_tab->findChild<ui::AuthLinkDialog *>());
    }

    // Links for every account the table shows that needs one: one failure is listed with its
    // reason and retried, and the CSV (owner-only) holds one working link per account.
    void bulkLinksForEveryAccountShown()
    {
        const models::AccountsSummary &summary = m_tab->overview()->summary();
        QString connection;
        for (const QString &c : summary.connections()) {
            if (summary.count(c, QStringLiteral("EXPIRED")) >= 2) {
                connection = c;
                break;
            }
        }
        QVERIFY(!connection.isEmpty());
        m_tab->filterTo(connection, QStringLiteral("EXPIRED"));
        ConnectedAccountsModel *model = m_tab->model();
        QVERIFY(
            QTest::qWaitFor([model] { return model->state() == PagedTableModel::State::Complete; }, 30000));
        const int expected = model->entityCount();
        QCOMPARE(qint64(expected), summary.count(connection, QStringLiteral("EXPIRED")));

        // The second link request fails (503; link requests are never retried by the client).
        QVERIFY(m_fixture.sandbox().setFaults("{\"script\":[\"none\",\"unavailable\"],"
                                              "\"script_path\":\"/api/v1/connected_accounts/magic_link\"}"));
        m_tab->view()->selectSourceRow(0);
        QVERIFY(m_tab->bulkLinksAction()->isEnabled());
        m_tab->bulkLinksAction()->trigger();
        auto *dialog = m_tab->findChild<ui::BulkReauthDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->job()->total(), expected);
        QSignalSpy finished(dialog->job(), &models::BulkReauth::finished);
        dialog->generateButton()->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog->job()->failed(), 1);
        QCOMPARE(dialog->job()->linked(), expected - 1);
        QCOMPARE(dialog->failures()->rowCount(), 1);
        QVERIFY(!dialog->failures()->item(0, 2)->text().isEmpty()); // the reason
        QVERIFY(test::screenshot(dialog, QStringLiteral("agentkit-bulk-links")));

        QVERIFY(dialog->retryButton()->isEnabled());
        dialog->retryButton()->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog->job()->failed(), 0);
        QCOMPARE(dialog->job()->linked(), expected);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("links.csv"));
        QVERIFY(dialog->saveTo(file));
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), expected + 1);
        QCOMPARE(lines.first(), QByteArray("identifier,connection,status,link,expire_time"));
        const QByteArray url = m_fixture.sandbox().url().toString().toUtf8();
        for (int i = 1; i < lines.size(); ++i) {
            QVERIFY2(lines[i].contains(QByteArray(QByteArray(",\"") + url)), lines[i].constData());
            QVERIFY(lines[i].contains("\"EXPIRED\""));
        }
        dialog->reject();
        QVERIFY(m_fixture.sandbox().clearFaults());
        m_tab->filterTo({}, {});
        QVERIFY(test::settle(*model));
    }

    // Read-only: no link, no disconnect, no delete.
    void readOnlyDisablesEveryWrite()
    {
        m_tab->view()->selectSourceRow(0);
        m_status.setReadOnly(true);
        QVERIFY(!m_tab->authLinkAction()->isEnabled());
        QVERIFY(!m_tab->disconnectAction()->isEnabled());
        QVERIFY(!m_tab->deleteAction()->isEnabled());
        m_status.setReadOnly(false);
        QVERIFY(m_tab->deleteAction()->isEnabled());
    }

    void cleanupTestCase() { m_tab.reset(); }
};

QTEST_MAIN(TestAgentKitTab)
#include "tst_agentkittab.moc"
