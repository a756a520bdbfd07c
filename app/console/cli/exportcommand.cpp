#include "app/console/cli/authlogoptions.h"
#include "app/console/cli/clicommands.h"
#include "app/console/cli/cliexit.h"
#include "app/console/cli/clisettings.h"
#include "app/console/cli/directorylocator.h"
#include "app/console/cli/exportresources.h"
#include "app/console/cli/exportwriter.h"
#include "app/console/cli/progressprinter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <cstdio>

namespace sk::app::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sk::app::cli::Export", text); }

QString resourceList()
{
    QStringList names;
    for (const ExportResource &resource : exportResources())
        names << resource.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports every row of a resource.\nResources: %1").arg(resourceList()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("RESOURCE"), tr("What to export: %1.").arg(resourceList()));
    const QCommandLineOption org(QStringLiteral("org"), tr("Organization ID, for resources that need one."), tr("ID"));
    const QCommandLineOption directory(
        QStringLiteral("directory"),
        tr("Directory ID, for directory users and groups (--org optional: looked up)."), tr("ID"));
    const QCommandLineOption format(QStringLiteral("format"), tr("json (default), jsonl or csv."), tr("FORMAT"),
                                    QStringLiteral("json"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        tr("Write to FILE (a regular file appears only when the export is complete; "
           "a FIFO, device or link such as /dev/stdout is written straight into); "
           "default standard output."),
        tr("FILE"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("No progress on standard error."));
    parser.addOptions({org, directory, format, output, quiet});
    AuthLogOptions authLogOptions(parser);
    addConnectionOptions(parser);
    if (!parser.parse(arguments))
        return reportUsage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return reportUsage(tr("export takes one resource: %1.").arg(resourceList()));
    const ExportResource *resource = findExportResource(positional.at(1));
    if (!resource)
        return reportUsage(tr("unknown resource '%1'; expected one of %2.").arg(positional.at(1), resourceList()));
    const auto writerFormat = ExportWriter::formatFromName(parser.value(format));
    if (!writerFormat)
        return reportUsage(tr("unknown format '%1'; expected json, jsonl or csv.").arg(parser.value(format)));
    ExportScope scope{parser.value(org).toStdString(), parser.value(directory).toStdString(), {}};
    if (authLogOptions.isSet() && resource->name != QStringLiteral("auth-logs"))
        return reportUsage(tr("--status, --email, --since, --until and --connection are for auth-logs only."));
    if (const QString problem = authLogOptions.read(&scope.authLogs); !problem.isEmpty())
        return reportUsage(problem);
    if (resource->needsDirectory && scope.directoryId.empty())
        return reportUsage(tr("%1 needs --directory ID.").arg(resource->name));
    if (resource->needsOrganization && !resource->needsDirectory && scope.organizationId.empty())
        return reportUsage(tr("%1 needs --org ID.").arg(resource->name));
    const SettingsResult settings = connectionSettings(parser);
    if (!settings.settings)
        return reportUsage(settings.problem);
    if (resource->needsDirectory && scope.organizationId.empty()) {
        // Directory users and groups without --org: the directory's organization is looked up.
        auto located = locateDirectoryOrganization(*settings.settings, scope.directoryId);
        if (const int *exitCode = std::get_if<int>(&located))
            return *exitCode;
        scope.organizationId = std::get<std::string>(located);
    }

    ExportWriter writer(*writerFormat, resource->columns);
    if (!writer.open(parser.value(output))) {
        std::fprintf(stderr, "scalekit-console: cannot write %s: %s\n", qUtf8Printable(parser.value(output)),
                     qUtf8Printable(writer.errorString()));
        return ExitUsage;
    }

    QNetworkAccessManager network;
    api::ApiClient client(&network);
    client.setSettings(*settings.settings);
    ProgressPrinter progress(QStringLiteral("export"), resource->name, parser.isSet(quiet));
    QEventLoop loop;
    api::PageStreamBase *stream =
        resource->startDirect
            ? resource->startDirect(&client, scope, writer, &loop)
            : resource->start(&client, scope, [&writer](const nlohmann::json &row) { writer.write(row); }, &loop);
    QObject::connect(stream, &api::PageStreamBase::progress, &loop,
                     [&progress](qint64 rows, qint64 total) { progress.update(rows, total); });
    QObject::connect(stream, &api::PageStreamBase::finished, &loop, &QEventLoop::quit);
    if (!stream->isFinished())
        loop.exec();

    if (!stream->succeeded())
        return reportFailure(tr("export %1").arg(resource->name), *stream->error());
    if (!writer.commit()) {
        std::fprintf(stderr, "scalekit-console: cannot write the export: %s\n", qUtf8Printable(writer.errorString()));
        return ExitUsage;
    }
    progress.done(stream->rows(), stream->total());
    return ExitOk;
}

} // namespace sk::app::cli
