// api-clients list|secrets|create|add-secret|delete-secret: an organization's API (M2M) clients
// and their secrets, what the window's API clients page does, for scripts (provisioning a
// customer's service account, rotating its secrets).
#include "app/console/cli/clicall.h"
#include "app/console/cli/clicommands.h"
#include "app/console/cli/cliexit.h"
#include "app/console/cli/clisettings.h"
#include "app/console/cli/cliwriteguard.h"
#include "app/console/cli/exportwriter.h"
#include "app/console/cli/onetimesecret.h"
#include "services/resources/organizationclientsservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRegularExpression>

#include <cstdio>

namespace sk::app::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::app::cli::ApiClients", text);
}

constexpr const char *kUsage
    = "usage: scalekit-console api-clients list --org ORG_ID [--format json|jsonl|csv]\n"
      "       scalekit-console api-clients secrets CLIENT_ID --org ORG_ID [--format json|jsonl|csv]\n"
      "       scalekit-console api-clients create --org ORG_ID --name NAME [--description TEXT] [--scopes "
      "LIST]\n"
      "                              [--audience LIST] [--expiry SECONDS] [--claim KEY=VALUE ...]\n"
      "                              [--reveal] [--format json|csv|table]\n"
      "       scalekit-console api-clients add-secret CLIENT_ID --org ORG_ID [--reveal] [--format "
      "json|csv|table]\n"
      "       scalekit-console api-clients delete-secret CLIENT_ID SECRET_ID --org ORG_ID "
      "[--confirm-production]";

const char *const kSecretNote
    = "Prints plain_secret, the client secret: \"[secret]\" unless --reveal. The API shows it only once. "
      "A read-only profile refuses it.\n\n"
      "Exit status: 0 done, 2 usage (or refused), 4 no such organization or client, 5 rejected by the "
      "server (the reasons on stderr), and the usual codes otherwise.";

// What every api-clients command shares: its organization, the secret options, the connection.
struct Common
{
    QCommandLineOption org {QStringLiteral("org"), tr("The client's organization."), tr("ORG_ID")};
    QCommandLineOption reveal = revealOption(tr("the new client secret"));
    QCommandLineOption format = oneTimeSecretFormatOption();

    void addTo(QCommandLineParser &parser) const { parser.addOptions({org, reveal, format}); }

    // Nothing when the command may go on; otherwise its exit code.
    std::optional<int> check(const QCommandLineParser &parser, const PreparedCommand &prepared,
                             const QString &what) const
    {
        if (prepared.stop)
            return *prepared.stop;
        if (parser.value(org).trimmed().isEmpty())
            return reportUsage(tr("%1 needs --org ORG_ID.").arg(what));
        if (const QString problem = oneTimeSecretFormatProblem(parser.value(format)); !problem.isEmpty())
            return reportUsage(problem);
        return refuseWrite(parser, prepared, what, WriteKind::Additive);
    }
};

std::vector<std::string> splitList(const QStringList &values)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    std::vector<std::string> out;
    for (const QString &value : values) {
        for (const QString &part : value.split(separators, Qt::SkipEmptyParts))
            out.push_back(part.toStdString());
    }
    return out;
}

std::string timeText(entities::Timestamp t)
{
    return t.isSet() ? t.toRfc3339() : std::string();
}

nlohmann::ordered_json secretFields(const std::string &organizationId, const std::string &clientId,
                                    const entities::ClientSecret &s)
{
    return {{"organization_id", organizationId},
            {"client_id", clientId},
            {"secret_id", s.id},
            {"secret_suffix", s.secretSuffix},
            {"status", std::string(s.status.name())},
            {"create_time", timeText(s.createTime)}};
}

struct Connection
{
    explicit Connection(const api::ConnectionSettings &settings)
        : client(&network)
        , clients(&client)
    {
        client.setSettings(settings);
    }
    QNetworkAccessManager network;
    api::ApiClient client;
    services::OrganizationClientsService clients;
};

int runCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates an API client (machine-to-machine) in an organization, with its first secret. Prints "
           "organization_id, client_id, name, scopes, audience, expiry, secret_id, secret_suffix, status, "
           "create_time and plain_secret.\n")
        + tr(kSecretNote));
    parser.addPositionalArgument(QStringLiteral("api-clients create"), tr("The command."));
    const Common common;
    const QCommandLineOption name(QStringLiteral("name"), tr("The client's name (1 to 128 characters)."),
                                  tr("NAME"));
    const QCommandLineOption description(QStringLiteral("description"), tr("What the client is for."),
                                         tr("TEXT"));
    const QCommandLineOption scopes(QStringLiteral("scopes"),
                                    tr("Scopes, separated by spaces or commas; repeatable."), tr("LIST"));
    const QCommandLineOption audience(QStringLiteral("audience"),
                                      tr("Audience values, separated by spaces or commas; repeatable."),
                                      tr("LIST"));
    const QCommandLineOption expiry(QStringLiteral("expiry"),
                                    tr("Access-token lifetime in seconds (default: the server's)."),
                                    tr("SECONDS"));
    const QCommandLineOption claim(QStringLiteral("claim"), tr("A custom claim; repeatable."),
                                   tr("KEY=VALUE"));
    parser.addOptions({name, description, scopes, audience, expiry, claim});
    common.addTo(parser);
    const QString what = tr("api-clients create");
    const PreparedCommand prepared = prepareCommand(parser, arguments, 2, QString::fromLatin1(kUsage));
    if (const auto stop = common.check(parser, prepared, what))
        return *stop;

    entities::OrganizationClient body;
    body.name = parser.value(name).trimmed().toStdString();
    if (body.name.empty())
        return reportUsage(tr("api-clients create needs --name NAME."));
    body.description = parser.value(description).toStdString();
    body.scopes = splitList(parser.values(scopes));
    body.audience = splitList(parser.values(audience));
    if (parser.isSet(expiry)) {
        bool ok = false;
        body.expiry = parser.value(expiry).toLongLong(&ok);
        if (!ok || body.expiry <= 0)
            return reportUsage(tr("--expiry takes a number of seconds, not '%1'.").arg(parser.value(expiry)));
    }
    for (const QString &raw : parser.values(claim)) {
        const qsizetype eq = raw.indexOf(u'=');
        if (eq <= 0)
            return reportUsage(tr("write each --claim as KEY=VALUE, not '%1'.").arg(raw));
        body.customClaims.push_back({raw.left(eq).trimmed().toStdString(), raw.mid(eq + 1).toStdString()});
    }

    const std::string organizationId = parser.value(common.org).trimmed().toStdString();
    Connection connection(*prepared.settings);
    auto made = awaitCall<entities::CreateOrganizationClientResponse>([&](QObject *owner, auto done) {
        connection.clients.create(organizationId, body, owner, std::move(done));
    });
    if (!made)
        return reportFailure(what, made.error());
    const entities::M2MClient &c = made.value().client;
    nlohmann::ordered_json fields {{"organization_id", organizationId},
                                   {"client_id", c.clientId},
                                   {"name", c.name},
                                   {"scopes", c.scopes},
                                   {"audience", c.audience},
                                   {"expiry", c.expiry}};
    const auto first = c.secrets.empty() ? entities::ClientSecret {} : c.secrets.back();
    const nlohmann::ordered_json secretPart = secretFields(organizationId, c.clientId, first);
    for (const auto &[key, value] : secretPart.items())
        fields[key] = value; // organization_id and client_id keep their place
    OneTimeSecret secret {std::move(fields), "plain_secret", std::move(made.value().plainSecret.reveal()),
                          tr("client secret")};
    return printOneTimeSecret(secret, parser.value(common.format), parser.isSet(common.reveal));
}

int runAddSecret(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds a secret to an API client (at most 5 each); its other secrets keep working. Prints "
           "organization_id, client_id, secret_id, secret_suffix, status, create_time and plain_secret.\n")
        + tr(kSecretNote));
    parser.addPositionalArgument(QStringLiteral("api-clients add-secret"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("CLIENT_ID"), tr("The API client."));
    const Common common;
    common.addTo(parser);
    const QString what = tr("api-clients add-secret");
    const PreparedCommand prepared = prepareCommand(parser, arguments, 3, QString::fromLatin1(kUsage));
    if (const auto stop = common.check(parser, prepared, what))
        return *stop;

    const std::string organizationId = parser.value(common.org).trimmed().toStdString();
    const std::string clientId = parser.positionalArguments().at(2).toStdString();
    Connection connection(*prepared.settings);
    auto made = awaitCall<entities::CreateClientSecretResponse>([&](QObject *owner, auto done) {
        connection.clients.createSecret(organizationId, clientId, owner, std::move(done));
    });
    if (!made)
        return reportFailure(what, made.error());
    OneTimeSecret secret {secretFields(organizationId, clientId, made.value().secret), "plain_secret",
                          std::move(made.value().plainSecret.reveal()), tr("client secret")};
    return printOneTimeSecret(secret, parser.value(common.format), parser.isSet(common.reveal));
}

