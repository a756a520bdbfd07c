#include "ui/connections/authlogswindow.h"

#include "ui/connections/authlogdetailpane.h"
#include "ui/connections/authlogspage.h"

#include <QVBoxLayout>

namespace sk::ui {

AuthLogsWindow::AuthLogsWindow(services::Services *services, services::EnvironmentStatus *status,
                               QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_page(new AuthLogsPage(services, status, this))
{
    setObjectName(QStringLiteral("authLogsWindow"));
    setWindowTitle(tr("Sign-in logs"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    resize(1200, 700);
    connect(m_page->detail(), &AuthLogDetailPane::connectionActivated, this,
            &AuthLogsWindow::connectionActivated);
    connect(m_page->detail(), &AuthLogDetailPane::organizationActivated, this,
            &AuthLogsWindow::organizationActivated);
}

void AuthLogsWindow::filterTo(const QString &organizationId, const QString &connectionId)
{
    m_page->filterTo(organizationId, connectionId);
}

} // namespace sk::ui
