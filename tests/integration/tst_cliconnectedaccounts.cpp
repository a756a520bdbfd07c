// `scalekit-console connected-accounts summary|reauth` end to end: the real console binary
// against a real sandbox. Summary counts must equal counts computed from the raw API; reauth
// must write one link per matching account to a 0600 file, and report failed links (injected
// on the magic_link route only) on stderr with exit code 7 while still writing the good rows.
#include "rawconnectedaccounts.h"
#include "tests/support/consolerun.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <tuple>

#include <sys/stat.h>

using namespace sk;
using Raw = test::RawConnectedAccounts;
using Row = std::tuple<std::string, std::string, std::string>; // identifier, connection, status

namespace {

using RunResult = test::ConsoleRun;

// Splits a CSV the console wrote (no quoted commas in sandbox identifiers, links or times).
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            rows << QString::fromUtf8(trimmed).split(u',');
    }
    return rows;
}

} // namespace

class TestCliConnectedAccounts : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox{{QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--connected-accounts"),
                                    QStringLiteral("2500")}};
    QTemporaryDir m_dir;

    RunResult run(const QStringList &arguments)
    {
        return test::runConsole(QStringList{QStringLiteral("connected-accounts")} + arguments,
                                test::consoleEnvironment(m_sandbox.url().toString(), m_sandbox.clientId(),
                                                         m_sandbox.clientSecret()));
    }

    static std::multiset<Row> rowsOf(const std::vector<nlohmann::json> &accounts, const std::set<std::string> &statuses)
    {
        std::multiset<Row> rows;
        for (const auto &a : accounts) {
            const std::string status = Raw::statusOf(a);
            if (statuses.empty() ? status != "ACTIVE" : statuses.contains(status))
                rows.insert({a.value("identifier", ""), Raw::connectionOf(a), status});
        }
        return rows;
    }

    // Checks a reauth CSV against the accounts it should hold; returns its rows (no header).
    QList<QStringList> checkLinks(const QString &path)
    {
        const QList<QStringList> csv = readCsv(path);
        if (csv.isEmpty())
            return {};
        [&] {
            QCOMPARE(csv.front(), (QStringList{QStringLiteral("identifier"), QStringLiteral("connection"),
                                               QStringLiteral("status"), QStringLiteral("link"),
                                               QStringLiteral("expire_time")}));
            struct stat info{};
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
            QCOMPARE(info.st_mode & 0777, mode_t(0600)); // the links are secrets
        }();
        std::set<QString> links;
        for (const QStringList &row : csv.mid(1)) {
            [&] {
                QCOMPARE(row.size(), 5);
                QVERIFY2(row[3].startsWith(m_sandbox.url().toString()), qPrintable(row[3].left(30)));
                const QDateTime expiry = QDateTime::fromString(row[4], Qt::ISODateWithMs);
                QVERIFY2(expiry.isValid() && expiry > QDateTime::currentDateTimeUtc(), qPrintable(row[4]));
            }();
            links.insert(row[3]);
        }
        [&] { QCOMPARE(links.size(), std::size_t(csv.size() - 1)); }(); // every link is its own
        return csv.mid(1);
    }

    static std::multiset<Row> rowsOf(const QList<QStringList> &csv)
    {
        std::multiset<Row> rows;
        for (const QStringList &row : csv)
            rows.insert({row[0].toStdString(), row[1].toStdString(), row[2].toStdString()});
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_dir.isValid());
    }

    void init() { QVERIFY(m_sandbox.clearFaults()); }

    void summaryJsonEqualsTheRawApi_data()
    {
        QTest::addColumn<QStringList>("connections");
        QTest::newRow("all") << QStringList{};
        QTest::newRow("two connections") << QStringList{QStringLiteral("gmail-prod"), QStringLiteral("zendesk")};
    }

    void summaryJsonEqualsTheRawApi()
    {
        QFETCH(QStringList, connections);
        QStringList arguments{QStringLiteral("summary"), QStringLiteral("--quiet")};
        QStringList query;
        for (const QString &name : connections) {
            arguments << QStringLiteral("--connection") << name;
            query << QStringLiteral("connection_names=") + name;
        }
        Raw raw(m_sandbox);
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto before = raw.all(query.join(u'&'));
            QVERIFY(before);
            const RunResult r = run(arguments);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const auto after = raw.all(query.join(u'&'));
            QVERIFY(after);
            const auto doc = nlohmann::json::parse(r.out.constData(), nullptr, false);
            QVERIFY2(doc.is_object(), r.out.left(200).constData());
            const qint64 asOf = Raw::nanosOf(doc, "as_of");
            QVERIFY(asOf > 0);
            const Raw::Counts expected = Raw::count(*before, asOf);
            if (Raw::count(*after, asOf).byConnectionAndStatus != expected.byConnectionAndStatus)
                continue; // an account changed meanwhile: measure again

            QCOMPARE(doc["total"].get<qint64>(), expected.total);
            QCOMPARE(doc["tokens_expired"].get<qint64>(), expected.expired);
            qint64 sum = 0;
            std::map<std::pair<std::string, std::string>, qint64> nonZero;
            for (const auto &item : doc["counts"]) {
                QCOMPARE(item.size(), std::size_t(3)); // connection, status, count and nothing else
                const std::string status = item["status"];
                QVERIFY2(status.find("expir") == std::string::npos || status == "EXPIRED", status.c_str());
                sum += item["count"].get<qint64>();
                if (item["count"].get<qint64>() > 0)
                    nonZero[{item["connection"], status}] = item["count"];
            }
            QCOMPARE(sum, expected.total); // the statuses add up to the accounts
            QVERIFY(nonZero == expected.byConnectionAndStatus);
            std::set<std::string> names;
            for (const auto &c : doc["connections"]) {
                const std::string name = c["connection"];
                names.insert(name);
                const auto it = expected.expiring.find(name);
                const std::array<qint64, 3> windows = it == expected.expiring.end() ? std::array<qint64, 3>{} : it->second;
                QCOMPARE(c["expiring_24h"].get<qint64>(), windows[0]);
                QCOMPARE(c["expiring_7d"].get<qint64>(), windows[1]);
                QCOMPARE(c["expiring_30d"].get<qint64>(), windows[2]);
            }
            if (!connections.isEmpty())
                QCOMPARE(names.size(), std::size_t(connections.size()));
            else
                QVERIFY(names.size() > 5);
            for (const auto &s : doc["statuses"])
                QCOMPARE(s["count"].get<qint64>(), expected.byStatus.contains(s["status"]) ? expected.byStatus.at(s["status"]) : 0);
            return;
        }
        QFAIL("the sandbox's accounts kept changing");
    }

    void summaryCsvAndTable()
    {
        const RunResult csv = run({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--quiet")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QVERIFY(lines.front().startsWith("connection,ACTIVE,EXPIRED,PENDING_AUTH,PENDING_VERIFICATION,DISCONNECTED,total,"
                                         "expiring_24h,expiring_7d,expiring_30d"));
        QCOMPARE(lines.size(), 14); // header + the 13 sandbox connections
        const RunResult table = run({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("table")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("\nTOTAL "));
        QVERIFY(table.err.contains("connected accounts:")); // progress without --quiet
        const RunResult bad = run({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(bad.exitCode, 2);
    }

    void reauthWritesOneLinkPerMatchingAccount()
    {
        const QString path = m_dir.filePath(QStringLiteral("expired.csv"));
        Raw raw(m_sandbox);
        const auto accounts = raw.all(QStringLiteral("connection_names=slack-prod&connection_names=gmail-prod"));
        QVERIFY(accounts);
        const std::multiset<Row> expected = rowsOf(*accounts, {"EXPIRED", "PENDING_AUTH"});
        QVERIFY(expected.size() > 20);
        const RunResult r = run({QStringLiteral("reauth"), QStringLiteral("--status"), QStringLiteral("expired,PENDING_AUTH"),
                                 QStringLiteral("--connection"), QStringLiteral("slack-prod,gmail-prod"),
                                 QStringLiteral("--output"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QStringList> rows = checkLinks(path);
        QCOMPARE(rows.size(), qsizetype(expected.size()));
        QVERIFY(rowsOf(rows) == expected);
        QVERIFY(!r.err.contains("/connect/")); // no link on the terminal
        QVERIFY(r.out.isEmpty());
    }

    void reauthDefaultsToEveryStatusButActive()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        {
            QFile old(path); // an earlier, world-readable file of the same name: replaced, and 0600
            QVERIFY(old.open(QIODevice::WriteOnly));
            QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                                       | QFileDevice::ReadGroup));
        }
        Raw raw(m_sandbox);
        const auto accounts = raw.all(QStringLiteral("connection_names=zendesk"));
        QVERIFY(accounts);
        const RunResult r = run({QStringLiteral("reauth"), QStringLiteral("--connection"), QStringLiteral("zendesk"),
                                 QStringLiteral("--output"), path, QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const std::multiset<Row> expected = rowsOf(*accounts, {});
        QVERIFY(rowsOf(checkLinks(path)) == expected);
        std::set<std::string> statuses;
        for (const Row &row : expected)
            statuses.insert(std::get<2>(row));
        QVERIFY(!statuses.contains("ACTIVE"));
        QVERIFY(statuses.size() >= 3);
    }

    void reauthReportsFailedRowsAndWritesTheGoodOnes()
    {
        const QString path = m_dir.filePath(QStringLiteral("partial.csv"));
        Raw raw(m_sandbox);
        const auto accounts = raw.all(QStringLiteral("connection_names=linear"));
        QVERIFY(accounts);
        const std::multiset<Row> expected = rowsOf(*accounts, {"DISCONNECTED"});
        QVERIFY(expected.size() > 5);
        // Two magic_link calls fail (503: a link request is never retried); listing is untouched.
        QVERIFY(m_sandbox.setFaults("{\"script\": [\"none\", \"unavailable\", \"none\", \"none\", \"unavailable\"], "
                                    "\"script_path\": \"/api/v1/connected_accounts/magic_link\"}"));
        const RunResult r = run({QStringLiteral("reauth"), QStringLiteral("--status"), QStringLiteral("DISCONNECTED"),
                                 QStringLiteral("--connection"), QStringLiteral("linear"), QStringLiteral("--output"), path});
        QCOMPARE(r.exitCode, 7);
        const QList<QByteArray> failures = [&r] {
            QList<QByteArray> lines;
            for (const QByteArray &line : r.err.split('\n'))
                if (line.contains("no link for"))
                    lines << line;
            return lines;
        }();
        QCOMPARE(failures.size(), 2);
        const QList<QStringList> rows = checkLinks(path);
        QCOMPARE(rows.size(), qsizetype(expected.size() - 2));
        std::multiset<Row> written = rowsOf(rows);
        // Each failed account is named on stderr and missing from the file; together they are all.
        for (const QByteArray &line : failures) {
            QVERIFY(line.contains("connection linear, status DISCONNECTED"));
            QVERIFY(line.contains("503") || line.contains("navailable"));
            const QByteArray identifier = line.mid(line.indexOf("no link for ") + 12).split(' ').front();
            written.insert({identifier.toStdString(), "linear", "DISCONNECTED"});
        }
        QVERIFY(written == expected);
        QVERIFY(!r.err.contains("/connect/"));
    }

    void reauthUsageErrors()
    {
        QCOMPARE(run({QStringLiteral("reauth")}).exitCode, 2); // no --output
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QStringList many{QStringLiteral("summary")};
        for (int i = 0; i < 21; ++i)
            many << QStringLiteral("--connection") << QStringLiteral("c%1").arg(i);
        QCOMPARE(run(many).exitCode, 2);
        const RunResult help = run({QStringLiteral("summary"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("expiring_24h"));
        QVERIFY(run({QStringLiteral("reauth"), QStringLiteral("--help")}).out.contains("0600"));
    }
};

QTEST_GUILESS_MAIN(TestCliConnectedAccounts)
#include "tst_cliconnectedaccounts.moc"
