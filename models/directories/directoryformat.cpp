#include "models/directories/directoryformat.h"

#include "models/core/displayformat.h"

#include <QCoreApplication>

namespace sk::models::directoryformat {

using entities::Directory;
using entities::DirectoryProvider;
using entities::DirectoryType;
namespace dirstatus = entities::directorystatus;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sk::models::DirectoryFormat", text);
}
} // namespace

StatusBadge statusBadge(const std::string &status)
{
    if (status == dirstatus::kCompleted)
        return { tr("Completed"), tr("Set up: the identity provider pushes users and groups."),
                 StatusTone::Good };
    if (status == dirstatus::kInProgress)
        return {
            tr("In progress"),
            tr("Set-up has started but is not finished: check the SCIM endpoint and token in the identity "
               "provider, or send the customer an admin portal link."),
            StatusTone::Pending
        };
    if (status == dirstatus::kDraft)
        return { tr("Draft"),
                 tr("Created but not configured yet: no users sync until the set-up is finished."),
                 StatusTone::Neutral };
    if (status.empty() || status == "DIRECTORY_STATUS_UNSPECIFIED")
        return { tr("Not set"), tr("The API sent no status for this directory."), StatusTone::Unknown };
    return { tr("Unknown (%1)").arg(text(status)),
             tr("A status this console does not know: it is shown as sent and not counted as working."),
             StatusTone::Unknown };
}

QString providerText(const entities::Enum<DirectoryProvider> &provider)
{
    switch (provider.value) {
    case DirectoryProvider::Okta:
        return tr("Okta");
    case DirectoryProvider::Google:
        return tr("Google Workspace");
    case DirectoryProvider::MicrosoftAd:
        return tr("Microsoft Entra ID");
    case DirectoryProvider::Auth0:
        return tr("Auth0");
    case DirectoryProvider::OneLogin:
        return tr("OneLogin");
    case DirectoryProvider::JumpCloud:
        return tr("JumpCloud");
    case DirectoryProvider::PingIdentity:
        return tr("Ping Identity");
    case DirectoryProvider::Unspecified:
        return tr("Not set");
    case DirectoryProvider::Unknown:
        break;
    }
    return tr("Unknown (%1)").arg(text(provider.raw));
}

QString providerKey(const entities::Enum<DirectoryProvider> &provider)
{
    return text(provider.name());
}

QString typeText(const entities::Enum<DirectoryType> &type)
{
    switch (type.value) {
    case DirectoryType::Scim:
        return QStringLiteral("SCIM");
    case DirectoryType::Ldap:
        return QStringLiteral("LDAP");
    case DirectoryType::Poll:
        return tr("Poll");
    case DirectoryType::Unspecified:
        return tr("Not set");
    case DirectoryType::Unknown:
        break;
    }
    return tr("Unknown (%1)").arg(text(type.raw));
}

bool isStale(const Directory &directory, const QDateTime &now)
{
    if (!directory.enabled)
        return false;
    if (!directory.lastSyncedAt.isSet())
        return true;
    return toDateTime(directory.lastSyncedAt).secsTo(now) > kStaleAfterSeconds;
}

QString lastSyncedText(const Directory &directory, const QDateTime &now)
{
    if (!directory.lastSyncedAt.isSet())
        return tr("never");
    // A sync is never in the future: a server clock a little ahead reads "just now".
    if (now.secsTo(toDateTime(directory.lastSyncedAt)) >= -1)
        return tr("just now");
    return relativeTime(directory.lastSyncedAt, now);
}

StatusBadge syncBadge(const Directory &directory, const QDateTime &now)
{
    const QString when = lastSyncedText(directory, now);
    if (isStale(directory, now))
        return { when,
                 directory.lastSyncedAt.isSet()
                     ? tr("No sync for more than a day (last at %1): check the SCIM token and the identity "
                          "provider's provisioning, or run Sync now.")
                           .arg(formatTimestamp(directory.lastSyncedAt))
                     : tr("Enabled but never synced: the identity provider has not pushed anything yet."),
                 StatusTone::Warning };
    if (!directory.lastSyncedAt.isSet())
        return { when, tr("Never synced."), StatusTone::Neutral };
    return { when, tr("Last synced at %1.").arg(formatTimestamp(directory.lastSyncedAt)),
             directory.enabled ? StatusTone::Good : StatusTone::Neutral };
}

const entities::DirectorySecret *activeSecret(const Directory &directory)
{
    const entities::DirectorySecret *best = nullptr;
    for (const auto &secret : directory.secrets) {
        if (secret.status != entities::DirectorySecretStatus::Active)
            continue;
        if (!best || secret.createTime > best->createTime)
            best = &secret;
    }
    return best;
}

} // namespace sk::models::directoryformat
