#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/sessionsservice.h"

#include <QHash>

namespace sk::models {

// One user's sessions (GET /users/{id}/sessions), a page at a time, newest pages as the
// server sends them. Without a user the model is empty. Revoking updates rows in place.
class SessionsModel : public EntityTableModel<entities::SessionDetails, &entities::SessionDetails::sessionId>
{
    Q_OBJECT

public:
    enum Column { Device, Location, Ip, Status, Organization, LastActive, Expires, Created, ColumnCount };
    static constexpr int kPageSize = 50;

    explicit SessionsModel(services::SessionsService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reloads for another user (empty: no rows).
    void setUserId(const QString &userId);
    // Organization ID -> display name, for the Organization column (IDs without a name show as is).
    void setOrganizationNames(const QHash<QString, QString> &names);
    QString userId() const { return m_userId; }

    const entities::SessionDetails *sessionAt(int row) const { return entityAt(row); }
    int activeCount() const;
    // After a revoke: the server's view of the session replaces the row's status and times.
    void applyRevoked(const entities::RevokedSession &revoked);

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;

private:
    services::SessionsService *m_service;
    QString m_userId;
    QHash<QString, QString> m_organizationNames;
};

} // namespace sk::models
