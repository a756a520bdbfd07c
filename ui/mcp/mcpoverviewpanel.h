#pragma once

#include <QTabWidget>

class QLabel;
class QTableView;
class QToolBar;
class QToolButton;

namespace sk::models {
class McpConfigsModel;
class McpReadinessOverview;
} // namespace sk::models

namespace sk::ui {

class ReadinessMatrixView;

// The top of the MCP tab, two pages:
// - Readiness: users by connections, each cell the user's account status on that connection
//   (ReadinessMatrixView), counted in the background over every instance, with progress, Stop
//   and Recount, a legend and the totals (instances and users ready or blocked);
// - Configs: every MCP config with its connections and tool counts and how many instances use
//   it, with the tab's config actions above it.
class McpOverviewPanel : public QTabWidget
{
    Q_OBJECT

public:
    enum Page { ReadinessPage, ConfigsPage };

    McpOverviewPanel(models::McpReadinessOverview *overview, models::McpConfigsModel *configs,
                     QWidget *parent = nullptr);

    ReadinessMatrixView *matrix() const { return m_matrix; }
    QTableView *configsView() const { return m_configs; }
    QToolBar *configsToolBar() const { return m_configsBar; }
    QLabel *progressLabel() const { return m_progress; }
    QToolButton *stopButton() const { return m_stop; }
    QToolButton *recountButton() const { return m_recount; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateProgress();
    QWidget *legend();
    void paintSwatches();

    models::McpReadinessOverview *m_overview;
    ReadinessMatrixView *m_matrix;
    QTableView *m_configs;
    QToolBar *m_configsBar;
    QLabel *m_progress;
    QToolButton *m_stop;
    QToolButton *m_recount;
    QList<QLabel *> m_swatches;
};

} // namespace sk::ui
