#pragma once

#include "ui/consoletabs.h"

#include <QStackedWidget>

namespace sk::services {
class EnvironmentStatus;
}

namespace sk::ui {

class EmptyStateWidget;

// What every tab does with the environment: its designed empty state until an environment is
// connected, then its content. loadRequested() fires the first time the environment is
// connected (load the rows then); environmentReset() fires when another environment is
// chosen (forget the last one's rows, searches and selection) before the next load.
class TabFrame : public QStackedWidget
{
    Q_OBJECT

public:
    TabFrame(TabId tab, services::EnvironmentStatus *status, QWidget *content, QWidget *parent = nullptr);

    // True once this environment's content has been asked to load.
    bool hasLoaded() const { return m_loaded; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    // Starts watching the environment (call once the tab's own connections are made).
    void start();

signals:
    void loadRequested();
    void environmentReset();

private:
    void onConnectionChanged();

    services::EnvironmentStatus *m_status;
    EmptyStateWidget *m_empty;
    bool m_loaded = false;
};

} // namespace sk::ui
