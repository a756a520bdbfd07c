// scalekit-sandbox: a local, stateful Scalekit-compatible REST server.
// Prints SCALEKIT_ENV_URL, SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET on stdout (so a shell can
// `eval` them), then serves until SIGINT/SIGTERM. Logs go to stderr.

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"scalekit-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SCALEKIT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local, stateful Scalekit-compatible API server with seeded data and fault injection.\n"
        "Prints SCALEKIT_ENV_URL, SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET, then serves."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    sk::sandbox::addSandboxOptions(parser);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "scalekit-sandbox: unexpected argument '%s'\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        return 2;
    }
    const sk::sandbox::SandboxOptionsParse parsed = sk::sandbox::readSandboxOptions(parser);
    if (!parsed.options) {
        std::fprintf(stderr, "scalekit-sandbox: %s\n", qPrintable(parsed.error));
        return 2;
    }

    // Quit cleanly on SIGINT/SIGTERM so the state file is written on exit.
    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    }

    sk::sandbox::SandboxServer server(*parsed.options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "scalekit-sandbox: %s\n", qPrintable(error));
        return 1;
    }

    std::printf("SCALEKIT_ENV_URL=%s\nSCALEKIT_CLIENT_ID=%s\nSCALEKIT_CLIENT_SECRET=%s\n",
                qPrintable(server.url().toString()), qPrintable(server.clientId()),
                qPrintable(server.clientSecret()));
    std::fflush(stdout);

    const int rc = app.exec();
    if (!server.saveState(&error))
        std::fprintf(stderr, "scalekit-sandbox: cannot save state: %s\n", qPrintable(error));
    return rc;
}
