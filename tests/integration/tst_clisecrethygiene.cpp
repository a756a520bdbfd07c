// Secret hygiene of the CLI (issue 14): the real scalekit-console binary, run with every logging
// category on and its HOME, XDG folders and TMPDIR in one scratch directory, goes through every
// verb that handles a client secret, an access token, an admin-portal link, a magic link, an MCP
// instance URL, a connected account's tokens, a SCIM bearer token or an API-client secret, against
// a real scalekit-sandbox on 127.0.0.1 (whose own files are elsewhere). A SCIM token and API-client
// secrets are made over raw HTTP too, and that directory and client read back through the console
// (lists and exports); then made by the console's own verbs (`directories rotate-token`,
// `api-clients create|add-secret`), masked and with --reveal. Then every file under the scratch
// directory, and every byte the console printed, is searched for each of those secrets (as given,
// percent-encoded, JSON-escaped, by their last 16 characters, and by pattern): none may be there.
//
// Allowed on purpose: the keychain holds the client secret (its files belong to the session's
// gnome-keyring daemon, outside the scratch directory); `portal-link`, `auth-link` and `mcp
// auth-state --links` print the link on standard output because that is what they are for
// (checked to print exactly that), and so do the one-time-secret verbs with --reveal (without it
// they must print none); `connected-accounts reauth` writes its links into the file the
// user named, created 0600 (its mode is checked instead of its content).
#include "rawconnectedaccounts.h"
#include "tests/support/consolerun.h"
#include "tests/support/sandboxsecrets.h"
#include "tests/support/scratchhome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace sk;
using test::SecretScan;
namespace kind = test::secretkind;

namespace {

// '/', '+', '&' and '=' make the percent-encoded and JSON-escaped forms differ from the value.
const QString kClientSecret = u"hygiene/Client+Secret&7f3a9c2e51d04b86=x"_s;
const QString kProfile = u"hygiene"_s;

} // namespace

