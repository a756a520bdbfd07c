// `scalekit-console directories ...` and `export directory-users` without --org, end to end:
// the real console binary against a real sandbox, its output compared with what the services
// list, and the documented exit codes (0, 2, 4, 8).
#include "services/resources/directoriesservice.h"
#include "services/resources/organizationsservice.h"
#include "servicetest.h"
#include "tests/support/consolerun.h"

#include <nlohmann/json.hpp>
#include <set>

using namespace sk;
using namespace sk::services;
using sk::test::await;
using sk::test::collectAll;

class TestCliDirectories : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::vector<entities::Directory> m_directories;
    entities::Directory m_big;

    test::ConsoleRun run(const QStringList &arguments)
    {
        return test::runConsole(m_fixture.sandbox(), arguments);
    }

    entities::Directory fetch(const entities::Directory &d)
    {
        auto result = await<entities::Directory>([&](QObject *owner, auto done) {
            return m_fixture.services()->directories().get(d.organizationId, d.id, owner, std::move(done));
        });
        return result ? result.value() : entities::Directory {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        auto directories = test::allDirectories(m_fixture.client());
        SK_VERIFY_OK(directories);
        m_directories = directories.value();
        for (const auto &d : m_directories) {
            if (d.totalUsers > m_big.totalUsers)
                m_big = d;
        }
        QVERIFY(!m_directories.empty());
    }

    void listsEveryDirectoryAndChecksThem()
    {
        const test::ConsoleRun all = run({ QStringLiteral("directories"), QStringLiteral("list") });
        QCOMPARE(all.exitCode, 0);
        const auto rows = nlohmann::json::parse(all.out.toStdString());
        std::set<std::string> ids;
        int stale = 0;
        for (const auto &row : rows) {
            ids.insert(row.at("id").get<std::string>());
            QVERIFY(!row.at("organization_name").get<std::string>().empty());
            stale += row.at("stale").get<bool>() ? 1 : 0;
            QVERIFY(!row.contains("secrets")); // nothing about tokens
        }
        std::set<std::string> expected;
        for (const auto &d : m_directories)
            expected.insert(d.id);
        QCOMPARE(ids, expected);
        QVERIFY(stale > 0);

        // --check: 8, and each directory that needs a look is named on stderr.
        const test::ConsoleRun check
            = run({ QStringLiteral("directories"), QStringLiteral("list"), QStringLiteral("--check"),
                    QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(check.exitCode, 8);
        QVERIFY(check.out.startsWith("id,name,organization_id"));
        for (const auto &row : rows) {
            if (!row.at("attention").get<std::string>().empty())
                QVERIFY2(check.err.contains(QByteArray::fromStdString(row.at("id").get<std::string>())),
                         check.err.constData());
        }

        // One organization.
        const test::ConsoleRun one
            = run({ QStringLiteral("directories"), QStringLiteral("list"), QStringLiteral("--org"),
                    QString::fromStdString(m_big.organizationId) });
        QCOMPARE(one.exitCode, 0);
        for (const auto &row : nlohmann::json::parse(one.out.toStdString()))
            QCOMPARE(row.at("organization_id").get<std::string>(), m_big.organizationId);
    }

    void syncEnableDisableByIdAlone()
    {
        const QString id = QString::fromStdString(m_big.id);
        const auto before = fetch(m_big);
        const test::ConsoleRun sync = run({ QStringLiteral("directories"), QStringLiteral("sync"), id });
        QCOMPARE(sync.exitCode, 0);
        QVERIFY2(sync.out.contains("sync requested for " + m_big.id), sync.out.constData());
        QVERIFY(fetch(m_big).lastSyncedAt > before.lastSyncedAt);

        const test::ConsoleRun disable
            = run({ QStringLiteral("directories"), QStringLiteral("disable"), id, QStringLiteral("--org"),
                    QString::fromStdString(m_big.organizationId) });
        QCOMPARE(disable.exitCode, 0);
        QVERIFY(!fetch(m_big).enabled);
        const test::ConsoleRun enable = run({ QStringLiteral("directories"), QStringLiteral("enable"), id });
        QCOMPARE(enable.exitCode, 0);
        QVERIFY(fetch(m_big).enabled);
    }

    void exitCodesForMistakes()
    {
        QCOMPARE(run({ QStringLiteral("directories"), QStringLiteral("sync"),
                       QStringLiteral("dir_000000000000000000") })
                     .exitCode,
                 4);
        QCOMPARE(run({ QStringLiteral("directories"), QStringLiteral("sync") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("directories"), QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("directories"), QStringLiteral("list"), QStringLiteral("--format"),
                       QStringLiteral("xml") })
                     .exitCode,
                 2);
        QCOMPARE(run({ QStringLiteral("directories"), QStringLiteral("list"), QStringLiteral("--org"),
                       QStringLiteral("org_000000000000000000") })
                     .exitCode,
                 4);
    }

    void exportDirectoryUsersFindsTheOrganization()
    {
        const test::ConsoleRun exported = run(
            { QStringLiteral("export"), QStringLiteral("directory-users"), QStringLiteral("--directory"),
              QString::fromStdString(m_big.id), QStringLiteral("--quiet") });
        QCOMPARE(exported.exitCode, 0);
        const auto rows = nlohmann::json::parse(exported.out.toStdString());
        QCOMPARE(int(rows.size()), m_big.totalUsers);
        QCOMPARE(
            run({ QStringLiteral("export"), QStringLiteral("directory-users"), QStringLiteral("--directory"),
                  QStringLiteral("dir_000000000000000000"), QStringLiteral("--quiet") })
                .exitCode,
            4);
    }
};

QTEST_GUILESS_MAIN(TestCliDirectories)
#include "tst_clidirectories.moc"
