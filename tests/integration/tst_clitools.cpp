// `scalekit-console tools list|run` end to end: the real console binary against a real sandbox.
// list must name exactly the tools the raw API lists for the connection's provider; run must
// print the tool's data for an ACTIVE account, and exit 8 with the tool error for one that is
// not ACTIVE; bad input is a usage error (exit 2).
#include "rawconnectedaccounts.h"
#include "tests/support/consolerun.h"

#include <QTest>

#include <set>

using namespace sk;

class TestCliTools : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox {{QStringLiteral("--seed"), QStringLiteral("11")}};
    std::vector<nlohmann::json> m_accounts;

    test::ConsoleRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        return test::runConsole(QStringList {QStringLiteral("tools")} + arguments,
                                test::consoleEnvironment(m_sandbox.url().toString(), m_sandbox.clientId(),
                                                         m_sandbox.clientSecret()),
                                input);
    }

    QString identifierWith(const std::string &connection, const std::string &status) const
    {
        for (const nlohmann::json &a : m_accounts) {
            if (a.value("connector", std::string()) == connection
                && a.value("status", std::string()) == status)
                return QString::fromStdString(a.value("identifier", std::string()));
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        test::RawConnectedAccounts raw(m_sandbox);
        auto all = raw.all();
        QVERIFY(all && !all->empty());
        m_accounts = std::move(*all);
    }

    void listNamesTheConnectionsProviderTools()
    {
        const test::ConsoleRun result
            = run({QStringLiteral("list"), QStringLiteral("--connection"), QStringLiteral("slack-prod")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const auto tools = nlohmann::json::parse(result.out.toStdString());
        QVERIFY(tools.is_array());
        std::set<std::string> names;
        for (const auto &tool : tools) {
            QCOMPARE(tool["provider"].get<std::string>(), std::string("slack"));
            QVERIFY(tool["input_schema"].is_object());
            names.insert(tool["name"].get<std::string>());
        }
        const std::set<std::string> expected {"slack_send_message", "slack_list_channels",
                                              "slack_search_messages"};
        QCOMPARE(names, expected);

        const test::ConsoleRun table
            = run({QStringLiteral("list"), QStringLiteral("--provider"), QStringLiteral("slack"),
                   QStringLiteral("--format"), QStringLiteral("table")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("NAME"));
        QCOMPARE(table.out.count('\n'), 4);
    }

    void anUnknownConnectionIsNotFound()
    {
        const test::ConsoleRun result
            = run({QStringLiteral("list"), QStringLiteral("--connection"), QStringLiteral("no-such")});
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.err.contains("no connection named 'no-such'"));
    }

    void runPrintsTheToolsDataForAnActiveAccount()
    {
        const QString identifier = identifierWith("gmail-prod", "ACTIVE");
        QVERIFY(!identifier.isEmpty());
        const test::ConsoleRun result
            = run({QStringLiteral("run"), QStringLiteral("gmail_send_email"), QStringLiteral("--connection"),
                   QStringLiteral("gmail-prod"), QStringLiteral("--identifier"), identifier,
                   QStringLiteral("--input-file"), QStringLiteral("-")},
                  QByteArray("{\"to\": \"someone@example.com\"}"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const auto out = nlohmann::json::parse(result.out.toStdString());
        QVERIFY(out["execution_id"].get<std::string>().starts_with("exec_"));
        QCOMPARE(out["data"]["identifier"].get<std::string>(), identifier.toStdString());
        QCOMPARE(out["data"]["input"]["to"].get<std::string>(), std::string("someone@example.com"));
    }

    void runExplainsWhyABlockedAccountCannotRun()
    {
        const QString identifier = identifierWith("gmail-prod", "EXPIRED");
        QVERIFY(!identifier.isEmpty());
        const test::ConsoleRun result
            = run({QStringLiteral("run"), QStringLiteral("gmail_send_email"), QStringLiteral("--connection"),
                   QStringLiteral("gmail-prod"), QStringLiteral("--identifier"), identifier});
        QCOMPARE(result.exitCode, 8);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains("EXPIRED"), result.err.constData());
    }

    void badInputIsAUsageError()
    {
        const QStringList base {QStringLiteral("run"),          QStringLiteral("t"),
                                QStringLiteral("--connection"), QStringLiteral("gmail-prod"),
                                QStringLiteral("--identifier"), QStringLiteral("x")};
        QCOMPARE(run(base + QStringList {QStringLiteral("--input"), QStringLiteral("[1]")}).exitCode, 2);
        QCOMPARE(run(base + QStringList {QStringLiteral("--input"), QStringLiteral("{oops")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("run"), QStringLiteral("t")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("list")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTools)
#include "tst_clitools.moc"
