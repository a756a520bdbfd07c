// The MCP tab's rules without a server: when an instance counts as ready (only ACTIVE, never an
// unknown or empty status), the documented config limits checked before sending, and the
// readiness matrix built from hundreds of instances a page at a time, merged and sorted.
#include "models/mcp/mcpconfigrules.h"
#include "models/mcp/mcpreadiness.h"
#include "models/mcp/mcpreadinessmatrix.h"

#include <QTest>

using namespace sk;
using namespace Qt::StringLiterals;
using entities::McpConfigConnectionToolMapping;
using entities::McpInstance;
using models::McpConfigRules;
using models::McpReadiness;
using models::McpReadinessMatrix;
using models::StatusTone;

namespace {

McpConfigConnectionToolMapping mapping(const std::string &connection, std::optional<std::string> status = {})
{
    McpConfigConnectionToolMapping m;
    m.connectionName = connection;
    m.connectedAccountStatus = std::move(status);
    return m;
}

McpInstance instance(const std::string &id, const std::string &user, const std::string &config,
                     std::vector<McpConfigConnectionToolMapping> mappings)
{
    McpInstance x;
    x.id = id;
    x.userIdentifier = user;
    x.config.name = config;
    x.config.connectionToolMappings = std::move(mappings);
    return x;
}

// The status of user u on connection c in the synthetic fleet below.
std::string statusFor(int u, int c)
{
    static const char *const kStatuses[]
        = { "ACTIVE", "ACTIVE", "EXPIRED", "PENDING_AUTH", "DISCONNECTED", "REVOKED" };
    return kStatuses[(u * 7 + c * 3) % 6];
}

} // namespace

class TestMcpReadiness : public QObject
{
    Q_OBJECT

private slots:
    void readyOnlyWhenEveryConnectionIsActive_data()
    {
        QTest::addColumn<QStringList>("statuses"); // "-" for a mapping without a status
        QTest::addColumn<bool>("ready");
        QTest::addColumn<QString>("text");
        QTest::newRow("all active") << QStringList { u"ACTIVE"_s, u"ACTIVE"_s } << true << u"Ready"_s;
        QTest::newRow("no connections") << QStringList {} << true << u"Ready"_s;
        QTest::newRow("one expired") << QStringList { u"ACTIVE"_s, u"EXPIRED"_s } << false
                                     << u"1 of 2 connected"_s;
        QTest::newRow("no account yet")
            << QStringList { u"ACTIVE"_s, u"-"_s } << false << u"1 of 2 connected"_s;
        QTest::newRow("empty status") << QStringList { u""_s } << false << u"0 of 1 connected"_s;
        QTest::newRow("unknown status")
            << QStringList { u"ACTIVE"_s, u"CONNECTED"_s } << false << u"1 of 2 connected"_s;
        QTest::newRow("lower case") << QStringList { u"active"_s } << false << u"0 of 1 connected"_s;
    }

    void readyOnlyWhenEveryConnectionIsActive()
    {
        QFETCH(QStringList, statuses);
        QFETCH(bool, ready);
        QFETCH(QString, text);
        std::vector<McpConfigConnectionToolMapping> mappings;
        std::vector<entities::McpConnectionAuthState> states;
        for (int i = 0; i < statuses.size(); ++i) {
            const std::string name = "conn" + std::to_string(i);
            const bool absent = statuses[i] == QStringLiteral("-");
            mappings.push_back(
                mapping(name, absent ? std::nullopt : std::optional(statuses[i].toStdString())));
            entities::McpConnectionAuthState s;
            s.connectionName = name;
            s.connectedAccountStatus = absent ? std::string() : statuses[i].toStdString();
            states.push_back(s);
        }
        const McpReadiness fromInstance = McpReadiness::of(instance("i", "u", "c", mappings));
        const McpReadiness fromState = McpReadiness::of(states);
        QCOMPARE(fromInstance.isReady(), ready);
        QCOMPARE(fromState.isReady(), ready);
        QCOMPARE(fromInstance.text(), text);
        QCOMPARE(fromInstance.badge().tone == StatusTone::Good, ready);
        QVERIFY(!fromInstance.badge().tooltip.isEmpty());
    }

    void statusBadgesNeverCallUnknownValuesReady()
    {
        QCOMPARE(McpReadiness::statusBadge("ACTIVE").tone, StatusTone::Good);
        QCOMPARE(McpReadiness::statusBadge("").tone, StatusTone::Danger);
        QCOMPARE(McpReadiness::statusBadge("").text, QStringLiteral("Not connected"));
        const auto unknown = McpReadiness::statusBadge("REVOKED");
        QCOMPARE(unknown.tone, StatusTone::Unknown);
        QVERIFY(unknown.text.contains(QStringLiteral("REVOKED")));
    }

