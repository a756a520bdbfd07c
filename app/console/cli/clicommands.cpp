#include "app/console/cli/clicommands.h"

#include "app/console/cli/cliexit.h"
#include "app/console/cli/profilescommand.h"

namespace sk::app::cli {

bool isCommand(const QString &name)
{
    return name == QStringLiteral("export") || name == QStringLiteral("portal-link")
        || name == QStringLiteral("auth-link") || name == QStringLiteral("profiles")
        || name == QStringLiteral("connected-accounts") || name == QStringLiteral("tools")
        || name == QStringLiteral("directories") || name == QStringLiteral("sso")
        || name == QStringLiteral("mcp") || name == QStringLiteral("api-clients");
}

int runCommand(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QStringLiteral("export"))
        return runExport(arguments);
    if (command == QStringLiteral("portal-link"))
        return runPortalLink(arguments);
    if (command == QStringLiteral("auth-link"))
        return runAuthLink(arguments);
    if (command == QStringLiteral("profiles"))
        return runProfiles(arguments);
    if (command == QStringLiteral("connected-accounts"))
        return runConnectedAccounts(arguments);
    if (command == QStringLiteral("tools"))
        return runTools(arguments);
    if (command == QStringLiteral("directories"))
        return runDirectories(arguments);
    if (command == QStringLiteral("sso"))
        return runSso(arguments);
    if (command == QStringLiteral("mcp"))
        return runMcp(arguments);
    if (command == QStringLiteral("api-clients"))
        return runApiClients(arguments);
    return reportUsage(QStringLiteral("unknown command '%1'").arg(command));
}

} // namespace sk::app::cli
