// tools list / tools run: the tools of an AgentKit connection, and running one for a user, the
// quickest end-to-end answer to "can this user's agent reach Gmail?".
#include "app/console/cli/clicommands.h"
#include "app/console/cli/cliexit.h"
#include "app/console/cli/clisettings.h"
#include "services/resources/connectionsservice.h"
#include "services/resources/toolsservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>
#include <functional>

namespace sk::app::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::app::cli::Tools", text);
}

constexpr const char *kUsage
    = "usage: tools list (--connection NAME | --provider KEY) [--format json|table]\n"
      "       tools run TOOL --connection NAME --identifier ID [--input JSON | --input-file FILE]";

// Runs `start` with a client and an event loop, until it calls finish(exitCode).
int runClient(const api::ConnectionSettings &settings,
              const std::function<void(api::ApiClient &, QObject *, std::function<void(int)>)> &start)
{
    QNetworkAccessManager network;
    api::ApiClient client(&network);
    client.setSettings(settings);
    QEventLoop loop;
    int exitCode = ExitUnavailable;
    bool finished = false;
    start(client, &loop, [&](int code) {
        exitCode = code;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return exitCode;
}

std::string text(const nlohmann::json &definition, const char *key)
{
    return definition.is_object() && definition.contains(key) && definition[key].is_string()
        ? definition[key].get<std::string>()
        : std::string();
}

int printTools(const std::vector<entities::Tool> &tools, bool table)
{
    if (!table) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const entities::Tool &t : tools)
            out.push_back({{"name", t.name()},
                           {"provider", t.provider},
                           {"description", text(t.definition, "description")},
                           {"input_schema",
                            t.definition.is_object() && t.definition.contains("input_schema")
                                ? nlohmann::ordered_json(t.definition["input_schema"])
                                : nlohmann::ordered_json::object()}});
        std::printf("%s\n", out.dump(2).c_str());
        return ExitOk;
    }
    std::size_t width = 4;
    for (const entities::Tool &t : tools)
        width = std::max(width, t.name().size());
    std::printf("%-*s  %-14s  %s\n", int(width), "NAME", "PROVIDER", "DESCRIPTION");
    for (const entities::Tool &t : tools)
        std::printf("%-*s  %-14s  %s\n", int(width), t.name().c_str(), t.provider.c_str(),
                    text(t.definition, "description").c_str());
    return ExitOk;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the tools of an AgentKit connection (or of a provider), with their "
           "input schemas in JSON."));
    parser.addPositionalArgument(QStringLiteral("tools list"), tr("The command."));
    const QCommandLineOption connection(QStringLiteral("connection"), tr("The connection name."), tr("NAME"));
    const QCommandLineOption provider(QStringLiteral("provider"), tr("The provider key (e.g. gmail)."),
                                      tr("KEY"));
    const QCommandLineOption format(QStringLiteral("format"), tr("json (default) or table."), tr("FORMAT"),
                                    QStringLiteral("json"));
    parser.addOptions({connection, provider, format});
    const PreparedCommand prepared = prepareCommand(parser, arguments, 1, QString::fromLatin1(kUsage));
    if (prepared.stop)
        return *prepared.stop;
    const QString formatName = parser.value(format);
    if (formatName != QStringLiteral("json") && formatName != QStringLiteral("table"))
        return reportUsage(tr("unknown format '%1'; expected json or table.").arg(formatName));
    if (parser.isSet(connection) == parser.isSet(provider))
        return reportUsage(tr("tools list needs exactly one of --connection NAME and --provider KEY."));
    const bool table = formatName == QStringLiteral("table");
    const std::string connectionName = parser.value(connection).toStdString();
    const std::string providerKey = parser.value(provider).toStdString();

    // The page steps live here, on the stack, and are called by reference: runClient() returns
    // only when the command is done, and nothing refers to itself (no cycle to leak).
    std::vector<entities::Tool> tools;
    std::function<void(std::string, std::string)> page;
    std::function<void(std::string)> find;
    return runClient(*prepared.settings, [&](api::ApiClient &client, QObject *owner, std::function<void(int)> finish) {
        auto service = std::make_shared<services::ToolsService>(&client);
        auto connections = std::make_shared<services::ConnectionsService>(&client);
        page = [&, service, owner, finish](std::string key, std::string token) {
            services::ToolFilter filter;
            filter.provider = key;
            service->list(filter, {50, token}, owner, [&, key, finish](api::Result<services::ToolsService::ToolPage> result) {
                if (!result) {
                    finish(reportFailure(tr("tools list"), result.error()));
                    return;
                }
                for (entities::Tool &t : result.value().items)
                    tools.push_back(std::move(t));
                if (result.value().hasMore()) {
                    page(key, result.value().nextPageToken);
                    return;
                }
                finish(printTools(tools, table));
            });
        };
        if (!providerKey.empty()) {
            page(providerKey, {});
            return;
        }
        // A connection: find its provider among the app connections.
        find = [&, connections, owner, finish](std::string token) {
            connections->listApp({}, {30, token}, owner,
                                 [&, finish](api::Result<services::ConnectionsService::ListConnectionPage> result) {
                                     if (!result) {
                                         finish(reportFailure(tr("tools list"), result.error()));
                                         return;
                                     }
                                     for (const auto &c : result.value().items) {
                                         if (c.keyId == connectionName || c.id == connectionName) {
                                             page(c.providerKey, {});
                                             return;
                                         }
                                     }
                                     if (result.value().hasMore()) {
                                         find(result.value().nextPageToken);
                                         return;
                                     }
                                     std::fprintf(stderr, "scalekit-console: tools list: no connection named '%s'\n",
                                                  connectionName.c_str());
                                     finish(ExitNotFound);
                                 });
        };
        find({});
    });
}

