#include "models/mcp/mcpreadiness.h"

#include "models/agentkit/connectedaccountstatus.h"

#include <QCoreApplication>

namespace sk::models {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sk::models::McpReadiness", text);
}
} // namespace

McpReadiness McpReadiness::of(const entities::McpInstance &instance)
{
    McpReadiness r;
    for (const auto &mapping : instance.config.connectionToolMappings) {
        ++r.total;
        if (mapping.connectedAccountStatus && isActive(*mapping.connectedAccountStatus))
            ++r.connected;
    }
    return r;
}

McpReadiness McpReadiness::of(const std::vector<entities::McpConnectionAuthState> &states)
{
    McpReadiness r;
    for (const auto &state : states) {
        ++r.total;
        if (isActive(state.connectedAccountStatus))
            ++r.connected;
    }
    return r;
}

QString McpReadiness::text() const
{
    if (isReady())
        return tr("Ready");
    return tr("%1 of %2 connected").arg(connected).arg(total);
}

StatusBadge McpReadiness::badge() const
{
    if (isReady()) {
        return { text(),
                 total == 0
                     ? tr("The config has no connections: the instance needs no authorization.")
                     : tr("Every connection of the config has an ACTIVE account for this user: the agent "
                          "can use all its tools."),
                 StatusTone::Good };
    }
    const int blocked = total - connected;
    return { text(),
             (blocked == 1
                  ? tr("1 connection of the config has no ACTIVE account for this user")
                  : tr("%1 connections of the config have no ACTIVE account for this user").arg(blocked))
                 + tr(": the agent cannot use their tools. Open the auth state and send the user the "
                      "authentication links."),
             connected == 0 ? StatusTone::Danger : StatusTone::Warning };
}

QString McpReadiness::statusKey(const std::string &status)
{
    return QString::fromStdString(status);
}

StatusBadge McpReadiness::statusBadge(const std::string &status)
{
    if (status.empty()) {
        return { tr("Not connected"),
                 tr("The user has no account on this connection yet. Send them the authentication link."),
                 StatusTone::Danger };
    }
    return ConnectedAccountStatus::badge(statusKey(status));
}

} // namespace sk::models
