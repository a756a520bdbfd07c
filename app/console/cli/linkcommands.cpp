// portal-link and auth-link: the two links a support engineer hands to somebody else.
#include "app/console/cli/clicommands.h"
#include "app/console/cli/cliexit.h"
#include "app/console/cli/clisettings.h"
#include "services/resources/connectedaccountsservice.h"
#include "services/resources/organizationsservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <cstdio>

namespace sk::app::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::app::cli::Links", text);
}

// Runs one typed call to completion and prints "LINK\nEXPIRY" on success.
template<typename T, typename Start>
int runLink(const api::ConnectionSettings &settings, const QString &what, Start start)
{
    QNetworkAccessManager network;
    api::ApiClient client(&network);
    client.setSettings(settings);
    QEventLoop loop;
    int exitCode = ExitUnavailable;
    start(client, &loop, [&](api::Result<T> result) {
        if (!result) {
            exitCode = reportFailure(what, result.error());
        } else {
            std::printf("%s\n%s\n", result.value().first.c_str(), result.value().second.c_str());
            exitCode = ExitOk;
        }
        loop.quit();
    });
    loop.exec();
    return exitCode;
}

using LinkAndExpiry = std::pair<std::string, std::string>;

} // namespace

int runPortalLink(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Generates a single-use admin portal link for an organization and prints it, then its expiry "
           "(RFC 3339) on the next line. Anyone holding the link can change the organization's SSO and "
           "SCIM settings until it expires: share it only with the customer's admin."));
    parser.addPositionalArgument(QStringLiteral("portal-link"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("ORG_ID"), tr("The organization."));
    const QCommandLineOption features(
        QStringLiteral("features"),
        tr("Comma-separated portal features: sso, dir_sync (default: the server's)."), tr("LIST"));
    parser.addOption(features);
    const PreparedCommand prepared
        = prepareCommand(parser, arguments, 2, tr("usage: portal-link ORG_ID [--features sso,dir_sync]"));
    if (prepared.stop)
        return *prepared.stop;
    QStringList featureList;
    for (const QString &feature : parser.value(features).split(u',', Qt::SkipEmptyParts)) {
        const QString name = feature.trimmed();
        if (name != QStringLiteral("sso") && name != QStringLiteral("dir_sync"))
            return reportUsage(tr("unknown portal feature '%1'; expected sso or dir_sync.").arg(name));
        featureList << name;
    }
    const std::string organization = parser.positionalArguments().at(1).toStdString();
    return runLink<LinkAndExpiry>(
        *prepared.settings, tr("portal-link"),
        [&](api::ApiClient &client, QObject *owner, services::Callback<LinkAndExpiry> done) {
            services::OrganizationsService(&client).generatePortalLink(
                organization, featureList, owner, [done](api::Result<entities::PortalLink> r) {
                    if (!r)
                        done(r.error());
                    else
                        done(LinkAndExpiry {r.value().location.reveal(), r.value().expireTime.toRfc3339()});
                });
        });
}

int runAuthLink(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Generates the authorization link for a connected account (the user opens it to connect or "
           "re-authorize the app) and prints it, then its expiry (RFC 3339) on the next line."));
    parser.addPositionalArgument(QStringLiteral("auth-link"), tr("The command."));
    const QCommandLineOption connection(QStringLiteral("connection"), tr("The connection name (connector)."),
                                        tr("NAME"));
    const QCommandLineOption identifier(QStringLiteral("identifier"),
                                        tr("The user's identifier in your app."), tr("ID"));
    parser.addOptions({connection, identifier});
    const PreparedCommand prepared
        = prepareCommand(parser, arguments, 1, tr("usage: auth-link --connection NAME --identifier ID"));
    if (prepared.stop)
        return *prepared.stop;
    if (parser.value(connection).isEmpty() || parser.value(identifier).isEmpty())
        return reportUsage(tr("auth-link needs --connection NAME and --identifier ID."));
    const auto selector = services::AccountSelector::byConnector(parser.value(connection).toStdString(),
                                                                 parser.value(identifier).toStdString());
    return runLink<LinkAndExpiry>(
        *prepared.settings, tr("auth-link"),
        [&](api::ApiClient &client, QObject *owner, services::Callback<LinkAndExpiry> done) {
            services::ConnectedAccountsService(&client).magicLink(
                selector, owner, [done](api::Result<entities::MagicLink> r) {
                    if (!r)
                        done(r.error());
                    else
                        done(LinkAndExpiry {r.value().link.reveal(), r.value().expiry.toRfc3339()});
                });
        });
}

} // namespace sk::app::cli
