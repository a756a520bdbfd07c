#include "models/directories/directorymembersmodel.h"

#include "models/core/displayformat.h"
#include "models/core/listquery.h"

#include <QStringList>

namespace sk::models {

using entities::DirectoryGroup;
using entities::DirectoryUser;

namespace {

bool anyContains(std::initializer_list<QString> fields, const QString &needle)
{
    for (const QString &field : fields) {
        if (field.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString fullName(const DirectoryUser &u)
{
    return QStringLiteral("%1 %2").arg(text(u.givenName), text(u.familyName)).trimmed();
}

QString groupNames(const DirectoryUser &u)
{
    QStringList names;
    for (const DirectoryGroup &g : u.groups)
        names << text(g.displayName);
    return names.join(QStringLiteral(", "));
}

// The query as the models keep it: the search trimmed, or empty below 3 characters.
DirectoryMembersQuery normalized(DirectoryMembersQuery query)
{
    query.search = listquery::effectiveSearch(query.search);
    return query;
}

} // namespace

// ---- users ----

DirectoryUsersModel::DirectoryUsersModel(services::DirectoriesService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{ }

int DirectoryUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DirectoryUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Username:
        return tr("Username");
    case Groups:
        return tr("Groups");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

void DirectoryUsersModel::setQuery(const DirectoryMembersQuery &query)
{
    const DirectoryMembersQuery next = normalized(query);
    if (next == m_query && state() != State::Idle)
        return;
    m_query = next;
    reload();
    if (!m_query.search.isEmpty())
        loadAll(); // the matches may lie on any page
}

bool DirectoryUsersModel::isFiltered() const
{
    return !m_query.groupId.empty() || m_query.updatedAfter.isSet() || !m_query.search.isEmpty();
}

void DirectoryUsersModel::requestPage(const std::string &pageToken, QObject *scope)
{
    if (m_query.directoryId.empty()) {
        pageLoaded({}, 0);
        return;
    }
    services::DirectoryUserQuery filter;
    filter.directoryGroupId = m_query.groupId;
    filter.updatedAfter = m_query.updatedAfter;
    m_service->listUsers(m_query.organizationId, m_query.directoryId, filter, { kPageSize, pageToken }, scope,
                         [this](api::Result<entities::Page<DirectoryUser>> page) {
                             if (page && !m_query.search.isEmpty())
                                 page.value().totalSize
                                     = kUnknownTotal; // the server counts before the search
                             pageReceived(std::move(page));
                         });
}

void DirectoryUsersModel::skipRepeated(std::vector<DirectoryUser> &items)
{
    if (m_query.search.isEmpty())
        return;
    std::erase_if(items, [this](const DirectoryUser &u) {
        return !anyContains({ fullName(u), text(u.email), text(u.preferredUsername), text(u.id) },
                            m_query.search);
    });
}

QVariant DirectoryUsersModel::entityData(int row, int column, int role) const
{
    const DirectoryUser &u = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(u.id);
    if (role == JsonRole)
        return entityJson(u);
    if (role == Qt::ToolTipRole && column == Updated)
        return QString::fromStdString(u.updatedAt.toRfc3339());
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case Name:
        return fullName(u);
    case Email:
        return text(u.email);
    case Username:
        return text(u.preferredUsername);
    case Groups:
        return groupNames(u);
    case Updated:
        return role == RawValueRole ? timestampSortKey(u.updatedAt) : QVariant(formatTimestamp(u.updatedAt));
    default:
        return {};
    }
}

// ---- groups ----

DirectoryGroupsModel::DirectoryGroupsModel(services::DirectoriesService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{ }

int DirectoryGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DirectoryGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Group");
    case Members:
        return tr("Members");
    case Updated:
        return tr("Updated");
    case Id:
        return tr("ID");
    default:
        return {};
    }
}

void DirectoryGroupsModel::setQuery(const DirectoryMembersQuery &query)
{
    DirectoryMembersQuery next = normalized(query);
    next.groupId.clear();
    if (next == m_query && state() != State::Idle)
        return;
    m_query = next;
    reload();
    if (!m_query.search.isEmpty())
        loadAll();
}

void DirectoryGroupsModel::requestPage(const std::string &pageToken, QObject *scope)
{
    if (m_query.directoryId.empty()) {
        pageLoaded({}, 0);
        return;
    }
    services::DirectoryGroupQuery filter;
    filter.updatedAfter = m_query.updatedAfter;
    m_service->listGroups(m_query.organizationId, m_query.directoryId, filter, { kPageSize, pageToken },
                          scope, [this](api::Result<entities::Page<DirectoryGroup>> page) {
                              if (page && !m_query.search.isEmpty())
                                  page.value().totalSize = kUnknownTotal;
                              pageReceived(std::move(page));
                          });
}

void DirectoryGroupsModel::skipRepeated(std::vector<DirectoryGroup> &items)
{
    if (m_query.search.isEmpty())
        return;
    std::erase_if(items, [this](const DirectoryGroup &g) {
        return !anyContains({ text(g.displayName), text(g.id) }, m_query.search);
    });
}

QVariant DirectoryGroupsModel::entityData(int row, int column, int role) const
{
    const DirectoryGroup &g = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(g.id);
    if (role == JsonRole)
        return entityJson(g);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case Name:
        return text(g.displayName);
    case Members:
        return g.totalUsers;
    case Updated:
        return role == RawValueRole ? timestampSortKey(g.updatedAt) : QVariant(formatTimestamp(g.updatedAt));
    case Id:
        return text(g.id);
    default:
        return {};
    }
}

} // namespace sk::models
