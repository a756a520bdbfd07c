#include "app/console/cli/clisecrets.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <optional>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace sk::app::cli {

using services::SecretStore;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("sk::app::cli::Secrets", text); }
constexpr int kKeychainTimeoutMs = 120 * 1000;
} // namespace

SecretStore::Outcome waitForSecret(SecretStore &store, const SecretOperation &operation)
{
    QEventLoop loop;
    std::optional<SecretStore::Outcome> result;
    operation(store, &loop, [&result, &loop](const SecretStore::Outcome &outcome) {
        result = outcome;
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result) {
        SecretStore::Outcome timedOut;
        timedOut.status = SecretStore::Outcome::Status::Failed;
        timedOut.error = tr("the keychain did not answer within two minutes (is it waiting for a password?)");
        return timedOut;
    }
    return *result;
}

SecretStore::Outcome readSecret(SecretStore &store, const QString &profile)
{
    return waitForSecret(store, [&profile](SecretStore &s, QObject *context, SecretStore::Done done) {
        s.read(profile, context, std::move(done));
    });
}

SecretStore::Outcome writeSecret(SecretStore &store, const QString &profile, const QString &secret)
{
    return waitForSecret(store, [&profile, &secret](SecretStore &s, QObject *context, SecretStore::Done done) {
        s.write(profile, secret, context, std::move(done));
    });
}

SecretStore::Outcome removeSecret(SecretStore &store, const QString &profile)
{
    return waitForSecret(store, [&profile](SecretStore &s, QObject *context, SecretStore::Done done) {
        s.remove(profile, context, std::move(done));
    });
}

SecretStore::Outcome renameSecret(SecretStore &store, const QString &from, const QString &to)
{
    return waitForSecret(store, [&from, &to](SecretStore &s, QObject *context, SecretStore::Done done) {
        s.rename(from, to, context, std::move(done));
    });
}

QString readSecretFromStdin(const QString &prompt)
{
    if (::isatty(STDIN_FILENO) == 1) {
        std::fputs(qUtf8Printable(prompt), stderr);
        std::fflush(stderr);
        termios saved{};
        const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (canHide) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
        QByteArray line;
        char buffer[512];
        while (std::fgets(buffer, sizeof buffer, stdin)) {
            line.append(buffer);
            if (line.endsWith('\n'))
                break;
        }
        if (canHide)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
        const QString secret = QString::fromUtf8(line).trimmed();
        line.fill('\0');
        return secret;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    const QString secret = QString::fromUtf8(bytes).trimmed();
    bytes.fill('\0');
    return secret;
}

} // namespace sk::app::cli
