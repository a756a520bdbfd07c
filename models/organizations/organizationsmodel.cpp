#include "models/organizations/organizationsmodel.h"

#include "models/core/displayformat.h"

namespace sk::models {

using entities::Organization;

OrganizationsModel::OrganizationsModel(api::ApiClient *client, QObject *parent)
    : PagedTableModel(parent)
    , m_service(client)
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
    const QString trimmed = text.trimmed();
    const QString effective = trimmed.size() >= kMinSearchLength ? trimmed : QString();
    if (effective == m_search && state() != State::Idle)
        return;
    m_search = effective;
    reload();
}

const Organization *OrganizationsModel::organizationAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[std::size_t(row)];
}

void OrganizationsModel::updateOrganization(const Organization &organization)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == organization.id) {
            m_rows[i] = organization;
            entityChanged(int(i));
            return;
        }
    }
}

api::ApiCall *OrganizationsModel::requestPage(const std::string &pageToken)
{
    auto done = [this](api::Result<entities::Page<Organization>> result) {
        if (!result) {
            pageFailed(result.error());
            return;
        }
        auto &page = result.value();
        if (!page.items.empty()) {
            beginAppend(int(page.items.size()));
            std::move(page.items.begin(), page.items.end(), std::back_inserter(m_rows));
            endAppend();
        }
        pageLoaded(page.nextPageToken, page.totalSize);
    };
    if (!m_search.isEmpty())
        return m_service.search(m_search.toStdString(), {kSearchPageSize, pageToken}, this, std::move(done));
    return m_service.list({kPageSize, pageToken}, {}, this, std::move(done));
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
    m_rows.clear();
}

} // namespace sk::models
