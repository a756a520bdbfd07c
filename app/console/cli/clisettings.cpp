#include "app/console/cli/clisettings.h"

#include "app/console/cli/cliexit.h"
#include "app/console/cli/clisecrets.h"
#include "services/credentials/environmentprofile.h"
#include "services/credentials/profilestore.h"
#include "services/credentials/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>

namespace sk::app::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sk::app::cli::Settings", text);
}
const QString kEnvUrl = QStringLiteral("env-url");
const QString kClientId = QStringLiteral("client-id");
const QString kProfile = QStringLiteral("profile");
} // namespace

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({kProfile,
                      tr("Use a saved environment profile (see 'scalekit-console profiles list'); "
                         "its secret comes from the OS keychain."),
                      tr("NAME")});
    parser.addOption({kEnvUrl,
                      tr("Environment URL (default: $SCALEKIT_ENV_URL or $SCALEKIT_ENVIRONMENT_URL)."),
                      tr("URL")});
    parser.addOption({kClientId,
                      tr("Client ID (default: $SCALEKIT_CLIENT_ID). The secret is read from "
                         "$SCALEKIT_CLIENT_SECRET, never from the command line."),
                      tr("ID")});
}

SettingsResult profileSettings(const QString &name)
{
    SettingsResult result;
    if (name == services::Profile::environmentProfileName()) {
        const auto fromEnvironment = services::EnvironmentProfile::detect();
        if (!fromEnvironment) {
            result.problem = tr("profile 'environment': SCALEKIT_ENV_URL is not set.");
            return result;
        }
        if (!fromEnvironment->problem.isEmpty()) {
            result.problem = tr("profile 'environment': %1").arg(fromEnvironment->problem);
            return result;
        }
        result.profile = fromEnvironment->profile;
        result.settings = fromEnvironment->profile.connectionSettings(fromEnvironment->clientSecret);
        return result;
    }

    services::ProfileStore store;
    const std::optional<services::Profile> profile = store.profile(name);
    if (!profile) {
        result.problem = tr("no profile named '%1' (see 'scalekit-console profiles list').").arg(name);
        return result;
    }
    services::SecretStore secrets;
    const services::SecretStore::Outcome secret = readSecret(secrets, name);
    switch (secret.status) {
    case services::SecretStore::Outcome::Status::NotFound:
        result.problem = tr("profile '%1' has no client secret in the keychain; add it again with "
                            "'scalekit-console profiles add %1 --replace ...'.")
                             .arg(name);
        return result;
    case services::SecretStore::Outcome::Status::Failed:
        result.problem = tr("cannot read the client secret of profile '%1' from the keychain: %2")
                             .arg(name, secret.error);
        return result;
    case services::SecretStore::Outcome::Status::Ok:
        break;
    }
    api::ConnectionSettings settings = profile->connectionSettings(secret.secret);
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        result.problem = tr("profile '%1': %2").arg(name, problem);
        return result;
    }
    result.profile = profile;
    result.settings = std::move(settings);
    return result;
}

SettingsResult connectionSettings(const QCommandLineParser &parser)
{
    if (parser.isSet(kProfile)) {
        if (parser.isSet(kEnvUrl) || parser.isSet(kClientId)) {
            SettingsResult result;
            result.problem = tr("--profile cannot be combined with --env-url or --client-id.");
            return result;
        }
        return profileSettings(parser.value(kProfile));
    }

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString url = parser.value(kEnvUrl);
    if (url.isEmpty())
        url = env.value(QStringLiteral("SCALEKIT_ENV_URL"),
                        env.value(QStringLiteral("SCALEKIT_ENVIRONMENT_URL")));
    QString clientId = parser.value(kClientId);
    if (clientId.isEmpty())
        clientId = env.value(QStringLiteral("SCALEKIT_CLIENT_ID"));
    const QString secret = env.value(QStringLiteral("SCALEKIT_CLIENT_SECRET"));

    SettingsResult result;
    if (url.isEmpty()) {
        result.problem = tr("no environment: pass --profile NAME or --env-url, or set SCALEKIT_ENV_URL.");
        return result;
    }
    if (clientId.isEmpty()) {
        result.problem = tr("no client ID: pass --client-id or set SCALEKIT_CLIENT_ID.");
        return result;
    }
    if (secret.isEmpty()) {
        result.problem = tr("no client secret: set SCALEKIT_CLIENT_SECRET.");
        return result;
    }
    api::ConnectionSettings settings {QUrl(url, QUrl::StrictMode), clientId, secret};
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        result.problem = problem;
        return result;
    }
    result.settings = std::move(settings);
    return result;
}

PreparedCommand prepareCommand(QCommandLineParser &parser, const QStringList &arguments, int positionalCount,
                               const QString &usage)
{
    parser.addHelpOption();
    addConnectionOptions(parser);
    if (!parser.parse(arguments))
        return {reportUsage(parser.errorText()), {}, {}};
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return {ExitOk, {}, {}};
    }
    if (parser.positionalArguments().size() != positionalCount)
        return {reportUsage(usage), {}, {}};
    SettingsResult settings = connectionSettings(parser);
    if (!settings.settings)
        return {reportUsage(settings.problem), {}, {}};
    return {std::nullopt, std::move(settings.settings), std::move(settings.profile)};
}

} // namespace sk::app::cli
