// The CLI verbs that make a secret the API shows only once, end to end: `directories
// rotate-token` and `api-clients create|add-secret` (with `api-clients list|secrets|delete-secret`,
// which show and end them), the real console binary against a real
// sandbox. Each is checked against what the services then read back (the new secret is there,
// earlier SCIM tokens retired), the secret printed only with --reveal (and then exactly the
// value whose suffix the server records), the documented exit codes (0, 2, 4, 5), and the guards
// of saved profiles: read-only refuses, production needs --confirm-production for the rotation.
#include "services/resources/directoriesservice.h"
#include "services/resources/organizationclientsservice.h"
#include "servicetest.h"
#include "tests/support/consolerun.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace sk;
using sk::test::await;

namespace {

// The sandbox's plain values: "snd_scim_" and 40 characters, "snd_" and 48.
const QRegularExpression kScimToken(u"snd_scim_[A-Za-z0-9]{12,}"_s);
const QRegularExpression kClientSecret(u"snd_[A-Za-z0-9]{24,}"_s);

nlohmann::json parsed(const QByteArray &out)
{
    return nlohmann::json::parse(out.toStdString(), nullptr, false);
}

// The secret's value in a `--format csv` answer: the header names the column.
QString csvValue(const QByteArray &out, const QString &column)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    if (lines.size() != 2)
        return {};
    const QStringList header = QString::fromUtf8(lines[0]).split(u',');
    const QStringList row = QString::fromUtf8(lines[1]).split(u',');
    const qsizetype at = header.indexOf(column);
    return at >= 0 && header.size() == row.size() ? row[at] : QString();
}

} // namespace

