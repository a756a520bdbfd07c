#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/providersservice.h"

namespace sk::models {

// The AgentKit connector catalogue (GET /providers, type ALL): every provider an environment
// can connect to, with its auth types (from auth_patterns), categories, and whether it is a
// custom provider or not available yet.
class ProvidersModel : public EntityTableModel<entities::Provider>
{
    Q_OBJECT

public:
    enum Column { Name, Identifier, AuthTypes, Categories, Kind, Description, ColumnCount };
    static constexpr int kPageSize = 50;

    explicit ProvidersModel(services::ProvidersService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const entities::Provider *providerAt(int row) const { return entityAt(row); }
    // The auth types of auth_patterns ("OAUTH", "API_KEY", ...), as readable names.
    static QStringList authTypesOf(const entities::Provider &provider);

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;

private:
    services::ProvidersService *m_service;
};

} // namespace sk::models