// --format for the listing commands (never a secret in them: a listed secret is its suffix).
QCommandLineOption listFormatOption()
{
    return {QStringLiteral("format"), tr("json (default), jsonl or csv."), tr("FORMAT"),
            QStringLiteral("json")};
}

// Checks the listing commands share: --org and the format. Nothing when the command may go on.
std::optional<int> checkListing(const QCommandLineParser &parser, const PreparedCommand &prepared,
                                const QCommandLineOption &org, const QCommandLineOption &format,
                                const QString &what)
{
    if (prepared.stop)
        return *prepared.stop;
    if (parser.value(org).trimmed().isEmpty())
        return reportUsage(tr("%1 needs --org ORG_ID.").arg(what));
    if (!ExportWriter::formatFromName(parser.value(format)))
        return reportUsage(tr("unknown format '%1'; expected json, jsonl or csv.").arg(parser.value(format)));
    return std::nullopt;
}

int writeRows(const QCommandLineParser &parser, const QCommandLineOption &format,
              const QList<const char *> &names, const std::vector<nlohmann::ordered_json> &rows)
{
    QList<ExportWriter::Column> columns;
    for (const char *name : names)
        columns.push_back({QString::fromLatin1(name), name});
    ExportWriter writer(*ExportWriter::formatFromName(parser.value(format)), columns);
    if (!writer.open({}))
        return ExitUsage;
    for (const nlohmann::ordered_json &row : rows)
        writer.write(nlohmann::json(row));
    writer.commit();
    return ExitOk;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists an organization's API clients: organization_id, client_id, name, description, scopes, "
           "audience, expiry (token lifetime in seconds), secrets (how many), create_time. No secret is "
           "ever printed.\n\nExit status: 0 done, 2 usage, 4 no such organization, and the usual codes "
           "otherwise."));
    parser.addPositionalArgument(QStringLiteral("api-clients list"), tr("The command."));
    const QCommandLineOption org(QStringLiteral("org"), tr("The organization."), tr("ORG_ID"));
    const QCommandLineOption format = listFormatOption();
    parser.addOptions({org, format});
    const QString what = tr("api-clients list");
    const PreparedCommand prepared = prepareCommand(parser, arguments, 2, QString::fromLatin1(kUsage));
    if (const auto stop = checkListing(parser, prepared, org, format, what))
        return *stop;

    const std::string organizationId = parser.value(org).trimmed().toStdString();
    Connection connection(*prepared.settings);
    std::vector<nlohmann::ordered_json> rows;
    services::PageQuery page;
    page.pageSize = 100;
    do {
        auto listed = awaitCall<entities::Page<entities::M2MClient>>([&](QObject *owner, auto done) {
            connection.clients.list(organizationId, page, owner, std::move(done));
        });
        if (!listed)
            return reportFailure(what, listed.error());
        for (const entities::M2MClient &c : listed.value().items) {
            rows.push_back({{"organization_id", organizationId},
                            {"client_id", c.clientId},
                            {"name", c.name},
                            {"description", c.description},
                            {"scopes", c.scopes},
                            {"audience", c.audience},
                            {"expiry", c.expiry},
                            {"secrets", c.secrets.size()},
                            {"create_time", timeText(c.createTime)}});
        }
        page.pageToken = listed.value().nextPageToken;
    } while (!page.pageToken.empty());
    return writeRows(parser, format,
                     {"organization_id", "client_id", "name", "description", "scopes", "audience", "expiry",
                      "secrets", "create_time"},
                     rows);
}

