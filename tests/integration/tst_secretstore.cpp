// SecretStore against a real Secret Service (gnome-keyring in the private D-Bus session of
// tests/run-in-session.sh): write, read, overwrite, delete, missing entries, rename, removal.
// And the no-keychain path, in a child process whose D-Bus address leads nowhere: the plain
// backend error, the secret kept in memory for the run only, and nothing of it on disk.
#include "services/credentials/secretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <optional>

using sk::services::SecretStore;
using Status = SecretStore::Outcome::Status;

namespace {

using Operation = std::function<void(SecretStore &, QObject *, SecretStore::Done)>;

std::optional<SecretStore::Outcome> wait(SecretStore &store, const Operation &operation, int timeoutMs = 20000)
{
    std::optional<SecretStore::Outcome> result;
    QEventLoop loop;
    operation(store, &loop, [&](const SecretStore::Outcome &outcome) {
        result = outcome;
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

std::optional<SecretStore::Outcome> readSecret(SecretStore &store, const QString &name)
{
    return wait(store, [name](SecretStore &s, QObject *c, SecretStore::Done d) { s.read(name, c, std::move(d)); });
}

std::optional<SecretStore::Outcome> writeSecret(SecretStore &store, const QString &name, const QString &secret)
{
    return wait(store, [name, secret](SecretStore &s, QObject *c, SecretStore::Done d) {
        s.write(name, secret, c, std::move(d));
    });
}

std::optional<SecretStore::Outcome> removeSecret(SecretStore &store, const QString &name)
{
    return wait(store, [name](SecretStore &s, QObject *c, SecretStore::Done d) { s.remove(name, c, std::move(d)); });
}

std::optional<SecretStore::Outcome> renameSecret(SecretStore &store, const QString &from, const QString &to)
{
    return wait(store, [from, to](SecretStore &s, QObject *c, SecretStore::Done d) {
        s.rename(from, to, c, std::move(d));
    });
}

// Unique per process: ctest runs tests in parallel against one keyring.
QString unique(const char *name)
{
    return QStringLiteral("%1-%2").arg(QString::fromLatin1(name)).arg(QCoreApplication::applicationPid());
}

// The child of noKeychainKeepsTheSecretInMemoryOnly(): prints one JSON object, never the secret.
int runNoKeychainChild()
{
    const QString secret = qEnvironmentVariable("SK_CHILD_SECRET");
    QJsonObject report;
    {
        SecretStore store;
        const auto written = writeSecret(store, QStringLiteral("offline"), secret);
        report[QStringLiteral("writeAnswered")] = bool(written);
        report[QStringLiteral("writeOk")] = written && written->ok();
        report[QStringLiteral("writeMemoryOnly")] = written && written->memoryOnly;
        report[QStringLiteral("state")] = int(store.state());
        report[QStringLiteral("reason")] = store.unavailableReason();
        report[QStringLiteral("hasMemoryOnly")] = store.hasMemoryOnlySecrets();
        const auto read = readSecret(store, QStringLiteral("offline"));
        report[QStringLiteral("readMatches")] = read && read->ok() && read->secret == secret;
        report[QStringLiteral("readMemoryOnly")] = read && read->memoryOnly;
        const auto missing = readSecret(store, QStringLiteral("never-written"));
        report[QStringLiteral("missingStatus")] = missing ? int(missing->status) : -1;
        report[QStringLiteral("missingError")] = missing ? missing->error : QString();
        const auto removed = removeSecret(store, QStringLiteral("offline"));
        report[QStringLiteral("removeOk")] = removed && removed->ok();
        report[QStringLiteral("memoryAfterRemove")] = store.hasMemoryOnlySecrets();
    }
    {
        SecretStore fresh; // a new run: nothing survived
        const auto read = readSecret(fresh, QStringLiteral("offline"));
        report[QStringLiteral("freshReadOk")] = read && read->ok();
    }
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace

// Skips one test (not the suite: the no-keychain test needs no bus) without a D-Bus session.
#define SK_NEEDS_SECRET_SERVICE()                                                                          \
    do {                                                                                                   \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))                                       \
            QSKIP("needs a D-Bus session with a Secret Service: run it through tests/run-in-session.sh"); \
    } while (false)

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void keysAreNamespacedPerProfile()
    {
        QCOMPARE(SecretStore::serviceName(), QStringLiteral("scalekit-console"));
        QCOMPARE(SecretStore::keyFor(QStringLiteral("acme prod")), QStringLiteral("profile/acme prod/client-secret"));
    }

    void roundTrip()
    {
        SK_NEEDS_SECRET_SERVICE();
        SecretStore store;
        const QString name = unique("roundtrip");
        const QString secret = QStringLiteral("sk-test-") + name + QStringLiteral("-ü€");
        const auto written = writeSecret(store, name, secret);
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->error));
        QVERIFY(!written->memoryOnly);
        QCOMPARE(store.state(), SecretStore::State::Available);
        QVERIFY(!store.hasMemoryOnlySecrets());

        SecretStore other; // a second instance reads what the first wrote: it is in the keychain
        const auto read = readSecret(other, name);
        QVERIFY(read);
        QCOMPARE(read->status, Status::Ok);
        QCOMPARE(read->secret, secret);
        QVERIFY(!read->memoryOnly);

        const auto overwritten = writeSecret(store, name, QStringLiteral("second"));
        QVERIFY(overwritten && overwritten->ok());
        QCOMPARE(readSecret(other, name)->secret, QStringLiteral("second"));

        const auto removed = removeSecret(store, name);
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->error));
        QCOMPARE(readSecret(other, name)->status, Status::NotFound);
    }

    void storedUnderTheServiceAndKey()
    {
        SK_NEEDS_SECRET_SERVICE();
        SecretStore store;
        const QString name = unique("lookup");
        QVERIFY(writeSecret(store, name, QStringLiteral("visible-to-secret-tool"))->ok());
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), SecretStore::serviceName(),
                      QStringLiteral("user"), SecretStore::keyFor(name)});
        if (!lookup.waitForStarted(5000)) {
            removeSecret(store, name);
            QSKIP("secret-tool is not installed");
        }
        QVERIFY(lookup.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), QStringLiteral("visible-to-secret-tool"));
        QVERIFY(removeSecret(store, name)->ok());
    }

    void missingEntry()
    {
        SK_NEEDS_SECRET_SERVICE();
        SecretStore store;
        const auto read = readSecret(store, unique("never-written"));
        QVERIFY(read);
        QCOMPARE(read->status, Status::NotFound);
        QVERIFY(read->secret.isEmpty());
        QCOMPARE(store.state(), SecretStore::State::Available);
        // Removing what is not there is fine.
        const auto removed = removeSecret(store, unique("never-written"));
        QVERIFY(removed && removed->ok());
    }

    void renameMovesTheSecret()
    {
        SK_NEEDS_SECRET_SERVICE();
        SecretStore store;
        const QString from = unique("rename-from");
        const QString to = unique("rename-to");
        QVERIFY(writeSecret(store, from, QStringLiteral("moving"))->ok());
        const auto renamed = renameSecret(store, from, to);
        QVERIFY(renamed);
        QVERIFY2(renamed->ok(), qPrintable(renamed->error));
        QCOMPARE(readSecret(store, to)->secret, QStringLiteral("moving"));
        QCOMPARE(readSecret(store, from)->status, Status::NotFound);
        QVERIFY(removeSecret(store, to)->ok());

        const auto missing = renameSecret(store, unique("rename-missing"), to);
        QVERIFY(missing);
        QCOMPARE(missing->status, Status::NotFound);
        QCOMPARE(readSecret(store, to)->status, Status::NotFound);
    }

    void removalDeletesOnlyThatProfile()
    {
        SK_NEEDS_SECRET_SERVICE();
        SecretStore store;
        const QString keep = unique("keep");
        const QString drop = unique("drop");
        QVERIFY(writeSecret(store, keep, QStringLiteral("kept"))->ok());
        QVERIFY(writeSecret(store, drop, QStringLiteral("dropped"))->ok());
        QVERIFY(removeSecret(store, drop)->ok());
        QCOMPARE(readSecret(store, drop)->status, Status::NotFound);
        QCOMPARE(readSecret(store, keep)->secret, QStringLiteral("kept"));
        QVERIFY(removeSecret(store, keep)->ok());
    }

    void goneContextGetsNoAnswer()
    {
        SK_NEEDS_SECRET_SERVICE();
        SecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(unique("context"), context, [&called](const SecretStore::Outcome &) { called = true; });
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingJobs(), 0, 20000);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void noKeychainKeepsTheSecretInMemoryOnly()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        const QString secret = QStringLiteral("offline-secret-") + QString::number(QCoreApplication::applicationPid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SK_SECRETSTORE_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("SK_CHILD_SECRET"), secret);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + base.filePath(QStringLiteral("no-bus")));
        for (const char *dir : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(dir), base.filePath(QString::fromLatin1(dir).toLower()));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        QCOMPARE(child.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QVERIFY2(!report.isEmpty(), out.constData());

        QVERIFY(report[QStringLiteral("writeAnswered")].toBool());
        QVERIFY(report[QStringLiteral("writeOk")].toBool());
        QVERIFY(report[QStringLiteral("writeMemoryOnly")].toBool());
        QCOMPARE(report[QStringLiteral("state")].toInt(), int(SecretStore::State::Unavailable));
        const QString reason = report[QStringLiteral("reason")].toString();
        QVERIFY2(!reason.isEmpty(), "the backend's error text is reported");
        qInfo("no keychain, as the user is told: %s", qPrintable(reason));
        QVERIFY(report[QStringLiteral("hasMemoryOnly")].toBool());
        QVERIFY(report[QStringLiteral("readMatches")].toBool());
        QVERIFY(report[QStringLiteral("readMemoryOnly")].toBool());
        QCOMPARE(report[QStringLiteral("missingStatus")].toInt(), int(Status::Failed));
        QVERIFY(!report[QStringLiteral("missingError")].toString().isEmpty());
        QVERIFY(report[QStringLiteral("removeOk")].toBool());
        QVERIFY(!report[QStringLiteral("memoryAfterRemove")].toBool());
        QVERIFY2(!report[QStringLiteral("freshReadOk")].toBool(), "nothing survives the run");

        // Nothing of the secret reached the disk (or the child's output).
        QVERIFY(!out.contains(secret.toUtf8()));
        QVERIFY(!err.contains(secret.toUtf8()));
        QDirIterator files(base.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("SK_SECRETSTORE_CHILD"))
        return runNoKeychainChild();
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
