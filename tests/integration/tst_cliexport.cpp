// `scalekit-console export` end to end: the real console binary against a real sandbox. The
// exported rows must be exactly what the sandbox holds (compared with a direct paged listing
// through the services), and failures must map to the documented exit codes.
#include "servicetest.h"

#include "services/resources/connectedaccountsservice.h"
#include "services/resources/connectionsservice.h"
#include "services/resources/directoriesservice.h"
#include "services/resources/authlogsservice.h"
#include "services/resources/mcpservice.h"
#include "services/resources/organizationclientsservice.h"
#include "services/resources/organizationsservice.h"
#include "services/resources/rolesservice.h"
#include "services/resources/usersservice.h"
#include "tests/support/consolerun.h"
#include "tests/support/testpaths.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <set>

using namespace sk;
using namespace sk::services;
using sk::test::await;
using sk::test::collectAll;

namespace {

using Ids = std::multiset<std::string>;

template <typename T>
Ids idsOf(const std::vector<T> &rows, std::string (*key)(const T &))
{
    Ids ids;
    for (const T &row : rows)
        ids.insert(key(row));
    return ids;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::string m_organizationId; // one with a directory
    std::string m_directoryId;

    using RunResult = test::ConsoleRun;

    RunResult run(const QStringList &arguments, const QString &secret = {}, const QString &url = {})
    {
        return test::runConsole(m_fixture.sandbox(), QStringList{QStringLiteral("export")} + arguments, secret, url);
    }

    // The rows the sandbox holds for a resource, as ids (or another unique key).
    api::Result<Ids> directIds(const QString &resource)
    {
        api::ApiClient *client = m_fixture.client();
        auto wrap = [](auto result, auto key) -> api::Result<Ids> {
            if (!result)
                return api::Result<Ids>(result.error());
            return api::Result<Ids>(idsOf(result.value(), key));
        };
        if (resource == QStringLiteral("organizations"))
            return wrap(collectAll<entities::Organization>([client](const std::string &t, QObject *o, auto d) {
                            return OrganizationsService(client).list(PageQuery{100, t}, {}, o, std::move(d));
                        }),
                        +[](const entities::Organization &r) { return r.id; });
        if (resource == QStringLiteral("users"))
            return wrap(collectAll<entities::User>([client](const std::string &t, QObject *o, auto d) {
                            return UsersService(client).list(PageQuery{100, t}, o, std::move(d));
                        }),
                        +[](const entities::User &r) { return r.id; });
        if (resource == QStringLiteral("org-users"))
            return wrap(collectAll<entities::User>([client, this](const std::string &t, QObject *o, auto d) {
                            return UsersService(client).listOrganizationUsers(m_organizationId, PageQuery{100, t}, o,
                                                                              std::move(d));
                        }),
                        +[](const entities::User &r) { return r.id; });
        if (resource == QStringLiteral("org-clients"))
            return wrap(collectAll<entities::M2MClient>([client, this](const std::string &t, QObject *o, auto d) {
                            return OrganizationClientsService(client).list(m_organizationId, PageQuery{100, t}, o,
                                                                           std::move(d));
                        }),
                        +[](const entities::M2MClient &r) { return r.clientId; });
        if (resource == QStringLiteral("roles"))
            return wrap(await<std::vector<entities::Role>>([client](QObject *o, auto d) {
                            return RolesService(client).list({}, o, std::move(d));
                        }),
                        +[](const entities::Role &r) { return r.name; });
        if (resource == QStringLiteral("permissions"))
            return wrap(collectAll<entities::Permission>([client](const std::string &t, QObject *o, auto d) {
                            return RolesService(client).listPermissions(PageQuery{100, t}, {}, o, std::move(d));
                        }),
                        +[](const entities::Permission &r) { return r.name; });
        if (resource == QStringLiteral("connections"))
            return wrap(await<std::vector<entities::ListConnection>>([client](QObject *o, auto d) {
                            return ConnectionsService(client).list(ConnectionFilter{{}, {}, "all"}, o, std::move(d));
                        }),
                        +[](const entities::ListConnection &r) { return r.id; });
        if (resource == QStringLiteral("app-connections"))
            return wrap(collectAll<entities::ListConnection>([client](const std::string &t, QObject *o, auto d) {
                            return ConnectionsService(client).listApp({}, PageQuery{30, t}, o, std::move(d));
                        }),
                        +[](const entities::ListConnection &r) { return r.id; });
        if (resource == QStringLiteral("directories"))
            return wrap(await<std::vector<entities::Directory>>([client, this](QObject *o, auto d) {
                            return DirectoriesService(client).list(m_organizationId, o, std::move(d));
                        }),
                        +[](const entities::Directory &r) { return r.id; });
        if (resource == QStringLiteral("directory-users"))
            return wrap(collectAll<entities::DirectoryUser>([client, this](const std::string &t, QObject *o, auto d) {
                            return DirectoriesService(client).listUsers(m_organizationId, m_directoryId, {},
                                                                        PageQuery{30, t}, o, std::move(d));
                        }),
                        +[](const entities::DirectoryUser &r) { return r.id; });
        if (resource == QStringLiteral("directory-groups"))
            return wrap(collectAll<entities::DirectoryGroup>([client, this](const std::string &t, QObject *o, auto d) {
                            return DirectoriesService(client).listGroups(m_organizationId, m_directoryId, {},
                                                                         PageQuery{30, t}, o, std::move(d));
                        }),
                        +[](const entities::DirectoryGroup &r) { return r.id; });
        if (resource == QStringLiteral("connected-accounts"))
            return wrap(collectAll<entities::ConnectedAccount>([client](const std::string &t, QObject *o, auto d) {
                            return ConnectedAccountsService(client).list({}, PageQuery{99, t}, o, std::move(d));
                        }),
                        +[](const entities::ConnectedAccount &r) { return r.id; });
        if (resource == QStringLiteral("mcp-configs"))
            return wrap(collectAll<entities::McpConfig>([client](const std::string &t, QObject *o, auto d) {
                            return McpService(client).listConfigs({}, PageQuery{30, t}, o, std::move(d));
                        }),
                        +[](const entities::McpConfig &r) { return r.id; });
        if (resource == QStringLiteral("mcp-instances"))
            return wrap(collectAll<entities::McpInstance>([client](const std::string &t, QObject *o, auto d) {
                            return McpService(client).listInstances({}, PageQuery{30, t}, o, std::move(d));
                        }),
                        +[](const entities::McpInstance &r) { return r.id; });
        if (resource == QStringLiteral("auth-logs"))
            return wrap(collectAll<entities::AuthLogRequest>([client](const std::string &t, QObject *o, auto d) {
                            return AuthLogsService(client).list({}, PageQuery{100, t}, o, std::move(d));
                        }),
                        +[](const entities::AuthLogRequest &r) { return r.authRequestId; });
        return api::Result<Ids>(api::ApiError::make(api::ApiError::Kind::NotFound, QStringLiteral("no such resource")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(test::consoleBinary()).isExecutable(), qPrintable(test::consoleBinary()));
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        const auto directory = test::directoryWithMostUsers(m_fixture.client());
        SK_VERIFY_OK(directory);
        m_organizationId = directory.value().organizationId;
        m_directoryId = directory.value().id;
    }

    void exportedRowsMatchTheSandbox_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("scoped");
        QTest::newRow("organizations") << QStringLiteral("organizations") << QStringLiteral("id") << false;
        QTest::newRow("users") << QStringLiteral("users") << QStringLiteral("id") << false;
        QTest::newRow("org-users") << QStringLiteral("org-users") << QStringLiteral("id") << true;
        QTest::newRow("org-clients") << QStringLiteral("org-clients") << QStringLiteral("client_id") << true;
        QTest::newRow("roles") << QStringLiteral("roles") << QStringLiteral("name") << false;
        QTest::newRow("permissions") << QStringLiteral("permissions") << QStringLiteral("name") << false;
        QTest::newRow("connections") << QStringLiteral("connections") << QStringLiteral("id") << false;
        QTest::newRow("app-connections") << QStringLiteral("app-connections") << QStringLiteral("id") << false;
        QTest::newRow("directories") << QStringLiteral("directories") << QStringLiteral("id") << true;
        QTest::newRow("directory-users") << QStringLiteral("directory-users") << QStringLiteral("id") << true;
        QTest::newRow("directory-groups") << QStringLiteral("directory-groups") << QStringLiteral("id") << true;
        QTest::newRow("connected-accounts") << QStringLiteral("connected-accounts") << QStringLiteral("id") << false;
        QTest::newRow("mcp-configs") << QStringLiteral("mcp-configs") << QStringLiteral("id") << false;
        QTest::newRow("mcp-instances") << QStringLiteral("mcp-instances") << QStringLiteral("id") << false;
        QTest::newRow("auth-logs") << QStringLiteral("auth-logs") << QStringLiteral("auth_request_id") << false;
    }

    void exportedRowsMatchTheSandbox()
    {
        QFETCH(QString, resource);
        QFETCH(QString, key);
        QFETCH(bool, scoped);
        auto expected = directIds(resource);
        SK_VERIFY_OK(expected);

        QStringList arguments{resource, QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--quiet")};
        if (scoped)
            arguments << QStringLiteral("--org") << QString::fromStdString(m_organizationId);
        if (resource.startsWith(QStringLiteral("directory-")))
            arguments << QStringLiteral("--directory") << QString::fromStdString(m_directoryId);
        const RunResult result = run(arguments);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.err.isEmpty(), result.err.constData()); // --quiet
        Ids exported;
        for (const QByteArray &line : result.out.split('\n')) {
            if (line.isEmpty())
                continue;
            const nlohmann::json row = nlohmann::json::parse(line.toStdString());
            QVERIFY(row.is_object());
            QVERIFY(row.contains(key.toStdString()));
            exported.insert(row.at(key.toStdString()).get<std::string>());
            if (resource == QStringLiteral("mcp-instances"))
                QCOMPARE(row.value("url", std::string()), std::string(json::kMaskedSecret)); // a Secret
        }
        QCOMPARE(exported.size(), expected.value().size());
        QVERIFY(exported == expected.value());
    }

    void organizationsInEveryFormat()
    {
        std::int32_t total = 0;
        auto direct = collectAll<entities::Organization>(
            [this](const std::string &token, QObject *owner, auto done) {
                return OrganizationsService(m_fixture.client()).list(PageQuery{100, token}, {}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(direct);
        QCOMPARE(qint64(direct.value().size()), qint64(total));

        const RunResult json = run({QStringLiteral("organizations"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const nlohmann::json rows = nlohmann::json::parse(json.out.toStdString());
        QVERIFY(rows.is_array());
        QCOMPARE(qint64(rows.size()), qint64(total));
        for (std::size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i].at("id").get<std::string>(), direct.value()[i].id); // same order as the API
        QVERIFY2(json.err.contains("rows"), json.err.constData());             // progress on stderr

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("organizations.csv"));
        const RunResult csv = run({QStringLiteral("organizations"), QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--output"), file, QStringLiteral("--quiet")});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QVERIFY(csv.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().trimmed().split('\n');
        QCOMPARE(qint64(lines.size()), qint64(total) + 1);
        QVERIFY2(lines.first().startsWith("id,display_name"), lines.first().constData());
        QVERIFY(lines.at(1).startsWith(QByteArray::fromStdString(direct.value().front().id)));
    }

    void unusableCountsNeverFailAnExport_data()
    {
        QTest::addColumn<QByteArray>("totalSize");
        QTest::newRow("the spec's example") << QByteArray("-9007199254740991");
        QTest::newRow("above int32") << QByteArray("4294967296");
        QTest::newRow("not a number") << QByteArray("\"many\"");
        QTest::newRow("absent") << QByteArray("\"absent\"");
    }

    void unusableCountsNeverFailAnExport()
    {
        // Counts are informational: whatever total_size says, every row is exported.
        auto expected = directIds(QStringLiteral("organizations"));
        SK_VERIFY_OK(expected);
        QFETCH(QByteArray, totalSize);
        QVERIFY(m_fixture.sandbox().setFaults("{\"total_size\":" + totalSize + '}'));
        const RunResult result = run({QStringLiteral("organizations"), QStringLiteral("--format"),
                                      QStringLiteral("jsonl"), QStringLiteral("--quiet")});
        QVERIFY(m_fixture.sandbox().setFaults("{\"total_size\":null}"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        Ids exported;
        for (const QByteArray &line : result.out.split('\n')) {
            if (!line.isEmpty())
                exported.insert(nlohmann::json::parse(line.toStdString()).at("id").get<std::string>());
        }
        QVERIFY(exported == expected.value());
    }

    void exitCodes()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("no-such-resource")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("org-users")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("organizations"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
        const RunResult wrongSecret = run({QStringLiteral("organizations"), QStringLiteral("--quiet")},
                                          QStringLiteral("not-the-secret"));
        QCOMPARE(wrongSecret.exitCode, 3);
        QVERIFY(!wrongSecret.err.contains(m_fixture.sandbox().clientSecret().toUtf8()));
        const RunResult unknownOrg = run({QStringLiteral("org-users"), QStringLiteral("--org"),
                                          QStringLiteral("org_000000000000000000"), QStringLiteral("--quiet")});
        QCOMPARE(unknownOrg.exitCode, 4);
        // Whatever reached standard output is not a complete document a script could mistake for
        // an empty export.
        QVERIFY(!nlohmann::json::accept(unknownOrg.out.toStdString()));
    }

    void exportSurvivesFaultsAndTokenExpiry()
    {
        // A sandbox that misbehaves on purpose (503s, dropped connections, malformed and
        // truncated bodies, slow answers) with a one-second token: the export still returns
        // every row exactly once. The faults are deterministic for the seed.
        test::SandboxProcess faulty({QStringLiteral("--organizations"), QStringLiteral("250"),
                                     QStringLiteral("--seed"), QStringLiteral("9"),
                                     QStringLiteral("--error-rate"), QStringLiteral("0.1"),
                                     QStringLiteral("--drop-rate"), QStringLiteral("0.05"),
                                     QStringLiteral("--malformed-rate"), QStringLiteral("0.05"),
                                     QStringLiteral("--latency-ms"), QStringLiteral("400"),
                                     QStringLiteral("--token-ttl"), QStringLiteral("1")});
        QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
        const RunResult result = run({QStringLiteral("organizations"), QStringLiteral("--format"),
                                      QStringLiteral("jsonl"), QStringLiteral("--quiet")},
                                     {}, faulty.url().toString());
        QVERIFY2(result.exitCode == 0, result.err.constData());
        std::multiset<std::string> ids;
        for (const QByteArray &line : result.out.split('\n')) {
            if (!line.isEmpty())
                ids.insert(nlohmann::json::parse(line.toStdString()).at("id").get<std::string>());
        }
        QCOMPARE(ids.size(), std::size_t(250));
        QCOMPARE(std::set<std::string>(ids.begin(), ids.end()).size(), std::size_t(250));
    }

    void unreachableSandboxExitsWithSix()
    {
        // A port nothing listens on: the sandbox's own port after it stopped.
        test::SandboxProcess other({QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--organizations"),
                                    QStringLiteral("1")});
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        const QString url = other.url().toString();
        other.stop();
        const RunResult result = run({QStringLiteral("organizations"), QStringLiteral("--quiet")}, {}, url);
        QCOMPARE(result.exitCode, 6);
        QVERIFY(!result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
