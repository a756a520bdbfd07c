#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace sk::test {

// What one run of the real scalekit-console binary did. exitCode is -1 when it crashed or did
// not finish (err then says so).
struct ConsoleRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs scalekit-console with these arguments and environment, feeds it input on stdin, and
// waits for it to finish (killing it after timeoutMs).
ConsoleRun runConsole(const QStringList &arguments, const QProcessEnvironment &environment,
                      const QByteArray &input = {}, int timeoutMs = 180000);

// The system environment with the SDK variables pointing at a sandbox (or removed when url is
// empty), offscreen Qt.
QProcessEnvironment consoleEnvironment(const QString &url, const QString &clientId, const QString &clientSecret);

} // namespace sk::test
