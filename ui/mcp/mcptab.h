#pragma once

#include "ui/widgets/resourcepage.h"

class QComboBox;
class QLineEdit;
class QTimer;

namespace sk::entities {
struct McpConfig;
struct McpInstance;
} // namespace sk::entities
namespace sk::models {
class McpConfigsModel;
class McpInstancesModel;
class McpReadinessOverview;
} // namespace sk::models
namespace sk::services {
class Services;
}

namespace sk::ui {

class McpInstanceDetailPane;
class McpOverviewPanel;

// The MCP tab: per-user MCP instances and why one is not ready. On top, the readiness matrix
// (users by connections, counted over every instance in the background; a click opens that
// user's instance) and the configs. The table lists instances with server-side filters (user
// identifier, config, name) and a readiness badge; the detail pane shows the instance URL
// (masked) and the auth-state grid with the links that fix it.
// Keys: Ctrl+N ensure instance, Ctrl+E rename/switch config, Del delete, F5 refresh.
class McpTab : public ResourcePage
{
    Q_OBJECT

public:
    McpTab(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    models::McpInstancesModel *model() const { return m_model; }
    models::McpConfigsModel *configs() const { return m_configs; }
    models::McpReadinessOverview *overview() const { return m_overview; }
    McpOverviewPanel *overviewPanel() const { return m_panel; }
    McpInstanceDetailPane *detail() const { return m_detail; }
    QLineEdit *userFilter() const { return m_user; }
    QComboBox *configFilter() const { return m_config; }
    QLineEdit *nameFilter() const { return m_name; }
    QAction *ensureAction() const { return m_ensure; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *newConfigAction() const { return m_newConfig; }
    QAction *editConfigAction() const { return m_editConfig; }
    QAction *deleteConfigAction() const { return m_deleteConfig; }

    void refresh() override;
    // Shows one user's instances and opens the given one (a matrix click).
    void openInstance(const QString &instanceId, const QString &user);

    void ensureInstance();
    void editSelected();
    void deleteSelected();
    void newConfig();
    void editConfig();
    void deleteConfig();

protected:
    void onLoadRequested() override;
    void onEnvironmentReset() override;
    void onCurrentRowChanged(int row) override;
    void updateActions() override;
    bool isSearching() const override;

private:
    void applyFilter();
    void fillConfigFilter();
    QStringList configNames() const;
    const entities::McpInstance *selected() const;
    const entities::McpConfig *selectedConfig() const;
    void instanceChanged(const entities::McpInstance &instance);
    void authStateLoaded();

    services::Services *m_services;
    models::McpInstancesModel *m_model;
    models::McpConfigsModel *m_configs;
    models::McpReadinessOverview *m_overview;
    McpOverviewPanel *m_panel;
    McpInstanceDetailPane *m_detail;
    QLineEdit *m_user;
    QComboBox *m_config;
    QLineEdit *m_name;
    QTimer *m_filterDelay;
    QAction *m_ensure = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_newConfig = nullptr;
    QAction *m_editConfig = nullptr;
    QAction *m_deleteConfig = nullptr;
    bool m_busy = false;
};

} // namespace sk::ui
