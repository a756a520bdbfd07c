#include "ui/organizations/organizationstab.h"

#include "models/core/displayformat.h"
#include "models/organizations/organizationsmodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/organizations/apiclientsdialog.h"
#include "ui/organizations/organizationdeletion.h"
#include "ui/organizations/organizationdetailpane.h"
#include "ui/organizations/organizationdialog.h"
#include "ui/organizations/portallinkdialog.h"
#include "ui/widgets/resourcetableview.h"

#include <QAction>
#include <QLineEdit>

namespace sk::ui {

using models::OrganizationsModel;
using services::EnvironmentStatus;

OrganizationsTab::OrganizationsTab(services::Services *services, EnvironmentStatus *status, QWidget *parent)
    : ResourcePage(TabId::Organizations, QStringLiteral("organizations"), status, parent)
    , m_services(services)
    , m_model(new OrganizationsModel(&services->organizations(), this))
    , m_detail(new OrganizationDetailPane(services, status, this))
{
    setListModel(m_model, {220, 190, 110, 150, 70, 60, 110, 130});
    setSummaryNouns(tr("organization"), tr("organizations"));
    enableSearch(tr("Search by name, or paste an org_ ID or external ID"));
    using Place = ActionPlace;
    m_new = addPageAction(QStringLiteral("add"), tr("New"), QStringLiteral("actionNewOrganization"),
                          QKeySequence::New, Place::Toolbar, &OrganizationsTab::createOrganization);
    m_edit = addPageAction(QStringLiteral("edit"), tr("Edit"), QStringLiteral("actionEditOrganization"),
                           QKeySequence(Qt::Key_F2), Place::ToolbarAndContextMenu,
                           &OrganizationsTab::editSelected);
    m_portalLink = addPageAction(QStringLiteral("link"), tr("Portal link"),
                                 QStringLiteral("actionPortalLink"), QKeySequence(Qt::CTRL | Qt::Key_L),
                                 Place::ToolbarAndContextMenu, &OrganizationsTab::portalLinkForSelected);
    m_apiClients = addPageAction(QStringLiteral("key"), tr("API clients"), QStringLiteral("actionApiClients"),
                                 {}, Place::ToolbarAndContextMenu, &OrganizationsTab::apiClientsForSelected);
    addContextSeparator();
    m_delete = addPageAction(QStringLiteral("delete"), tr("Delete"),
                             QStringLiteral("actionDeleteOrganization"), QKeySequence::Delete,
                             Place::ToolbarAndContextMenu, &OrganizationsTab::deleteSelected);
    setDetailPane(m_detail);

    connect(view(), &ResourceTableView::openRequested, this, [this] {
        m_detail->setFocus();
        m_detail->setVisible(true);
    });
    // A search that names one organization exactly: select it once it is listed.
    connect(m_model, &OrganizationsModel::exactMatchFound, this, [this](const QString &id) {
        if (m_jumpPending)
            selectWhenLoaded(id);
        m_jumpPending = false;
    });
    connect(m_detail, &OrganizationDetailPane::organizationChanged, m_model,
            &OrganizationsModel::updateOrganization);
    connect(m_detail, &OrganizationDetailPane::editRequested, this, &OrganizationsTab::editSelected);
    connect(m_detail, &OrganizationDetailPane::portalLinkRequested, this,
            &OrganizationsTab::portalLinkForSelected);
    connect(m_detail, &OrganizationDetailPane::deleteRequested, this, &OrganizationsTab::deleteSelected);
    connect(m_detail, &OrganizationDetailPane::apiClientsRequested, m_apiClients, &QAction::trigger);
    connect(
        m_detail, &OrganizationDetailPane::membersRequested, this,
        [this](const QString &id, const QString &name) { emit openTabRequested(TabId::Users, id, name); });
    connect(m_detail, &OrganizationDetailPane::connectionsRequested, this, [this](const QString &id) {
        emit openTabRequested(TabId::Connections, id,
                              m_detail->organization() ? models::text(m_detail->organization()->displayName)
                                                       : QString());
    });
    connect(m_detail, &OrganizationDetailPane::directoriesRequested, this, [this](const QString &id) {
        emit openTabRequested(TabId::Directories, id,
                              m_detail->organization() ? models::text(m_detail->organization()->displayName)
                                                       : QString());
    });
    finishSetup();
}

std::optional<entities::Organization> OrganizationsTab::selected() const
{
    return m_model->organizationAt(view()->currentSourceRow());
}

void OrganizationsTab::onEnvironmentReset()
{
    ResourcePage::onEnvironmentReset();
    m_jumpPending = false;
    m_model->clearSearch();
    m_detail->setOrganization(std::nullopt);
}

void OrganizationsTab::onSearchChanged(const QString &text)
{
    m_jumpPending = true;
    m_model->setSearch(text);
}

bool OrganizationsTab::isSearching() const
{
    return !m_model->search().isEmpty();
}

void OrganizationsTab::onCurrentRowChanged(int row)
{
    const std::optional<entities::Organization> org = m_model->organizationAt(row);
    if (org)
        m_detail->setOrganization(*org);
    else if (!m_detail->organization() || m_model->rowOf(m_detail->organization()->id) < 0)
        m_detail->setOrganization(std::nullopt);
}

void OrganizationsTab::updateActions()
{
    const bool writable = environment()->canWrite();
    const bool hasSelection = selected().has_value();
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && hasSelection);
    m_portalLink->setEnabled(writable && hasSelection);
    m_apiClients->setEnabled(hasSelection && isConnected());
    m_delete->setEnabled(writable && hasSelection);
}

