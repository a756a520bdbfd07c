#include "app/console/cli/profilescommand.h"

#include "app/console/cli/cliexit.h"
#include "app/console/cli/clisecrets.h"
#include "app/console/cli/clisettings.h"
#include "services/credentials/connectiontester.h"
#include "services/credentials/environmentprofile.h"
#include "services/credentials/environmenturl.h"
#include "services/credentials/profilestore.h"
#include "services/credentials/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>

namespace sk::app::cli {

using services::Profile;
using services::ProfileStore;
using services::SecretStore;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sk::app::cli::Profiles", text); }

const char *const kUsage = "usage: scalekit-console profiles list|add|remove|rename|test ...\n"
                           "  profiles list [--json]\n"
                           "  profiles add NAME --env-url URL --client-id ID [--kind development|staging|production]\n"
                           "               [--color #rrggbb] [--read-only] [--replace]   (secret on standard input)\n"
                           "  profiles remove NAME\n"
                           "  profiles rename OLD NEW\n"
                           "  profiles test NAME\n";

void print(const QString &text)
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fflush(stdout);
}

// Parses "profiles SUB ..." and checks the positional count; returns an exit code to stop with.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, int names, const QString &usage)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("profiles"), tr("The command."));
    if (!parser.parse(arguments))
        return reportUsage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 2 + names)
        return reportUsage(usage);
    return std::nullopt;
}

QJsonObject toJson(const Profile &profile)
{
    return {{QStringLiteral("name"), profile.name},
            {QStringLiteral("environment_url"), profile.environmentUrl.toString()},
            {QStringLiteral("client_id"), profile.clientId},
            {QStringLiteral("kind"), Profile::kindName(profile.kind)},
            {QStringLiteral("color"), profile.effectiveColor()},
            {QStringLiteral("read_only"), profile.readOnly},
            {QStringLiteral("from_environment"), profile.fromEnvironment}};
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the saved environment profiles (never their secrets)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    if (auto stop = parse(parser, arguments, 0, tr("usage: profiles list [--json]")))
        return *stop;

    ProfileStore store;
    QList<Profile> profiles = store.profiles();
    if (const auto fromEnvironment = services::EnvironmentProfile::detect())
        profiles << fromEnvironment->profile;
    const QString current = store.currentName();

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Profile &profile : profiles)
            array.append(toJson(profile));
        print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (profiles.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(tr("No profiles yet. Add one with: scalekit-console profiles add NAME "
                                       "--env-url URL --client-id ID  (the secret on standard input)")));
        return ExitOk;
    }
    QList<QStringList> rows{{tr("NAME"), tr("KIND"), tr("URL"), tr("CLIENT ID"), tr("NOTES")}};
    for (const Profile &profile : profiles) {
        QStringList notes;
        if (profile.name == current)
            notes << tr("last used");
        if (profile.fromEnvironment)
            notes << tr("from SCALEKIT_* variables");
        if (profile.readOnly)
            notes << tr("read-only");
        rows << QStringList{profile.name, Profile::kindName(profile.kind), profile.environmentUrl.toString(),
                            profile.clientId, notes.join(QStringLiteral(", "))};
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        print(line.trimmed() + u'\n');
    }
    return ExitOk;
}

int runAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Saves an environment profile. The client secret is read from standard input (a hidden prompt "
           "on a terminal) and stored only in the OS keychain."));
    parser.addPositionalArgument(QStringLiteral("add"), tr("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The profile's name."));
    const QCommandLineOption url(QStringLiteral("env-url"), tr("Environment URL, e.g. https://yourapp.scalekit.dev."),
                                 tr("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), tr("Client ID (skc_...)."), tr("ID"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("development, staging or production (default: suggested by the URL)."),
                                  tr("KIND"));
    const QCommandLineOption color(QStringLiteral("color"), tr("Colour of the profile, #rrggbb."), tr("COLOR"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), tr("Disable every write with this profile."));
    const QCommandLineOption replace(QStringLiteral("replace"), tr("Replace a profile of the same name."));
    parser.addOptions({url, clientId, kind, color, readOnly, replace});
    if (auto stop = parse(parser, arguments, 1, tr("usage: profiles add NAME --env-url URL --client-id ID")))
        return *stop;

    Profile profile;
    profile.name = parser.positionalArguments().at(2);
    if (const QString problem = Profile::nameProblem(profile.name); !problem.isEmpty())
        return reportUsage(problem);
    if (!parser.isSet(url) || !parser.isSet(clientId))
        return reportUsage(tr("profiles add needs --env-url URL and --client-id ID."));
    const services::EnvironmentUrl assessed = services::EnvironmentUrl::assess(parser.value(url));
    if (!assessed.isValid())
        return reportUsage(assessed.problem);
    profile.environmentUrl = assessed.url;
    profile.clientId = parser.value(clientId).trimmed();
    if (profile.clientId.isEmpty())
        return reportUsage(tr("the client ID is empty."));
    if (parser.isSet(kind)) {
        const auto chosen = Profile::kindFromName(parser.value(kind));
        if (!chosen)
            return reportUsage(tr("unknown kind '%1'; expected development, staging or production.")
                                   .arg(parser.value(kind)));
        profile.kind = *chosen;
    } else if (assessed.suggestedKind) {
        profile.kind = *assessed.suggestedKind;
    } else {
        return reportUsage(tr("cannot tell the kind of %1 from its address; pass --kind development, "
                              "staging or production.")
                               .arg(profile.environmentUrl.host()));
    }
    profile.color = parser.value(color);
    if (!profile.color.isEmpty() && !Profile::isValidColor(profile.color))
        return reportUsage(tr("--color must look like #rrggbb."));
    profile.readOnly = parser.isSet(readOnly);

    ProfileStore store;
    if (store.contains(profile.name) && !parser.isSet(replace))
        return reportUsage(tr("a profile named '%1' already exists; pass --replace to overwrite it.").arg(profile.name));

    const QString secret = readSecretFromStdin(tr("Client secret for %1: ").arg(profile.name));
    if (secret.isEmpty())
        return reportUsage(tr("no client secret on standard input (it is never taken from the command line)."));

    SecretStore secrets;
    const SecretStore::Outcome written = writeSecret(secrets, profile.name, secret);
    if (!written.ok() || written.memoryOnly) {
        std::fprintf(stderr, "scalekit-console: cannot store the client secret in the OS keychain: %s\n"
                             "Nothing was saved: the console never keeps secrets in a plain file.\n",
                     qUtf8Printable(written.error));
        return ExitUnavailable;
    }
    if (const QString problem = store.save(profile); !problem.isEmpty()) {
        removeSecret(secrets, profile.name);
        std::fprintf(stderr, "scalekit-console: %s\n", qUtf8Printable(problem));
        return ExitUnavailable;
    }
    print(tr("Saved profile '%1' (%2, %3); its secret is in the OS keychain.\n")
              .arg(profile.name, Profile::kindName(profile.kind), profile.environmentUrl.toString()));
    return ExitOk;
}

int runRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Removes a profile and its client secret from the keychain."));
    parser.addPositionalArgument(QStringLiteral("remove"), tr("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The profile's name."));
    if (auto stop = parse(parser, arguments, 1, tr("usage: profiles remove NAME")))
        return *stop;
    const QString name = parser.positionalArguments().at(2);
    ProfileStore store;
    if (!store.contains(name)) {
        std::fprintf(stderr, "scalekit-console: no profile named '%s'.\n", qUtf8Printable(name));
        return ExitNotFound;
    }
    SecretStore secrets;
    const SecretStore::Outcome removed = removeSecret(secrets, name);
    if (!removed.ok()) {
        std::fprintf(stderr, "scalekit-console: cannot delete the client secret of '%s' from the keychain: %s\n"
                             "The profile was kept; try again when the keychain is available.\n",
                     qUtf8Printable(name), qUtf8Printable(removed.error));
        return ExitUnavailable;
    }
    if (!store.remove(name)) {
        std::fprintf(stderr, "scalekit-console: cannot write %s.\n", qUtf8Printable(store.fileName()));
        return ExitUnavailable;
    }
    print(tr("Removed profile '%1' and its client secret.\n").arg(name));
    return ExitOk;
}

