#pragma once

// The fixture the MCP tab's UI tests share (tst_mcpinstances, tst_mcpconfigs): a real sandbox
// with hundreds of MCP instances, the tab on it, and raw calls that read the sandbox's own
// answers to compare with what the tab shows.

#include "models/mcp/mcpconfigsmodel.h"
#include "models/mcp/mcpinstancesmodel.h"
#include "models/mcp/mcpreadinessoverview.h"
#include "services/core/environmentstatus.h"
#include "tests/integration/modeltest.h"
#include "tests/integration/rawconnectedaccounts.h"
#include "tests/ui/uitestsupport.h"
#include "ui/mcp/mcpauthstatepanel.h"
#include "ui/mcp/mcpinstancedetailpane.h"
#include "ui/mcp/mcptab.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>
#include <string>
#include <vector>

namespace sk::test {

// The test classes derive from this and call startMcpTab() from their initTestCase().
class McpTabTest : public QObject
{
protected:
    test::ServiceFixture m_fixture {QStringList {QStringLiteral("--seed"), QStringLiteral("7"),
                                                 QStringLiteral("--mcp-instances"), QStringLiteral("400")}};
    services::EnvironmentStatus m_status;
    std::unique_ptr<ui::McpTab> m_tab;
    std::unique_ptr<test::RawConnectedAccounts> m_raw;

    // Starts the sandbox and shows the tab once its overview, instances and configs are loaded.
    void startMcpTab()
    {
        std::string organizationId;
        QVERIFY2(test::startUiTest(m_fixture, m_status, &organizationId),
                 qPrintable(m_fixture.errorString()));
        m_raw = std::make_unique<test::RawConnectedAccounts>(m_fixture.sandbox());
        m_tab = std::make_unique<ui::McpTab>(m_fixture.services(), &m_status);
        m_tab->resize(1400, 900);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        QVERIFY(QTest::qWaitFor([this] { return m_tab->overview()->isComplete(); }, 60000));
        QVERIFY(test::settle(*m_tab->model()));
        QVERIFY(test::settle(*m_tab->configs()));
    }

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
};

} // namespace sk::test
