#pragma once

#include "ui/widgets/resourcepage.h"

#include <optional>

class QComboBox;
class QTabWidget;

namespace sk::entities {
struct ConnectedAccount;
}
namespace sk::models {
class AccountsOverview;
class ConnectedAccountsModel;
class ProvidersModel;
} // namespace sk::models
namespace sk::services {
class Services;
}

namespace sk::ui {

class AgentKitOverviewPanel;
class AppConnectionsPanel;
class ConnectedAccountDetailPane;
class ResourceTableView;
class ToolsPanel;

// The AgentKit tab: who is connected to what, who is not, why, and what to send them.
// On top, four views of the environment: the overview of every connected account (counts by
// status, a heatmap of connections by status, the token-expiry timeline), counted in the
// background, where clicking a count or a heatmap cell filters the table below to it; the
// AgentKit connections (configuration, enable/disable, accounts by status); the connector
// catalogue; and the tools of a connection, runnable for a user. The table lists connected accounts with
// server-side filters (connection, search) and a status filter; the detail pane explains the
// selected account's status and offers a fresh authorization link, disconnect and delete.
// Keys: Ctrl+L authorization link, Del delete, F5 refresh (the overview is counted again).
class AgentKitTab : public ResourcePage
{
    Q_OBJECT

public:
    AgentKitTab(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    models::ConnectedAccountsModel *model() const { return m_model; }
    models::AccountsOverview *overview() const { return m_overview; }
    AgentKitOverviewPanel *overviewPanel() const { return m_panel; }
    QTabWidget *topViews() const { return m_top; }
    AppConnectionsPanel *connectionsPanel() const { return m_connections; }
    ResourceTableView *catalogueView() const { return m_catalogue; }
    models::ProvidersModel *providersModel() const { return m_providers; }
    ToolsPanel *toolsPanel() const { return m_tools; }
    ConnectedAccountDetailPane *detail() const { return m_detail; }
    QComboBox *connectionFilter() const { return m_connection; }
    QComboBox *statusFilter() const { return m_status; }
    QAction *authLinkAction() const { return m_authLink; }
    QAction *disconnectAction() const { return m_disconnect; }
    QAction *deleteAction() const { return m_delete; }
    QAction *bulkLinksAction() const { return m_bulkLinks; }

    void refresh() override;
    bool hasBackgroundWork() const override;
    // Shows the accounts of one connection in one status ("" for any), as a heatmap click does.
    void filterTo(const QString &connection, const QString &status);

    void authLinkForSelected();
    void authLinkFor(const entities::ConnectedAccount &account);
    void disconnectSelected();
    // Links for every account the table shows that is not ACTIVE (loads the rest first).
    void bulkLinks();
    void deleteSelected();
    // Shows the Tools view on this connection, running as the selected account's identifier
    // when it belongs to that connection.
    void showTools(const QString &connectionName);

protected:
    void onLoadRequested() override;
    void onEnvironmentReset() override;
    void onSearchChanged(const QString &text) override;
    void onCurrentRowChanged(int row) override;
    void updateActions() override;
    bool isSearching() const override;

private:
    void applyFilter();
    void fillConnections();
    void connectionsLoaded();
    std::optional<entities::ConnectedAccount> selected() const;

    services::Services *m_services;
    models::ConnectedAccountsModel *m_model;
    models::AccountsOverview *m_overview;
    AgentKitOverviewPanel *m_panel;
    QTabWidget *m_top;
    AppConnectionsPanel *m_connections;
    models::ProvidersModel *m_providers;
    ResourceTableView *m_catalogue;
    ToolsPanel *m_tools;
    ConnectedAccountDetailPane *m_detail;
    QComboBox *m_connection;
    QComboBox *m_status;
    QAction *m_authLink = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_bulkLinks = nullptr;
    bool m_busy = false;
};

} // namespace sk::ui
