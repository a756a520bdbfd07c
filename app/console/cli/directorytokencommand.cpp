// directories rotate-token: a new SCIM bearer token for a directory, what the Directories tab's
// "Rotate SCIM token" does, for scripts.
#include "app/console/cli/clicall.h"
#include "app/console/cli/clicommands.h"
#include "app/console/cli/cliexit.h"
#include "app/console/cli/clisettings.h"
#include "app/console/cli/cliwriteguard.h"
#include "app/console/cli/directorylocator.h"
#include "app/console/cli/onetimesecret.h"
#include "services/resources/directoriesservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace sk::app::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::app::cli::DirectoryToken", text);
}

constexpr const char *kUsage
    = "usage: scalekit-console directories rotate-token DIR_ID [--org ORG_ID] [--reveal] "
      "[--format json|csv|table] [--confirm-production]";

} // namespace

int runDirectoriesRotateToken(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Makes a new SCIM bearer token for a directory. When the directory already has tokens, they stop "
        "working at once (secrets:regenerate): syncing pauses until the new token is in the identity "
        "provider's SCIM settings, with the directory's endpoint.\n\n"
        "Prints organization_id, directory_id, directory_name, directory_endpoint, secret_id, secret_suffix, "
        "status, create_time, regenerated (earlier tokens retired) and plain_secret, the token: \"[secret]\" "
        "unless --reveal. The API shows the token only once.\n"
        "In production it needs --confirm-production; a read-only profile refuses it.\n\n"
        "Exit status: 0 done, 2 usage (or refused), 4 no such directory, and the usual codes otherwise."));
    parser.addPositionalArgument(QStringLiteral("directories rotate-token"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("DIR_ID"), tr("The directory."));
    const QCommandLineOption org(
        QStringLiteral("org"),
        tr("The directory's organization (default: found by scanning every organization)."), tr("ORG_ID"));
    const QCommandLineOption reveal = revealOption(tr("the new token"));
    const QCommandLineOption format = oneTimeSecretFormatOption();
    parser.addOptions({org, reveal, format, confirmProductionOption()});
    const PreparedCommand prepared = prepareCommand(parser, arguments, 3, QString::fromLatin1(kUsage));
    if (prepared.stop)
        return *prepared.stop;
    if (const QString problem = oneTimeSecretFormatProblem(parser.value(format)); !problem.isEmpty())
        return reportUsage(problem);
    const QString what = tr("directories rotate-token");
    if (const auto refused = refuseWrite(parser, prepared, what, WriteKind::Destructive))
        return *refused;

    const std::string directoryId = parser.positionalArguments().at(2).toStdString();
    std::string organizationId = parser.value(org).toStdString();
    if (organizationId.empty()) {
        auto located = locateDirectoryOrganization(*prepared.settings, directoryId);
        if (const int *exitCode = std::get_if<int>(&located))
            return *exitCode;
        organizationId = std::get<std::string>(located);
    }

    QNetworkAccessManager network;
    api::ApiClient client(&network);
    client.setSettings(*prepared.settings);
    services::DirectoriesService directories(&client);
    const auto directory = awaitCall<entities::Directory>([&](QObject *owner, auto done) {
        directories.get(organizationId, directoryId, owner, std::move(done));
    });
    if (!directory)
        return reportFailure(what, directory.error());
    // As the tab does: secrets:regenerate retires the earlier tokens; a directory without any
    // gets its first one.
    const bool regenerate = !directory.value().secrets.empty();
    auto made = awaitCall<entities::CreateDirectorySecretResponse>([&](QObject *owner, auto done) {
        directories.createSecret(organizationId, directoryId, regenerate, owner, std::move(done));
    });
    if (!made)
        return reportFailure(what, made.error());

    const entities::Directory &d = directory.value();
    const entities::DirectorySecret &s = made.value().secret;
    OneTimeSecret secret {{{"organization_id", organizationId},
                           {"directory_id", directoryId},
                           {"directory_name", d.name},
                           {"directory_endpoint", d.directoryEndpoint},
                           {"secret_id", s.id},
                           {"secret_suffix", s.secretSuffix},
                           {"status", std::string(s.status.name())},
                           {"create_time", s.createTime.isSet() ? s.createTime.toRfc3339() : std::string()},
                           {"regenerated", regenerate}},
                          "plain_secret",
                          std::move(made.value().plainSecret.reveal()),
                          tr("SCIM bearer token")};
    return printOneTimeSecret(secret, parser.value(format), parser.isSet(reveal));
}

} // namespace sk::app::cli
