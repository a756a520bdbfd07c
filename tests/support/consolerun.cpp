#include "tests/support/consolerun.h"

#include "tests/support/testpaths.h"

#include <QProcess>

namespace sk::test {

ConsoleRun runConsole(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input,
                      int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(consoleBinary(), arguments);
    ConsoleRun result;
    if (!process.waitForStarted(30000)) {
        result.err = "the console did not start";
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "the console did not finish";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment consoleEnvironment(const QString &url, const QString &clientId, const QString &clientSecret)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"SCALEKIT_ENV_URL", "SCALEKIT_ENVIRONMENT_URL", "SCALEKIT_CLIENT_ID", "SCALEKIT_CLIENT_SECRET"})
        env.remove(QString::fromLatin1(name));
    if (!url.isEmpty()) {
        env.insert(QStringLiteral("SCALEKIT_ENV_URL"), url);
        env.insert(QStringLiteral("SCALEKIT_CLIENT_ID"), clientId);
        env.insert(QStringLiteral("SCALEKIT_CLIENT_SECRET"), clientSecret);
    }
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace sk::test
