#include "ui/roles/roleswindow.h"

#include "ui/roles/permissionspage.h"
#include "ui/roles/rolespage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace sk::ui {

RolesWindow::RolesWindow(services::Services *services, services::EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_tabs(new QTabWidget(this))
    , m_roles(new RolesPage(services, status, this))
    , m_permissions(new PermissionsPage(services, status, this))
{
    setObjectName(QStringLiteral("rolesWindow"));
    setWindowTitle(tr("Roles and permissions"));
    m_tabs->addTab(m_roles, QIcon(QStringLiteral(":/icons/users.svg")), tr("Roles"));
    m_tabs->addTab(m_permissions, QIcon(QStringLiteral(":/icons/key.svg")), tr("Permissions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);
    // Deleting a permission takes it from every role; creating one changes nothing shown there.
    connect(m_permissions, &PermissionsPage::permissionsChanged, m_roles, &RolesPage::refresh);
    resize(1100, 640);
}

void RolesWindow::showOrganization(const QString &organizationId, const QString &displayName)
{
    m_tabs->setCurrentWidget(m_roles);
    m_roles->showOrganization(organizationId, displayName);
}

void RolesWindow::showPermissions()
{
    m_tabs->setCurrentWidget(m_permissions);
}

} // namespace sk::ui