    void configLimits_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mappings");
        QTest::addColumn<bool>("duplicate");
        QTest::addColumn<QStringList>("fields"); // the fields with a problem
        QTest::newRow("fine") << u"sales-assistant_2"_s << 3 << false << QStringList {};
        QTest::newRow("empty name") << u""_s << 1 << false << QStringList { u"name"_s };
        QTest::newRow("upper case") << u"Sales"_s << 1 << false << QStringList { u"name"_s };
        QTest::newRow("space") << u"sales assistant"_s << 1 << false << QStringList { u"name"_s };
        QTest::newRow("100 characters") << QString(100, u'a') << 1 << false << QStringList {};
        QTest::newRow("101 characters") << QString(101, u'a') << 1 << false << QStringList { u"name"_s };
        QTest::newRow("25 mappings") << u"ok"_s << 25 << false << QStringList {};
        QTest::newRow("26 mappings") << u"ok"_s << 26 << false
                                     << QStringList { u"connection_tool_mappings"_s };
        QTest::newRow("twice the same")
            << u"ok"_s << 2 << true << QStringList { u"connection_tool_mappings"_s };
        QTest::newRow("no mappings") << u"ok"_s << 0 << false << QStringList {};
    }

    void configLimits()
    {
        QFETCH(QString, name);
        QFETCH(int, mappings);
        QFETCH(bool, duplicate);
        QFETCH(QStringList, fields);
        entities::McpConfig config;
        config.name = name.toStdString();
        for (int i = 0; i < mappings; ++i)
            config.connectionToolMappings.push_back(mapping(duplicate ? "same" : "conn" + std::to_string(i)));
        QStringList found;
        for (const auto &problem : McpConfigRules::check(config, true)) {
            found << problem.field;
            QVERIFY(!problem.message.isEmpty());
        }
        QCOMPARE(found, fields);
        // On edit the name is fixed: it is not checked again.
        for (const auto &problem : McpConfigRules::check(config, false))
            QVERIFY(problem.field != QStringLiteral("name"));
    }

    void matrixOfHundredsOfInstances()
    {
        // 600 users, 1 to 3 instances each over 4 configs of 3 connections (7 in all), built a
        // page of 30 at a time as the overview does, then merged and sorted.
        const std::vector<std::vector<std::string>> configs = { { "gmail", "slack", "jira" },
                                                                { "github", "jira", "linear" },
                                                                { "gmail", "zendesk", "slack" },
                                                                { "stripe", "github", "zendesk" } };
        std::vector<McpInstance> all;
        for (int u = 0; u < 600; ++u) {
            for (int k = 0; k <= u % 3; ++k) {
                const int c = (u + k) % 4;
                std::vector<McpConfigConnectionToolMapping> mappings;
                for (const std::string &connection : configs[std::size_t(c)]) {
                    const int ci = int(std::hash<std::string> {}(connection) % 97);
                    mappings.push_back(mapping(connection, statusFor(u, ci)));
                }
                all.push_back(instance("mcpi_" + std::to_string(all.size()),
                                       "user" + std::to_string(u) + "@example.com",
                                       "config" + std::to_string(c), std::move(mappings)));
            }
        }
        McpReadinessMatrix matrix;
        for (std::size_t start = 0; start < all.size(); start += 30) {
            McpReadinessMatrix page;
            for (std::size_t i = start; i < std::min(all.size(), start + 30); ++i)
                page.add(all[i]);
            matrix.merge(page);
        }
        matrix.sort();
        QCOMPARE(matrix.rowCount(), 600);
        QCOMPARE(matrix.columnCount(), 7);
        QCOMPARE(matrix.instanceCount(), int(all.size()));
        int ready = 0;
        QHash<QString, int> perConfig;
        for (const McpInstance &x : all) {
            ready += McpReadiness::of(x).isReady() ? 1 : 0;
            ++perConfig[QString::fromStdString(x.config.name)];
        }
        QCOMPARE(matrix.readyInstanceCount(), ready);
        QCOMPARE(matrix.configCounts(), perConfig);
        // Every cell says what the instances say, wherever sorting moved it, and points at an
        // instance of that user that needs that connection.
        std::map<std::string, const McpInstance *> byId;
        for (const McpInstance &x : all)
            byId[x.id] = &x;
        int cells = 0;
        for (int row = 0; row < matrix.rowCount(); ++row) {
            const std::string user = matrix.users().at(row).toStdString();
            for (int column = 0; column < matrix.columnCount(); ++column) {
                const std::string connection = matrix.connections().at(column).toStdString();
                if (matrix.cell(row, column).status < 0)
                    continue;
                ++cells;
                const McpInstance *x = byId.at(matrix.instanceAt(row, column).toStdString());
                QCOMPARE(x->userIdentifier, user);
                const auto it = std::find_if(x->config.connectionToolMappings.begin(),
                                             x->config.connectionToolMappings.end(),
                                             [&](const auto &m) { return m.connectionName == connection; });
                QVERIFY(it != x->config.connectionToolMappings.end());
                QCOMPARE(matrix.status(row, column).toStdString(), it->connectedAccountStatus.value_or(""));
            }
        }
        QVERIFY(cells >= 600 * 3);
        // Columns by name; the most blocked users first.
        QStringList sorted = matrix.connections();
        sorted.sort();
        QCOMPARE(matrix.connections(), sorted);
        QVERIFY(matrix.rowOfUser(QStringLiteral("user0@example.com")) >= 0);
        QCOMPARE(matrix.rowOfUser(QStringLiteral("nobody")), -1);
    }
};

QTEST_GUILESS_MAIN(TestMcpReadiness)
#include "tst_mcpreadiness.moc"
