#include "models/agentkit/connectedaccountstatus.h"

#include <QCoreApplication>

namespace sk::models {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sk::models::ConnectedAccountStatus", text); }

struct Known
{
    const char *key;
    const char *label;
    const char *tooltip;
    StatusTone tone;
};

// Meanings from the OpenAPI enum description (product inventory §11) and the
// troubleshooting guide's advice.
constexpr Known kKnown[] = {
    {"ACTIVE", QT_TRANSLATE_NOOP("sk::models::ConnectedAccountStatus", "Active"),
     QT_TRANSLATE_NOOP("sk::models::ConnectedAccountStatus",
                       "Connected and working: the credentials are valid and agents can call this account's tools. "
                       "Nothing to do."),
     StatusTone::Good},
    {"EXPIRED", QT_TRANSLATE_NOOP("sk::models::ConnectedAccountStatus", "Expired"),
     QT_TRANSLATE_NOOP("sk::models::ConnectedAccountStatus",
                       "The access token has expired or is no longer valid, so tool calls fail. Scalekit refreshes "
                       "tokens on its own when it can; if the account stays expired, send the user a new "
                       "authorization link to reconnect."),
     StatusTone::Warning},
    {"PENDING_AUTH", QT_TRANSLATE_NOOP("sk::models::ConnectedAccountStatus", "Pending authorization"),
     QT_TRANSLATE_NOOP("sk::models::ConnectedAccountStatus",
                       "Waiting for the user to authorize (a connection or re-authorization was started). Tool "
                       "calls fail until the user opens the authorization link and finishes; send a new link if "
                       "the last one expired."),
     StatusTone::Pending},
    {"PENDING_VERIFICATION", QT_TRANSLATE_NOOP("sk::models::ConnectedAccountStatus", "Pending verification"),
     QT_TRANSLATE_NOOP("sk::models::ConnectedAccountStatus",
                       "The user finished the provider's consent, but your app has not verified that user yet "
                       "(user verification). Complete the verification (connected_accounts/user/verify) from your "
                       "app, or send a new authorization link."),
     StatusTone::Pending},
    {"DISCONNECTED", QT_TRANSLATE_NOOP("sk::models::ConnectedAccountStatus", "Disconnected"),
     QT_TRANSLATE_NOOP("sk::models::ConnectedAccountStatus",
                       "The account was disconnected on purpose; agents cannot use it. If the user needs it again, "
                       "send an authorization link to reconnect."),
     StatusTone::Danger},
};

constexpr const char *kUnspecified = "CONNECTION_STATUS_UNSPECIFIED";

const Known *findKnown(const QString &key)
{
    for (const Known &known : kKnown) {
        if (key == QLatin1String(known.key))
            return &known;
    }
    return nullptr;
}

int rankOf(const QString &key)
{
    int rank = 0;
    for (const Known &known : kKnown) {
        if (key == QLatin1String(known.key))
            return rank;
        ++rank;
    }
    return key == QLatin1String(kUnspecified) ? rank : rank + 1;
}

} // namespace

const QStringList &ConnectedAccountStatus::knownKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const Known &known : kKnown)
            list << QString::fromLatin1(known.key);
        return list;
    }();
    return keys;
}

QString ConnectedAccountStatus::unspecifiedKey()
{
    return QString::fromLatin1(kUnspecified);
}

QString ConnectedAccountStatus::keyOf(const entities::Enum<entities::ConnectorStatus> &status)
{
    const std::string_view name = status.name();
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

bool ConnectedAccountStatus::isKnown(const QString &key)
{
    return findKnown(key) || key == QLatin1String(kUnspecified);
}

StatusBadge ConnectedAccountStatus::badge(const QString &key)
{
    if (const Known *known = findKnown(key))
        return {tr(known->label), tr(known->tooltip), known->tone};
    if (key == QLatin1String(kUnspecified)) {
        return {tr("unspecified"),
                tr("The server reported no status for this account (CONNECTION_STATUS_UNSPECIFIED). It is not "
                   "counted as active; open the account to check it, or send an authorization link."),
                StatusTone::Unknown};
    }
    return {tr("unknown (%1)").arg(key),
            tr("The server sent a status this console does not know (%1). It is shown as received and never "
               "counted as active; check the Scalekit dashboard or a newer console for what it means.")
                .arg(key),
            StatusTone::Unknown};
}

bool ConnectedAccountStatus::displayLess(const QString &a, const QString &b)
{
    const int ra = rankOf(a);
    const int rb = rankOf(b);
    if (ra != rb)
        return ra < rb;
    return a < b;
}

} // namespace sk::models
