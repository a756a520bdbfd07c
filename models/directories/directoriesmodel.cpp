#include "models/directories/directoriesmodel.h"

#include "models/core/displayformat.h"
#include "models/core/listquery.h"
#include "models/directories/directoryformat.h"
#include "services/resources/organizationsservice.h"

namespace sk::models {

using entities::Directory;
namespace format = directoryformat;

// One page of organizations being scanned for directories; results are kept in the
// organizations' order whatever order the answers come in.
struct DirectoriesModel::Scan
{
    std::vector<std::string> organizationIds;
    std::vector<std::vector<Directory>> found;
    std::size_t next = 0;
    int inFlight = 0;
    std::string nextPageToken;
    std::optional<api::ApiError> error;
};

DirectoriesModel::DirectoriesModel(services::DirectoriesService *directories,
                                   services::OrganizationsService *organizations, QObject *parent)
    : EntityTableModel(parent)
    , m_directories(directories)
    , m_organizations(organizations)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

int DirectoriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DirectoriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Organization:
        return tr("Organization");
    case Provider:
        return tr("Provider");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Enabled:
        return tr("Enabled");
    case Users:
        return tr("Users");
    case Groups:
        return tr("Groups");
    case LastSynced:
        return tr("Last synced");
    default:
        return {};
    }
}

void DirectoriesModel::setOrganization(const QString &organizationId, const QString &organizationName,
                                       bool force)
{
    if (!organizationId.isEmpty() && !organizationName.isEmpty())
        m_organizationNames.insert(organizationId, organizationName);
    if (organizationId == m_organizationId && !force && state() != State::Idle)
        return;
    m_organizationId = organizationId;
    reload();
}

QString DirectoriesModel::organizationName(const std::string &organizationId) const
{
    return m_organizationNames.value(text(organizationId));
}

void DirectoriesModel::requestPage(const std::string &pageToken, QObject *scope)
{
    if (!isEnvironmentWide()) {
        m_directories->list(m_organizationId.toStdString(), scope, appendWhole());
        return;
    }
    m_scanned = m_scannedCommitted; // a page stopped midway is scanned again from its start
    scanOrganizations(pageToken, scope);
}

void DirectoriesModel::scanOrganizations(const std::string &pageToken, QObject *scope)
{
    m_organizations->list({ listquery::kPageSize, pageToken }, {}, scope,
                          [this, scope](api::Result<entities::Page<entities::Organization>> result) {
                              if (!isCurrentScope(scope))
                                  return;
                              if (!result) {
                                  m_scanned = m_scannedCommitted;
                                  return pageFailed(result.error());
                              }
                              auto scan = std::make_shared<Scan>();
                              scan->nextPageToken = result.value().nextPageToken;
                              if (result.value().totalSize >= 0)
                                  m_organizationsTotal = result.value().totalSize;
                              for (const auto &org : result.value().items) {
                                  m_organizationNames.insert(text(org.id), text(org.displayName));
                                  scan->organizationIds.push_back(org.id);
                              }
                              scan->found.resize(scan->organizationIds.size());
                              if (scan->organizationIds.empty())
                                  return finishScan(scan, scope);
                              listNext(scan, scope);
                          });
}

void DirectoriesModel::listNext(const std::shared_ptr<Scan> &scan, QObject *scope)
{
    while (scan->inFlight < kParallelLists && scan->next < scan->organizationIds.size() && !scan->error) {
        const std::size_t index = scan->next++;
        ++scan->inFlight;
        m_directories->list(scan->organizationIds[index], scope,
                            [this, scan, scope, index](api::Result<std::vector<Directory>> result) {
                                if (!isCurrentScope(scope))
                                    return;
                                --scan->inFlight;
                                if (result)
                                    scan->found[index] = std::move(result.value());
                                else if (result.error().kind
                                         != api::ApiError::Kind::NotFound) // deleted meanwhile
                                    scan->error = result.error();
                                ++m_scanned;
                                emit scanProgress(m_scanned, m_organizationsTotal);
                                if (scan->inFlight > 0)
                                    return;
                                if (scan->error || scan->next >= scan->organizationIds.size())
                                    return finishScan(scan, scope);
                                listNext(scan, scope);
                            });
    }
}

