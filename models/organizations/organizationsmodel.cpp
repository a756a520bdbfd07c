#include "models/organizations/organizationsmodel.h"

#include "models/core/displayformat.h"
#include "models/core/listquery.h"


namespace sk::models {

using entities::Organization;
using namespace listquery;

OrganizationsModel::OrganizationsModel(services::OrganizationsService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{
}

int OrganizationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName: return tr("Name");
    case Id: return tr("ID");
    case ExternalId: return tr("External ID");
    case Slug: return tr("Slug");
    case Region: return tr("Region");
    case Sso: return tr("SSO");
    case DirectorySync: return tr("Directory sync");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    default: return {};
    }
}

void OrganizationsModel::setSearch(const QString &text)
{
    const QString effective = effectiveSearch(text);
    if (effective == m_search && state() != State::Idle)
        return;
    m_search = effective;
    reload();
}

bool OrganizationsModel::looksLikeOrganizationId(const QString &text)
{
    return looksLikeId(text, u"org_");
}

int OrganizationsModel::exactMatchRow() const
{
    return m_exactId ? rowOf(*m_exactId) : -1;
}

void OrganizationsModel::insertOrganization(const Organization &organization)
{
    if (rowOf(organization.id) >= 0) {
        updateOrganization(organization);
        return;
    }
    insertEntity(0, organization);
}

void OrganizationsModel::skipRepeated(std::vector<Organization> &items)
{
    if (m_exactId)
        std::erase_if(items, [this](const Organization &org) { return org.id == *m_exactId && rowOf(org.id) >= 0; });
}

void OrganizationsModel::requestPage(const std::string &pageToken, QObject *scope)
{
    if (m_search.isEmpty()) {
        m_service->list({kPageSize, pageToken}, {}, scope, appendPage());
        return;
    }
    if (looksLikeOrganizationId(m_search))
        return requestById(m_search.toStdString(), scope);
    if (!pageToken.empty())
        return requestSearch(pageToken, scope);

    // First page of a search: the exact external-ID match first, then the name search, both
    // under the page's scope (stopping the page stops whichever is running).
    m_service->getByExternalId(m_search.toStdString(), scope, [this, scope](api::Result<Organization> result) {
        if (result) {
            m_exactId = result.value().id;
            std::vector<Organization> items{result.value()};
            appendEntities(items);
            emit exactMatchFound(text(*m_exactId));
        } else if (result.error().kind == api::ApiError::Kind::Cancelled) {
            return pageFailed(result.error());
        }
        requestSearch({}, scope); // not found (or failed): the search alone
    });
}

void OrganizationsModel::requestById(const std::string &id, QObject *scope)
{
    m_service->get(id, scope, [this, id](api::Result<Organization> result) {
        if (!result && result.error().httpStatus != 404)
            return pageFailed(result.error());
        entities::Page<Organization> page;
        if (result) {
            m_exactId = id;
            page.items.push_back(result.value());
        }
        appendEntities(page.items);
        pageLoaded({}, int(page.items.size()));
        if (m_exactId)
            emit exactMatchFound(text(*m_exactId));
    });
}

void OrganizationsModel::requestSearch(const std::string &pageToken, QObject *scope)
{
    m_service->search(m_search.toStdString(), {kSearchPageSize, pageToken}, scope,
                      [this](api::Result<entities::Page<Organization>> result) {
                          if (result && m_exactId && result.value().totalSize >= 0)
                              ++result.value().totalSize; // the exact match listed first
                          pageReceived(std::move(result));
                      });
}

QVariant OrganizationsModel::entityData(int row, int column, int role) const
{
    const Organization &org = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(org.id);
    if (role == JsonRole)
        return entityJson(org);
    const std::optional<bool> sso = org.settings.featureEnabled(entities::features::kSso);
    const std::optional<bool> dirSync = org.settings.featureEnabled(entities::features::kDirSync);
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (column) {
        case DisplayName: return text(org.displayName);
        case Id: return text(org.id);
        case ExternalId: return text(org.externalId);
        case Slug: return text(org.slug);
        case Region: return text(org.regionCode.name());
        case Sso: return role == RawValueRole ? QVariant(sso.value_or(false)) : QVariant(yesNo(sso));
        case DirectorySync: return role == RawValueRole ? QVariant(dirSync.value_or(false)) : QVariant(yesNo(dirSync));
        case Created: return role == RawValueRole ? timestampSortKey(org.createTime) : QVariant(formatTimestamp(org.createTime));
        case Updated: return role == RawValueRole ? timestampSortKey(org.updateTime) : QVariant(formatTimestamp(org.updateTime));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && (column == Created || column == Updated)) {
        const auto &ts = column == Created ? org.createTime : org.updateTime;
        return QString::fromStdString(ts.toRfc3339());
    }
    return {};
}

void OrganizationsModel::clearEntities()
{
    m_exactId.reset();
    EntityTableModel::clearEntities();
}

} // namespace sk::models