int runRename(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renames a profile; its client secret moves with it."));
    parser.addPositionalArgument(QStringLiteral("rename"), tr("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("The profile's name."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("Its new name."));
    if (auto stop = parse(parser, arguments, 2, tr("usage: profiles rename OLD NEW")))
        return *stop;
    const QString from = parser.positionalArguments().at(2);
    const QString to = parser.positionalArguments().at(3);
    ProfileStore store;
    if (!store.contains(from)) {
        std::fprintf(stderr, "scalekit-console: no profile named '%s'.\n", qUtf8Printable(from));
        return ExitNotFound;
    }
    if (const QString problem = Profile::nameProblem(to); !problem.isEmpty())
        return reportUsage(problem);
    if (store.contains(to))
        return reportUsage(tr("a profile named '%1' already exists.").arg(to));
    SecretStore secrets;
    const SecretStore::Outcome moved = renameSecret(secrets, from, to);
    if (moved.status == SecretStore::Outcome::Status::Failed || moved.memoryOnly) {
        std::fprintf(stderr, "scalekit-console: cannot move the client secret in the keychain: %s\n",
                     qUtf8Printable(moved.error));
        return ExitUnavailable;
    }
    if (const QString problem = store.rename(from, to); !problem.isEmpty()) {
        renameSecret(secrets, to, from);
        std::fprintf(stderr, "scalekit-console: %s\n", qUtf8Printable(problem));
        return ExitUnavailable;
    }
    print(tr("Renamed profile '%1' to '%2'.\n").arg(from, to));
    return ExitOk;
}

int runTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tests a profile: fetches a token with its credentials and one page of organizations."));
    parser.addPositionalArgument(QStringLiteral("test"), tr("The subcommand."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The profile's name ('environment': the SCALEKIT_* "
                                                            "variables)."));
    if (auto stop = parse(parser, arguments, 1, tr("usage: profiles test NAME")))
        return *stop;
    const QString name = parser.positionalArguments().at(2);
    if (name != Profile::environmentProfileName() && !ProfileStore().contains(name)) {
        std::fprintf(stderr, "scalekit-console: no profile named '%s'.\n", qUtf8Printable(name));
        return ExitNotFound;
    }
    const SettingsResult settings = profileSettings(name);
    if (!settings.settings)
        return reportUsage(settings.problem);

    QNetworkAccessManager network;
    services::ConnectionTester tester(&network);
    QEventLoop loop;
    int exitCode = ExitUnavailable;
    QObject::connect(&tester, &services::ConnectionTester::succeeded, &loop, [&](qint64 organizations) {
        print(tr("Profile '%1' works: %2 accepted the credentials; %3 organization(s).\n")
                  .arg(name, settings.settings->environmentUrl.toString())
                  .arg(organizations < 0 ? tr("an unknown number of") : QString::number(organizations)));
        exitCode = ExitOk;
        loop.quit();
    });
    QObject::connect(&tester, &services::ConnectionTester::failed, &loop, [&](const api::ApiError &error) {
        exitCode = reportFailure(tr("profiles test %1").arg(name), error);
        loop.quit();
    });
    if (const QString problem = tester.start(*settings.settings); !problem.isEmpty())
        return reportUsage(problem);
    loop.exec();
    return exitCode;
}

} // namespace

int runProfiles(const QStringList &arguments)
{
    const QString sub = arguments.value(2);
    if (sub == QStringLiteral("list"))
        return runList(arguments);
    if (sub == QStringLiteral("add"))
        return runAdd(arguments);
    if (sub == QStringLiteral("remove"))
        return runRemove(arguments);
    if (sub == QStringLiteral("rename"))
        return runRename(arguments);
    if (sub == QStringLiteral("test"))
        return runTest(arguments);
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h") || sub == QStringLiteral("help")) {
        std::fputs(kUsage, stdout);
        return ExitOk;
    }
    std::fputs(kUsage, stderr);
    return ExitUsage;
}

} // namespace sk::app::cli
