#pragma once

#include "ui/widgets/resourcepage.h"

class QComboBox;

namespace sk::entities {
struct ListConnection;
}
namespace sk::models {
class ConnectionsModel;
}
namespace sk::services {
class Services;
}

namespace sk::ui {

class AuthLogsWindow;
class ConnectionDetailPane;
class OrganizationFilter;
class SsoRoutePanel;

// The SSO Connections tab: every organization's SSO connection at a glance (organization,
// provider, type, status, enabled, domains), filtered by provider, type, status, enabled and
// organization, searched by organization name or connection ID; the detail pane shows the IdP
// and SP settings. Above the table, "Which connection will this email use?". Actions: enable
// or disable (the organization named in the confirmation), delete (typed confirmation in
// production), open the test-connection URL, set the domains, copy as JSON (secrets masked),
// and the environment's sign-in logs (a window, filtered to the selection).
// Keys: Ctrl+E enable/disable, Ctrl+T test, Ctrl+D domains, Ctrl+Shift+J copy JSON,
// Ctrl+G sign-in logs, Del delete, F5 refresh.
class ConnectionsTab : public ResourcePage
{
    Q_OBJECT

public:
    ConnectionsTab(services::Services *services, services::EnvironmentStatus *status,
                   QWidget *parent = nullptr);

    models::ConnectionsModel *model() const { return m_model; }
    ConnectionDetailPane *detail() const { return m_detail; }
    SsoRoutePanel *routePanel() const { return m_route; }
    OrganizationFilter *organizationFilter() const { return m_organizations; }
    QComboBox *providerFilter() const { return m_provider; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *enabledFilter() const { return m_enabled; }
    QAction *toggleAction() const { return m_toggle; }
    QAction *testAction() const { return m_test; }
    QAction *domainsAction() const { return m_domains; }
    QAction *copyJsonAction() const { return m_copyJson; }
    QAction *deleteAction() const { return m_delete; }
    QAction *logsAction() const { return m_logs; }
    AuthLogsWindow *logsWindow() const { return m_logsWindow; }

    void refresh() override;
    void showOrganization(const QString &organizationId, const QString &displayName) override;
    // Filters to the organization and selects the connection once listed.
    void showConnection(const QString &organizationId, const QString &connectionId);

    void toggleSelected();
    void testSelected();
    void domainsForSelected();
    void copySelectedJson();
    void deleteSelected();
    // The sign-in logs window, filtered to the selected connection when there is one.
    void showLogs();

protected:
    void onLoadRequested() override;
    void onEnvironmentReset() override;
    void onSearchChanged(const QString &text) override;
    void onCurrentRowChanged(int row) override;
    void updateActions() override;
    bool isSearching() const override;

private:
    void applyFilter();
    const entities::ListConnection *selected() const;
    QString organizationOf(const entities::ListConnection &c) const;

    services::Services *m_services;
    models::ConnectionsModel *m_model;
    ConnectionDetailPane *m_detail;
    SsoRoutePanel *m_route;
    OrganizationFilter *m_organizations;
    QComboBox *m_provider;
    QComboBox *m_type;
    QComboBox *m_statusFilter;
    QComboBox *m_enabled;
    QAction *m_toggle = nullptr;
    QAction *m_test = nullptr;
    QAction *m_domains = nullptr;
    QAction *m_copyJson = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_logs = nullptr;
    AuthLogsWindow *m_logsWindow = nullptr;
    bool m_busy = false;
};

} // namespace sk::ui