int runSecrets(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists an API client's secrets (at most 5), without their values: organization_id, client_id, "
           "secret_id, secret_suffix (the last characters, to tell them apart), status, create_time, "
           "last_used_time, expire_time. Use secret_id with delete-secret.\n\nExit status: 0 done, 2 "
           "usage, 4 no such organization or client, and the usual codes otherwise."));
    parser.addPositionalArgument(QStringLiteral("api-clients secrets"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("CLIENT_ID"), tr("The API client."));
    const QCommandLineOption org(QStringLiteral("org"), tr("The client's organization."), tr("ORG_ID"));
    const QCommandLineOption format = listFormatOption();
    parser.addOptions({org, format});
    const QString what = tr("api-clients secrets");
    const PreparedCommand prepared = prepareCommand(parser, arguments, 3, QString::fromLatin1(kUsage));
    if (const auto stop = checkListing(parser, prepared, org, format, what))
        return *stop;

    const std::string organizationId = parser.value(org).trimmed().toStdString();
    const std::string clientId = parser.positionalArguments().at(2).toStdString();
    Connection connection(*prepared.settings);
    auto got = awaitCall<entities::M2MClient>([&](QObject *owner, auto done) {
        connection.clients.get(organizationId, clientId, owner, std::move(done));
    });
    if (!got)
        return reportFailure(what, got.error());
    std::vector<nlohmann::ordered_json> rows;
    for (const entities::ClientSecret &secret : got.value().secrets) {
        nlohmann::ordered_json row = secretFields(organizationId, clientId, secret);
        row["last_used_time"] = timeText(secret.lastUsedTime);
        row["expire_time"] = timeText(secret.expireTime);
        rows.push_back(std::move(row));
    }
    return writeRows(parser, format,
                     {"organization_id", "client_id", "secret_id", "secret_suffix", "status", "create_time",
                      "last_used_time", "expire_time"},
                     rows);
}

int runDeleteSecret(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Deletes one secret of an API client: whatever still authenticates with it stops working at "
           "once; the client's other secrets keep working. On a production environment it needs "
           "--confirm-production. Prints nothing on success.\n\nExit status: 0 deleted, 2 usage (or "
           "refused: read-only profile, production without --confirm-production), 4 no such organization, "
           "client or secret, and the usual codes otherwise."));
    parser.addPositionalArgument(QStringLiteral("api-clients delete-secret"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("CLIENT_ID"), tr("The API client."));
    parser.addPositionalArgument(QStringLiteral("SECRET_ID"), tr("The secret (see api-clients secrets)."));
    const QCommandLineOption org(QStringLiteral("org"), tr("The client's organization."), tr("ORG_ID"));
    parser.addOptions({org, confirmProductionOption()});
    const QString what = tr("api-clients delete-secret");
    const PreparedCommand prepared = prepareCommand(parser, arguments, 4, QString::fromLatin1(kUsage));
    if (prepared.stop)
        return *prepared.stop;
    if (parser.value(org).trimmed().isEmpty())
        return reportUsage(tr("%1 needs --org ORG_ID.").arg(what));
    if (const auto stop = refuseWrite(parser, prepared, what, WriteKind::Destructive))
        return *stop;

    const std::string organizationId = parser.value(org).trimmed().toStdString();
    const std::string clientId = parser.positionalArguments().at(2).toStdString();
    const std::string secretId = parser.positionalArguments().at(3).toStdString();
    Connection connection(*prepared.settings);
    auto removed = awaitCall<api::Empty>([&](QObject *owner, auto done) {
        connection.clients.removeSecret(organizationId, clientId, secretId, owner, std::move(done));
    });
    if (!removed)
        return reportFailure(what, removed.error());
    return ExitOk;
}

} // namespace

int runApiClients(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    if (verb == QStringLiteral("list"))
        return runList(arguments);
    if (verb == QStringLiteral("secrets"))
        return runSecrets(arguments);
    if (verb == QStringLiteral("delete-secret"))
        return runDeleteSecret(arguments);
    if (verb == QStringLiteral("create"))
        return runCreate(arguments);
    if (verb == QStringLiteral("add-secret"))
        return runAddSecret(arguments);
    if (verb == QStringLiteral("--help") || verb == QStringLiteral("-h") || verb == QStringLiteral("help")) {
        std::printf("%s\n", kUsage);
        return ExitOk;
    }
    return reportUsage(
        verb.isEmpty() ? QString::fromLatin1(kUsage)
                       : tr("unknown api-clients command '%1'; expected list, secrets, create, add-secret or "
                            "delete-secret.")
                             .arg(verb));
}

} // namespace sk::app::cli