void DirectoriesModel::finishScan(const std::shared_ptr<Scan> &scan, QObject *scope)
{
    if (scan->error) {
        m_scanned = m_scannedCommitted;
        return pageFailed(*scan->error);
    }
    std::vector<Directory> items;
    for (auto &found : scan->found)
        std::move(found.begin(), found.end(), std::back_inserter(items));
    if (items.empty() && !scan->nextPageToken.empty() && !isLoadingAll()) {
        // No directory in these organizations: go on to the next ones under the same scope, so
        // the list never stops on an empty page the view would not ask past. Nothing was kept,
        // so a stop now scans them again harmlessly.
        return scanOrganizations(scan->nextPageToken, scope);
    }
    appendEntities(items);
    m_scannedCommitted = m_scanned;
    pageLoaded(scan->nextPageToken, kUnknownTotal);
}

void DirectoriesModel::skipRepeated(std::vector<Directory> &items)
{
    m_all.insert(m_all.end(), items.begin(), items.end());
    std::erase_if(items, [this](const Directory &d) { return !matches(d); });
}

void DirectoriesModel::clearEntities()
{
    m_all.clear();
    m_scanned = 0;
    m_scannedCommitted = 0;
    m_organizationsTotal = kUnknownTotal;
    EntityTableModel::clearEntities();
}

bool DirectoriesModel::matches(const Directory &d) const
{
    if (m_filter.enabled && d.enabled != *m_filter.enabled)
        return false;
    if (m_filter.status == DirectoryFilter::kStale) {
        if (!format::isStale(d, now()))
            return false;
    } else if (!m_filter.status.isEmpty() && text(d.status) != m_filter.status) {
        return false;
    }
    if (m_filter.text.isEmpty())
        return true;
    for (const QString &field :
         { text(d.name), text(d.id), organizationName(d.organizationId), text(d.organizationId),
           format::providerText(d.directoryProvider), text(d.email) }) {
        if (field.contains(m_filter.text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void DirectoriesModel::setFilter(const DirectoryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilter();
}

void DirectoriesModel::applyFilter()
{
    // Local: drop the rows shown and put back the loaded ones that match, without a request.
    if (!m_rows.empty()) {
        beginRemoveEntities(0, int(m_rows.size()));
        m_rows.clear();
        endRemoveEntities();
    }
    std::vector<Directory> shown;
    for (const Directory &d : m_all) {
        if (matches(d))
            shown.push_back(d);
    }
    if (shown.empty())
        return;
    beginInsertEntities(0, int(shown.size()));
    m_rows = std::move(shown);
    endInsertEntities();
}

void DirectoriesModel::updateDirectory(const Directory &directory)
{
    for (Directory &d : m_all) {
        if (d.id == directory.id)
            d = directory;
    }
    replaceEntity(directory);
}

QVariant DirectoriesModel::entityData(int row, int column, int role) const
{
    const Directory &d = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(d.id);
    if (role == JsonRole)
        return entityJson(d);
    const QString orgName = organizationName(d.organizationId);
    if (role == BadgeRole) {
        if (column == Status)
            return QVariant::fromValue(format::statusBadge(d.status));
        if (column == LastSynced && format::isStale(d, now())) // a pill only when it needs a look
            return QVariant::fromValue(format::syncBadge(d, now()));
        return {};
    }
    if (role == kProviderKeyRole) // the delegate draws ui/widgets/providericon's tile for it
        return column == Provider ? format::providerKey(d.directoryProvider) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Organization:
            return text(d.organizationId);
        case Status:
            return format::statusBadge(d.status).tooltip;
        case LastSynced:
            return format::syncBadge(d, now()).tooltip;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (column) {
    case Name:
        return text(d.name);
    case Organization:
        return orgName.isEmpty() ? text(d.organizationId) : orgName;
    case Provider:
        return format::providerText(d.directoryProvider);
    case Type:
        return format::typeText(d.directoryType);
    case Status:
        return raw ? QVariant(text(d.status)) : QVariant(format::statusBadge(d.status).text);
    case Enabled:
        return raw ? QVariant(d.enabled) : QVariant(yesNo(d.enabled));
    case Users:
        return d.totalUsers;
    case Groups:
        return d.totalGroups;
    case LastSynced:
        return raw ? timestampSortKey(d.lastSyncedAt) : QVariant(format::lastSyncedText(d, now()));
    default:
        return {};
    }
}

} // namespace sk::models