class TestCliOneTimeSecrets : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    entities::Directory m_directory; // one with tokens
    QString m_org;
    QTemporaryDir m_home;

    test::ConsoleRun run(const QStringList &arguments)
    {
        return test::runConsole(m_fixture.sandbox(), arguments);
    }

    // Without the SCALEKIT_* variables, config and data in a scratch home: for --profile.
    test::ConsoleRun runWithProfiles(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment env = test::consoleEnvironment({}, {}, {});
        for (const char *name :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(name), m_home.path());
        return test::runConsole(arguments, env, input);
    }

    entities::Directory fetchDirectory()
    {
        auto result = await<entities::Directory>([&](QObject *owner, auto done) {
            return m_fixture.services()->directories().get(m_directory.organizationId, m_directory.id, owner,
                                                           std::move(done));
        });
        return result ? result.value() : entities::Directory {};
    }

    entities::M2MClient fetchClient(const QString &clientId)
    {
        auto result = await<entities::M2MClient>([&](QObject *owner, auto done) {
            return m_fixture.services()->organizationClients().get(
                m_org.toStdString(), clientId.toStdString(), owner, std::move(done));
        });
        return result ? result.value() : entities::M2MClient {};
    }

    static std::vector<std::string> activeSecretIds(const entities::Directory &d)
    {
        std::vector<std::string> ids;
        for (const auto &s : d.secrets) {
            if (s.status == entities::DirectorySecretStatus::Active)
                ids.push_back(s.id);
        }
        return ids;
    }

    QStringList rotate(const QStringList &more = {}) const
    {
        return QStringList {u"directories"_s, u"rotate-token"_s, QString::fromStdString(m_directory.id)}
        + more;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        auto directories = test::allDirectories(m_fixture.client());
        SK_VERIFY_OK(directories);
        QVERIFY(!directories.value().empty());
        m_directory = directories.value().front();
        m_org = QString::fromStdString(m_directory.organizationId);
    }

    void rotateTokenIsMaskedUnlessRevealed()
    {
        // The first rotation (the organization found by scanning) may make the first token.
        const test::ConsoleRun masked = run(rotate());
        QVERIFY2(masked.exitCode == 0, masked.err.constData());
        const auto answer = parsed(masked.out);
        QVERIFY2(answer.is_object(), masked.out.constData());
        QCOMPARE(answer.value("plain_secret", ""), std::string("[secret]"));
        QCOMPARE(answer.value("organization_id", ""), m_directory.organizationId);
        QVERIFY(!kScimToken.match(QString::fromUtf8(masked.out + masked.err)).hasMatch());
        QVERIFY2(masked.err.contains("--reveal"), masked.err.constData()); // says how to see one
        const std::string first = answer.value("secret_id", "");
        QCOMPARE(activeSecretIds(fetchDirectory()), std::vector<std::string> {first});

        // Revealed, as CSV: the value is the token whose suffix the server records, and the
        // earlier token is retired.
        const test::ConsoleRun revealed
            = run(rotate({u"--org"_s, m_org, u"--reveal"_s, u"--format"_s, u"csv"_s}));
        QVERIFY2(revealed.exitCode == 0, revealed.err.constData());
        const QString token = csvValue(revealed.out, u"plain_secret"_s);
        QVERIFY2(kScimToken.match(token).hasMatch(), revealed.out.constData());
        QCOMPARE(csvValue(revealed.out, u"regenerated"_s), u"true"_s);
        const QString secondId = csvValue(revealed.out, u"secret_id"_s);
        const entities::Directory after = fetchDirectory();
        QCOMPARE(activeSecretIds(after), std::vector<std::string> {secondId.toStdString()});
        const auto second = std::find_if(after.secrets.begin(), after.secrets.end(),
                                         [&](const auto &s) { return s.id == secondId.toStdString(); });
        QVERIFY(second != after.secrets.end());
        QVERIFY(token.endsWith(QString::fromStdString(second->secretSuffix)));
        QVERIFY(!revealed.err.contains(token.toUtf8()));

        // The table: one "field  value" line each, the token masked.
        const test::ConsoleRun table = run(rotate({u"--format"_s, u"table"_s}));
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("plain_secret") && table.out.contains("[secret]"), table.out.constData());
        QVERIFY(!kScimToken.match(QString::fromUtf8(table.out)).hasMatch());
    }

    void rotateTokenMistakes()
    {
        const auto before = activeSecretIds(fetchDirectory());
        QCOMPARE(run({u"directories"_s, u"rotate-token"_s, u"dir_000000000000000000"_s}).exitCode, 4);
        QCOMPARE(run({u"directories"_s, u"rotate-token"_s, u"dir_000000000000000000"_s, u"--org"_s, m_org})
                     .exitCode,
                 4);
        QCOMPARE(run({u"directories"_s, u"rotate-token"_s}).exitCode, 2);
        QCOMPARE(run(rotate({u"--format"_s, u"xml"_s})).exitCode, 2);
        QCOMPARE(activeSecretIds(fetchDirectory()), before); // nothing rotated
    }

    void apiClientCreateAndAddSecret()
    {
        const test::ConsoleRun masked = run({u"api-clients"_s, u"create"_s, u"--org"_s, m_org, u"--name"_s,
                                             u"cli deployer"_s, u"--scopes"_s, u"read:users write:users"_s,
                                             u"--claim"_s, u"tenant=acme"_s, u"--expiry"_s, u"900"_s});
        QVERIFY2(masked.exitCode == 0, masked.err.constData());
        const auto created = parsed(masked.out);
        QVERIFY2(created.is_object(), masked.out.constData());
        QCOMPARE(created.value("plain_secret", ""), std::string("[secret]"));
        QVERIFY(!kClientSecret.match(QString::fromUtf8(masked.out + masked.err)).hasMatch());
        const QString clientId = QString::fromStdString(created.value("client_id", ""));
        const entities::M2MClient client = fetchClient(clientId);
        QCOMPARE(client.name, std::string("cli deployer"));
        QCOMPARE(client.scopes, (std::vector<std::string> {"read:users", "write:users"}));
        QCOMPARE(client.expiry, 900);
        QCOMPARE(client.customClaims.size(), size_t(1));
        QCOMPARE(int(client.secrets.size()), 1);
        QCOMPARE(client.secrets.front().id, created.value("secret_id", ""));

        const test::ConsoleRun added
            = run({u"api-clients"_s, u"add-secret"_s, clientId, u"--org"_s, m_org, u"--reveal"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const auto secret = parsed(added.out);
        const QString plain = QString::fromStdString(secret.value("plain_secret", ""));
        QVERIFY2(kClientSecret.match(plain).hasMatch(), added.out.constData());
        QVERIFY(plain.endsWith(QString::fromStdString(secret.value("secret_suffix", "x"))));
        QCOMPARE(int(fetchClient(clientId).secrets.size()), 2);

        const test::ConsoleRun table = run(
            {u"api-clients"_s, u"add-secret"_s, clientId, u"--org"_s, m_org, u"--format"_s, u"table"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("[secret]")
                && !kClientSecret.match(QString::fromUtf8(table.out)).hasMatch());

        // At most 5 secrets (it has 3): the sixth is rejected (5), and nothing is printed.
        for (int i = 4; i <= 5; ++i)
            QCOMPARE(run({u"api-clients"_s, u"add-secret"_s, clientId, u"--org"_s, m_org}).exitCode, 0);
        const test::ConsoleRun sixth = run({u"api-clients"_s, u"add-secret"_s, clientId, u"--org"_s, m_org});
        QCOMPARE(sixth.exitCode, 5);
        QVERIFY(sixth.out.isEmpty());
    }

    // The listing verbs show secrets by id and suffix, never their values; delete-secret ends one
    // secret and leaves the others.
    void apiClientListSecretsAndDeleteSecret()
    {
        const test::ConsoleRun made = run(
            {u"api-clients"_s, u"create"_s, u"--org"_s, m_org, u"--name"_s, u"rotating"_s, u"--reveal"_s});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const auto created = parsed(made.out);
        const QString clientId = QString::fromStdString(created.value("client_id", ""));
        const QString firstId = QString::fromStdString(created.value("secret_id", ""));
        const QString firstPlain = QString::fromStdString(created.value("plain_secret", ""));
        const test::ConsoleRun added
            = run({u"api-clients"_s, u"add-secret"_s, clientId, u"--org"_s, m_org, u"--reveal"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString secondId = QString::fromStdString(parsed(added.out).value("secret_id", ""));
        const QString secondPlain = QString::fromStdString(parsed(added.out).value("plain_secret", ""));
        QVERIFY(kClientSecret.match(firstPlain).hasMatch() && kClientSecret.match(secondPlain).hasMatch());

        const test::ConsoleRun secrets = run({u"api-clients"_s, u"secrets"_s, clientId, u"--org"_s, m_org});
        QVERIFY2(secrets.exitCode == 0, secrets.err.constData());
        const auto listed = parsed(secrets.out);
        QVERIFY2(listed.is_array() && listed.size() == 2, secrets.out.constData());
        QStringList ids;
        for (const auto &row : listed) {
            ids << QString::fromStdString(row.value("secret_id", ""));
            const QString suffix = QString::fromStdString(row.value("secret_suffix", ""));
            QVERIFY(!suffix.isEmpty() && (firstPlain.endsWith(suffix) || secondPlain.endsWith(suffix)));
            QCOMPARE(row.value("client_id", ""), clientId.toStdString());
        }
        ids.sort();
        QStringList expectedIds {firstId, secondId};
        expectedIds.sort();
        QCOMPARE(ids, expectedIds);
        QVERIFY(!kClientSecret.match(QString::fromUtf8(secrets.out + secrets.err)).hasMatch());

        const test::ConsoleRun clients
            = run({u"api-clients"_s, u"list"_s, u"--org"_s, m_org, u"--format"_s, u"csv"_s});
        QVERIFY2(clients.exitCode == 0, clients.err.constData());
        QVERIFY2(clients.out.startsWith(
                     "organization_id,client_id,name,description,scopes,audience,expiry,secrets,create_time"),
                 clients.out.left(300).constData());
        QVERIFY2(clients.out.contains((m_org + u","_s + clientId + u",rotating,,").toUtf8()),
                 clients.out.constData());
        QVERIFY(!kClientSecret.match(QString::fromUtf8(clients.out)).hasMatch());

        const QStringList remove {u"api-clients"_s, u"delete-secret"_s, clientId, firstId, u"--org"_s, m_org};
        const test::ConsoleRun removed = run(remove);
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY(removed.out.isEmpty());
        const entities::M2MClient after = fetchClient(clientId);
        QCOMPARE(int(after.secrets.size()), 1);
        QCOMPARE(QString::fromStdString(after.secrets.front().id), secondId);
        QCOMPARE(run(remove).exitCode, 4); // already gone
        const test::ConsoleRun lines
            = run({u"api-clients"_s, u"secrets"_s, clientId, u"--org"_s, m_org, u"--format"_s, u"jsonl"_s});
        QCOMPARE(lines.exitCode, 0);
        QCOMPARE(lines.out.trimmed().split('\n').size(), 1);
    }

    void apiClientMistakes()
    {
        QCOMPARE(
            run({u"api-clients"_s, u"secrets"_s, u"m2morg_000000000000000000"_s, u"--org"_s, m_org}).exitCode,
            4);
        QCOMPARE(run({u"api-clients"_s, u"list"_s, u"--org"_s, u"org_000000000000000000"_s}).exitCode, 4);
        QCOMPARE(run({u"api-clients"_s, u"list"_s}).exitCode, 2); // no --org
        QCOMPARE(run({u"api-clients"_s, u"list"_s, u"--org"_s, m_org, u"--format"_s, u"table"_s}).exitCode,
                 2);
        QCOMPARE(run({u"api-clients"_s, u"delete-secret"_s, u"m2morg_000000000000000000"_s, u"sec_1"_s,
                      u"--org"_s, m_org})
                     .exitCode,
                 4);
        QCOMPARE(
            run({u"api-clients"_s, u"delete-secret"_s, u"m2morg_000000000000000000"_s, u"--org"_s, m_org})
                .exitCode,
            2); // no SECRET_ID
        QCOMPARE(run({u"api-clients"_s, u"add-secret"_s, u"m2morg_000000000000000000"_s, u"--org"_s, m_org})
                     .exitCode,
                 4);
        QCOMPARE(
            run({u"api-clients"_s, u"create"_s, u"--org"_s, u"org_000000000000000000"_s, u"--name"_s, u"x"_s})
                .exitCode,
            4);
        QCOMPARE(run({u"api-clients"_s, u"create"_s, u"--org"_s, m_org}).exitCode, 2); // no --name
        QCOMPARE(run({u"api-clients"_s, u"create"_s, u"--name"_s, u"x"_s}).exitCode, 2); // no --org
        QCOMPARE(run({u"api-clients"_s, u"create"_s, u"--org"_s, m_org, u"--name"_s, u"x"_s, u"--claim"_s,
                      u"nokey"_s})
                     .exitCode,
                 2);
        QCOMPARE(run({u"api-clients"_s, u"rotate"_s}).exitCode, 2);
    }

    // Saved profiles: a read-only one refuses every write; a production one rotates only with
    // --confirm-production (creating a client is not destructive: it needs no confirmation).
    void profileGuards()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with a Secret Service: run it through tests/run-in-session.sh");
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString production = u"prod-"_s + pid;
        const QString readOnly = u"ro-"_s + pid;
        const QByteArray secret = m_fixture.sandbox().clientSecret().toUtf8();
        const QStringList add {u"profiles"_s,    u"add"_s,
                               u"--env-url"_s,   m_fixture.sandbox().url().toString(),
                               u"--client-id"_s, m_fixture.sandbox().clientId()};
        const test::ConsoleRun addedProduction
            = runWithProfiles(QStringList(add) << production << u"--kind"_s << u"production"_s, secret);
        QVERIFY2(addedProduction.exitCode == 0, addedProduction.err.constData());
        const test::ConsoleRun addedReadOnly
            = runWithProfiles(QStringList(add) << readOnly << u"--read-only"_s, secret);
        QVERIFY2(addedReadOnly.exitCode == 0, addedReadOnly.err.constData());

        const auto before = activeSecretIds(fetchDirectory());
        const test::ConsoleRun refused = runWithProfiles(rotate({u"--profile"_s, production}));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--confirm-production"), refused.err.constData());
        const test::ConsoleRun readOnlyRotate
            = runWithProfiles(rotate({u"--profile"_s, readOnly, u"--confirm-production"_s}));
        QCOMPARE(readOnlyRotate.exitCode, 2);
        QVERIFY2(readOnlyRotate.err.contains("read-only"), readOnlyRotate.err.constData());
        QCOMPARE(runWithProfiles({u"api-clients"_s, u"create"_s, u"--org"_s, m_org, u"--name"_s, u"ro"_s,
                                  u"--profile"_s, readOnly})
                     .exitCode,
                 2);
        QCOMPARE(activeSecretIds(fetchDirectory()), before); // nothing was changed

        // Deleting a client secret is destructive: refused read-only, confirmed in production.
        const test::ConsoleRun made
            = run({u"api-clients"_s, u"create"_s, u"--org"_s, m_org, u"--name"_s, u"guarded"_s});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString clientId = QString::fromStdString(parsed(made.out).value("client_id", ""));
        const QString secretId = QString::fromStdString(parsed(made.out).value("secret_id", ""));
        const QStringList deleteSecret {
            u"api-clients"_s, u"delete-secret"_s, clientId, secretId, u"--org"_s, m_org, u"--profile"_s};
        QCOMPARE(runWithProfiles(QStringList(deleteSecret) << readOnly << u"--confirm-production"_s).exitCode,
                 2);
        const test::ConsoleRun unconfirmed = runWithProfiles(QStringList(deleteSecret) << production);
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.err.contains("--confirm-production"), unconfirmed.err.constData());
        QCOMPARE(int(fetchClient(clientId).secrets.size()), 1);
        // The listing verbs read: a read-only profile may run them.
        const test::ConsoleRun readOnlyList = runWithProfiles(
            {u"api-clients"_s, u"secrets"_s, clientId, u"--org"_s, m_org, u"--profile"_s, readOnly});
        QVERIFY2(readOnlyList.exitCode == 0, readOnlyList.err.constData());
        QVERIFY(readOnlyList.out.contains(secretId.toUtf8()));
        const test::ConsoleRun deleted
            = runWithProfiles(QStringList(deleteSecret) << production << u"--confirm-production"_s);
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QCOMPARE(int(fetchClient(clientId).secrets.size()), 0);

        const test::ConsoleRun confirmed
            = runWithProfiles(rotate({u"--profile"_s, production, u"--confirm-production"_s}));
        QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
        QVERIFY(activeSecretIds(fetchDirectory()) != before);
        QCOMPARE(runWithProfiles({u"api-clients"_s, u"create"_s, u"--org"_s, m_org, u"--name"_s, u"prod"_s,
                                  u"--profile"_s, production})
                     .exitCode,
                 0);

        for (const QString &name : {production, readOnly})
            QCOMPARE(runWithProfiles({u"profiles"_s, u"remove"_s, name}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliOneTimeSecrets)
#include "tst_clionetimesecrets.moc"
