// `mcp auth-state`: is a user's MCP server usable, and if not, which connection blocks it.
#include "app/console/cli/clicall.h"
#include "app/console/cli/clicommands.h"
#include "app/console/cli/cliexit.h"
#include "app/console/cli/clisettings.h"
#include "app/console/cli/texttable.h"
#include "models/mcp/mcpreadiness.h"
#include "services/resources/mcpservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>

namespace sk::app::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::app::cli::Mcp", text);
}

const char *const kUsage
    = "usage: scalekit-console mcp auth-state (--instance ID | --user IDENTIFIER) [--links] "
      "[--format json|table]";

using AuthStates = services::McpService::AuthStates;

struct InstanceState
{
    entities::McpInstance instance;
    AuthStates connections;
};

QString description()
{
    return tr(
        "Shows, for each MCP instance of a user (or one instance), whether it is ready (every connection of "
        "its config has an ACTIVE connected account for the user) and every connection's account status.\n\n"
        "--links asks for an authentication link for each connection that is not ACTIVE and prints it: "
        "links are printed only then. Whoever opens a link connects their account as the user's: send it "
        "only to the user.\n\n"
        "--format json (default) prints one document:\n"
        "  {\"ready\": BOOL, \"instances\": [{\"id\": I, \"name\": N, \"user_identifier\": U, \"config\": "
        "C,\n"
        "    \"ready\": BOOL, \"connected\": N, \"total\": N,\n"
        "    \"connections\": [{\"connection\": C, \"provider\": P, \"status\": S, \"connected_account_id\": "
        "A,\n"
        "                     \"ready\": BOOL, \"authentication_link\": L (with --links, not ACTIVE "
        "only)}]}]}\n"
        "\"status\" is the API's value as received (\"\" when the user has no account); only ACTIVE is "
        "ready.\n"
        "--format table prints each instance, then its connections indented.\n\n"
        "Exit status: 0 when every instance listed is ready, 8 when any is not, 4 when there is no such "
        "instance (or the user has none), and the usual codes otherwise.");
}

nlohmann::ordered_json toJson(const std::vector<InstanceState> &states, bool links)
{
    nlohmann::ordered_json instances = nlohmann::ordered_json::array();
    bool allReady = true;
    for (const InstanceState &s : states) {
        const models::McpReadiness readiness = models::McpReadiness::of(s.connections);
        allReady &= readiness.isReady();
        nlohmann::ordered_json connections = nlohmann::ordered_json::array();
        for (const auto &c : s.connections) {
            nlohmann::ordered_json item { { "connection", c.connectionName },
                                          { "provider", c.provider },
                                          { "status", c.connectedAccountStatus },
                                          { "connected_account_id", c.connectedAccountId },
                                          { "ready", c.isActive() } };
            if (links && !c.isActive())
                item["authentication_link"] = c.authenticationLink.reveal(); // asked for with --links
            connections.push_back(std::move(item));
        }
        instances.push_back({ { "id", s.instance.id },
                              { "name", s.instance.name },
                              { "user_identifier", s.instance.userIdentifier },
                              { "config", s.instance.config.name },
                              { "ready", readiness.isReady() },
                              { "connected", readiness.connected },
                              { "total", readiness.total },
                              { "connections", std::move(connections) } });
    }
    return { { "ready", allReady }, { "instances", std::move(instances) } };
}

QByteArray toTable(const std::vector<InstanceState> &states, bool links)
{
    QByteArray out;
    for (const InstanceState &s : states) {
        const models::McpReadiness readiness = models::McpReadiness::of(s.connections);
        out += textTable({ { tr("INSTANCE"), tr("USER"), tr("CONFIG"), tr("READINESS") },
                           { QString::fromStdString(s.instance.name)
                                 + QStringLiteral(" (%1)").arg(QString::fromStdString(s.instance.id)),
                             QString::fromStdString(s.instance.userIdentifier),
                             QString::fromStdString(s.instance.config.name),
                             readiness.isReady() ? QStringLiteral("READY") : readiness.text() } });
        QList<QStringList> rows { { tr("CONNECTION"), tr("PROVIDER"), tr("STATUS"),
                                    tr("CONNECTED ACCOUNT") } };
        if (links)
            rows.front() << tr("AUTHENTICATION LINK");
        for (const auto &c : s.connections) {
            QStringList row { QString::fromStdString(c.connectionName), QString::fromStdString(c.provider),
                              c.connectedAccountStatus.empty()
                                  ? tr("(no account)")
                                  : QString::fromStdString(c.connectedAccountStatus),
                              c.connectedAccountId.empty() ? QStringLiteral("-")
                                                           : QString::fromStdString(c.connectedAccountId) };
            if (links)
                row << (c.isActive() ? QStringLiteral("-")
                                     : QString::fromStdString(c.authenticationLink.reveal()));
            rows << row;
        }
        out += textTable(rows, false, QStringLiteral("  ")) + '\n';
    }
    return out;
}

} // namespace

