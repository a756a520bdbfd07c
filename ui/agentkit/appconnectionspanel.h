#pragma once

#include <QWidget>

class QLabel;

namespace sk::models {
class AccountsSummary;
class AppConnectionsModel;
} // namespace sk::models
namespace sk::services {
class EnvironmentStatus;
class Services;
} // namespace sk::services

namespace sk::ui {

class AppConnectionDetail;
class MessageBanner;
class ResourceTableView;

// The environment's AgentKit connections: a table (name with the provider's icon, auth type,
// enabled, whose credentials, scopes, a bar of its connected accounts by status and how many
// need attention) beside the selected connection's detail, with Enable/Disable. "Show
// accounts" and "Tools" hand the connection's name to the rest of the AgentKit tab.
class AppConnectionsPanel : public QWidget
{
    Q_OBJECT

public:
    AppConnectionsPanel(services::Services *services, services::EnvironmentStatus *status,
                        QWidget *parent = nullptr);

    models::AppConnectionsModel *model() const { return m_model; }
    ResourceTableView *view() const { return m_view; }
    AppConnectionDetail *detail() const { return m_detail; }
    MessageBanner *banner() const { return m_banner; }

    void reload();
    void clear();
    void setSummary(const models::AccountsSummary &summary);
    // Enables or disables the selected connection (after a confirmation).
    void setSelectedEnabled(bool enable);

signals:
    void showAccountsRequested(const QString &connectionName);
    void toolsRequested(const QString &connectionName);

private:
    void showSelected();
    void updateSummaryLine();

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    models::AppConnectionsModel *m_model;
    ResourceTableView *m_view;
    AppConnectionDetail *m_detail;
    MessageBanner *m_banner;
    QLabel *m_summary;
};

} // namespace sk::ui
