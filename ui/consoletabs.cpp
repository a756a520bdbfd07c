#include "ui/consoletabs.h"

#include <QCoreApplication>
#include <QStringList>

namespace sk::ui {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("sk::ui::ConsoleTabs", text); }

QList<TabInfo> buildTabs()
{
    return {
        {TabId::Organizations, QStringLiteral("organizations"), tr("Organizations"),
         QStringLiteral(":/icons/organizations.svg"), tr("Your customers' organizations"),
         tr("Every organization in the environment appears here with its domains, SSO and "
            "directory-sync status. Select one to edit it, manage its members or hand its "
            "admin a portal link.")},
        {TabId::Users, QStringLiteral("users"), tr("Users"), QStringLiteral(":/icons/users.svg"),
         tr("Users and memberships"),
         tr("Users across all organizations appear here with their membership status, roles, "
            "last login and sessions. Pick an organization to see only its members.")},
        {TabId::Connections, QStringLiteral("connections"), tr("SSO Connections"),
         QStringLiteral(":/icons/connections.svg"), tr("Enterprise SSO connections"),
         tr("SAML and OIDC connections of every organization appear here with their provider, "
            "status and whether they are enabled.")},
        {TabId::Directories, QStringLiteral("directories"), tr("Directories"),
         QStringLiteral(":/icons/directories.svg"), tr("SCIM directories"),
         tr("Directory-sync connections appear here with their provider, sync status, and "
            "the users and groups they provision.")},
        {TabId::AgentKit, QStringLiteral("agentkit"), tr("AgentKit"),
         QStringLiteral(":/icons/agentkit.svg"), tr("AgentKit connections and connected accounts"),
         tr("Connections to third-party apps (Gmail, Slack, Salesforce…) and every user's "
            "connected account appear here, coloured by auth state: active, expired, or "
            "waiting for the user to authorize.")},
        {TabId::Mcp, QStringLiteral("mcp"), tr("MCP"), QStringLiteral(":/icons/mcp.svg"),
         tr("MCP configs and instances"),
         tr("MCP server configs and the per-user instances built from them appear here, with "
            "the connections each instance still needs before it is ready.")},
    };
}
} // namespace

const QList<TabInfo> &consoleTabs()
{
    static const QList<TabInfo> tabs = buildTabs();
    return tabs;
}

std::optional<TabId> tabFromKey(const QString &key)
{
    for (const TabInfo &tab : consoleTabs()) {
        if (tab.key.compare(key, Qt::CaseInsensitive) == 0)
            return tab.id;
    }
    return std::nullopt;
}

QString tabKeys()
{
    QStringList keys;
    for (const TabInfo &tab : consoleTabs())
        keys << tab.key;
    return keys.join(u'|');
}

} // namespace sk::ui