int runRun(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a tool for a user's connected account and prints the tool's data as JSON. It acts on the "
           "user's real account. Exit 0 when the tool ran; 8 when it could not run or failed (the account is "
           "not ACTIVE, or the provider refused), with the tool error on stderr."));
    parser.addPositionalArgument(QStringLiteral("tools run"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("TOOL"), tr("The tool name, e.g. gmail_send_email."));
    const QCommandLineOption connection(QStringLiteral("connection"), tr("The connection name."), tr("NAME"));
    const QCommandLineOption identifier(QStringLiteral("identifier"), tr("The user's identifier."), tr("ID"));
    const QCommandLineOption input(QStringLiteral("input"), tr("The tool's input, a JSON object."),
                                   tr("JSON"));
    const QCommandLineOption inputFile(QStringLiteral("input-file"),
                                       tr("Read the input from FILE ('-': stdin)."), tr("FILE"));
    parser.addOptions({connection, identifier, input, inputFile});
    const PreparedCommand prepared = prepareCommand(parser, arguments, 2, QString::fromLatin1(kUsage));
    if (prepared.stop)
        return *prepared.stop;
    if (parser.value(connection).isEmpty() || parser.value(identifier).isEmpty())
        return reportUsage(tr("tools run needs --connection NAME and --identifier ID."));
    if (parser.isSet(input) && parser.isSet(inputFile))
        return reportUsage(tr("give --input or --input-file, not both."));
    QByteArray inputText = parser.isSet(input) ? parser.value(input).toUtf8() : QByteArray("{}");
    if (parser.isSet(inputFile)) {
        QFile file;
        const QString path = parser.value(inputFile);
        const bool opened = path == QStringLiteral("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        constexpr qint64 kMaxInput = 1 << 20;
        if (!opened)
            return reportUsage(tr("cannot read %1: %2").arg(path, file.errorString()));
        inputText = file.read(kMaxInput + 1);
        if (inputText.size() > kMaxInput)
            return reportUsage(tr("the input is larger than 1 MiB."));
    }
    entities::ExecuteToolRequest request;
    request.params = nlohmann::json::parse(inputText.toStdString(), nullptr, false);
    if (request.params.is_discarded() || !request.params.is_object())
        return reportUsage(tr("the input must be a JSON object."));
    request.toolName = parser.positionalArguments().at(1).toStdString();
    request.connector = parser.value(connection).toStdString();
    request.identifier = parser.value(identifier).toStdString();

    return runClient(
        *prepared.settings, [&](api::ApiClient &client, QObject *owner, std::function<void(int)> finish) {
            auto *service = new services::ToolsService(&client);
            QObject::connect(owner, &QObject::destroyed, [service] { delete service; });
            service->execute(request, owner, [finish](api::Result<entities::ExecuteToolResult> result) {
                if (!result) {
                    const api::ApiError &error = result.error();
                    if (error.toolError) {
                        std::fprintf(stderr,
                                     "scalekit-console: tools run: tool error %s (execution %s): %s\n",
                                     qUtf8Printable(error.toolError->code),
                                     qUtf8Printable(error.toolError->executionId),
                                     qUtf8Printable(error.toolError->message));
                        finish(ExitToolFailed);
                        return;
                    }
                    finish(reportFailure(tr("tools run"), error));
                    return;
                }
                nlohmann::ordered_json out = {{"execution_id", result.value().executionId},
                                              {"data", nlohmann::ordered_json(result.value().data)}};
                std::printf("%s\n", out.dump(2).c_str());
                finish(ExitOk);
            });
        });
}

} // namespace

int runTools(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    QStringList rest = arguments;
    if (verb == QStringLiteral("list") || verb == QStringLiteral("run")) {
        rest[1] = QStringLiteral("tools ") + verb;
        rest.removeAt(2);
        return verb == QStringLiteral("list") ? runList(rest) : runRun(rest);
    }
    return reportUsage(verb.isEmpty() ? QString::fromLatin1(kUsage)
                                      : tr("unknown tools command '%1'; expected list or run.").arg(verb));
}

} // namespace sk::app::cli
