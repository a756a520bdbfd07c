// `scalekit-console sso which` and `export auth-logs` with the sign-in log filters, end to end:
// the real console binary against a real sandbox. A routed email exits 0 and names the
// connection the API lists for its domain; each "none applies" exits 8 with its reason; bad
// input exits 2. The filtered export holds exactly the rows the raw API returns for the same
// filter.
#include "models/connections/connectionformat.h"
#include "services/resources/services.h"
#include "tests/integration/servicetest.h"
#include "tests/support/consolerun.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace sk;
using entities::ListConnection;

class TestCliSso : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::vector<ListConnection> m_all;

    test::ConsoleRun run(const QStringList &arguments)
    {
        return test::runConsole(arguments,
                                test::consoleEnvironment(m_fixture.sandbox().url().toString(),
                                                         m_fixture.sandbox().clientId(),
                                                         m_fixture.sandbox().clientSecret()));
    }

    static nlohmann::json parse(const QByteArray &out)
    {
        return nlohmann::json::parse(out.toStdString(), nullptr, false);
    }

    const ListConnection *working() const
    {
        for (const ListConnection &c : m_all) {
            if (c.enabled && models::connectionformat::isCompleted(c.status) && !c.domains.empty())
                return &c;
        }
        return nullptr;
    }

    std::vector<entities::AuthLogRequest> rawLogs(const services::AuthLogFilter &filter)
    {
        std::vector<entities::AuthLogRequest> rows;
        std::string token;
        do {
            auto page = test::await<entities::Page<entities::AuthLogRequest>>([&](QObject *owner, auto done) {
                return m_fixture.services()->authLogs().list(filter, { 100, token }, owner, std::move(done));
            });
            if (!page)
                return {};
            rows.insert(rows.end(), page.value().items.begin(), page.value().items.end());
            token = page.value().nextPageToken;
        } while (!token.empty());
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        auto list = test::await<std::vector<ListConnection>>([&](QObject *owner, auto done) {
            return m_fixture.services()->connections().list({}, owner, std::move(done));
        });
        QVERIFY(list);
        m_all = list.value();
        QVERIFY(working());
    }

    void whichNamesTheWorkingConnection()
    {
        const ListConnection &c = *working();
        const QString email = QStringLiteral("pat@") + QString::fromStdString(c.domains.front());
        const test::ConsoleRun r = run({ QStringLiteral("sso"), QStringLiteral("which"), email });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const nlohmann::json doc = parse(r.out);
        QVERIFY2(doc.is_object(), r.out.constData());
        QCOMPARE(doc["applies"].get<bool>(), true);
        QCOMPARE(doc["outcome"].get<std::string>(), std::string("routes"));
        QCOMPARE(doc["connection"]["id"].get<std::string>(), c.id);
        QCOMPARE(doc["organization"]["id"].get<std::string>(), c.organizationId);
        QCOMPARE(doc["connection"]["enabled"].get<bool>(), true);
        QCOMPARE(doc["connection"]["status"].get<std::string>(), std::string("COMPLETED"));

        const test::ConsoleRun table
            = run({ QStringLiteral("sso"), QStringLiteral("which"), QString::fromStdString(c.domains.front()),
                    QStringLiteral("--format"), QStringLiteral("table") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("outcome        routes"));
        QVERIFY(table.out.contains(QByteArray::fromStdString(c.id)));
    }

    void noneAppliesExitsEightWithTheReason()
    {
        test::ConsoleRun r = run(
            { QStringLiteral("sso"), QStringLiteral("which"), QStringLiteral("x@unknown-customer.example") });
        QCOMPARE(r.exitCode, 8);
        QCOMPARE(parse(r.out)["outcome"].get<std::string>(), std::string("no_organization"));

        // The working connection, disabled: its users get "connection_disabled", then it routes again.
        const ListConnection &c = *working();
        auto toggle = [&](bool on) {
            return test::await<entities::ToggleResult>([&](QObject *owner, auto done) {
                return m_fixture.services()->connections().setSsoEnabled(c.organizationId, c.id, on, owner,
                                                                         std::move(done));
            });
        };
        QVERIFY(toggle(false));
        const QString email = QStringLiteral("pat@") + QString::fromStdString(c.domains.front());
        r = run({ QStringLiteral("sso"), QStringLiteral("which"), email });
        QCOMPARE(r.exitCode, 8);
        const nlohmann::json doc = parse(r.out);
        QCOMPARE(doc["outcome"].get<std::string>(), std::string("connection_disabled"));
        QCOMPARE(doc["sign_in_error"].get<std::string>(), std::string("connection_not_active"));
        QVERIFY(QString::fromStdString(doc["explanation"].get<std::string>())
                    .contains(QStringLiteral("disabled")));
        QVERIFY(toggle(true));
        QCOMPARE(run({ QStringLiteral("sso"), QStringLiteral("which"), email }).exitCode, 0);

        r = run({ QStringLiteral("sso"), QStringLiteral("which"), QStringLiteral("not an email") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not an email address or a domain"));
    }

    void exportAuthLogsTakesTheViewsFilters()
    {
        services::AuthLogFilter filter;
        filter.statuses << QStringLiteral("FAILED");
        filter.startTime
            = entities::Timestamp::fromUnixSeconds(QDateTime::currentSecsSinceEpoch() - 7 * 86400);
        const auto expected = rawLogs(filter);
        QVERIFY(!expected.empty());
        test::ConsoleRun r
            = run({ QStringLiteral("export"), QStringLiteral("auth-logs"), QStringLiteral("--status"),
                    QStringLiteral("failed"), QStringLiteral("--since"), QStringLiteral("7d"),
                    QStringLiteral("--quiet") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        nlohmann::json rows = parse(r.out);
        QVERIFY(rows.is_array());
        // --since is computed when the console runs, a moment after the raw query: the rows at
        // the edge may differ by the ones that crossed it, never more.
        QVERIFY(std::abs(int(rows.size()) - int(expected.size())) <= 1);
        for (const auto &row : rows)
            QCOMPARE(row["status"].get<std::string>(), std::string("FAILED"));

        // --org (kept by the console: the API has no organization filter) and --email.
        const std::string org = expected.front().organizationId;
        services::AuthLogFilter all;
        std::size_t inOrg = 0;
        for (const auto &log : rawLogs(all))
            inOrg += log.organizationId == org ? 1 : 0;
        r = run({ QStringLiteral("export"), QStringLiteral("auth-logs"), QStringLiteral("--org"),
                  QString::fromStdString(org), QStringLiteral("--quiet") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        rows = parse(r.out);
        QCOMPARE(rows.size(), inOrg);
        for (const auto &row : rows)
            QCOMPARE(row["organization_id"].get<std::string>(), org);

        r = run({ QStringLiteral("export"), QStringLiteral("auth-logs"), QStringLiteral("--email"),
                  QString::fromStdString(expected.front().email), QStringLiteral("--until"),
                  QString::fromStdString(entities::Timestamp::now().toRfc3339()),
                  QStringLiteral("--quiet") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const auto &row : parse(r.out))
            QCOMPARE(row["email"].get<std::string>(), expected.front().email);
    }

    void badLogFiltersAreUsageErrors()
    {
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("auth-logs"), QStringLiteral("--status"),
                       QStringLiteral("DONE") })
                     .exitCode,
                 2);
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("auth-logs"), QStringLiteral("--since"),
                       QStringLiteral("yesterday") })
                     .exitCode,
                 2);
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("organizations"), QStringLiteral("--status"),
                       QStringLiteral("FAILED") })
                     .exitCode,
                 2);
    }
};

QTEST_MAIN(TestCliSso)
#include "tst_clisso.moc"
