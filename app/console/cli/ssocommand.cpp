// `sso which EMAIL_OR_DOMAIN`: which SSO connection an email routes to, or why none applies.
#include "app/console/cli/clicommands.h"
#include "app/console/cli/cliexit.h"
#include "app/console/cli/clisettings.h"
#include "models/connections/connectionformat.h"
#include "models/connections/ssoroute.h"
#include "services/resources/services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <cstdio>

namespace sk::app::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::app::cli::Sso", text);
}

const char *const kUsage = "usage: scalekit-console sso which EMAIL_OR_DOMAIN [--format json|table]";

QString whichDescription()
{
    return tr(
        "Says which organization and SSO connection an email (or a domain) signs in through: Scalekit "
        "routes by the email's domain to the organization that has it as a verified domain, then to that "
        "organization's connection (the one the domain is assigned to). It works only when that connection "
        "is enabled and COMPLETED.\n\n"
        "--format json (default) prints one document:\n"
        "  {\"input\", \"domain\", \"applies\": bool, \"outcome\", \"explanation\",\n"
        "   \"organization\": {\"id\", \"name\"}, \"domain_record\": {\"id\", \"verification_status\"},\n"
        "   \"connection\": {\"id\", \"provider\", \"type\", \"status\", \"enabled\", \"domains\"},\n"
        "   \"organization_connections\": N, \"sign_in_error\": CODE}\n"
        "outcome is one of: routes, no_organization, domain_not_verified, no_connection, "
        "connection_disabled, connection_not_completed. sign_in_error is the error Scalekit reports to the "
        "app in that state.\n"
        "--format table prints the same as aligned lines.\n\n"
        "Exit codes: 0 it routes to a working connection; 8 none applies (the reason is printed); 2 not an "
        "email or a domain; 3, 4, 6 as for every command.");
}

void printTable(const models::SsoRoute &route)
{
    auto line = [](const QString &key, const QString &value) {
        std::printf("%-14s %s\n", qUtf8Printable(key), qUtf8Printable(value));
    };
    line(tr("input"), route.input);
    line(tr("domain"), route.domain);
    line(tr("applies"), route.applies() ? tr("yes") : tr("no"));
    line(tr("outcome"), models::SsoRoute::outcomeKey(route.outcome));
    if (!route.organizationId.empty())
        line(tr("organization"),
             QStringLiteral("%1 (%2)").arg(QString::fromStdString(route.organizationName),
                                           QString::fromStdString(route.organizationId)));
    if (route.domainRecord)
        line(tr("domain status"),
             QString::fromStdString(route.domainRecord->verificationStatus.displayName()));
    if (route.connection) {
        const entities::ListConnection &c = *route.connection;
        line(tr("connection"),
             QStringLiteral("%1 %2 %3 (%4)")
                 .arg(QString::fromStdString(c.id), models::connectionformat::providerName(c.provider),
                      models::connectionformat::typeName(c.type),
                      QString::fromStdString(c.status.displayName())));
        line(tr("enabled"), c.enabled ? tr("yes") : tr("no"));
    }
    if (const QString code = route.signInErrorCode(); !code.isEmpty())
        line(tr("sign-in error"), code);
    line(tr("why"), route.explanation());
}

} // namespace

int runSso(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    if (verb == QStringLiteral("--help") || verb == QStringLiteral("-h") || verb == QStringLiteral("help")) {
        std::printf(
            "%s\n  which  %s\n", kUsage,
            qUtf8Printable(tr("the organization and connection an email signs in through, or why none")));
        return ExitOk;
    }
    if (verb != QStringLiteral("which"))
        return reportUsage(verb.isEmpty() ? QString::fromLatin1(kUsage)
                                          : tr("unknown sso command '%1'; expected which.").arg(verb));
    QCommandLineParser parser;
    parser.setApplicationDescription(whichDescription());
    parser.addPositionalArgument(QStringLiteral("sso which"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("EMAIL_OR_DOMAIN"), tr("alice@example.com or example.com."));
    const QCommandLineOption format(QStringLiteral("format"), tr("json (default) or table."), tr("FORMAT"),
                                    QStringLiteral("json"));
    parser.addOption(format);
    parser.addHelpOption();
    addConnectionOptions(parser);
    if (!parser.parse(arguments))
        return reportUsage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 3)
        return reportUsage(QString::fromLatin1(kUsage));
    const QString formatName = parser.value(format);
    if (formatName != QStringLiteral("json") && formatName != QStringLiteral("table"))
        return reportUsage(tr("unknown format '%1'; expected json or table.").arg(formatName));
    const QString input = parser.positionalArguments().at(2);
    if (models::SsoRoute::domainOf(input).isEmpty())
        return reportUsage(tr("'%1' is not an email address or a domain.").arg(input));
    SettingsResult settings = connectionSettings(parser);
    if (!settings.settings)
        return reportUsage(settings.problem);

    QNetworkAccessManager network;
    api::ApiClient client(&network);
    client.setSettings(*settings.settings);
    services::Services services(&client);
    models::SsoRouteResolver resolver(&services);
    QEventLoop loop;
    std::optional<models::SsoRoute> route;
    std::optional<api::ApiError> error;
    QObject::connect(&resolver, &models::SsoRouteResolver::answered, &loop, [&](const models::SsoRoute &r) {
        route = r;
        loop.quit();
    });
    QObject::connect(&resolver, &models::SsoRouteResolver::failed, &loop, [&](const api::ApiError &e) {
        error = e;
        loop.quit();
    });
    resolver.resolve(input);
    if (!route && !error)
        loop.exec();
    if (error)
        return reportFailure(tr("sso which"), *error);
    if (formatName == QStringLiteral("table"))
        printTable(*route);
    else
        std::printf("%s\n", route->toJson().dump(2).c_str());
    std::fflush(stdout);
    return route->applies() ? ExitOk : ExitNoSsoRoute;
}

} // namespace sk::app::cli
