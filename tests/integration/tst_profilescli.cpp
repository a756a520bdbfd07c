// `scalekit-console profiles ...` and `--profile NAME` end to end: the real console binary, a
// real sandbox on loopback and the real Secret Service of the test session. A profile is added
// with a known secret on standard input, used for an export, renamed, tested and removed; then
// the secret must be nowhere under the console's config, data and cache directories, and in no
// command's output.
#include "services/credentials/secretstore.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/consolerun.h"
#include "tests/support/testpaths.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

using Run = sk::test::ConsoleRun;

} // namespace

class TestProfilesCli : public QObject
{
    Q_OBJECT

private:
    sk::test::SandboxProcess m_sandbox{{QStringLiteral("--seed"), QStringLiteral("11")}};
    QTemporaryDir m_base;
    QString m_profile;
    QByteArray m_allOutput; // everything every command printed

    QString dir(const char *name) const { return m_base.filePath(QString::fromLatin1(name)); }

    Run run(const QStringList &arguments, const QByteArray &input = {}, bool withSdkVariables = false)
    {
        QProcessEnvironment env = withSdkVariables
                                      ? sk::test::consoleEnvironment(m_sandbox.url().toString(), m_sandbox.clientId(),
                                                                     m_sandbox.clientSecret())
                                      : sk::test::consoleEnvironment({}, {}, {});
        env.insert(QStringLiteral("HOME"), dir("home"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir("config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir("data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir("cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), dir("state"));
        const Run result = sk::test::runConsole(arguments, env, input, 120000);
        m_allOutput += result.out + result.err;
        return result;
    }

    QByteArray secret() const { return m_sandbox.clientSecret().toUtf8(); }

    QStringList addArguments(const QString &name) const
    {
        return {QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--env-url"),
                m_sandbox.url().toString(), QStringLiteral("--client-id"), m_sandbox.clientId()};
    }

    sk::services::SecretStore::Outcome keychainRead(const QString &name)
    {
        sk::services::SecretStore store;
        sk::services::SecretStore::Outcome result;
        result.status = sk::services::SecretStore::Outcome::Status::Failed;
        QEventLoop loop;
        store.read(name, &loop, [&](const sk::services::SecretStore::Outcome &outcome) {
            result = outcome;
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        return result;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with a Secret Service: run it through tests/run-in-session.sh");
        QVERIFY(m_base.isValid());
        for (const char *name : {"home", "config", "data", "cache", "state"})
            QVERIFY(QDir().mkpath(dir(name)));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_profile = QStringLiteral("sbx-%1").arg(QCoreApplication::applicationPid());
    }

    void addReadsTheSecretFromStdin()
    {
        const Run added = run(addArguments(m_profile), secret() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(added.out.contains(m_profile.toUtf8()));
        QCOMPARE(keychainRead(m_profile).secret.toUtf8(), secret());

        const Run again = run(addArguments(m_profile), secret());
        QCOMPARE(again.exitCode, 2); // exists: needs --replace
        QVERIFY(again.err.contains("--replace"));
    }

    void addRefusesBadInput()
    {
        QCOMPARE(run(addArguments(QStringLiteral("empty-secret")), QByteArray()).exitCode, 2);
        QStringList argvSecret = addArguments(QStringLiteral("argv"));
        argvSecret << QStringLiteral("--client-secret") << QStringLiteral("nope");
        QCOMPARE(run(argvSecret, secret()).exitCode, 2);
        const Run insecure = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("insecure"),
                                  QStringLiteral("--env-url"), QStringLiteral("http://acme.scalekit.dev"),
                                  QStringLiteral("--client-id"), QStringLiteral("skc_1")},
                                 "x");
        QCOMPARE(insecure.exitCode, 2);
        QVERIFY(insecure.err.contains("https"));
        const Run unknownKind = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("custom"),
                                     QStringLiteral("--env-url"), QStringLiteral("https://auth.example.com"),
                                     QStringLiteral("--client-id"), QStringLiteral("skc_1")},
                                    "x");
        QCOMPARE(unknownKind.exitCode, 2);
        QVERIFY(unknownKind.err.contains("--kind"));
        const Run list = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1); // only the good one was saved
    }

    void listShowsProfilesNeverSecrets()
    {
        const Run list = run({QStringLiteral("profiles"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(m_profile.toUtf8()));
        QVERIFY(list.out.contains(m_sandbox.clientId().toUtf8()));

        const Run json = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}, {}, true);
        const QJsonArray profiles = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(profiles.size(), 2); // the saved one and "environment" from the SCALEKIT_* variables
        QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("name")).toString(), m_profile);
        QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("development"));
        QVERIFY(profiles.at(1).toObject().value(QStringLiteral("from_environment")).toBool());
    }

    void testReportsSuccessAndFailures()
    {
        const Run ok = run({QStringLiteral("profiles"), QStringLiteral("test"), m_profile});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY(ok.out.contains("organization"));

        const Run bad = run(addArguments(QStringLiteral("wrong-secret")), "not-the-secret");
        QCOMPARE(bad.exitCode, 0);
        const Run rejected = run({QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("wrong-secret")});
        QCOMPARE(rejected.exitCode, 3); // credentials rejected
        QVERIFY2(rejected.err.contains("wrong-secret"), rejected.err.constData());
        QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("wrong-secret")}).exitCode, 0);

        QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("nosuch")}).exitCode, 4);
        const Run fromEnvironment = run({QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("environment")},
                                        {}, true);
        QVERIFY2(fromEnvironment.exitCode == 0, fromEnvironment.err.constData());
    }

    void exportWithProfile()
    {
        const Run viaProfile = run({QStringLiteral("export"), QStringLiteral("organizations"), QStringLiteral("--quiet"),
                                    QStringLiteral("--profile"), m_profile});
        QVERIFY2(viaProfile.exitCode == 0, viaProfile.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(viaProfile.out).array();
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.at(0).toObject().contains(QStringLiteral("id")));

        const Run viaVariables = run({QStringLiteral("export"), QStringLiteral("organizations"), QStringLiteral("--quiet")},
                                     {}, true);
        QCOMPARE(viaVariables.exitCode, 0);
        QCOMPARE(viaProfile.out, viaVariables.out);

        const QString file = dir("data") + QStringLiteral("/orgs.csv");
        const Run toFile = run({QStringLiteral("export"), QStringLiteral("organizations"), QStringLiteral("--quiet"),
                                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), file,
                                QStringLiteral("--profile"), m_profile});
        QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
        QVERIFY(QFileInfo(file).size() > 0);
    }

    void profileOptionErrors()
    {
        const Run missing = run({QStringLiteral("export"), QStringLiteral("organizations"), QStringLiteral("--profile"),
                                 QStringLiteral("nosuch")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("nosuch"));
        const Run both = run({QStringLiteral("export"), QStringLiteral("organizations"), QStringLiteral("--profile"),
                              m_profile, QStringLiteral("--env-url"), m_sandbox.url().toString()});
        QCOMPARE(both.exitCode, 2);
        const Run link = run({QStringLiteral("portal-link"), QStringLiteral("org_missing"), QStringLiteral("--profile"),
                              m_profile});
        QCOMPARE(link.exitCode, 4); // reached the server with the profile's credentials
    }

    void renameMovesTheSecret()
    {
        const QString renamed = m_profile + QStringLiteral("-renamed");
        const Run rename = run({QStringLiteral("profiles"), QStringLiteral("rename"), m_profile, renamed});
        QVERIFY2(rename.exitCode == 0, rename.err.constData());
        QCOMPARE(keychainRead(renamed).secret.toUtf8(), secret());
        QCOMPARE(keychainRead(m_profile).status, sk::services::SecretStore::Outcome::Status::NotFound);
        m_profile = renamed;
        const Run exported = run({QStringLiteral("export"), QStringLiteral("organizations"), QStringLiteral("--quiet"),
                                  QStringLiteral("--profile"), m_profile});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
    }

    void secretIsNowhereOnDiskOrInOutput()
    {
        QVERIFY(!secret().isEmpty());
        QVERIFY2(!m_allOutput.contains(secret()), "a command printed the secret");
        int files = 0;
        for (const char *name : {"config", "data", "cache", "state", "home"}) {
            QDirIterator it(dir(name), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(secret()), qPrintable(file.fileName()));
                ++files;
            }
        }
        QVERIFY(files > 0); // at least the settings file and the export were written
    }

    void removeDeletesProfileAndSecret()
    {
        const Run removed = run({QStringLiteral("profiles"), QStringLiteral("remove"), m_profile});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(keychainRead(m_profile).status, sk::services::SecretStore::Outcome::Status::NotFound);
        QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("remove"), m_profile}).exitCode, 4);
        QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("test"), m_profile}).exitCode, 4);
        const Run list = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProfilesCli)
#include "tst_profilescli.moc"
