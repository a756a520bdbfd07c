#include "models/users/usersmodel.h"

#include "models/core/displayformat.h"
#include "models/core/listquery.h"
#include "models/users/userformat.h"

#include <QStringList>

namespace sk::models {

using entities::OrganizationMembership;
using entities::User;

using namespace listquery;

UsersModel::UsersModel(services::UsersService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Id: return tr("ID");
    case ExternalId: return tr("External ID");
    case Status: return tr("Membership");
    case Roles: return tr("Roles");
    case LastLogin: return tr("Last login");
    case Created: return tr("Created");
    default: return {};
    }
}

void UsersModel::setSearch(const QString &text)
{
    setQuery(m_organizationId, text);
}

void UsersModel::setOrganization(const QString &organizationId)
{
    setQuery(organizationId, m_search);
}

void UsersModel::setQuery(const QString &organizationId, const QString &search)
{
    const QString effective = effectiveSearch(search);
    if (effective == m_search && organizationId == m_organizationId && state() != State::Idle)
        return;
    m_search = effective;
    m_organizationId = organizationId;
    reload();
}

void UsersModel::requestPage(const std::string &pageToken, QObject *scope)
{
    auto done = appendPage();
    const std::string org = m_organizationId.toStdString();
    const std::string query = m_search.toStdString();
    if (looksLikeId(m_search, u"usr_"))
        return requestById(query, org, scope, std::move(done));
    if (org.empty() && query.empty())
        m_service->list({kPageSize, pageToken}, scope, std::move(done));
    else if (org.empty())
        m_service->search(query, {kSearchPageSize, pageToken}, scope, std::move(done));
    else if (query.empty())
        m_service->listOrganizationUsers(org, {kPageSize, pageToken}, scope, std::move(done));
    else
        m_service->searchOrganizationUsers(org, query, {kSearchPageSize, pageToken}, scope, std::move(done));
}

void UsersModel::requestById(const std::string &userId, const std::string &organizationId, QObject *scope,
                             services::Callback<entities::Page<User>> done)
{
    // A pasted usr_ ID: that one user (in the organization's list only if a member), or none.
    m_service->get(userId, scope, [organizationId, done](api::Result<User> result) {
        entities::Page<User> page;
        if (!result && result.error().kind != api::ApiError::Kind::NotFound) {
            done(api::Result<entities::Page<User>>(result.error()));
            return;
        }
        if (result && (organizationId.empty() || result.value().membership(organizationId)))
            page.items.push_back(result.value());
        page.totalSize = std::int32_t(page.items.size());
        done(std::move(page));
    });
}

const OrganizationMembership *UsersModel::shownMembership(const User &user) const
{
    return m_organizationId.isEmpty() ? nullptr : user.membership(m_organizationId.toStdString());
}

QString UsersModel::membershipsTooltip(const User &user)
{
    QStringList lines;
    for (const OrganizationMembership &m : user.memberships) {
        QString line = membershipOrganizationName(m) + QStringLiteral(": ") + membershipStatusText(m.membershipStatus);
        if (!m.roles.empty())
            line += QStringLiteral(" — ") + joinRoleNames(m.roles);
        lines << line;
    }
    return lines.isEmpty() ? tr("Not a member of any organization") : lines.join(u'\n');
}

QVariant UsersModel::statusData(const User &user, int role) const
{
    const OrganizationMembership *shown = shownMembership(user);
    if (!shown && user.memberships.empty()) {
        if (role == Qt::DisplayRole)
            return tr("No organization");
        if (role == RawValueRole)
            return 0;
        if (role == Qt::ToolTipRole)
            return membershipsTooltip(user);
        return role == BadgeRole ? QVariant::fromValue(StatusBadge{tr("No organization"), tr("The user belongs to no organization."), StatusTone::Neutral})
                                 : QVariant();
    }
    // The membership that speaks for the row: this organization's, or the most pressing one.
    const OrganizationMembership *pick = shown;
    int sameCount = 1;
    if (!pick) {
        pick = &user.memberships.front();
        for (const OrganizationMembership &m : user.memberships) {
            if (membershipStatusUrgency(m.membershipStatus) > membershipStatusUrgency(pick->membershipStatus))
                pick = &m;
        }
        sameCount = int(std::count_if(user.memberships.begin(), user.memberships.end(),
                                      [pick](const OrganizationMembership &m) {
                                          return m.membershipStatus == pick->membershipStatus;
                                      }));
    }
    switch (role) {
    case Qt::DisplayRole: {
        QString text = membershipStatusText(pick->membershipStatus);
        const int total = int(user.memberships.size());
        if (!shown && total > 1)
            text += sameCount == total ? tr(" (all %1)").arg(total) : tr(" (%1 of %2)").arg(sameCount).arg(total);
        return text;
    }
    case RawValueRole: return membershipStatusUrgency(pick->membershipStatus);
    case Qt::ToolTipRole: return QString(membershipStatusAdvice(pick->membershipStatus) + QStringLiteral("\n\n") + membershipsTooltip(user));
    case BadgeRole: {
        const QString text = statusData(user, Qt::DisplayRole).toString();
        return QVariant::fromValue(StatusBadge{text, {}, membershipStatusTone(pick->membershipStatus)});
    }
    default: return {};
    }
}

QVariant UsersModel::rolesData(const User &user, int role) const
{
    if (role == Qt::ToolTipRole)
        return membershipsTooltip(user);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    if (const OrganizationMembership *shown = shownMembership(user))
        return joinRoleNames(shown->roles);
    std::vector<entities::RoleRef> distinct;
    for (const OrganizationMembership &m : user.memberships) {
        for (const entities::RoleRef &role : m.roles) {
            if (std::none_of(distinct.begin(), distinct.end(), [&](const auto &r) { return r.name == role.name; }))
                distinct.push_back(role);
        }
    }
    return joinRoleNames(distinct);
}

QVariant UsersModel::entityData(int row, int column, int role) const
{
    const User &user = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(user.id);
    if (role == JsonRole)
        return entityJson(user);
    if (column == Status)
        return statusData(user, role);
    if (column == Roles)
        return rolesData(user, role);
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (column) {
        case Name: return userDisplayName(user);
        case Email: return text(user.email);
        case Id: return text(user.id);
        case ExternalId: return text(user.externalId);
        case LastLogin:
            return role == RawValueRole ? timestampSortKey(user.lastLoginTime) : QVariant(formatTimestamp(user.lastLoginTime));
        case Created:
            return role == RawValueRole ? timestampSortKey(user.createTime) : QVariant(formatTimestamp(user.createTime));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && (column == LastLogin || column == Created)) {
        const auto &ts = column == Created ? user.createTime : user.lastLoginTime;
        return ts.isSet() ? QVariant(QString::fromStdString(ts.toRfc3339())) : QVariant(tr("Never"));
    }
    return {};
}

} // namespace sk::models
