#include "models/connections/connectionsmodel.h"

#include "models/connections/connectionformat.h"
#include "models/core/displayformat.h"

namespace sk::models {

using entities::ListConnection;
namespace cf = connectionformat;

bool ConnectionsFilter::matches(const ListConnection &c) const
{
    if (!search.provider.empty() && c.provider.name() != search.provider)
        return false;
    if (search.status && c.status.name() != search.status->name())
        return false;
    if (search.connectionType && c.type.name() != search.connectionType->name())
        return false;
    if (search.enabled && c.enabled != *search.enabled)
        return false;
    if (search.query.empty())
        return true;
    const QString query = QString::fromStdString(search.query);
    return text(c.id) == query || text(c.organizationName).contains(query, Qt::CaseInsensitive)
        || text(c.organizationId) == query;
}

ConnectionsModel::ConnectionsModel(services::ConnectionsService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{ }

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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
    case Domains:
        return tr("Domains");
    case Created:
        return tr("Created");
    case Id:
        return tr("ID");
    default:
        return {};
    }
}

void ConnectionsModel::setFilter(const ConnectionsFilter &filter)
{
    m_filter = filter;
    reload();
}

void ConnectionsModel::updateFrom(const entities::Connection &connection)
{
    const int row = rowOf(connection.id);
    if (row < 0)
        return;
    ListConnection item = m_rows[std::size_t(row)];
    item.enabled = connection.enabled;
    item.status = connection.status;
    item.provider = connection.provider;
    item.type = connection.type;
    item.domains.clear();
    for (const entities::Domain &d : connection.domains)
        item.domains.push_back(d.domain);
    replaceEntity(item);
}

void ConnectionsModel::setEnabled(const std::string &id, bool enabled)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    ListConnection item = m_rows[std::size_t(row)];
    item.enabled = enabled;
    replaceEntity(item);
}

void ConnectionsModel::requestPage(const std::string &pageToken, QObject *scope)
{
    if (!m_filter.organizationId.empty()) {
        services::ConnectionFilter byOrganization { m_filter.organizationId, {}, {} };
        m_service->list(byOrganization, scope, [this](api::Result<std::vector<ListConnection>> result) {
            if (result)
                std::erase_if(result.value(),
                              [this](const ListConnection &c) { return !m_filter.matches(c); });
            appendWhole()(std::move(result));
        });
        return;
    }
    if (m_filter.hasSearch())
        m_service->searchOrganizationConnections(m_filter.search, { kPageSize, pageToken }, scope,
                                                 appendPage());
    else
        m_service->listOrganizationConnections({ kPageSize, pageToken }, scope, appendPage());
}

QVariant ConnectionsModel::entityData(int row, int column, int role) const
{
    const ListConnection &c = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(c.id);
    if (role == JsonRole)
        return entityJson(c);
    if (column == Status || column == Enabled) {
        const StatusBadge badge = column == Status ? cf::statusBadge(c.status) : cf::enabledBadge(c.enabled);
        switch (role) {
        case Qt::DisplayRole:
            return badge.text;
        case Qt::ToolTipRole:
            return badge.tooltip;
        case BadgeRole:
            return QVariant::fromValue(badge);
        case RawValueRole:
            return column == Status ? text(c.status.name()) : QVariant(c.enabled);
        default:
            return {};
        }
    }
    if (role == kProviderKeyRole) // the delegate draws ui/widgets/providericon's tile for it
        return column == Provider ? text(c.provider.name()) : QVariant();
    if (column == Created && role == RawValueRole)
        return timestampSortKey(c.createdAt);
    if (role == Qt::ToolTipRole && column == Organization)
        return text(c.organizationId);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case Organization:
        return c.organizationName.empty() ? text(c.organizationId) : text(c.organizationName);
    case Provider:
        return cf::providerName(c.provider);
    case Type:
        return cf::typeName(c.type);
    case Domains: {
        QStringList domains;
        for (const std::string &d : c.domains)
            domains << text(d);
        return domains.join(QStringLiteral(", "));
    }
    case Created:
        return formatTimestamp(c.createdAt);
    case Id:
        return text(c.id);
    default:
        return {};
    }
}

} // namespace sk::models
