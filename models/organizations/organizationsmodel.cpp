#include "models/organizations/organizationsmodel.h"

#include "models/core/displayformat.h"
#include "models/core/listquery.h"

namespace sk::models {

using entities::Organization;
using namespace listquery;

OrganizationsModel::OrganizationsModel(services::OrganizationsService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{ }

int OrganizationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName:
        return tr("Name");
    case Id:
        return tr("ID");
    case ExternalId:
        return tr("External ID");
    case Slug:
        return tr("Slug");
    case Region:
        return tr("Region");
    case Sso:
        return tr("SSO");
    case DirectorySync:
        return tr("Directory sync");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    default:
        return {};
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
        std::erase_if(items,
                      [this](const Organization &org) { return org.id == *m_exactId && rowOf(org.id) >= 0; });
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
    m_service->getByExternalId(m_search.toStdString(), scope,
                               [this, scope](api::Result<Organization> result) {
                                   if (result) {
                                       m_exactId = result.value().id;
                                       std::vector<Organization> items {result.value()};
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
    using Codec = OrganizationRowCodec;
    const Codec::Row &org = m_rows.rowAt(std::size_t(row));
    const auto str = [this](StringArena::Ref ref) { return text(m_rows.text(ref)); };
    if (role == IdRole)
        return str(org.id);
    if (role == JsonRole)
        return entityJson(Codec::unpack(org, m_rows.arena()));
    if (role == Qt::DisplayRole || role == RawValueRole) {
        const auto feature = [&](std::string_view name) {
            const std::optional<bool> enabled = Codec::featureEnabled(org, m_rows.arena(), name);
            return role == RawValueRole ? QVariant(enabled.value_or(false)) : QVariant(yesNo(enabled));
        };
        const auto timestamp = [role](std::int64_t nanos) {
            const entities::Timestamp ts(nanos);
            return role == RawValueRole ? timestampSortKey(ts) : QVariant(formatTimestamp(ts));
        };
        switch (column) {
        case DisplayName:
            return str(org.displayName);
        case Id:
            return str(org.id);
        case ExternalId:
            return str(org.externalId);
        case Slug:
            return str(org.slug);
        case Region:
            return text(Codec::regionName(org, m_rows.arena()));
        case Sso:
            return feature(entities::features::kSso);
        case DirectorySync:
            return feature(entities::features::kDirSync);
        case Created:
            return timestamp(org.createNanos);
        case Updated:
            return timestamp(org.updateNanos);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (column == Created || column == Updated))
        return QString::fromStdString(
            entities::Timestamp(column == Created ? org.createNanos : org.updateNanos).toRfc3339());
    return {};
}

bool OrganizationsModel::rowMatches(int row, const TextMatcher &matcher) const
{
    // The same text as entityData()'s DisplayRole, column by column, cheapest first.
    using Codec = OrganizationRowCodec;
    if (matcher.isEmpty())
        return true;
    const Codec::Row &org = m_rows.rowAt(std::size_t(row));
    const StringArena &arena = m_rows.arena();
    for (const StringArena::Ref ref : {org.displayName, org.id, org.externalId, org.slug}) {
        if (matcher.matches(arena.view(ref)))
            return true;
    }
    if (matcher.memo(TextMatcher::memoKey(Region, std::uint32_t(org.region), org.regionRaw),
                     [&] { return Codec::regionName(org, arena); }))
        return true;
    for (const auto &[column, name] : {std::pair {Sso, entities::features::kSso},
                                       std::pair {DirectorySync, entities::features::kDirSync}}) {
        if (matcher.memo(TextMatcher::memoKey(column, 0, org.features),
                         [&] { return yesNo(Codec::featureEnabled(org, arena, name)); }))
            return true;
    }
    return timestampMatches(matcher, entities::Timestamp(org.createNanos))
        || timestampMatches(matcher, entities::Timestamp(org.updateNanos));
}

void OrganizationsModel::clearEntities()
{
    m_exactId.reset();
    EntityTableModel::clearEntities();
}

} // namespace sk::models
