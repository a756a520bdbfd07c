// ProfileStore over QSettings in a throwaway XDG_CONFIG_HOME, the environment URL assessment
// (https rule, kind suggested from the documented URL shapes) and the "From environment" profile.
#include "services/credentials/environmentprofile.h"
#include "services/credentials/environmenturl.h"
#include "services/credentials/profilestore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sk::services::EnvironmentProfile;
using sk::services::EnvironmentUrl;
using sk::services::Profile;
using sk::services::ProfileStore;

namespace {

Profile makeProfile(const QString &name, const QString &url = QStringLiteral("https://acme.scalekit.dev"),
                    Profile::Kind kind = Profile::Kind::Development)
{
    Profile profile;
    profile.name = name;
    profile.environmentUrl = QUrl(url);
    profile.clientId = QStringLiteral("skc_") + name;
    profile.kind = kind;
    return profile;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    void clearSettings()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("ScalekitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profilestore"));
    }

    void init() { clearSettings(); }

    void startsEmpty()
    {
        ProfileStore store;
        QVERIFY(store.isEmpty());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.currentName().isEmpty());
        QVERIFY(!store.profile(QStringLiteral("dev")));
    }

    void settingsLiveInTheConfigLocation()
    {
        ProfileStore store;
        QVERIFY(store.save(makeProfile(QStringLiteral("dev"))).isEmpty());
        QVERIFY2(store.fileName().startsWith(m_config.path()), qPrintable(store.fileName()));
        QVERIFY(QFile::exists(store.fileName()));
    }

    void roundTripsEveryField()
    {
        ProfileStore store;
        Profile profile = makeProfile(QStringLiteral("acme prod"), QStringLiteral("https://acme.scalekit.com"),
                                      Profile::Kind::Production);
        profile.color = QStringLiteral("#1a73e8");
        profile.readOnly = true;
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QCOMPARE(store.save(profile), QString());
        QCOMPARE(changed.count(), 1);

        const std::optional<Profile> read = ProfileStore().profile(QStringLiteral("acme prod"));
        QVERIFY(read);
        QCOMPARE(*read, profile);
        QVERIFY(read->isProduction());
        QCOMPARE(read->effectiveColor(), QStringLiteral("#1a73e8"));
    }

    void storesOneGroupPerProfileAndNoSecret()
    {
        ProfileStore store;
        QVERIFY(store.save(makeProfile(QStringLiteral("dev"))).isEmpty());
        QSettings settings;
        settings.beginGroup(QStringLiteral("Profiles"));
        QCOMPARE(settings.childGroups(), QStringList{QStringLiteral("dev")});
        settings.beginGroup(QStringLiteral("dev"));
        QStringList keys = settings.childKeys();
        keys.sort();
        // Exactly these: nothing else (a secret least of all) is written. That the secret a user
        // types never reaches this file is checked end to end in tst_profiledialogs.
        QCOMPARE(keys, (QStringList{QStringLiteral("clientId"), QStringLiteral("kind"), QStringLiteral("readOnly"),
                                    QStringLiteral("url")}));
    }

    void normalisesTheUrlAndClientId()
    {
        ProfileStore store;
        Profile profile = makeProfile(QStringLiteral("dev"), QStringLiteral("https://acme.scalekit.dev///"));
        profile.clientId = QStringLiteral("  skc_1 ");
        QVERIFY(store.save(profile).isEmpty());
        QCOMPARE(store.profile(QStringLiteral("dev"))->environmentUrl, QUrl(QStringLiteral("https://acme.scalekit.dev")));
        QCOMPARE(store.profile(QStringLiteral("dev"))->clientId, QStringLiteral("skc_1"));
    }

    void sortsNamesCaseInsensitively()
    {
        ProfileStore store;
        for (const char *name : {"zeta", "Alpha", "beta", "Env2", "env1"})
            QVERIFY(store.save(makeProfile(QString::fromLatin1(name))).isEmpty());
        QCOMPARE(store.names(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("env1"),
                                             QStringLiteral("Env2"), QStringLiteral("zeta")}));
        QCOMPARE(store.profiles().size(), 5);
    }

    void rejectsUnusableProfiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("color");
        QTest::newRow("empty name") << QString() << "https://a.scalekit.dev" << "skc" << QString();
        QTest::newRow("slash in name") << "a/b" << "https://a.scalekit.dev" << "skc" << QString();
        QTest::newRow("reserved name") << "Environment" << "https://a.scalekit.dev" << "skc" << QString();
        QTest::newRow("leading space") << " dev" << "https://a.scalekit.dev" << "skc" << QString();
        QTest::newRow("plain http") << "dev" << "http://a.scalekit.dev" << "skc" << QString();
        QTest::newRow("not a url") << "dev" << "acme" << "skc" << QString();
        QTest::newRow("no client id") << "dev" << "https://a.scalekit.dev" << "  " << QString();
        QTest::newRow("bad colour") << "dev" << "https://a.scalekit.dev" << "skc" << "red";
    }

    void rejectsUnusableProfiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, clientId);
        QFETCH(QString, color);
        Profile profile = makeProfile(name, url);
        profile.clientId = clientId;
        profile.color = color;
        ProfileStore store;
        QVERIFY(!store.save(profile).isEmpty());
        QVERIFY(store.isEmpty());
    }

    void acceptsLoopbackHttp()
    {
        ProfileStore store;
        QCOMPARE(store.save(makeProfile(QStringLiteral("local"), QStringLiteral("http://127.0.0.1:8080"))), QString());
        QCOMPARE(store.save(makeProfile(QStringLiteral("local6"), QStringLiteral("http://[::1]:8080"))), QString());
        QCOMPARE(store.save(makeProfile(QStringLiteral("localhost"), QStringLiteral("http://localhost:1"))), QString());
    }

    void refusesTheEnvironmentProfile()
    {
        Profile profile = makeProfile(QStringLiteral("from-env"));
        profile.fromEnvironment = true;
        QVERIFY(!ProfileStore().save(profile).isEmpty());
    }

    void replacesAProfile()
    {
        ProfileStore store;
        QVERIFY(store.save(makeProfile(QStringLiteral("dev"))).isEmpty());
        Profile changed = makeProfile(QStringLiteral("dev"), QStringLiteral("https://other.scalekit.dev"));
        changed.readOnly = true;
        QVERIFY(store.save(changed).isEmpty());
        QCOMPARE(store.names().size(), 1);
        QCOMPARE(*store.profile(QStringLiteral("dev")), changed);
    }

    void renamesKeepingFieldsAndCurrent()
    {
        ProfileStore store;
        Profile profile = makeProfile(QStringLiteral("old"), QStringLiteral("https://acme.scalekit.com"),
                                      Profile::Kind::Production);
        profile.color = QStringLiteral("#00897b");
        QVERIFY(store.save(profile).isEmpty());
        QVERIFY(store.save(makeProfile(QStringLiteral("taken"))).isEmpty());
        store.setCurrentName(QStringLiteral("old"));
        QSignalSpy current(&store, &ProfileStore::currentChanged);

        QVERIFY(!store.rename(QStringLiteral("old"), QStringLiteral("taken")).isEmpty());
        QVERIFY(!store.rename(QStringLiteral("missing"), QStringLiteral("new")).isEmpty());
        QVERIFY(!store.rename(QStringLiteral("old"), QStringLiteral("bad/name")).isEmpty());
        QCOMPARE(store.rename(QStringLiteral("old"), QStringLiteral("new")), QString());

        QVERIFY(!store.contains(QStringLiteral("old")));
        Profile expected = profile;
        expected.name = QStringLiteral("new");
        QCOMPARE(*store.profile(QStringLiteral("new")), expected);
        QCOMPARE(store.currentName(), QStringLiteral("new"));
        QCOMPARE(current.count(), 1);
    }

    void removesAndForgetsCurrent()
    {
        ProfileStore store;
        QVERIFY(store.save(makeProfile(QStringLiteral("dev"))).isEmpty());
        QVERIFY(store.save(makeProfile(QStringLiteral("prod"))).isEmpty());
        store.setCurrentName(QStringLiteral("dev"));
        QVERIFY(store.remove(QStringLiteral("dev")));
        QVERIFY(!store.remove(QStringLiteral("dev")));
        QCOMPARE(store.names(), QStringList{QStringLiteral("prod")});
        QVERIFY(store.currentName().isEmpty());
    }

    void anotherInstanceSeesChanges()
    {
        ProfileStore writer;
        ProfileStore reader;
        QVERIFY(reader.isEmpty());
        QVERIFY(writer.save(makeProfile(QStringLiteral("dev"))).isEmpty());
        QVERIFY(reader.contains(QStringLiteral("dev")));
    }

    void explicitSettingsFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.ini"));
        ProfileStore store(file);
        QVERIFY(store.save(makeProfile(QStringLiteral("dev"))).isEmpty());
        QCOMPARE(store.fileName(), file);
        QVERIFY(QFile::exists(file));
        QVERIFY(ProfileStore().isEmpty());
    }

    void assessesUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind"); // -1: ask the user
        QTest::addColumn<bool>("loopback");
        const int dev = int(Profile::Kind::Development);
        const int prod = int(Profile::Kind::Production);
        QTest::newRow("dev") << "https://acme.scalekit.dev" << true << dev << false;
        QTest::newRow("dev slash") << "https://acme.scalekit.dev/" << true << dev << false;
        QTest::newRow("prod") << "https://acme.scalekit.com" << true << prod << false;
        QTest::newRow("prod upper") << "HTTPS://Acme.Scalekit.COM" << true << prod << false;
        QTest::newRow("bare scalekit.com") << "https://scalekit.com" << true << -1 << false;
        QTest::newRow("lookalike") << "https://acme.scalekit.com.evil.io" << true << -1 << false;
        QTest::newRow("custom domain") << "https://auth.example.com" << true << -1 << false;
        QTest::newRow("loopback v4") << "http://127.0.0.1:8765" << true << dev << true;
        QTest::newRow("loopback v6") << "http://[::1]:8765" << true << dev << true;
        QTest::newRow("localhost https") << "https://localhost:8443" << true << dev << true;
        QTest::newRow("plain http") << "http://acme.scalekit.dev" << false << -1 << false;
        QTest::newRow("ftp") << "ftp://acme.scalekit.dev" << false << -1 << false;
        QTest::newRow("no scheme") << "acme.scalekit.dev" << false << -1 << false;
        QTest::newRow("empty") << "" << false << -1 << false;
        QTest::newRow("query") << "https://acme.scalekit.dev/?x=1" << false << -1 << false;
        QTest::newRow("user info") << "https://me@acme.scalekit.dev" << false << -1 << false;
    }

    void assessesUrls()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, kind);
        QFETCH(bool, loopback);
        const EnvironmentUrl url = EnvironmentUrl::assess(text);
        QCOMPARE(url.isValid(), valid);
        QCOMPARE(url.problem.isEmpty(), valid);
        if (!valid)
            return;
        QCOMPARE(url.loopback, loopback);
        QCOMPARE(url.suggestedKind ? int(*url.suggestedKind) : -1, kind);
        QVERIFY(!url.suggestionText().isEmpty());
        QVERIFY(!url.url.path().endsWith(u'/'));
    }

    void environmentProfile()
    {
        QProcessEnvironment env;
        QVERIFY(!EnvironmentProfile::detect(env));

        env.insert(QStringLiteral("SCALEKIT_ENVIRONMENT_URL"), QStringLiteral("https://acme.scalekit.com"));
        auto detected = EnvironmentProfile::detect(env);
        QVERIFY(detected);
        QVERIFY(detected->profile.fromEnvironment);
        QVERIFY(!detected->profile.isEditable());
        QCOMPARE(detected->profile.name, Profile::environmentProfileName());
        QCOMPARE(detected->profile.kind, Profile::Kind::Production);
        QVERIFY(detected->problem.contains(QStringLiteral("SCALEKIT_CLIENT_ID")));

        env.insert(QStringLiteral("SCALEKIT_ENV_URL"), QStringLiteral("https://acme.scalekit.dev"));
        env.insert(QStringLiteral("SCALEKIT_CLIENT_ID"), QStringLiteral("skc_1"));
        detected = EnvironmentProfile::detect(env);
        QCOMPARE(detected->profile.kind, Profile::Kind::Development); // SCALEKIT_ENV_URL wins
        QVERIFY(detected->problem.contains(QStringLiteral("SCALEKIT_CLIENT_SECRET")));

        env.insert(QStringLiteral("SCALEKIT_CLIENT_SECRET"), QStringLiteral("s3cret"));
        detected = EnvironmentProfile::detect(env);
        QVERIFY(detected->problem.isEmpty());
        QCOMPARE(detected->clientSecret, QStringLiteral("s3cret"));
        const auto settings = detected->profile.connectionSettings(detected->clientSecret);
        QVERIFY(settings.validate().isEmpty());

        env.insert(QStringLiteral("SCALEKIT_ENV_URL"), QStringLiteral("https://auth.example.com"));
        QCOMPARE(EnvironmentProfile::detect(env)->profile.kind, Profile::Kind::Production); // unknown: assume the worst
    }

    void kindNames()
    {
        for (const Profile::Kind kind : {Profile::Kind::Development, Profile::Kind::Staging, Profile::Kind::Production}) {
            QCOMPARE(Profile::kindFromName(Profile::kindName(kind)), kind);
            QVERIFY(Profile::isValidColor(Profile::defaultColor(kind)));
        }
        QCOMPARE(Profile::kindFromName(QStringLiteral("prod")), Profile::Kind::Production);
        QVERIFY(!Profile::kindFromName(QStringLiteral("qa")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