class TestCliSecretHygiene : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ScratchHome m_home {m_dir.filePath(u"scratch"_s)};
    test::SandboxProcess m_sandbox {test::hygieneSandboxArguments(kClientSecret)};
    std::unique_ptr<test::RawConnectedAccounts> m_raw;
    QProcessEnvironment m_env;
    SecretScan m_scan;

    struct Run
    {
        QString label;
        test::ConsoleRun result;
        bool printsTheSecret = false; // its standard output is the secret, on purpose
    };
    QList<Run> m_runs;
    QSet<QString> m_secretFiles; // files that hold secrets on purpose (checked for 0600)

    const test::ConsoleRun &console(const QStringList &arguments, const QByteArray &input = {},
                                    bool printsTheSecret = false)
    {
        m_runs.append(
            {arguments.mid(0, 3).join(u' '), test::runConsole(arguments, m_env, input), printsTheSecret});
        return m_runs.last().result;
    }
    QStringList withProfile(QStringList arguments) const { return arguments << u"--profile"_s << kProfile; }
    QString exportFile(const QString &name) const { return m_home.path(u"exports/"_s + name); }

    static QByteArray why(const test::ConsoleRun &run) { return run.err.right(2000); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("SK_KEEP_SCRATCH")); // to look at what was written
        QVERIFY(m_home.create());
        QVERIFY(QDir().mkpath(m_home.path(u"exports"_s)));
        // The sandbox keeps its own environment: whatever it writes is not the console's.
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QCOMPARE(m_sandbox.clientSecret(), kClientSecret);
        m_raw = std::make_unique<test::RawConnectedAccounts>(m_sandbox);
        m_env = m_home.apply(test::consoleEnvironment({}, {}, {}));
        test::addSecretPatterns(m_scan);
        m_scan.add(kind::clientSecret, kClientSecret);
    }

    // Every verb that handles one of the secrets, each checked to have done its work.
    void everyCliFlowRuns()
    {
        const QString url = m_sandbox.url().toString(QUrl::StripTrailingSlash);
        // The client secret goes from standard input to the keychain, never to a file.
        const test::ConsoleRun &add = console(
            {u"profiles"_s, u"add"_s, kProfile, u"--env-url"_s, url, u"--client-id"_s, m_sandbox.clientId()},
            kClientSecret.toUtf8() + '\n');
        QVERIFY2(add.exitCode == 0, why(add));
        QVERIFY2(console({u"profiles"_s, u"test"_s, kProfile}).exitCode == 0, why(m_runs.last().result));
        QCOMPARE(console({u"profiles"_s, u"list"_s, u"--json"_s}).exitCode, 0);
        QVERIFY(m_runs.last().result.out.contains(m_sandbox.clientId().toUtf8()));
        QVERIFY(
            QFileInfo::exists(m_home.path(u"config/Scalekit/scalekit-console.conf"_s))); // the profile list

        // What the flows need: an organization (one with a SCIM directory, whose token is rotated
        // and which gets an API client with two secrets, all over raw HTTP: the exports below read
        // them back), an account, a user with MCP instances.
        test::OneTimeSecrets made;
        QString error;
        QVERIFY2(test::makeOneTimeSecrets(m_sandbox, m_scan, &made, &error), qPrintable(error));
        const QString org = made.organizationId;
        const auto accounts = m_raw->all();
        QVERIFY(accounts && !accounts->empty());
        const nlohmann::json &account = accounts->front();
        const auto instances = m_raw->call("GET", u"/api/v1/mcp/instances?page_size=1"_s);
        QVERIFY(instances && !(*instances)["instances"].empty());
        const QString mcpUser
            = QString::fromStdString((*instances)["instances"][0].value("user_identifier", ""));

        // Exports of every resource, in every format (the MCP URLs and the account tokens are
        // masked there), to files and to standard output.
        const QStringList resources = {u"organizations"_s,      u"users"_s,       u"roles"_s,
                                       u"permissions"_s,        u"connections"_s, u"app-connections"_s,
                                       u"connected-accounts"_s, u"mcp-configs"_s, u"mcp-instances"_s,
                                       u"auth-logs"_s,          u"org-users"_s,   u"org-clients"_s,
                                       u"directories"_s};
        for (const QString &resource : resources) {
            for (const QString &format : {u"json"_s, u"jsonl"_s, u"csv"_s}) {
                QStringList arguments = withProfile({u"export"_s, resource, u"--format"_s, format,
                                                     u"--output"_s, exportFile(resource + u'.' + format)});
                if (resource.startsWith(u"org-"_s) || resource == u"directories"_s)
                    arguments << u"--org"_s << org;
                const test::ConsoleRun &run = console(arguments);
                QVERIFY2(run.exitCode == 0, qPrintable(resource + u' ' + QString::fromUtf8(why(run))));
                const QFileInfo written(exportFile(resource + u'.' + format));
                QVERIFY2(written.exists() && (format == u"jsonl"_s || written.size() > 0),
                         qPrintable(resource));
            }
        }
        // The directory and the client with the one-time secrets are among the exported rows.
        for (const auto &[resource, id] :
             {std::pair {u"directories"_s, made.directoryId}, std::pair {u"org-clients"_s, made.clientId}}) {
            QFile exported(exportFile(resource + u".json"_s));
            QVERIFY(exported.open(QIODevice::ReadOnly));
            QVERIFY2(exported.readAll().contains(id.toUtf8()), qPrintable(resource));
        }
        const test::ConsoleRun &directories
            = console(withProfile({u"directories"_s, u"list"_s, u"--org"_s, org, u"--format"_s, u"csv"_s}));
        QVERIFY2(directories.exitCode == 0, why(directories));
        QVERIFY(directories.out.contains(made.directoryId.toUtf8()));
        // The verbs that make a SCIM token or an API-client secret: masked unless --reveal, in
        // every format; the revealed values join the search (the masked ones are found by pattern).
        const QStringList rotate = {u"directories"_s, u"rotate-token"_s, made.directoryId, u"--org"_s, org};
        const QStringList create
            = {u"api-clients"_s, u"create"_s, u"--org"_s, org, u"--name"_s, u"hygiene cli"_s};
        const QStringList addSecret = {u"api-clients"_s, u"add-secret"_s, made.clientId, u"--org"_s, org};
        // (The client already has 2 secrets of the 5 it may have: add-secret runs twice.)
        const QStringList everyFormat = {u"json"_s, u"csv"_s, u"table"_s};
        for (const auto &[arguments, secretKind, formats] :
             {std::tuple {rotate, kind::scimToken, everyFormat},
              std::tuple {create, kind::apiClientSecret, everyFormat},
              std::tuple {addSecret, kind::apiClientSecret, QStringList {u"table"_s}}}) {
            for (const QString &format : formats) {
                const test::ConsoleRun &masked
                    = console(withProfile(arguments + QStringList {u"--format"_s, format}));
                QVERIFY2(masked.exitCode == 0, why(masked));
                QVERIFY2(masked.out.contains("[secret]"), masked.out.constData());
            }
            const test::ConsoleRun &shown
                = console(withProfile(arguments + QStringList {u"--reveal"_s}), {}, true);
            QVERIFY2(shown.exitCode == 0, why(shown));
            const auto answer = nlohmann::json::parse(shown.out.toStdString(), nullptr, false);
            QVERIFY(answer.is_object() && answer.value("plain_secret", "").size() > 16);
            QVERIFY(answer.value("plain_secret", "") != "[secret]");
            m_scan.add(secretKind, QString::fromStdString(answer.value("plain_secret", "")));
        }

        for (const auto &[resource, id] :
             {std::pair {u"connected-accounts"_s, "\"ca_"}, std::pair {u"mcp-instances"_s, "\"mcpi_"}}) {
            const test::ConsoleRun &run
                = console(withProfile({u"export"_s, resource, u"--format"_s, u"jsonl"_s}));
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.contains(id)); // the rows whose secrets the export leaves out
        }
        // The environment's variables instead of a profile.
        QProcessEnvironment fromVariables = m_env;
        fromVariables.insert(u"SCALEKIT_ENV_URL"_s, url);
        fromVariables.insert(u"SCALEKIT_CLIENT_ID"_s, m_sandbox.clientId());
        fromVariables.insert(u"SCALEKIT_CLIENT_SECRET"_s, kClientSecret);
        m_runs.append(
            {u"export mcp-instances (variables)"_s,
             test::runConsole({u"export"_s, u"mcp-instances"_s, u"--format"_s, u"csv"_s}, fromVariables)});
        QCOMPARE(m_runs.last().result.exitCode, 0);

        // The admin-portal link: printed (that is the verb's job), then its expiry.
        const test::ConsoleRun &portal = console(withProfile({u"portal-link"_s, org}), {}, true);
        QVERIFY2(portal.exitCode == 0, why(portal));
        const QList<QByteArray> portalLines = portal.out.trimmed().split('\n');
        QCOMPARE(portalLines.size(), 2);
        QVERIFY(portalLines[0].startsWith(QByteArray(url.toUtf8() + "/magicLink/")));
        m_scan.add(kind::portalLink, QString::fromUtf8(portalLines[0]));

        // A connected account's authorization link, the same way.
        const test::ConsoleRun &auth
            = console(withProfile({u"auth-link"_s, u"--connection"_s,
                                   QString::fromStdString(account.value("connector", "")), u"--identifier"_s,
                                   QString::fromStdString(account.value("identifier", ""))}),
                      {}, true);
        QVERIFY2(auth.exitCode == 0, why(auth));
        const QList<QByteArray> authLines = auth.out.trimmed().split('\n');
        QCOMPARE(authLines.size(), 2);
        QVERIFY(authLines[0].startsWith(QByteArray(url.toUtf8() + "/connect/")));
        m_scan.add(kind::magicLink, QString::fromUtf8(authLines[0]));

        // MCP readiness without links (none printed), then with them (printed on purpose).
        for (const QString &format : {u"json"_s, u"table"_s}) {
            const test::ConsoleRun &state = console(
                withProfile({u"mcp"_s, u"auth-state"_s, u"--user"_s, mcpUser, u"--format"_s, format}));
            QVERIFY2(state.exitCode == 0 || state.exitCode == 8, why(state));
            QVERIFY(!state.out.contains("/connect/"));
        }
        const test::ConsoleRun &links
            = console(withProfile({u"mcp"_s, u"auth-state"_s, u"--user"_s, mcpUser, u"--links"_s}), {}, true);
        QVERIFY2(links.exitCode == 0 || links.exitCode == 8, why(links));
        const auto document = nlohmann::json::parse(links.out.toStdString(), nullptr, false);
        QVERIFY(document.is_object());
        for (const auto &instance : document["instances"]) {
            for (const auto &connection : instance["connections"])
                m_scan.add(kind::magicLink,
                           QString::fromStdString(connection.value("authentication_link", "")));
        }

        // Connected accounts: the summary, and the bulk links file (a secrets file: 0600).
        QCOMPARE(
            console(withProfile({u"connected-accounts"_s, u"summary"_s, u"--format"_s, u"table"_s})).exitCode,
            0);
        const QString csv = exportFile(u"reauth.csv"_s);
        const test::ConsoleRun &reauth
            = console(withProfile({u"connected-accounts"_s, u"reauth"_s, u"--output"_s, csv}));
        QVERIFY2(reauth.exitCode == 0, why(reauth));
        QCOMPARE(test::fileMode(csv), 0600);
        m_secretFiles.insert(QFileInfo(csv).absoluteFilePath());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = file.readAll().trimmed().split('\n');
        QVERIFY2(rows.size() > 1, "no account needed a link: the file proves nothing");
        for (const QByteArray &row : rows.mid(1)) {
            const QList<QByteArray> cells = row.split(',');
            QVERIFY(cells.size() >= 4);
            m_scan.add(kind::magicLink, QString::fromUtf8(cells[3]).remove(u'"'));
        }
        QVERIFY(m_scan.count(kind::magicLink) >= 2);

        // Every run had every category on: Qt's own lines and the console's API log are there.
        QByteArray err;
        for (const Run &run : std::as_const(m_runs))
            err += run.result.err;
        QVERIFY2(err.contains("qt.") && err.contains("sk.api"),
                 "the logging rules did not reach the console");
    }

    // Then nothing the console wrote or printed holds a secret.
    void noSecretInAnyFileOrOutput()
    {
        QVERIFY(!m_runs.isEmpty());
        QString error;
        QVERIFY2(test::collectSandboxSecrets(m_sandbox, m_scan, &error), qPrintable(error));
        for (const QString &k : kind::all)
            QVERIFY2(m_scan.count(k) > 0, qPrintable(k));

        QList<SecretScan::Finding> found;
        int files = 0;
        found += m_scan.scanTree(m_home.root(), m_secretFiles, &files);
        qInfo("HYGIENE searched %d files and %lld runs for: %s", files, qlonglong(m_runs.size()),
              qPrintable(m_scan.summary()));
        QVERIFY2(files >= 40, qPrintable(QString::number(files))); // the profile list and every export
        for (const Run &run : std::as_const(m_runs)) {
            if (!run.printsTheSecret)
                found += m_scan.scan(u"stdout of "_s + run.label, run.result.out);
            found += m_scan.scan(u"stderr of "_s + run.label, run.result.err);
        }
        QVERIFY2(found.isEmpty(), qPrintable(SecretScan::describe(found)));
    }

    // The search can fail: a secret planted in the scratch directory is found, in every form.
    void aPlantedSecretIsFound_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("size"); // the file's size; the secret sits at its end
        QTest::newRow("client secret, as is") << kind::clientSecret << kClientSecret.toUtf8() << 0;
        QTest::newRow("client secret, percent-encoded")
            << kind::clientSecret << QUrl::toPercentEncoding(kClientSecret) << 0;
        QTest::newRow("client secret, JSON-escaped")
            << kind::clientSecret << kClientSecret.toUtf8().replace("/", "\\/") << 0;
        QTest::newRow("bearer header, 3 MB file")
            << kind::accessToken << QByteArray("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")
            << 3 * 1024 * 1024;
        QTest::newRow("portal link by pattern")
            << kind::portalLink << QByteArray("http://127.0.0.1:1/magicLink/abcdefgh12345678") << 0;
        QTest::newRow("MCP URL by pattern")
            << kind::mcpUrl << QByteArray("u=http://127.0.0.1:1/mcp/mcpi_1/abcdefgh12345678") << 0;
        QTest::newRow("SCIM token by pattern")
            << kind::scimToken << QByteArray("Authorization: x snd_scim_Ab3dEf6hIj9kLm2n") << 0;
        QTest::newRow("API-client secret by pattern")
            << kind::apiClientSecret << QByteArray("secret=snd_Ab3dEf6hIj9kLm2nOp5rSt8vWx1z") << 0;
    }
    void aPlantedSecretIsFound()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(int, size);
        const QString path = m_home.path(u"cache/deep/er/planted.bin"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(qMax(0, size - int(bytes.size())), 'x') + bytes);
        file.close();
        const QList<SecretScan::Finding> found = m_scan.scanTree(m_home.root(), m_secretFiles);
        QFile::remove(path);
        QVERIFY2(std::any_of(found.cbegin(), found.cend(),
                             [&](const SecretScan::Finding &f) {
                                 return f.kind == kind
                                     && QFileInfo(f.where).absoluteFilePath()
                                     == QFileInfo(path).absoluteFilePath();
                             }),
                 qPrintable(SecretScan::describe(found)));
    }

    void cleanupTestCase() { QVERIFY(m_sandbox.stop()); }
};

QTEST_GUILESS_MAIN(TestCliSecretHygiene)
#include "tst_clisecrethygiene.moc"
