#include "models/organizations/clientsecretsmodel.h"

#include "models/core/displayformat.h"

#include <QColor>

namespace sk::models {

using entities::ClientSecret;
using entities::ClientSecretStatus;

ClientSecretsModel::ClientSecretsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ClientSecretsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientSecretsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientSecretsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Suffix: return tr("Secret");
    case Status: return tr("Status");
    case Created: return tr("Created");
    case LastUsed: return tr("Last used");
    case Expires: return tr("Expires");
    case CreatedBy: return tr("Created by");
    default: return {};
    }
}

QVariant ClientSecretsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientSecret &s = m_rows[std::size_t(index.row())];
    const bool active = s.status == ClientSecretStatus::Active;
    if (role == IdRole)
        return text(s.id);
    if (role == Qt::ForegroundRole && !active)
        return QColor(0x6b, 0x73, 0x7c);
    if (role == Qt::ToolTipRole && index.column() == Suffix)
        return tr("Only the last characters of a secret are ever shown; the full value was shown once, when it was created.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Suffix: return QString(QStringLiteral("••••") + text(s.secretSuffix));
    case Status:
        if (s.status.isUnknown())
            return text(s.status.displayName());
        return active ? tr("Active") : tr("Inactive");
    case Created: return formatTimestamp(s.createTime);
    case LastUsed: return s.lastUsedTime.isSet() ? formatTimestamp(s.lastUsedTime) : tr("Never");
    case Expires: return s.expireTime.isSet() ? formatTimestamp(s.expireTime) : tr("Never");
    case CreatedBy: return text(s.createdBy);
    default: return {};
    }
}

void ClientSecretsModel::setSecrets(std::vector<ClientSecret> secrets)
{
    beginResetModel();
    m_rows = std::move(secrets);
    for (ClientSecret &s : m_rows)
        s.plainSecret.reset();
    endResetModel();
}

const ClientSecret *ClientSecretsModel::secretAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[std::size_t(row)];
}

} // namespace sk::models
