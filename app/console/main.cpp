#include "app/console/cli/clicommands.h"
#include "app/console/consoleoptions.h"
#include "app/console/consolesession.h"
#include "app/console/launchmode.h"
#include "app/console/measureloadrunner.h"
#include "app/console/screenshotrunner.h"
#include "services/api/logredaction.h"
#include "ui/mainwindow.h"
#include "ui/widgets/lazyiconstyle.h"
#include "ui/widgets/resourceicon.h"

#include <QApplication>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Scalekit"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("scalekit.com"));
    QCoreApplication::setApplicationName(QStringLiteral("scalekit-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCALEKIT_VERSION));
}

int reportParse(const sk::app::ParseResult &parsed)
{
    if (parsed.status == sk::app::ParseResult::Status::ExitOk) {
        std::fputs(qUtf8Printable(parsed.message), stdout);
        return 0;
    }
    std::fprintf(stderr, "scalekit-console: %s\nTry 'scalekit-console --help'.\n",
                 qUtf8Printable(parsed.message));
    return 2;
}

} // namespace

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int main(int argc, char *argv[])
{
    using namespace sk::app;
    // First: no log line, Qt's own included, may carry a link or token (services/api/logredaction.h).
    sk::api::installLogRedaction();
    describeApplication();
    const LaunchMode mode = detectLaunchMode(argc, argv);
    if (mode == LaunchMode::Cli) {
        // No GUI toolkit to share a main loop with: Qt's own (UNIX) event dispatcher costs less
        // per event than GLib's, which the bulk export feels once per page. Not where the
        // keychain may answer (libsecret calls back from a GLib main loop).
        const bool ownDispatcher
            = qEnvironmentVariableIsEmpty("QT_NO_GLIB") && !cliMayUseKeychain(argc, argv);
        if (ownDispatcher)
            qputenv("QT_NO_GLIB", "1");
        QCoreApplication app(argc, argv);
        if (ownDispatcher)
            qunsetenv("QT_NO_GLIB"); // read once, above; a program started from here gets GLib back
        if (argc > 1 && cli::isCommand(QString::fromLocal8Bit(argv[1])))
            return cli::runCommand(QCoreApplication::arguments());
        const ParseResult parsed = parseConsoleOptions(QCoreApplication::arguments());
        return reportParse(
            parsed.status == ParseResult::Status::Run
                ? ParseResult {ParseResult::Status::UsageError, QStringLiteral("missing command"), {}}
                : parsed);
    }
    // Usage errors are reported before a display is needed.
    const ParseResult parsed = parseConsoleOptions(rawArguments(argc, argv));
    if (parsed.status != ParseResult::Status::Run)
        return reportParse(parsed);
    if ((mode == LaunchMode::Screenshot || mode == LaunchMode::Measure)
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setStyle(new sk::ui::LazyIconStyle); // the desktop's style: docs/startup.md
    QApplication::setWindowIcon(sk::ui::resourceIcon(QStringLiteral(":/icons/scalekit-console.svg")));

    ConsoleSession session(parsed.options);
    session.show();
    if (mode == LaunchMode::Screenshot) {
        auto *runner = new ScreenshotRunner(session.window(), parsed.options.screenshotFile, &app);
        QObject::connect(runner, &ScreenshotRunner::finished, &app,
                         [](int code) { QCoreApplication::exit(code); });
        runner->start();
    }
    if (mode == LaunchMode::Measure) {
        auto *runner
            = new MeasureLoadRunner(session.window(), session.status(), *parsed.options.measureLoadTab, &app);
        runner->setFilterText(parsed.options.measureFilter);
        QObject::connect(runner, &MeasureLoadRunner::finished, &app,
                         [](int code) { QCoreApplication::exit(code); });
        runner->start();
    }
    return QApplication::exec();
}
