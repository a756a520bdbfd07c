#include "services/credentials/environmentprofile.h"

#include "services/credentials/environmenturl.h"

#include <QCoreApplication>

namespace sk::services {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("sk::services::EnvironmentProfile", text); }
} // namespace

std::optional<EnvironmentProfile> EnvironmentProfile::detect(const QProcessEnvironment &environment)
{
    QString url = environment.value(QStringLiteral("SCALEKIT_ENV_URL"));
    if (url.isEmpty())
        url = environment.value(QStringLiteral("SCALEKIT_ENVIRONMENT_URL"));
    if (url.isEmpty())
        return std::nullopt;

    EnvironmentProfile result;
    Profile &profile = result.profile;
    profile.name = Profile::environmentProfileName();
    profile.fromEnvironment = true;
    profile.clientId = environment.value(QStringLiteral("SCALEKIT_CLIENT_ID"));
    result.clientSecret = environment.value(QStringLiteral("SCALEKIT_CLIENT_SECRET"));
    const EnvironmentUrl assessed = EnvironmentUrl::assess(url);
    profile.environmentUrl = assessed.isValid() ? assessed.url : QUrl(url);
    // Unknown hosts are treated as production: the safe guess for an environment nobody named.
    profile.kind = assessed.suggestedKind.value_or(Profile::Kind::Production);
    if (!assessed.isValid())
        result.problem = assessed.problem;
    else if (profile.clientId.isEmpty())
        result.problem = tr("SCALEKIT_CLIENT_ID is not set.");
    else if (result.clientSecret.isEmpty())
        result.problem = tr("SCALEKIT_CLIENT_SECRET is not set.");
    return result;
}

} // namespace sk::services
