// The MCP tab's configs against a real sandbox: the config editor checks the limits, shows the
// server's violations next to the fields and keeps what was typed; the name cannot change and
// deleting a config takes its instances; a read-only profile offers no writes; in production
// both deletes ask for the name typed. (The instances: tst_mcpinstances.)

#include "models/mcp/mcpconfigrules.h"
#include "tests/ui/mcptabtest.h"
#include "ui/mcp/mcpconfigdialog.h"
#include "ui/mcp/mcpoverviewpanel.h"
#include "ui/widgets/fielderrors.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <set>

using namespace sk;
using models::PagedTableModel;
using ui::McpTab;

class TestMcpConfigs : public test::McpTabTest
{
    Q_OBJECT

private slots:
    void initTestCase() { startMcpTab(); }

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
        QCOMPARE(config.connectionToolMappings[0].tools, std::vector<std::string> {tool.toStdString()});
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
        auto made
            = m_raw->call("POST", QStringLiteral("/api/v1/mcp/instances"),
                          {{"config_name", "support-triage_2"}, {"user_identifier", "someone@example.com"}});
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
                if (m_tab->model()->state() == PagedTableModel::State::Loading
                    || m_tab->model()->entityCount() == 0)
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
             {m_tab->ensureAction(), m_tab->editAction(), m_tab->deleteAction(), m_tab->newConfigAction(),
              m_tab->editConfigAction(), m_tab->deleteConfigAction()})
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

QTEST_MAIN(TestMcpConfigs)
#include "tst_mcpconfigs.moc"
