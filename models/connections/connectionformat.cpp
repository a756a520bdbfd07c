#include "models/connections/connectionformat.h"

#include "models/core/displayformat.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

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
    const char *monogram;
};

constexpr ProviderInfo kProviders[] = {
    { ConnectionProvider::Okta, "Okta", "O" },
    { ConnectionProvider::Google, "Google Workspace", "G" },
    { ConnectionProvider::MicrosoftAd, "Microsoft Entra ID", "M" },
    { ConnectionProvider::Auth0, "Auth0", "A0" },
    { ConnectionProvider::OneLogin, "OneLogin", "1L" },
    { ConnectionProvider::PingIdentity, "Ping Identity", "P" },
    { ConnectionProvider::JumpCloud, "JumpCloud", "J" },
    { ConnectionProvider::Custom, "Custom", "C" },
    { ConnectionProvider::GitHub, "GitHub", "GH" },
    { ConnectionProvider::GitLab, "GitLab", "GL" },
    { ConnectionProvider::LinkedIn, "LinkedIn", "in" },
    { ConnectionProvider::Salesforce, "Salesforce", "SF" },
    { ConnectionProvider::Microsoft, "Microsoft", "M" },
    { ConnectionProvider::IdpSimulator, "IdP Simulator", "S" },
    { ConnectionProvider::Scalekit, "Scalekit", "SK" },
    { ConnectionProvider::Adfs, "AD FS", "AD" },
};

const ProviderInfo *findProvider(ConnectionProvider p)
{
    for (const ProviderInfo &info : kProviders) {
        if (info.provider == p)
            return &info;
    }
    return nullptr;
}

QIcon monogram(const QString &letters)
{
    const QPalette palette = QGuiApplication::palette();
    // Painted once per monogram and palette (a table asks for it on every repaint).
    static QHash<QString, QIcon> cache;
    const QString key = letters + palette.color(QPalette::Highlight).name()
        + palette.color(QPalette::HighlightedText).name();
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Highlight));
    painter.drawRoundedRect(QRectF(1, 1, 30, 30), 7, 7);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(letters.size() > 1 ? 13 : 18);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::HighlightedText));
    painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, letters);
    painter.end();
    return *cache.insert(key, QIcon(pixmap));
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

QIcon providerIcon(const entities::Enum<ConnectionProvider> &provider)
{
    if (const ProviderInfo *info = findProvider(provider.value))
        return monogram(QString::fromLatin1(info->monogram));
    return QIcon(QStringLiteral(":/icons/key.svg"));
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
