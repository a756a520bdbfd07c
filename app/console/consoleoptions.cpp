#include "app/console/consoleoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace sk::app {

namespace {

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 320 || size.height() < 240 || size.width() > 7680 || size.height() > 4320)
        return std::nullopt;
    return size;
}

QString tr(const char *text) { return QCoreApplication::translate("sk::app::ConsoleOptions", text); }

} // namespace

ParseResult parseConsoleOptions(const QStringList &arguments)
{
    ParseResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scalekit Console: a native console for Scalekit environments.\n\n"
           "Headless commands (no window): export, portal-link, auth-link, connected-accounts,\n"
           "tools, directories, sso, mcp, api-clients, profiles; run "
           "`scalekit-console COMMAND --help` for each."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                     tr("Run against an embedded local sandbox: no account, no network. "
                                        "Takes every scalekit-sandbox option prefixed with sandbox-, e.g. "
                                        "--sandbox-organizations 100000 or --sandbox-latency-ms 300."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the main window offscreen after its data has loaded, "
                                           "write it to FILE as PNG and exit."),
                                        tr("FILE"));
    const QCommandLineOption tab(QStringLiteral("tab"), tr("The tab to show: %1.").arg(ui::tabKeys()), tr("TAB"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Window size for --screenshot, e.g. 1280x800."),
                                  tr("WxH"));
    const QCommandLineOption measureLoad(
        QStringLiteral("measure-load"),
        tr("Open the window on TAB, load every row of its list, print one JSON line of timings and memory "
           "(first_paint_ms, first_rows_ms, all_rows_ms, rows, max_gui_stall_ms, rss_mb, ...) and exit."),
        tr("TAB"));
    const QCommandLineOption measureFilter(
        QStringLiteral("measure-filter"),
        tr("With --measure-load: once every row is loaded, type TEXT into the tab's \"Filter loaded rows\" "
           "field and add filter_ms (setting the text to the rows filtered), filter_rows (the matches), "
           "filter_paint_ms and unfilter_ms (clearing it) to the JSON line."),
        tr("TEXT"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Use this saved environment profile."),
                                           tr("NAME"));
    parser.addOptions(
        {help, version, sandboxOption, screenshot, tab, size, measureLoad, measureFilter, profileOption});

    // Everything after --sandbox- belongs to the embedded sandbox; pass it through untouched.
    QStringList own;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i > 0 && arg.startsWith(QStringLiteral("--sandbox-"))) {
            result.options.sandboxArguments << arg;
            if (!arg.contains(u'=') && i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u'-'))
                result.options.sandboxArguments << arguments.at(++i);
            continue;
        }
        own << arg;
    }

    if (!parser.parse(own)) {
        result.status = ParseResult::Status::UsageError;
        result.message = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.status = ParseResult::Status::ExitOk;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.status = ParseResult::Status::ExitOk;
        result.message = QStringLiteral("scalekit-console %1\n").arg(QCoreApplication::applicationVersion());
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.status = ParseResult::Status::UsageError;
        result.message = tr("Unknown command: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }

    ConsoleOptions &options = result.options;
    options.sandbox = parser.isSet(sandboxOption);
    options.screenshotFile = parser.value(screenshot);
    if (parser.isSet(tab)) {
        options.tab = ui::tabFromKey(parser.value(tab));
        if (!options.tab) {
            result.status = ParseResult::Status::UsageError;
            result.message = tr("Unknown tab '%1'; expected one of %2.").arg(parser.value(tab), ui::tabKeys());
            return result;
        }
    }
    if (parser.isSet(size)) {
        options.size = parseSize(parser.value(size));
        if (!options.size) {
            result.status = ParseResult::Status::UsageError;
            result.message = tr("Invalid --size '%1'; expected WIDTHxHEIGHT such as 1280x800.").arg(parser.value(size));
            return result;
        }
    }
    if (parser.isSet(measureLoad)) {
        options.measureLoadTab = ui::tabFromKey(parser.value(measureLoad));
        if (!options.measureLoadTab) {
            result.status = ParseResult::Status::UsageError;
            result.message =
                tr("Unknown tab '%1' for --measure-load; expected one of %2.").arg(parser.value(measureLoad), ui::tabKeys());
            return result;
        }
        options.tab = options.measureLoadTab;
    }
    if (parser.isSet(measureFilter)) {
        options.measureFilter = parser.value(measureFilter);
        if (!options.measureLoadTab || options.measureFilter.isEmpty()) {
            result.status = ParseResult::Status::UsageError;
            result.message = tr("--measure-filter needs --measure-load TAB and a non-empty TEXT.");
            return result;
        }
    }
    options.profile = parser.value(profileOption);
    if (!options.profile.isEmpty() && options.sandbox) {
        result.status = ParseResult::Status::UsageError;
        result.message = tr("--profile and --sandbox choose two different environments; give one.");
        return result;
    }
    if ((options.tab || options.size) && options.screenshotFile.isEmpty() && parser.isSet(size)) {
        result.status = ParseResult::Status::UsageError;
        result.message = tr("--size only applies with --screenshot.");
        return result;
    }
    if (!options.sandboxArguments.isEmpty() && !options.sandbox) {
        result.status = ParseResult::Status::UsageError;
        result.message = tr("%1 needs --sandbox.").arg(options.sandboxArguments.constFirst());
        return result;
    }
    if (options.sandbox) {
        const sandbox::SandboxOptionsParse sandboxParse =
            sandbox::parseSandboxArguments(options.sandboxArguments, QStringLiteral("sandbox-"));
        if (!sandboxParse.options) {
            result.status = ParseResult::Status::UsageError;
            result.message = sandboxParse.error;
            return result;
        }
        options.sandboxOptions = *sandboxParse.options;
    }
    return result;
}

} // namespace sk::app
