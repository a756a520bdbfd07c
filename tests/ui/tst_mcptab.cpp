// The MCP tab against a real sandbox with hundreds of instances: the readiness matrix counts
// every instance and a click on a cell opens that user's instance; readiness badges agree with
// the sandbox's :get_auth_state; the auth-state grid follows the connected account when it
// changes in the sandbox; the instance URL stays masked until a confirmed Reveal; ensure gives
// the same instance back; the config editor checks the limits, shows the server's violations
// next to the fields and keeps what was typed.

#include "models/mcp/mcpconfigrules.h"
#include "models/mcp/mcpconfigsmodel.h"
#include "models/mcp/mcpinstancesmodel.h"
#include "models/mcp/mcpreadiness.h"
#include "models/mcp/mcpreadinessoverview.h"
#include "services/core/environmentstatus.h"
#include "tests/integration/modeltest.h"
#include "tests/integration/rawconnectedaccounts.h"
#include "tests/ui/uitestsupport.h"
#include "ui/mcp/mcpauthstatepanel.h"
#include "ui/mcp/mcpconfigdialog.h"
#include "ui/mcp/mcpinstancedetailpane.h"
#include "ui/mcp/mcpinstancedialogs.h"
#include "ui/mcp/mcpoverviewpanel.h"
#include "ui/mcp/mcptab.h"
#include "ui/mcp/readinessmatrixview.h"
#include "ui/widgets/expiringlinkwidget.h"
#include "ui/widgets/fielderrors.h"
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
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <set>

using namespace sk;
using models::McpInstancesModel;
using models::McpReadiness;
using models::PagedTableModel;
using ui::McpTab;

namespace {
QStringList sandboxArguments()
{
    return { QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--mcp-instances"),
             QStringLiteral("400") };
}
} // namespace