void OrganizationsTab::createOrganization()
{
    if (!environment()->canWrite())
        return;
    auto *dialog = new OrganizationDialog(m_services, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrganizationDialog::organizationSaved, this, [this](const entities::Organization &org) {
        m_model->insertOrganization(org);
        view()->selectSourceRow(m_model->rowOf(org.id));
    });
    dialog->open();
}

void OrganizationsTab::editSelected()
{
    const std::optional<entities::Organization> org = selected();
    if (!org || !environment()->canWrite())
        return;
    auto *dialog = new OrganizationDialog(m_services, *org, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrganizationDialog::organizationSaved, this,
            [this](const entities::Organization &saved) {
                m_model->updateOrganization(saved);
                if (m_detail->organization() && m_detail->organization()->id == saved.id)
                    m_detail->setOrganization(saved);
            });
    dialog->open();
}

void OrganizationsTab::portalLinkForSelected()
{
    const std::optional<entities::Organization> org = selected();
    if (!org || !environment()->canWrite())
        return;
    auto *dialog = new PortalLinkDialog(m_services, environment(), models::text(org->id),
                                        models::text(org->displayName), this);
    dialog->open();
}

void OrganizationsTab::apiClientsForSelected()
{
    const std::optional<entities::Organization> org = selected();
    if (!org)
        return;
    // One window per organization: asking again brings it forward.
    const QString id = models::text(org->id);
    const auto open = findChildren<ApiClientsDialog *>();
    for (ApiClientsDialog *dialog : open) {
        if (dialog->organizationId() == id) {
            dialog->raise();
            dialog->activateWindow();
            return;
        }
    }
    auto *dialog = new ApiClientsDialog(m_services, environment(), id, models::text(org->displayName), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void OrganizationsTab::deleteSelected()
{
    const std::optional<entities::Organization> org = selected();
    if (!org || !environment()->canWrite())
        return;
    auto *deletion = new OrganizationDeletion(m_services, environment(), *org, this);
    connect(deletion, &OrganizationDeletion::deleted, this, [this](const QString &id) {
        m_model->removeOrganization(id.toStdString());
        if (m_detail->organization() && models::text(m_detail->organization()->id) == id)
            m_detail->setOrganization(std::nullopt);
        updateActions();
    });
    connect(deletion, &OrganizationDeletion::failed, this, [this](const QString &message) {
        showFailure(tr("The organization was not deleted."), message);
    });
    deletion->start();
}

} // namespace sk::ui