int runMcp(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    if (verb == QStringLiteral("auth-state"))
        return runMcpAuthState(arguments);
    if (verb == QStringLiteral("--help") || verb == QStringLiteral("-h") || verb == QStringLiteral("help")) {
        std::printf("%s\n  auth-state  %s\n", kUsage,
                    qUtf8Printable(tr("readiness of MCP instances and the status of every connection")));
        return ExitOk;
    }
    return reportUsage(verb.isEmpty() ? QString::fromLatin1(kUsage)
                                      : tr("unknown mcp command '%1'; expected auth-state.").arg(verb));
}

int runMcpAuthState(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addPositionalArgument(QStringLiteral("mcp auth-state"), tr("The command."));
    const QCommandLineOption instance(QStringLiteral("instance"), tr("One MCP instance, by ID."), tr("ID"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Every MCP instance of this user identifier."),
                                  tr("IDENTIFIER"));
    const QCommandLineOption links(
        QStringLiteral("links"),
        tr("Also ask for and print the authentication link of each connection that is "
           "not ACTIVE."));
    const QCommandLineOption format(QStringLiteral("format"), tr("json (default) or table."), tr("FORMAT"),
                                    QStringLiteral("json"));
    parser.addOptions({ instance, user, links, format });
    const PreparedCommand prepared = prepareCommand(parser, arguments, 2, QString::fromLatin1(kUsage));
    if (prepared.stop)
        return *prepared.stop;
    if (parser.isSet(instance) == parser.isSet(user)
        || (parser.isSet(instance) ? parser.value(instance) : parser.value(user)).trimmed().isEmpty())
        return reportUsage(QString::fromLatin1(kUsage));
    const QString formatName = parser.value(format);
    if (formatName != QStringLiteral("json") && formatName != QStringLiteral("table"))
        return reportUsage(tr("unknown format '%1'; expected json or table.").arg(formatName));

    QNetworkAccessManager network;
    api::ApiClient client(&network);
    client.setSettings(*prepared.settings);
    services::McpService mcp(&client);
    const bool withLinks = parser.isSet(links);

    // The instances: the one asked for, or every instance of the user (30 a page).
    std::vector<entities::McpInstance> instances;
    if (parser.isSet(instance)) {
        const std::string id = parser.value(instance).trimmed().toStdString();
        auto found = awaitCall<entities::McpInstance>(
            [&](QObject *owner, auto done) { mcp.getInstance(id, owner, done); });
        if (!found)
            return reportFailure(tr("mcp auth-state"), found.error());
        instances.push_back(std::move(found).value());
    } else {
        services::McpInstanceFilter filter;
        filter.userIdentifier = parser.value(user).trimmed().toStdString();
        std::string token;
        do {
            auto page = awaitCall<services::McpService::InstancePage>([&](QObject *owner, auto done) {
                mcp.listInstances(filter, { 30, token }, owner, done);
            });
            if (!page)
                return reportFailure(tr("mcp auth-state"), page.error());
            for (auto &x : page.value().items)
                instances.push_back(std::move(x));
            token = page.value().nextPageToken;
        } while (!token.empty());
        if (instances.empty()) {
            std::fprintf(stderr, "scalekit-console: mcp auth-state: %s has no MCP instance.\n",
                         qUtf8Printable(parser.value(user).trimmed()));
            return ExitNotFound;
        }
    }

    std::vector<InstanceState> states;
    bool allReady = true;
    for (entities::McpInstance &x : instances) {
        auto auth = awaitCall<AuthStates>(
            [&](QObject *owner, auto done) { mcp.instanceAuthState(x.id, withLinks, owner, done); });
        if (!auth)
            return reportFailure(tr("mcp auth-state of %1").arg(QString::fromStdString(x.id)), auth.error());
        allReady &= models::McpReadiness::of(auth.value()).isReady();
        states.push_back({ std::move(x), std::move(auth).value() });
    }

    const QByteArray text = formatName == QStringLiteral("table")
        ? toTable(states, withLinks)
        : QByteArray::fromStdString(toJson(states, withLinks).dump(2)) + '\n';
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(text) != text.size() || !out.flush()) {
        std::fprintf(stderr, "scalekit-console: cannot write the auth state: %s\n",
                     qUtf8Printable(out.errorString()));
        return ExitUnavailable;
    }
    return allReady ? ExitOk : ExitNotReady;
}

} // namespace sk::app::cli
