// `scalekit-console mcp auth-state` end to end: the real console binary against a real sandbox,
// checked against the sandbox's own answers read over plain HTTP. Readiness per instance must
// match :get_auth_state; links appear only with --links (and only for connections that are not
// ACTIVE); opening those links makes the instance ready and the exit code turns from 8 to 0.
#include "rawconnectedaccounts.h"
#include "tests/support/consolerun.h"

#include <QTest>

#include <map>
#include <set>

using namespace sk;
using Raw = test::RawConnectedAccounts;

namespace {

bool allActive(const nlohmann::json &connections)
{
    for (const auto &c : connections) {
        if (c.value("connected_account_status", "") != "ACTIVE")
            return false;
    }
    return true;
}

nlohmann::json parse(const QByteArray &out)
{
    return nlohmann::json::parse(out.constBegin(), out.constEnd(), nullptr, false);
}

} // namespace

class TestCliMcp : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox { { QStringLiteral("--seed"), QStringLiteral("11") } };
    std::unique_ptr<Raw> m_raw;
    std::vector<nlohmann::json> m_instances; // every instance, as the sandbox lists them

    test::ConsoleRun run(const QStringList &arguments)
    {
        return test::runConsole(QStringList { QStringLiteral("mcp"), QStringLiteral("auth-state") }
                                    + arguments,
                                test::consoleEnvironment(m_sandbox.url().toString(), m_sandbox.clientId(),
                                                         m_sandbox.clientSecret()));
    }

    // The sandbox's own auth state of an instance (no links).
    nlohmann::json rawAuthState(const std::string &id)
    {
        auto state = m_raw->call(
            "POST",
            QStringLiteral("/api/v1/mcp/instances/%1:get_auth_state").arg(QString::fromStdString(id)));
        return state ? (*state)["connections"] : nlohmann::json();
    }

    // A user with at least two instances, one of them not ready.
    std::string userWithABlockedInstance()
    {
        std::map<std::string, int> count;
        for (const auto &x : m_instances)
            ++count[x["user_identifier"].get<std::string>()];
        for (const auto &x : m_instances) {
            const std::string user = x["user_identifier"];
            if (count[user] >= 2 && !allActive(rawAuthState(x["id"])))
                return user;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_raw = std::make_unique<Raw>(m_sandbox);
        std::string token;
        do {
            auto page = m_raw->call("GET",
                                    QStringLiteral("/api/v1/mcp/instances?page_size=30&page_token=")
                                        + QString::fromStdString(token));
            QVERIFY(page);
            for (const auto &x : (*page)["instances"])
                m_instances.push_back(x);
            token = page->value("next_page_token", "");
        } while (!token.empty());
        QVERIFY(m_instances.size() >= 20);
    }

    void userReadinessMatchesTheSandboxWithoutLinks()
    {
        const std::string user = userWithABlockedInstance();
        QVERIFY(!user.empty());
        const test::ConsoleRun result = run({ QStringLiteral("--user"), QString::fromStdString(user) });
        QCOMPARE(result.exitCode, 8); // one is not ready
        const nlohmann::json doc = parse(result.out);
        QVERIFY2(doc.is_object(), result.out.constData());
        QVERIFY(doc["ready"] == false);
        std::set<std::string> expected;
        for (const auto &x : m_instances) {
            if (x["user_identifier"] == user)
                expected.insert(x["id"].get<std::string>());
        }
        std::set<std::string> listed;
        for (const auto &instance : doc["instances"]) {
            listed.insert(instance["id"].get<std::string>());
            QCOMPARE(instance["user_identifier"].get<std::string>(), user);
            const nlohmann::json raw = rawAuthState(instance["id"]);
            QCOMPARE(instance["ready"].get<bool>(), allActive(raw));
            QCOMPARE(instance["connections"].size(), raw.size());
            int active = 0;
            for (std::size_t i = 0; i < raw.size(); ++i) {
                const auto &c = instance["connections"][i];
                QCOMPARE(c["connection"].get<std::string>(), raw[i].value("connection_name", ""));
                QCOMPARE(c["status"].get<std::string>(), raw[i].value("connected_account_status", ""));
                QVERIFY2(!c.contains("authentication_link"), "a link without --links");
                active += c["ready"].get<bool>() ? 1 : 0;
            }
            QCOMPARE(instance["connected"].get<int>(), active);
            QCOMPARE(instance["total"].get<std::size_t>(), raw.size());
        }
        QCOMPARE(listed, expected);
        QVERIFY(!result.out.contains("/connect/")); // no link anywhere without --links
    }

    void linksFixABlockedInstance()
    {
        std::string id;
        for (const auto &x : m_instances) {
            if (!allActive(rawAuthState(x["id"]))) {
                id = x["id"];
                break;
            }
        }
        QVERIFY(!id.empty());
        const QString instance = QString::fromStdString(id);

        const test::ConsoleRun table = run(
            { QStringLiteral("--instance"), instance, QStringLiteral("--format"), QStringLiteral("table") });
        QCOMPARE(table.exitCode, 8);
        QVERIFY(table.out.contains("READINESS"));
        QVERIFY(!table.out.contains("/connect/"));

        const test::ConsoleRun withLinks
            = run({ QStringLiteral("--instance"), instance, QStringLiteral("--links") });
        QCOMPARE(withLinks.exitCode, 8);
        const nlohmann::json doc = parse(withLinks.out);
        QVERIFY2(doc.is_object(), withLinks.out.constData());
        QCOMPARE(doc["instances"].size(), std::size_t(1));
        int links = 0;
        for (const auto &c : doc["instances"][0]["connections"]) {
            QCOMPARE(c.contains("authentication_link"), !c["ready"].get<bool>()); // only where needed
            if (!c.contains("authentication_link"))
                continue;
            const QString link = QString::fromStdString(c["authentication_link"].get<std::string>());
            QVERIFY(link.contains(QStringLiteral("/connect/")));
            QCOMPARE(m_raw->open(link), 200); // the user opens it: the account is authorized
            ++links;
        }
        QVERIFY(links > 0);

        const test::ConsoleRun after = run({ QStringLiteral("--instance"), instance });
        QCOMPARE(after.exitCode, 0);
        QVERIFY(parse(after.out)["ready"] == true);
        QVERIFY(allActive(rawAuthState(id)));
    }

    void usageAndMissing()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("--instance"), QStringLiteral("x"), QStringLiteral("--user"),
                       QStringLiteral("y") })
                     .exitCode,
                 2);
        QCOMPARE(run({ QStringLiteral("--user"), QStringLiteral("a"), QStringLiteral("--format"),
                       QStringLiteral("csv") })
                     .exitCode,
                 2);
        QCOMPARE(run({ QStringLiteral("--instance"), QStringLiteral("mcpi_nope") }).exitCode, 4);
        const test::ConsoleRun nobody
            = run({ QStringLiteral("--user"), QStringLiteral("nobody@example.invalid") });
        QCOMPARE(nobody.exitCode, 4);
        QVERIFY(nobody.err.contains("no MCP instance"));
    }
};

QTEST_GUILESS_MAIN(TestCliMcp)
#include "tst_climcp.moc"
