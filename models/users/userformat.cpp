#include "models/users/userformat.h"

#include <QCoreApplication>
#include <QStringList>

namespace sk::models {

using entities::MembershipStatus;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sk::models::UserFormat", text);
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(separator);
}
} // namespace

QString membershipStatusText(const entities::Enum<MembershipStatus> &status)
{
    switch (status.value) {
    case MembershipStatus::Active: return tr("Active");
    case MembershipStatus::Inactive: return tr("Inactive");
    case MembershipStatus::PendingInvite: return tr("Pending invite");
    case MembershipStatus::InviteExpired: return tr("Invite expired");
    case MembershipStatus::Unspecified: return QStringLiteral("—");
    case MembershipStatus::Unknown: break;
    }
    return tr("Unknown (%1)").arg(QString::fromStdString(status.raw));
}

StatusTone membershipStatusTone(const entities::Enum<MembershipStatus> &status)
{
    switch (status.value) {
    case MembershipStatus::Active: return StatusTone::Good;
    case MembershipStatus::PendingInvite: return StatusTone::Warning;
    case MembershipStatus::InviteExpired: return StatusTone::Danger;
    case MembershipStatus::Inactive:
    case MembershipStatus::Unspecified: return StatusTone::Neutral;
    case MembershipStatus::Unknown: break;
    }
    return StatusTone::Unknown;
}

QString membershipStatusAdvice(const entities::Enum<MembershipStatus> &status)
{
    switch (status.value) {
    case MembershipStatus::Active: return tr("Active: the user can sign in to this organization.");
    case MembershipStatus::PendingInvite:
        return tr("Pending invite: the user has not accepted the invitation yet. Resend it if it was lost.");
    case MembershipStatus::InviteExpired:
        return tr("Invite expired: the invitation can no longer be accepted. Resend the invite.");
    case MembershipStatus::Inactive: return tr("Inactive: the membership is switched off; the user cannot sign in here.");
    case MembershipStatus::Unspecified: return tr("No membership status was given.");
    case MembershipStatus::Unknown: break;
    }
    return tr("Unknown status \"%1\": this console does not know it, so it is not treated as active.")
        .arg(QString::fromStdString(status.raw));
}

int membershipStatusUrgency(const entities::Enum<MembershipStatus> &status)
{
    switch (status.value) {
    case MembershipStatus::InviteExpired: return 5;
    case MembershipStatus::PendingInvite: return 4;
    case MembershipStatus::Unknown: return 3;
    case MembershipStatus::Inactive: return 2;
    case MembershipStatus::Active: return 1;
    case MembershipStatus::Unspecified: break;
    }
    return 0;
}

QString userDisplayName(const entities::User &user)
{
    const auto &profile = user.userProfile;
    if (!profile.name.empty())
        return QString::fromStdString(profile.name);
    return joinNonEmpty({QString::fromStdString(profile.givenName), QString::fromStdString(profile.familyName)},
                        QStringLiteral(" "));
}

QString membershipOrganizationName(const entities::OrganizationMembership &membership)
{
    if (membership.displayName && !membership.displayName->empty())
        return QString::fromStdString(*membership.displayName);
    if (membership.name && !membership.name->empty())
        return QString::fromStdString(*membership.name);
    return QString::fromStdString(membership.organizationId);
}

QString joinRoleNames(const std::vector<entities::RoleRef> &roles)
{
    QStringList names;
    for (const entities::RoleRef &role : roles)
        names << QString::fromStdString(role.displayName.empty() ? role.name : role.displayName);
    return names.join(QStringLiteral(", "));
}

QString sessionDevice(const entities::DeviceDetails &device)
{
    const QString browser = joinNonEmpty({QString::fromStdString(device.browser),
                                          QString::fromStdString(device.browserVersion)}, QStringLiteral(" "));
    const QString os = joinNonEmpty({QString::fromStdString(device.os), QString::fromStdString(device.osVersion)},
                                    QStringLiteral(" "));
    QString text = browser.isEmpty() ? os : (os.isEmpty() ? browser : tr("%1 on %2").arg(browser, os));
    if (text.isEmpty())
        text = QString::fromStdString(device.userAgent);
    if (!device.deviceType.empty())
        text += QStringLiteral(" (") + QString::fromStdString(device.deviceType).toLower() + u')';
    return text;
}

QString sessionLocation(const entities::SessionLocation &location)
{
    return joinNonEmpty({QString::fromStdString(location.city), QString::fromStdString(location.regionSubdivision),
                         QString::fromStdString(location.region)},
                        QStringLiteral(", "));
}

QString sessionStatusText(const std::string &status)
{
    if (status == entities::sessionstatus::kActive)
        return tr("Active");
    if (status == entities::sessionstatus::kExpired)
        return tr("Expired");
    if (status == entities::sessionstatus::kRevoked)
        return tr("Revoked");
    if (status == entities::sessionstatus::kLogout)
        return tr("Signed out");
    return status.empty() ? QStringLiteral("—") : tr("Unknown (%1)").arg(QString::fromStdString(status));
}

StatusTone sessionStatusTone(const std::string &status)
{
    if (status == entities::sessionstatus::kActive)
        return StatusTone::Good;
    if (status == entities::sessionstatus::kRevoked)
        return StatusTone::Danger;
    if (status == entities::sessionstatus::kExpired || status == entities::sessionstatus::kLogout)
        return StatusTone::Neutral;
    return StatusTone::Unknown;
}

} // namespace sk::models
