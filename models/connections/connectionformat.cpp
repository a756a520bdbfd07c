#include "models/connections/connectionformat.h"

#include "models/core/displayformat.h"

#include <QCoreApplication>

namespace sk::models::connectionformat {

using entities::ConnectionProvider;
using entities::ConnectionStatus;
using entities::ConnectionType;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::models::connectionformat", text);
}

struct ProviderInfo
{
    ConnectionProvider provider;
    const char *name;
};

constexpr ProviderInfo kProviders[] = {
    {ConnectionProvider::Okta, "Okta"},
    {ConnectionProvider::Google, "Google Workspace"},
    {ConnectionProvider::MicrosoftAd, "Microsoft Entra ID"},
    {ConnectionProvider::Auth0, "Auth0"},
    {ConnectionProvider::OneLogin, "OneLogin"},
    {ConnectionProvider::PingIdentity, "Ping Identity"},
    {ConnectionProvider::JumpCloud, "JumpCloud"},
    {ConnectionProvider::Custom, "Custom"},
    {ConnectionProvider::GitHub, "GitHub"},
    {ConnectionProvider::GitLab, "GitLab"},
    {ConnectionProvider::LinkedIn, "LinkedIn"},
    {ConnectionProvider::Salesforce, "Salesforce"},
    {ConnectionProvider::Microsoft, "Microsoft"},
    {ConnectionProvider::IdpSimulator, "IdP Simulator"},
    {ConnectionProvider::Scalekit, "Scalekit"},
    {ConnectionProvider::Adfs, "AD FS"},
};

const ProviderInfo *findProvider(ConnectionProvider p)
{
    for (const ProviderInfo &info : kProviders) {
        if (info.provider == p)
            return &info;
    }
    return nullptr;
}

} // namespace

StatusBadge statusBadge(const entities::Enum<ConnectionStatus> &status)
{
    switch (status.value) {
    case ConnectionStatus::Completed:
        return { tr("Completed"),
                 tr("The IdP side is fully configured. Users can sign in through it once it is enabled."),
                 StatusTone::Good };
    case ConnectionStatus::InProgress:
        return {
            tr("In progress"),
            tr("Part of the IdP configuration is filled in (IN_PROGRESS). Sign-in does not work until the "
               "customer's admin finishes it: send them an admin portal link."),
            StatusTone::Pending
        };
    case ConnectionStatus::Draft:
        return {
            tr("Draft"),
            tr("Created but not configured (DRAFT): no IdP details yet. Send the customer's admin an admin "
               "portal link to set it up."),
            StatusTone::Neutral
        };
    case ConnectionStatus::Unspecified:
        return { tr("Unspecified"),
                 tr("The server reported no status (CONNECTION_STATUS_UNSPECIFIED). It is not counted as "
                    "ready."),
                 StatusTone::Unknown };
    case ConnectionStatus::Unknown:
        break;
    }
    return { tr("Unknown (%1)").arg(text(status.raw)),
             tr("The server sent a status this console does not know (%1). It is shown as received and never "
                "counted as ready.")
                 .arg(text(status.raw)),
             StatusTone::Unknown };
}

bool isCompleted(const entities::Enum<ConnectionStatus> &status)
{
    return status.value == ConnectionStatus::Completed;
}

StatusBadge enabledBadge(bool enabled)
{
    return enabled
        ? StatusBadge { tr("Enabled"), tr("Users of its domains are routed to this IdP."), StatusTone::Good }
        : StatusBadge { tr("Disabled"), tr("Nobody signs in through this connection until it is enabled."),
                        StatusTone::Neutral };
}

QString providerName(const entities::Enum<ConnectionProvider> &provider)
{
    if (const ProviderInfo *info = findProvider(provider.value))
        return QString::fromLatin1(info->name);
    if (provider.value == ConnectionProvider::Unspecified)
        return tr("Unspecified");
    return tr("Unknown (%1)").arg(text(provider.raw));
}

QString typeName(const entities::Enum<ConnectionType> &type)
{
    return type.isUnknown() ? tr("Unknown (%1)").arg(text(type.raw)) : text(type.name());
}

QStringList ssoProviderKeys()
{
    QStringList keys;
    for (const ProviderInfo &info : kProviders)
        keys << QString::fromLatin1(json::enumName(info.provider));
    return keys;
}

QStringList ssoTypeKeys()
{
    return { QStringLiteral("SAML"), QStringLiteral("OIDC") };
}

QStringList statusKeys()
{
    return { QStringLiteral("DRAFT"), QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED") };
}

CertificateState certificateState(const entities::IdpCertificate &certificate, const QDateTime &now)
{
    if (!certificate.expiryTime.isSet())
        return CertificateState::NoExpiry;
    const QDateTime expiry = toDateTime(certificate.expiryTime);
    if (expiry <= now)
        return CertificateState::Expired;
    if (now.addDays(kCertificateWarningDays) >= expiry)
        return CertificateState::ExpiresSoon;
    return CertificateState::Valid;
}

QString certificateExpiryText(const entities::IdpCertificate &certificate, const QDateTime &now)
{
    if (!certificate.expiryTime.isSet())
        return tr("no expiry given");
    const QDateTime expiry = toDateTime(certificate.expiryTime);
    const QString date = formatTimestamp(certificate.expiryTime);
    const qint64 days = now.daysTo(expiry);
    if (expiry <= now) {
        const qint64 ago = expiry.daysTo(now);
        return ago == 0 ? tr("expired %1 (today)").arg(date)
                        : tr("expired %1 (%2 ago)").arg(date, countOf(ago, tr("day"), tr("days")));
    }
    return days == 0 ? tr("expires %1 (today)").arg(date)
                     : tr("expires %1 (in %2)").arg(date, countOf(days, tr("day"), tr("days")));
}

CertificateState worstCertificateState(const std::vector<entities::IdpCertificate> &certificates,
                                       const QDateTime &now)
{
    CertificateState worst = CertificateState::Valid;
    for (const entities::IdpCertificate &c : certificates) {
        const CertificateState s = certificateState(c, now);
        if (s == CertificateState::Expired)
            return s;
        if (s == CertificateState::ExpiresSoon)
            worst = s;
    }
    return worst;
}

} // namespace sk::models::connectionformat
