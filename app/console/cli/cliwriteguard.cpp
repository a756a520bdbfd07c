#include "app/console/cli/cliwriteguard.h"

#include "app/console/cli/cliexit.h"
#include "services/credentials/environmenturl.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace sk::app::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::app::cli::WriteGuard", text);
}

const QString kConfirmProduction = QStringLiteral("confirm-production");

bool isProduction(const PreparedCommand &prepared)
{
    if (prepared.profile)
        return prepared.profile->isProduction();
    // No saved profile: the kind the URL suggests; unknown hosts count as production, as they do
    // for the "environment" profile.
    const auto assessed = services::EnvironmentUrl::assess(prepared.settings->environmentUrl.toString());
    return assessed.suggestedKind.value_or(services::Profile::Kind::Production)
        == services::Profile::Kind::Production;
}

} // namespace

QCommandLineOption confirmProductionOption()
{
    return {kConfirmProduction, tr("Required to run this in a production environment.")};
}

std::optional<int> refuseWrite(const QCommandLineParser &parser, const PreparedCommand &prepared,
                               const QString &what, WriteKind kind)
{
    if (prepared.profile && prepared.profile->readOnly) {
        std::fprintf(stderr, "scalekit-console: %s: profile '%s' is read-only; nothing was changed.\n",
                     qUtf8Printable(what), qUtf8Printable(prepared.profile->name));
        return int(ExitUsage);
    }
    if (kind == WriteKind::Destructive && isProduction(prepared) && !parser.isSet(kConfirmProduction)) {
        std::fprintf(stderr,
                     "scalekit-console: %s: %s is a production environment; nothing was changed. "
                     "Pass --confirm-production to run it there.\n",
                     qUtf8Printable(what),
                     qUtf8Printable(prepared.profile ? tr("profile '%1'").arg(prepared.profile->name)
                                                     : prepared.settings->environmentUrl.toString()));
        return int(ExitUsage);
    }
    return std::nullopt;
}

} // namespace sk::app::cli