class TestMcpTab : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture { sandboxArguments() };
    services::EnvironmentStatus m_status;
    std::unique_ptr<McpTab> m_tab;
    std::unique_ptr<test::RawConnectedAccounts> m_raw;

    nlohmann::json rawAuthState(const std::string &id, bool links = false)
    {
        auto state = m_raw->call(
            "POST",
            QStringLiteral("/api/v1/mcp/instances/%1:get_auth_state?include_auth_links=%2")
                .arg(QString::fromStdString(id), links ? QStringLiteral("true") : QStringLiteral("false")));
        return state ? (*state)["connections"] : nlohmann::json::array();
    }

    std::vector<nlohmann::json> rawInstances(const QString &query = {})
    {
        std::vector<nlohmann::json> all;
        std::string token;
        do {
            auto page = m_raw->call("GET",
                                    QStringLiteral("/api/v1/mcp/instances?page_size=30&page_token=%1%2")
                                        .arg(QString::fromStdString(token), query));
            if (!page)
                return {};
            for (const auto &x : (*page)["instances"])
                all.push_back(x);
            token = page->value("next_page_token", "");
        } while (!token.empty());
        return all;
    }

    // Selects the instance's row (after filtering the table to its user) and waits for its
    // auth state.
    bool open(const std::string &id, const std::string &user)
    {
        ui::McpAuthStatePanel *panel = m_tab->detail()->authState();
        QSignalSpy loaded(panel, &ui::McpAuthStatePanel::loaded);
        m_tab->openInstance(QString::fromStdString(id), QString::fromStdString(user));
        if (!test::settle(*m_tab->model()))
            return false;
        const int row = m_tab->model()->rowOf(id);
        if (row < 0)
            return false;
        m_tab->view()->selectSourceRow(row);
        if (!m_tab->detail()->instance() || m_tab->detail()->instance()->id != id)
            return false;
        return loaded.count() > 0 || loaded.wait(10000);
    }

    static int gridRow(ui::McpAuthStatePanel *panel, const QString &connection)
    {
        for (int row = 0; row < panel->table()->rowCount(); ++row) {
            if (panel->table()->item(row, ui::McpAuthStatePanel::Connection)->text() == connection)
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
        m_raw = std::make_unique<test::RawConnectedAccounts>(m_fixture.sandbox());
        m_tab = std::make_unique<McpTab>(m_fixture.services(), &m_status);
        m_tab->resize(1400, 900);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        QVERIFY(QTest::qWaitFor([this] { return m_tab->overview()->isComplete(); }, 60000));
        QVERIFY(test::settle(*m_tab->model()));
        QVERIFY(test::settle(*m_tab->configs()));
    }

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

    // The editor: limits checked before sending, the server's violations next to the fields,
    // what was typed kept; then created with one connection's chosen tool.
    void theConfigEditorChecksAndKeepsWhatWasTyped()
    {
        m_tab->newConfigAction()->trigger();
        auto *dialog = m_tab->findChild<ui::McpConfigDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->connectionsLoaded(); }, 10000));
        QTreeWidget *tree = dialog->connectionTree();
        QVERIFY(tree->topLevelItemCount() >= 3);

        dialog->nameEdit()->setText(QStringLiteral("Bad Name"));
        dialog->submitNow();
        QVERIFY(!dialog->isBusy()); // nothing sent
        QVERIFY(!dialog->fieldErrors()->fieldError(QStringLiteral("name")).isEmpty());

        if (tree->topLevelItemCount() > models::McpConfigRules::kMaxMappings) {
            for (int i = 0; i <= models::McpConfigRules::kMaxMappings; ++i)
                dialog->choose(tree->topLevelItem(i)->text(0));
            dialog->submitNow();
            QVERIFY(!dialog->isBusy());
            QVERIFY(!dialog->fieldErrors()->fieldError(QStringLiteral("connection_tool_mappings")).isEmpty());
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                tree->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
        }

        // Two connections no config uses; one of them is deleted behind the editor's back.
        std::set<std::string> used;
        for (int row = 0; row < m_tab->configs()->entityCount(); ++row) {
            for (const auto &m : m_tab->configs()->configAt(row)->connectionToolMappings)
                used.insert(m.connectionName);
        }
        QStringList free;
        for (int i = 0; i < tree->topLevelItemCount() && free.size() < 2; ++i) {
            if (!used.count(tree->topLevelItem(i)->text(0).toStdString()))
                free << tree->topLevelItem(i)->text(0);
        }
        QCOMPARE(free.size(), 2);
        dialog->nameEdit()->setText(QStringLiteral("support-triage_2"));
        dialog->descriptionEdit()->setText(QStringLiteral("made by the UI test"));
        QSignalSpy tools(dialog, &ui::McpConfigDialog::toolsListed);
        QTreeWidgetItem *keep = tree->findItems(free[0], Qt::MatchExactly).value(0);
        QVERIFY(keep);
        keep->setExpanded(true);
        QVERIFY(dialog->toolsLoaded(free[0]) || tools.wait(10000));
        QVERIFY(keep->childCount() > 0);
        keep->child(0)->setCheckState(0, Qt::Checked); // ticks its connection too
        const QString tool = keep->child(0)->text(0);
        QVERIFY(dialog->choose(free[1]));
        QVERIFY(dialog->countLabel()->text().startsWith(QStringLiteral("2 of at most 25")));
        std::string goneId;
        std::string token;
        do {
            auto page = m_raw->call("GET",
                                    QStringLiteral("/api/v1/connections/app?page_size=30&page_token=")
                                        + QString::fromStdString(token));
            QVERIFY(page);
            for (const auto &c : (*page)["connections"]) {
                if (c.value("key_id", "") == free[1].toStdString())
                    goneId = c["id"];
            }
            token = page->value("next_page_token", "");
        } while (!token.empty() && goneId.empty());
        QVERIFY(!goneId.empty());
        QVERIFY(
            m_raw->call("DELETE", QStringLiteral("/api/v1/connections/") + QString::fromStdString(goneId)));

        QSignalSpy busy(dialog, &ui::RequestDialog::busyChanged);
        dialog->submitNow();
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy() && busy.count() >= 2; }, 10000));
        QVERIFY(dialog->isVisible());
        QVERIFY2(!dialog->fieldErrors()->fieldError(QStringLiteral("connection_name")).isEmpty(),
                 qPrintable(dialog->fieldErrors()->generalLabel()->text()));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("support-triage_2")); // kept
        QCOMPARE(dialog->descriptionEdit()->text(), QStringLiteral("made by the UI test"));
        QVERIFY(test::screenshot(dialog, QStringLiteral("mcp-config-editor")));

        tree->findItems(free[1], Qt::MatchExactly).value(0)->setCheckState(0, Qt::Unchecked);
        QSignalSpy saved(dialog, &ui::McpConfigDialog::configSaved);
        dialog->submitNow();
        QVERIFY(saved.wait(10000));
        const auto config = saved.at(0).at(0).value<entities::McpConfig>();
        QCOMPARE(config.connectionToolMappings.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(config.connectionToolMappings[0].connectionName), free[0]);
        QCOMPARE(config.connectionToolMappings[0].tools, std::vector<std::string> { tool.toStdString() });
        QVERIFY(m_tab->configs()->configNamed("support-triage_2"));
    }

    void editingKeepsTheNameAndDeleteTakesItsInstances()
    {
        const entities::McpConfig *config = m_tab->configs()->configNamed("support-triage_2");
        QVERIFY(config);
        const int row = m_tab->configs()->rowOf(config->id);
        m_tab->overviewPanel()->setCurrentIndex(ui::McpOverviewPanel::ConfigsPage);
        m_tab->overviewPanel()->configsView()->setCurrentIndex(m_tab->configs()->index(row, 0));
        QVERIFY(m_tab->editConfigAction()->isEnabled());
        m_tab->editConfigAction()->trigger();
        auto *dialog = m_tab->findChild<ui::McpConfigDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->nameEdit()->isReadOnly());
        QVERIFY(dialog->nameNote()->text().contains(QStringLiteral("cannot change")));
        dialog->reject();

        // An instance of it, then delete the config: the instance goes with it.
        auto made = m_raw->call(
            "POST", QStringLiteral("/api/v1/mcp/instances"),
            { { "config_name", "support-triage_2" }, { "user_identifier", "someone@example.com" } });
        QVERIFY(made);
        const QString filter = QStringLiteral("&filter.config_name=support-triage_2");
        QCOMPARE(rawInstances(filter).size(), std::size_t(1));
        ui::ConfirmByTypingDialog::setNextAnswer(true);
        m_tab->deleteConfigAction()->trigger();
        QVERIFY(
            QTest::qWaitFor([this] { return !m_tab->configs()->configNamed("support-triage_2"); }, 10000));
        QVERIFY(rawInstances(filter).empty());
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("mcp-configs")));
    }

    // A read-only profile: no write action, and no auth links (asking for them may create accounts).
    void readOnlyOffersNoWrites()
    {
        // The previous test's delete reloads the list (a reset drops the selection): select
        // once a row is there and stays selected.
        QVERIFY(QTest::qWaitFor(
            [this] {
                if (m_tab->model()->state() == PagedTableModel::State::Loading || m_tab->model()->entityCount() == 0)
                    return false;
                m_tab->view()->selectSourceRow(0);
                return m_tab->deleteAction()->isEnabled();
            },
            30000));
        QVERIFY(test::settle(*m_tab->configs()));
        m_tab->overviewPanel()->configsView()->setCurrentIndex(m_tab->configs()->index(0, 0));
        QVERIFY(m_tab->detail()->authState()->includeLinks()->isEnabled());
        m_status.setReadOnly(true);
        for (QAction *action :
             { m_tab->ensureAction(), m_tab->editAction(), m_tab->deleteAction(), m_tab->newConfigAction(),
               m_tab->editConfigAction(), m_tab->deleteConfigAction() })
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(!m_tab->detail()->authState()->includeLinks()->isEnabled());
        m_status.setReadOnly(false);
        QVERIFY(m_tab->deleteAction()->isEnabled());
    }

    // In production both deletes ask for the name typed; a wrong name never gives way, and
    // after Cancel the instance and the config are still there.
    void productionDeletesAskForTheNameTyped()
    {
        m_status.setEnvironment(QStringLiteral("acme-prod"), services::EnvironmentStatus::Kind::Production);
        QVERIFY(QTest::qWaitFor(
            [this] {
                return m_tab->model()->state() == PagedTableModel::State::Complete
                    || m_tab->model()->state() == PagedTableModel::State::Idle;
            },
            30000));
        QVERIFY(test::settle(*m_tab->model()));
        QVERIFY(test::settle(*m_tab->configs()));
        QVERIFY(m_tab->model()->entityCount() > 0);
        m_tab->view()->selectSourceRow(0);
        const entities::McpInstance instance = *m_tab->model()->instanceAt(0);
        auto refused = test::refuseNextModal();
        m_tab->deleteAction()->trigger();
        QVERIFY(QTest::qWaitFor([&refused] { return refused->shown; }, 10000));
        QCOMPARE(refused->className, QStringLiteral("sk::ui::ConfirmByTypingDialog"));
        QCOMPARE(refused->expected, QString::fromStdString(instance.name));
        QVERIFY(refused->disabledWhenEmpty && refused->disabledWhenWrong && refused->stayedOpen);
        QVERIFY(m_raw->call("GET",
                            QStringLiteral("/api/v1/mcp/instances/") + QString::fromStdString(instance.id)));

        m_tab->overviewPanel()->configsView()->setCurrentIndex(m_tab->configs()->index(0, 0));
        const std::string config = m_tab->configs()->configAt(0)->name;
        auto refusedConfig = test::refuseNextModal();
        m_tab->deleteConfigAction()->trigger();
        QVERIFY(QTest::qWaitFor([&refusedConfig] { return refusedConfig->shown; }, 10000));
        QCOMPARE(refusedConfig->expected, QString::fromStdString(config));
        QVERIFY(refusedConfig->disabledWhenWrong && refusedConfig->stayedOpen);
        QVERIFY(m_tab->configs()->configNamed(config));
        m_status.setEnvironment(QStringLiteral("Sandbox"), services::EnvironmentStatus::Kind::Sandbox);
    }
};

QTEST_MAIN(TestMcpTab)
#include "tst_mcptab.moc"
