#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace sk::models {
class AccountsOverview;
}

namespace sk::ui {

class ExpiryTimeline;
class StatusCounts;
class StatusHeatmap;

// The top of the AgentKit tab: how many connected accounts are in each status (clickable), a
// heatmap of connections by status, and the token-expiry timeline over the next 30 days. It
// follows an AccountsOverview that pages every account in the background: the line above the
// pictures shows its progress, with Stop while it fills and Refresh after.
class AgentKitOverviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AgentKitOverviewPanel(models::AccountsOverview *overview, QWidget *parent = nullptr);

    StatusCounts *counts() const { return m_counts; }
    StatusHeatmap *heatmap() const { return m_heatmap; }
    ExpiryTimeline *timeline() const { return m_timeline; }
    QLabel *progressLabel() const { return m_progress; }
    QToolButton *stopButton() const { return m_stop; }

private:
    void updateProgress();

    models::AccountsOverview *m_overview;
    StatusCounts *m_counts;
    StatusHeatmap *m_heatmap;
    ExpiryTimeline *m_timeline;
    QLabel *m_progress;
    QToolButton *m_stop;
    QToolButton *m_refresh;
};

} // namespace sk::ui
