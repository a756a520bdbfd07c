#include "models/organizations/organizationclientsmodel.h"

#include "models/core/listquery.h"

#include "models/core/displayformat.h"

#include <QStringList>

#include <algorithm>

namespace sk::models {

using entities::ClientSecretStatus;
using entities::M2MClient;

namespace {

QString joined(const std::vector<std::string> &values)
{
    QStringList out;
    for (const std::string &v : values)
        out << text(v);
    return out.join(QStringLiteral(", "));
}

int activeSecrets(const M2MClient &client)
{
    return int(std::count_if(client.secrets.begin(), client.secrets.end(), [](const entities::ClientSecret &s) {
        return s.status == ClientSecretStatus::Active;
    }));
}

} // namespace

OrganizationClientsModel::OrganizationClientsModel(services::OrganizationClientsService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{
}

int OrganizationClientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case ClientId: return tr("Client ID");
    case Description: return tr("Description");
    case Scopes: return tr("Scopes");
    case Secrets: return tr("Secrets");
    case Expiry: return tr("Token lifetime");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    default: return {};
    }
}

void OrganizationClientsModel::setOrganization(const QString &organizationId)
{
    if (organizationId == m_organizationId && state() != State::Idle)
        return;
    m_organizationId = organizationId;
    reload();
}

void OrganizationClientsModel::requestPage(const std::string &pageToken, QObject *scope)
{
    m_service->list(m_organizationId.toStdString(), {listquery::kPageSize, pageToken}, scope, appendPage());
}

QVariant OrganizationClientsModel::entityData(int row, int column, int role) const
{
    const M2MClient &c = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(c.clientId);
    if (role == JsonRole)
        return entityJson(c); // secrets are masked by type (entities::Secret)
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (column) {
        case Name: return text(c.name);
        case ClientId: return text(c.clientId);
        case Description: return text(c.description);
        case Scopes: return joined(c.scopes);
        case Secrets: {
            const int active = activeSecrets(c);
            const int all = int(c.secrets.size());
            if (role == RawValueRole)
                return all;
            return active == all ? QString::number(all) : tr("%1 (%2 active)").arg(all).arg(active);
        }
        case Expiry:
            return role == RawValueRole ? QVariant(qint64(c.expiry)) : QVariant(tr("%n s", nullptr, int(c.expiry)));
        case Created: return role == RawValueRole ? timestampSortKey(c.createTime) : QVariant(formatTimestamp(c.createTime));
        case Updated: return role == RawValueRole ? timestampSortKey(c.updateTime) : QVariant(formatTimestamp(c.updateTime));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && (column == Description || column == Scopes))
        return column == Scopes ? joined(c.scopes) : text(c.description);
    return {};
}

} // namespace sk::models
