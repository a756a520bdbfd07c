#include "ui/widgets/tabframe.h"

#include "services/core/environmentstatus.h"
#include "ui/widgets/emptystatewidget.h"

namespace sk::ui {

using services::EnvironmentStatus;

TabFrame::TabFrame(TabId tab, EnvironmentStatus *status, QWidget *content, QWidget *parent)
    : QStackedWidget(parent)
    , m_status(status)
    , m_empty(new EmptyStateWidget(this))
{
    const TabInfo &info = consoleTabs().at(int(tab));
    m_empty->setIcon(info.iconPath);
    m_empty->setTitle(info.emptyTitle);
    m_empty->setMessage(info.emptyMessage);
    addWidget(m_empty);
    addWidget(content);
}

void TabFrame::start()
{
    connect(m_status, &EnvironmentStatus::connectionChanged, this, &TabFrame::onConnectionChanged);
    connect(m_status, &EnvironmentStatus::environmentChanged, this, [this] {
        m_loaded = false; // another environment: its rows, not the last one's
        emit environmentReset();
        onConnectionChanged();
    });
    onConnectionChanged();
}

void TabFrame::onConnectionChanged()
{
    const bool connected = m_status->connection() == EnvironmentStatus::Connection::Connected;
    if (connected && !m_loaded) {
        m_loaded = true;
        setCurrentIndex(1);
        emit loadRequested();
    } else if (!connected && !m_loaded) {
        setCurrentIndex(0);
    }
}

} // namespace sk::ui
