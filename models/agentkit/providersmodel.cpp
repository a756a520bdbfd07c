#include "models/agentkit/providersmodel.h"

#include "models/agentkit/appconnectionsmodel.h"
#include "models/core/displayformat.h"

namespace sk::models {

using entities::Provider;

ProvidersModel::ProvidersModel(services::ProvidersService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{ }

int ProvidersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvidersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Provider");
    case Identifier:
        return tr("Identifier");
    case AuthTypes:
        return tr("Auth types");
    case Categories:
        return tr("Categories");
    case Kind:
        return tr("Kind");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

QStringList ProvidersModel::authTypesOf(const Provider &provider)
{
    QStringList types;
    if (!provider.authPatterns.is_array())
        return types;
    for (const auto &pattern : provider.authPatterns) {
        if (!pattern.is_object() || !pattern.contains("type") || !pattern["type"].is_string())
            continue;
        const auto type
            = entities::Enum<entities::ConnectionType>::fromRaw(pattern["type"].get<std::string>());
        const QString name = AppConnectionsModel::authTypeText(type);
        if (!types.contains(name))
            types << name;
    }
    return types;
}

void ProvidersModel::requestPage(const std::string &pageToken, QObject *scope)
{
    m_service->list({}, "ALL", {kPageSize, pageToken}, scope, appendPage());
}

QVariant ProvidersModel::entityData(int row, int column, int role) const
{
    const Provider &p = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(p.id);
    if (role == JsonRole)
        return entityJson(p);
    if (role == kProviderKeyRole)
        return column == Name ? text(p.identifier) : QVariant();
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return text(p.displayName.empty() ? p.identifier : p.displayName);
    case Identifier:
        return text(p.identifier);
    case AuthTypes:
        return authTypesOf(p).join(QStringLiteral(", "));
    case Categories: {
        QStringList categories;
        for (const std::string &c : p.categories)
            categories << QString::fromStdString(c);
        return categories.join(QStringLiteral(", "));
    }
    case Kind:
        if (p.comingSoon)
            return tr("Coming soon");
        if (p.isCustomMcp)
            return tr("Custom MCP");
        return p.isCustom ? tr("Custom") : tr("Catalogue");
    case Description:
        return text(p.description);
    default:
        return {};
    }
}

} // namespace sk::models
