#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/authlogsservice.h"

#include <QHash>

namespace sk::models {

// What the sign-in logs show: the API's filters (email, statuses, time range) and, applied
// here because the API has none, one organization and one connection.
struct AuthLogsFilter
{
    services::AuthLogFilter server;
    std::string organizationId;
    std::string connectionId;

    bool hasLocal() const { return !organizationId.empty() || !connectionId.empty(); }
    bool isFiltered() const
    {
        return hasLocal() || !server.email.empty() || !server.statuses.isEmpty() || server.startTime.isSet()
            || server.endTime.isSet();
    }
    bool matches(const entities::AuthLogRequest &log) const;
};

// The environment's authentication requests, newest first, 100 a page. With an organization
// or connection filter every page is read and only the matches are kept (the count is then
// what is loaded). Status is a badge: SUCCESS good, FAILED danger, INITIATED/PENDING pending,
// anything else "Unknown (RAW)".
class AuthLogsModel
    : public EntityTableModel<entities::AuthLogRequest, &entities::AuthLogRequest::authRequestId>
{
    Q_OBJECT

public:
    enum Column { Time, Status, Email, Organization, Connection, Workflow, Id, ColumnCount };
    static constexpr int kPageSize = 100;

    explicit AuthLogsModel(services::AuthLogsService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const AuthLogsFilter &filter); // reloads
    const AuthLogsFilter &filter() const { return m_filter; }
    const entities::AuthLogRequest *logAt(int row) const { return entityAt(row); }

    // The log carries organization IDs only: names learnt elsewhere are shown instead.
    void setOrganizationName(const std::string &organizationId, const QString &name);

    static StatusBadge statusBadge(const std::string &status);
    static QStringList statusKeys(); // INITIATED, PENDING, SUCCESS, FAILED

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;
    void skipRepeated(std::vector<entities::AuthLogRequest> &items) override;

private:
    services::AuthLogsService *m_service;
    AuthLogsFilter m_filter;
    QHash<QString, QString> m_organizationNames; // organization ID -> display name
};

} // namespace sk::models
