#include "models/users/sessionsmodel.h"

#include "models/core/displayformat.h"
#include "models/users/userformat.h"

#include <QStringList>

namespace sk::models {

using entities::SessionDetails;
using entities::Timestamp;

namespace {
// The moment an active session ends unless used: the earlier of its idle and absolute expiry.
Timestamp expiry(const SessionDetails &s)
{
    if (s.idleExpiresAt.isSet() && s.absoluteExpiresAt.isSet())
        return s.idleExpiresAt < s.absoluteExpiresAt ? s.idleExpiresAt : s.absoluteExpiresAt;
    return s.idleExpiresAt.isSet() ? s.idleExpiresAt : s.absoluteExpiresAt;
}
} // namespace

SessionsModel::SessionsModel(services::SessionsService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Device: return tr("Device");
    case Location: return tr("Location");
    case Ip: return tr("IP address");
    case Status: return tr("Status");
    case Organization: return tr("Organization");
    case LastActive: return tr("Last active");
    case Expires: return tr("Expires");
    case Created: return tr("Started");
    default: return {};
    }
}

void SessionsModel::setUserId(const QString &userId)
{
    if (userId == m_userId && state() != State::Idle)
        return;
    m_userId = userId;
    reload();
}

void SessionsModel::setOrganizationNames(const QHash<QString, QString> &names)
{
    m_organizationNames = names;
    if (entityCount() > 0)
        emit dataChanged(index(0, Organization), index(entityCount() - 1, Organization));
}

int SessionsModel::activeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const SessionDetails &s) {
        return s.status == entities::sessionstatus::kActive;
    }));
}

void SessionsModel::applyRevoked(const entities::RevokedSession &revoked)
{
    const int row = rowOf(text(revoked.sessionId));
    if (row < 0)
        return;
    SessionDetails &s = m_rows[std::size_t(row)];
    s.status = revoked.status;
    s.updatedAt = revoked.updatedAt;
    s.expiredAt = revoked.expiredAt;
    s.logoutAt = revoked.logoutAt;
    entityChanged(row);
}

void SessionsModel::requestPage(const std::string &pageToken, QObject *scope)
{
    if (m_userId.isEmpty()) {
        pageLoaded({}, 0);
        return;
    }
    m_service->listForUser(m_userId.toStdString(), {}, {kPageSize, pageToken}, scope, appendPage());
}

QVariant SessionsModel::entityData(int row, int column, int role) const
{
    const SessionDetails &s = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(s.sessionId);
    if (role == JsonRole)
        return entityJson(s);
    if (column == Status && role == BadgeRole)
        return QVariant::fromValue(StatusBadge{sessionStatusText(s.status), {}, sessionStatusTone(s.status)});
    const auto timeCell = [role](const Timestamp &t) {
        return role == RawValueRole ? timestampSortKey(t) : QVariant(formatTimestamp(t));
    };
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (column) {
        case Device: return sessionDevice(s.device);
        case Location: return sessionLocation(s.device.location);
        case Ip: return text(s.device.ip);
        case Status: return role == RawValueRole ? QVariant(text(s.status)) : QVariant(sessionStatusText(s.status));
        case Organization: return m_organizationNames.value(text(s.organizationId), text(s.organizationId));
        case LastActive: return timeCell(s.lastActiveAt);
        case Expires:
            if (s.status != entities::sessionstatus::kActive && role == Qt::DisplayRole)
                return tr("Ended %1").arg(formatTimestamp(s.logoutAt.isSet() ? s.logoutAt : s.expiredAt));
            return timeCell(expiry(s));
        case Created: return timeCell(s.createdAt);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Device)
            return text(s.device.userAgent);
        if (column == Expires) {
            return tr("Idle expiry: %1\nAbsolute expiry: %2")
                .arg(formatTimestamp(s.idleExpiresAt), formatTimestamp(s.absoluteExpiresAt));
        }
        if (column == Organization) {
            QStringList orgs;
            for (const std::string &org : s.authenticatedOrganizations)
                orgs << text(org);
            return tr("%1\nAuthenticated organizations: %2").arg(text(s.organizationId), orgs.join(QStringLiteral(", ")));
        }
    }
    return {};
}

} // namespace sk::models
