#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/organizationclientsservice.h"

namespace sk::models {

// One organization's API (M2M) clients, a page at a time. The API never lists plain secrets,
// only their suffixes; the model holds nothing secret.
class OrganizationClientsModel : public EntityTableModel<entities::M2MClient, &entities::M2MClient::clientId>
{
    Q_OBJECT

public:
    enum Column { Name, ClientId, Description, Scopes, Secrets, Expiry, Created, Updated, ColumnCount };

    explicit OrganizationClientsModel(services::OrganizationClientsService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setOrganization(const QString &organizationId); // reloads when it changes
    QString organizationId() const { return m_organizationId; }

    const entities::M2MClient *clientAt(int row) const { return entityAt(row); }
    int rowOfClient(const QString &clientId) const { return rowOf(clientId); } // -1 if not loaded
    // Replaces the row holding client.clientId, if loaded (after an edit or a secret change).
    void updateClient(const entities::M2MClient &client) { replaceEntity(client); }

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;

private:
    services::OrganizationClientsService *m_service;
    QString m_organizationId;
};

} // namespace sk::models
