#include "ui/roles/permissionspage.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "models/roles/permissionsmodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/rolesservice.h"
#include "ui/roles/permissiondialog.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourcetableview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

using models::PagedTableModel;
using models::PermissionsModel;
using services::EnvironmentStatus;

PermissionsPage::PermissionsPage(services::Services *services, EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_status(status)
    , m_model(new PermissionsModel(&services->roles(), this))
    , m_view(new ResourceTableView(QStringLiteral("permissions"), this))
    , m_new(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New permission…"), this))
    , m_edit(new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit…"), this))
    , m_delete(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete…"), this))
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("permissionsPage"));
    m_new->setObjectName(QStringLiteral("newPermission"));
    m_edit->setObjectName(QStringLiteral("editPermission"));
    m_delete->setObjectName(QStringLiteral("deletePermission"));
    m_view->setObjectName(QStringLiteral("permissionsView"));
    m_view->setPagedModel(m_model);
    m_view->setDefaultColumnWidths({200, 320, 100, 130, 130});
    m_banner->setObjectName(QStringLiteral("permissionsBanner"));
    m_banner->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_new, &QPushButton::clicked, this, &PermissionsPage::openCreateDialog);
    connect(m_edit, &QPushButton::clicked, this, &PermissionsPage::openEditDialog);
    connect(m_delete, &QPushButton::clicked, this, &PermissionsPage::deleteCurrent);
    connect(m_view, &ResourceTableView::openRequested, this, &PermissionsPage::openEditDialog);
    connect(m_view, &ResourceTableView::refreshRequested, this, &PermissionsPage::refresh);
    connect(m_view, &ResourceTableView::currentSourceRowChanged, this, &PermissionsPage::updateActions);
    connect(m_model, &PagedTableModel::stateChanged, this, [this] {
        m_summary->setText(m_model->summaryText(false, tr("permission"), tr("permissions")));
    });
    connect(this, &PermissionsPage::permissionsChanged, m_banner, &QWidget::hide);
    connect(m_status, &EnvironmentStatus::writableChanged, this, &PermissionsPage::updateActions);
    connect(m_status, &EnvironmentStatus::connectionChanged, this, &PermissionsPage::onConnectionChanged);
    connect(m_status, &EnvironmentStatus::environmentChanged, this, [this] {
        m_loadedOnce = false;
        onConnectionChanged();
    });
    onConnectionChanged();
}

void PermissionsPage::onConnectionChanged()
{
    if (m_status->connection() == EnvironmentStatus::Connection::Connected && !m_loadedOnce) {
        m_loadedOnce = true;
        m_model->reload();
    }
    updateActions();
}

void PermissionsPage::refresh()
{
    m_model->reload();
}

void PermissionsPage::updateActions()
{
    const bool writable = m_status->canWrite();
    const entities::Permission *permission = m_model->permissionAt(m_view->currentSourceRow());
    const bool own = permission && !permission->isScalekitPermission;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && own);
    m_delete->setEnabled(writable && own);
}

void PermissionsPage::openCreateDialog()
{
    if (!m_status->canWrite())
        return;
    auto *dialog = new PermissionDialog(m_services, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PermissionDialog::saved, this, [this] {
        m_model->reload();
        emit permissionsChanged();
    });
    dialog->open();
}

void PermissionsPage::openEditDialog()
{
    const entities::Permission *permission = m_model->permissionAt(m_view->currentSourceRow());
    if (!permission || !m_edit->isEnabled())
        return;
    auto *dialog = new PermissionDialog(m_services, *permission, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PermissionDialog::saved, this, [this](const entities::Permission &saved) {
        m_model->updatePermission(saved);
        emit permissionsChanged();
    });
    dialog->open();
}

void PermissionsPage::deleteCurrent()
{
    const entities::Permission *permission = m_model->permissionAt(m_view->currentSourceRow());
    if (!permission || !m_delete->isEnabled())
        return;
    const QString name = QString::fromStdString(permission->name);
    if (!ConfirmByTypingDialog::confirmWrite(
            this, *m_status, tr("Delete permission"),
            tr("Delete the permission %1? Every role that grants it loses it.").arg(name), name,
            tr("Delete")))
        return;
    m_delete->setEnabled(false);
    m_services->roles().removePermission(permission->name, this, [this, name](api::Result<api::Empty> result) {
        if (!result) {
            m_banner->showMessage(MessageBanner::Level::Danger,
                                  tr("Could not delete %1: %2").arg(name, result.error().describe()));
            m_banner->show();
            updateActions();
            return;
        }
        m_model->reload();
        emit permissionsChanged();
    });
}

} // namespace sk::ui
