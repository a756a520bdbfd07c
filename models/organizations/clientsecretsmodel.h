#pragma once

#include "services/entities/organizationclient.h"

#include <QAbstractTableModel>

#include <vector>

namespace sk::models {

// The secrets of one API client for the clients dialog: suffix, status, created, last used,
// expiry and who created it. Plain secret values are never kept here.
class ClientSecretsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Suffix, Status, Created, LastUsed, Expires, CreatedBy, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit ClientSecretsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSecrets(std::vector<entities::ClientSecret> secrets); // plain values are dropped
    const entities::ClientSecret *secretAt(int row) const;

private:
    std::vector<entities::ClientSecret> m_rows;
};

} // namespace sk::models
