// The MCP tab's instances against a real sandbox with hundreds of them: the readiness matrix
// counts every instance and a click on a cell opens that user's instance; readiness badges agree
// with the sandbox's :get_auth_state; the auth-state grid follows the connected account when it
// changes in the sandbox; the instance URL stays masked until a confirmed Reveal; ensure gives
// the same instance back; rename and switch config. (The configs: tst_mcpconfigs.)

#include "models/mcp/mcpreadiness.h"
#include "tests/ui/mcptabtest.h"
#include "ui/mcp/mcpinstancedialogs.h"
#include "ui/mcp/mcpoverviewpanel.h"
#include "ui/mcp/readinessmatrixview.h"
#include "ui/widgets/expiringlinkwidget.h"
#include "ui/widgets/qrcodewidget.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <set>

using namespace sk;
using models::McpInstancesModel;
using models::McpReadiness;
using models::PagedTableModel;
using ui::McpTab;

class TestMcpInstances : public test::McpTabTest
{
    Q_OBJECT

private slots:
    void initTestCase() { startMcpTab(); }

    // Every instance is counted, each user is one row, and the matrix paints all of them.
    void theMatrixCoversEveryInstance()
    {
        const std::vector<nlohmann::json> all = rawInstances();
        QVERIFY(all.size() >= 300);
        std::set<std::string> users;
        int ready = 0;
        for (const auto &x : all) {
            users.insert(x["user_identifier"].get<std::string>());
            bool active = true;
            for (const auto &m : x["config"]["connection_tool_mappings"])
                active &= m.value("connected_account_status", "") == "ACTIVE";
            ready += active ? 1 : 0;
        }
        const models::McpReadinessMatrix &matrix = m_tab->overview()->matrix();
        QCOMPARE(m_tab->overview()->loaded(), qint64(all.size()));
        QCOMPARE(std::size_t(matrix.rowCount()), users.size());
        QVERIFY(matrix.rowCount() >= 100); // hundreds of users
        QCOMPARE(matrix.readyInstanceCount(), ready);
        QVERIFY(ready > 0 && ready < int(all.size()));
        QVERIFY(m_tab->overviewPanel()->progressLabel()->text().contains(QString::number(all.size())));
        // The configs table counts the instances of each config.
        for (int row = 0; row < m_tab->configs()->entityCount(); ++row) {
            const std::string name = m_tab->configs()->configAt(row)->name;
            const auto count = std::count_if(all.begin(), all.end(),
                                             [&](const auto &x) { return x["config"]["name"] == name; });
            QCOMPARE(m_tab->configs()->instanceCount(name), int(count));
        }
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("mcp-tab")));

        // The last rows paint as well as the first: scroll to the end and look.
        ui::ReadinessMatrixView *view = m_tab->overviewPanel()->matrix();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QVERIFY(view->verticalScrollBar()->maximum() > 0);
        const QImage image = view->viewport()->grab().toImage();
        const int lastRow = matrix.rowCount() - 1;
        int column = 0;
        while (matrix.cell(lastRow, column).status < 0)
            ++column;
        const QRect cell = view->cellRect(lastRow, column);
        QVERIFY(view->viewport()->rect().contains(cell.center()));
        const QColor painted = image.pixelColor(cell.center() * image.devicePixelRatio());
        QVERIFY2(painted != view->palette().color(QPalette::Base), "the last row's cell is not painted");
        QVERIFY(test::screenshot(view, QStringLiteral("mcp-matrix-end")));
        view->verticalScrollBar()->setValue(0);
    }

    // On a dark theme the cells take the dark palette's status colours and stay apart from the
    // background.
    void theMatrixReadsInADarkPalette()
    {
        ui::McpOverviewPanel *panel = m_tab->overviewPanel();
        const QPalette light = panel->palette();
        panel->setPalette(test::darkPalette());
        ui::ReadinessMatrixView *view = panel->matrix();
        const models::McpReadinessMatrix &matrix = m_tab->overview()->matrix();
        view->verticalScrollBar()->setValue(0);
        const QImage image = view->viewport()->grab().toImage();
        int checked = 0;
        for (int column = 0; column < matrix.columnCount() && checked < 3; ++column) {
            if (matrix.cell(0, column).status < 0)
                continue;
            const QColor expected = ui::statusColor(
                McpReadiness::statusBadge(matrix.status(0, column).toStdString()).tone, view->palette());
            QCOMPARE(image.pixelColor(view->cellRect(0, column).center() * image.devicePixelRatio()),
                     expected);
            QVERIFY(ui::contrastRatio(expected, view->palette().color(QPalette::Base)) > 1.5);
            ++checked;
        }
        QVERIFY(checked > 0);
        QVERIFY(test::screenshot(panel, QStringLiteral("mcp-matrix-dark")));
        panel->setPalette(light);
    }

    // A click on a blocked cell shows that user's instances and opens the one that needs the
    // connection, with the connection's status in the grid.
    void aMatrixClickOpensThatUsersAuthState()
    {
        const models::McpReadinessMatrix &matrix = m_tab->overview()->matrix();
        int row = -1, column = -1;
        for (int r = 0; r < matrix.rowCount() && row < 0; ++r) {
            for (int c = 0; c < matrix.columnCount(); ++c) {
                if (matrix.cell(r, c).status >= 0 && matrix.status(r, c) != QStringLiteral("ACTIVE")) {
                    row = r;
                    column = c;
                    break;
                }
            }
        }
        QVERIFY(row >= 0);
        const QString user = matrix.users().at(row);
        const QString connection = matrix.connections().at(column);
        const QString instanceId = matrix.instanceAt(row, column);
        ui::ReadinessMatrixView *view = m_tab->overviewPanel()->matrix();
        view->scrollToRow(row);
        ui::McpAuthStatePanel *panel = m_tab->detail()->authState();
        QSignalSpy loaded(panel, &ui::McpAuthStatePanel::loaded);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cellRect(row, column).center());
        QCOMPARE(m_tab->userFilter()->text(), user);
        QVERIFY(test::settle(*m_tab->model()));
        for (int r = 0; r < m_tab->model()->entityCount(); ++r)
            QCOMPARE(QString::fromStdString(m_tab->model()->instanceAt(r)->userIdentifier), user);
        QVERIFY(QTest::qWaitFor([&] { return m_tab->detail()->instance().has_value(); }, 10000));
        QCOMPARE(QString::fromStdString(m_tab->detail()->instance()->id), instanceId);
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        const int grid = gridRow(panel, connection);
        QVERIFY(grid >= 0);
        const QString shown = panel->table()->item(grid, ui::McpAuthStatePanel::Status)->text();
        QCOMPARE(shown,
                 McpReadiness::statusBadge(panel->states()[std::size_t(grid)].connectedAccountStatus).text);
        QVERIFY(!panel->states()[std::size_t(grid)].isActive());
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("mcp-opened-from-matrix")));
    }

    void readinessBadgesAgreeWithTheSandbox()
    {
        m_tab->userFilter()->clear();
        m_tab->openInstance({}, {});
        QVERIFY(test::settle(*m_tab->model()));
        McpInstancesModel *model = m_tab->model();
        QVERIFY(model->entityCount() >= 20);
        for (int row = 0; row < 20; ++row) {
            const entities::McpInstance *x = model->instanceAt(row);
            const nlohmann::json raw = rawAuthState(x->id);
            int active = 0;
            for (const auto &c : raw)
                active += c.value("connected_account_status", "") == "ACTIVE" ? 1 : 0;
            const QString expected = active == int(raw.size())
                ? QStringLiteral("Ready")
                : QStringLiteral("%1 of %2 connected").arg(active).arg(raw.size());
            QCOMPARE(model->index(row, McpInstancesModel::Readiness).data().toString(), expected);
        }
    }

    // The grid shows the sandbox's state, links only when asked, and follows the account when it
    // changes: completed through its link (ACTIVE), then disconnected.
    void theAuthStateFollowsTheConnectedAccount()
    {
        std::string id, user;
        for (const auto &x : rawInstances()) {
            const nlohmann::json state = rawAuthState(x["id"]);
            const bool blocked = std::any_of(state.begin(), state.end(), [](const auto &c) {
                return c.value("connected_account_status", "") != "ACTIVE";
            });
            if (blocked && state.size() >= 2) {
                id = x["id"];
                user = x["user_identifier"];
                break;
            }
        }
        QVERIFY(!id.empty());
        QVERIFY(open(id, user));
        ui::McpAuthStatePanel *panel = m_tab->detail()->authState();
        const nlohmann::json raw = rawAuthState(id);
        QCOMPARE(std::size_t(panel->table()->rowCount()), raw.size());
        QVERIFY(!panel->linkWidget()->isVisible()); // no links unless asked
        for (const auto &s : panel->states())
            QVERIFY(s.authenticationLink.reveal().empty());

        QSignalSpy loaded(panel, &ui::McpAuthStatePanel::loaded);
        panel->includeLinks()->setChecked(true);
        QVERIFY(loaded.wait(10000));
        int blockedRow = -1;
        for (int row = 0; row < int(panel->states().size()); ++row) {
            const auto &s = panel->states()[std::size_t(row)];
            const bool hasButton = panel->table()->cellWidget(row, ui::McpAuthStatePanel::Link) != nullptr;
            QCOMPARE(hasButton, !s.isActive());
            if (!s.isActive() && blockedRow < 0)
                blockedRow = row;
        }
        QVERIFY(blockedRow >= 0);
        const QString connection
            = panel->table()->item(blockedRow, ui::McpAuthStatePanel::Connection)->text();
        QCOMPARE(panel->shownLinkRow(), blockedRow);
        ui::ExpiringLinkWidget *link = panel->linkWidget();
        const QString url = link->linkField()->secret();
        QVERIFY2(url.startsWith(m_fixture.sandbox().url().toString()), qPrintable(url));
        QVERIFY(!link->linkField()->displayedText().contains(url)); // masked
        QVERIFY(link->qrCode()->isMasked());
        QVERIFY(test::screenshot(m_tab->detail(), QStringLiteral("mcp-auth-state-links")));

        // The user opens the link: the account is authorized; Refresh shows it.
        QCOMPARE(m_raw->open(url), 200);
        panel->refreshButton()->click();
        QVERIFY(loaded.wait(10000));
        int row = gridRow(panel, connection);
        QVERIFY(row >= 0);
        QCOMPARE(QString::fromStdString(panel->states()[std::size_t(row)].connectedAccountStatus),
                 QStringLiteral("ACTIVE"));
        QCOMPARE(panel->table()->item(row, ui::McpAuthStatePanel::Status)->text(),
                 McpReadiness::statusBadge("ACTIVE").text);
        QVERIFY(panel->table()->cellWidget(row, ui::McpAuthStatePanel::Link) == nullptr);
        // The table's badge follows the grid.
        const auto badgeOf = [this, &id] {
            return m_tab->model()
                ->index(m_tab->model()->rowOf(id), McpInstancesModel::Readiness)
                .data()
                .toString();
        };
        QCOMPARE(badgeOf(), McpReadiness::of(panel->states()).text());

        // The account is disconnected in the sandbox: Refresh shows that too.
        const QString account = panel->table()->item(row, ui::McpAuthStatePanel::Account)->text();
        QVERIFY(account.startsWith(QStringLiteral("ca_")));
        QVERIFY(m_raw->call("POST", QStringLiteral("/api/v1/connected_accounts/%1:disconnect").arg(account)));
        panel->refreshButton()->click();
        QVERIFY(loaded.wait(10000));
        row = gridRow(panel, connection);
        QCOMPARE(QString::fromStdString(panel->states()[std::size_t(row)].connectedAccountStatus),
                 QStringLiteral("DISCONNECTED"));
        QVERIFY(panel->table()->cellWidget(row, ui::McpAuthStatePanel::Link)
                != nullptr); // a fresh link for it
    }

    void theInstanceUrlIsMaskedUntilAConfirmedReveal()
    {
        QVERIFY(m_tab->detail()->instance());
        const std::string id = m_tab->detail()->instance()->id;
        ui::SecretField *url = m_tab->detail()->urlField();
        QVERIFY(!url->secret().isEmpty());
        QVERIFY(!url->isRevealed());
        QVERIFY(!url->displayedText().contains(url->secret()));
        ui::McpInstanceDetailPane::setRevealAnswerForTesting(false);
        url->revealButton()->click();
        QVERIFY(!url->isRevealed());
        ui::McpInstanceDetailPane::setRevealAnswerForTesting(true);
        url->revealButton()->click();
        QVERIFY(url->isRevealed());
        QCOMPARE(url->displayedText(), url->secret());
        // Never in Copy as JSON.
        const int row = m_tab->model()->rowOf(id);
        const QString json = m_tab->model()->index(row, 0).data(PagedTableModel::JsonRole).toString();
        QVERIFY(json.contains(QStringLiteral("[secret]")));
        QVERIFY(!json.contains(url->secret()));
        // Another instance: the URL is not carried over, and masked again.
        m_tab->openInstance({}, {});
        QVERIFY(test::settle(*m_tab->model()));
        m_tab->view()->selectSourceRow(m_tab->model()->rowOf(id) == 0 ? 1 : 0);
        QVERIFY(!url->isRevealed());
    }

    // Ensure returns the user's existing instance of a config, the same one every time.
    void ensureGivesTheSameInstanceBack()
    {
        const std::vector<nlohmann::json> before = rawInstances();
        const nlohmann::json existing = before.front();
        const auto ensure = [this](const QString &user, const QString &config) -> std::string {
            std::string id;
            m_tab->ensureAction()->trigger();
            auto *dialog = m_tab->findChild<ui::EnsureMcpInstanceDialog *>();
            if (!dialog)
                return {};
            QSignalSpy ensured(dialog, &ui::EnsureMcpInstanceDialog::instanceEnsured);
            dialog->userEdit()->setText(user);
            dialog->configCombo()->setCurrentIndex(dialog->configCombo()->findText(config));
            dialog->submitNow();
            if (!ensured.wait(10000))
                return {};
            return ensured.at(0).at(0).value<entities::McpInstance>().id;
        };
        const QString user = QString::fromStdString(existing["user_identifier"]);
        const QString config = QString::fromStdString(existing["config"]["name"]);
        QCOMPARE(ensure(user, config), existing["id"].get<std::string>());
        QCOMPARE(rawInstances().size(), before.size());

        const std::string created = ensure(QStringLiteral("new.mcp.user@example.com"), config);
        QVERIFY(!created.empty());
        QCOMPARE(rawInstances().size(), before.size() + 1);
        QCOMPARE(ensure(QStringLiteral("new.mcp.user@example.com"), config), created);
        QCOMPARE(rawInstances().size(), before.size() + 1);
        QVERIFY(m_tab->model()->rowOf(created) >= 0);
    }

    // Rename and switch config in one go: the sandbox has both, and the grid now lists the new
    // config's connections.
    void renameAndSwitchConfig()
    {
        m_tab->openInstance({}, {});
        QVERIFY(test::settle(*m_tab->model()));
        const entities::McpInstance before = *m_tab->model()->instanceAt(0);
        std::string target;
        std::size_t targetConnections = 0;
        for (int row = 0; row < m_tab->configs()->entityCount(); ++row) {
            const entities::McpConfig *c = m_tab->configs()->configAt(row);
            const bool taken
                = !rawInstances(QStringLiteral("&filter.user_identifier=%1&filter.config_name=%2")
                                    .arg(QString::fromStdString(before.userIdentifier),
                                         QString::fromStdString(c->name)))
                       .empty();
            if (c->name != before.config.name && !taken) {
                target = c->name;
                targetConnections = c->connectionToolMappings.size();
                break;
            }
        }
        QVERIFY(!target.empty());
        QVERIFY(open(before.id, before.userIdentifier));
        m_tab->editAction()->trigger();
        auto *dialog = m_tab->findChild<ui::EditMcpInstanceDialog *>();
        QVERIFY(dialog);
        QSignalSpy saved(dialog, &ui::EditMcpInstanceDialog::instanceSaved);
        ui::McpAuthStatePanel *panel = m_tab->detail()->authState();
        QSignalSpy loaded(panel, &ui::McpAuthStatePanel::loaded);
        dialog->nameEdit()->setText(QStringLiteral("renamed-by-test"));
        dialog->configCombo()->setCurrentIndex(
            dialog->configCombo()->findText(QString::fromStdString(target)));
        dialog->submitNow();
        QVERIFY(saved.wait(10000));
        auto raw = m_raw->call("GET",
                               QStringLiteral("/api/v1/mcp/instances/") + QString::fromStdString(before.id));
        QVERIFY(raw);
        QCOMPARE((*raw)["instance"]["name"].get<std::string>(), std::string("renamed-by-test"));
        QCOMPARE((*raw)["instance"]["config"]["name"].get<std::string>(), target);
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QCOMPARE(std::size_t(panel->table()->rowCount()), targetConnections);
        QCOMPARE(m_tab->detail()->instance()->config.name, target);
    }
};

QTEST_MAIN(TestMcpInstances)
#include "tst_mcpinstances.moc"
