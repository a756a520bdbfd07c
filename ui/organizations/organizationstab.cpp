#include "ui/organizations/organizationstab.h"

#include "models/core/displayformat.h"
#include "models/organizations/organizationsmodel.h"
#include "services/core/environmentstatus.h"
#include "ui/organizations/apiclientsdialog.h"
#include "ui/organizations/organizationdeletion.h"
#include "ui/organizations/organizationdetailpane.h"
#include "ui/organizations/organizationdialog.h"
#include "ui/organizations/portallinkdialog.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/tabframe.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace sk::ui {

using models::OrganizationsModel;
using models::PagedTableModel;
using services::EnvironmentStatus;

namespace {
const QString kSplitterKey = QStringLiteral("organizations/splitter");
}

OrganizationsTab::OrganizationsTab(api::ApiClient *client, EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_status(status)
    , m_model(new OrganizationsModel(client, this))
    , m_view(new ResourceTableView(QStringLiteral("organizations"), this))
    , m_detail(new OrganizationDetailPane(client, status, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_toolbar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("organizationsTab"));

    m_search->setObjectName(QStringLiteral("organizationSearch"));
    m_search->setPlaceholderText(tr("Search by name, or paste an org_ ID or external ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_summary->setObjectName(QStringLiteral("organizationSummary"));

    m_view->setObjectName(QStringLiteral("organizationsView"));
    m_view->setPagedModel(m_model);
    m_view->setSelectFirstRow(true);
    m_view->setDefaultColumnWidths({220, 190, 110, 150, 70, 60, 110, 130});

    createActions();

    auto *searchBar = new QWidget(this);
    auto *searchLayout = new QHBoxLayout(searchBar);
    searchLayout->setContentsMargins(8, 0, 0, 0);
    searchLayout->addWidget(m_search, 1);
    searchLayout->addSpacing(8);
    searchLayout->addWidget(m_summary);
    m_toolbar->setObjectName(QStringLiteral("organizationsToolbar"));
    m_toolbar->setIconSize(QSize(18, 18));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_new);
    m_toolbar->addAction(m_edit);
    m_toolbar->addAction(m_portalLink);
    m_toolbar->addAction(m_apiClients);
    m_toolbar->addAction(m_delete);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(searchBar);

    m_splitter->setObjectName(QStringLiteral("organizationsSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(420);
    m_splitter->setSizes({700, 560});
    if (const QByteArray state = QSettings().value(kSplitterKey).toByteArray(); !state.isEmpty())
        m_splitter->restoreState(state);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(4, 4, 4, 0);
    tableLayout->setSpacing(4);
    tableLayout->addWidget(m_toolbar);
    tableLayout->addWidget(m_splitter, 1);

    m_frame = new TabFrame(TabId::Organizations, status, tablePage, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_frame);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_jumpPending = true;
        m_model->setSearch(m_search->text());
    });
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_jumpPending = true;
        m_model->setSearch(m_search->text());
    });
    connect(m_view, &ResourceTableView::refreshRequested, this, &OrganizationsTab::refresh);
    connect(m_view, &ResourceTableView::currentSourceRowChanged, this, &OrganizationsTab::onCurrentRowChanged);
    connect(m_view, &ResourceTableView::openRequested, this, [this] {
        m_detail->setFocus();
        m_detail->setVisible(true);
    });
    connect(m_model, &PagedTableModel::stateChanged, this, &OrganizationsTab::onStateChanged);
    connect(m_model, &PagedTableModel::totalSizeChanged, this, &OrganizationsTab::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrganizationsTab::updateSummary);

    connect(m_detail, &OrganizationDetailPane::organizationChanged, m_model, &OrganizationsModel::updateOrganization);
    connect(m_detail, &OrganizationDetailPane::editRequested, this, &OrganizationsTab::editSelected);
    connect(m_detail, &OrganizationDetailPane::portalLinkRequested, this, &OrganizationsTab::portalLinkForSelected);
    connect(m_detail, &OrganizationDetailPane::deleteRequested, this, &OrganizationsTab::deleteSelected);
    connect(m_detail, &OrganizationDetailPane::apiClientsRequested, m_apiClients, &QAction::trigger);
    connect(m_detail, &OrganizationDetailPane::membersRequested, this, &OrganizationsTab::showMembersRequested);
    connect(m_detail, &OrganizationDetailPane::connectionsRequested, this,
            [this](const QString &id) { emit showTabRequested(TabId::Connections, id); });
    connect(m_detail, &OrganizationDetailPane::directoriesRequested, this,
            [this](const QString &id) { emit showTabRequested(TabId::Directories, id); });

    connect(m_status, &EnvironmentStatus::connectionChanged, this, &OrganizationsTab::updateActions);
    connect(m_status, &EnvironmentStatus::writableChanged, this, &OrganizationsTab::updateActions);
    connect(m_frame, &TabFrame::loadRequested, m_model, &OrganizationsModel::reload);
    connect(m_frame, &TabFrame::environmentReset, this, &OrganizationsTab::onEnvironmentReset);
    m_frame->start();
    updateActions();
}

OrganizationsTab::~OrganizationsTab()
{
    if (ResourceTableView::layoutPersistenceEnabled())
        QSettings().setValue(kSplitterKey, m_splitter->saveState());
}

void OrganizationsTab::createActions()
{
    auto action = [this](const QString &icon, const QString &text, const char *name, const QKeySequence &shortcut) {
        auto *act = new QAction(QIcon(icon), text, this);
        act->setObjectName(QString::fromLatin1(name));
        act->setShortcut(shortcut);
        act->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        act->setToolTip(shortcut.isEmpty() ? text : text + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + u')');
        addAction(act);
        return act;
    };
    m_new = action(QStringLiteral(":/icons/add.svg"), tr("New"), "actionNewOrganization", QKeySequence::New);
    m_edit = action(QStringLiteral(":/icons/edit.svg"), tr("Edit"), "actionEditOrganization", QKeySequence(Qt::Key_F2));
    m_portalLink = action(QStringLiteral(":/icons/link.svg"), tr("Portal link"), "actionPortalLink",
                          QKeySequence(Qt::CTRL | Qt::Key_L));
    m_apiClients = action(QStringLiteral(":/icons/key.svg"), tr("API clients"), "actionApiClients", {});
    m_delete = action(QStringLiteral(":/icons/delete.svg"), tr("Delete"), "actionDeleteOrganization",
                      QKeySequence::Delete);
    connect(m_new, &QAction::triggered, this, &OrganizationsTab::createOrganization);
    connect(m_edit, &QAction::triggered, this, &OrganizationsTab::editSelected);
    connect(m_portalLink, &QAction::triggered, this, &OrganizationsTab::portalLinkForSelected);
    connect(m_delete, &QAction::triggered, this, &OrganizationsTab::deleteSelected);
    connect(m_apiClients, &QAction::triggered, this, &OrganizationsTab::apiClientsForSelected);
    m_view->addContextAction(m_edit);
    m_view->addContextAction(m_portalLink);
    m_view->addContextAction(m_apiClients);
    m_view->addContextSeparator();
    m_view->addContextAction(m_delete);
}

const entities::Organization *OrganizationsTab::selected() const
{
    return m_model->organizationAt(m_view->currentSourceRow());
}

void OrganizationsTab::refresh()
{
    if (m_status->connection() == EnvironmentStatus::Connection::Connected)
        m_model->reload();
}

void OrganizationsTab::onEnvironmentReset()
{
    const QSignalBlocker block(m_search);
    m_search->clear();
    m_searchDelay->stop();
    m_model->clearSearch();
    m_detail->setOrganization(std::nullopt);
}

void OrganizationsTab::onCurrentRowChanged(int row)
{
    const entities::Organization *org = m_model->organizationAt(row);
    if (org)
        m_detail->setOrganization(*org);
    else if (!m_detail->organization() || m_model->rowOf(m_detail->organization()->id) < 0)
        m_detail->setOrganization(std::nullopt);
    updateActions();
}

void OrganizationsTab::onStateChanged()
{
    updateSummary();
    if (m_model->state() == PagedTableModel::State::Loading)
        return;
    // A search that named one organization exactly: select it and show it (once its first
    // page is in: a reload passes through Idle with no rows first).
    const bool firstPageIn = m_model->state() != PagedTableModel::State::Idle || m_model->entityCount() > 0;
    if (m_jumpPending && firstPageIn && !m_model->search().isEmpty()) {
        m_jumpPending = false;
        if (const int row = m_model->exactMatchRow(); row >= 0)
            m_view->selectSourceRow(row);
    }
}

void OrganizationsTab::updateSummary()
{
    m_summary->setText(m_model->summaryText(!m_model->search().isEmpty(), tr("organization"), tr("organizations")));
}

void OrganizationsTab::updateActions()
{
    const bool writable = m_status->canWrite();
    const bool hasSelection = selected() != nullptr;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && hasSelection);
    m_portalLink->setEnabled(writable && hasSelection);
    m_apiClients->setEnabled(hasSelection && m_status->connection() == EnvironmentStatus::Connection::Connected);
    m_delete->setEnabled(writable && hasSelection);
}

void OrganizationsTab::createOrganization()
{
    if (!m_status->canWrite())
        return;
    auto *dialog = new OrganizationDialog(m_client, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrganizationDialog::organizationSaved, this, [this](const entities::Organization &org) {
        m_model->insertOrganization(org);
        m_view->selectSourceRow(m_model->rowOf(org.id));
    });
    dialog->open();
}

void OrganizationsTab::editSelected()
{
    const entities::Organization *org = selected();
    if (!org || !m_status->canWrite())
        return;
    auto *dialog = new OrganizationDialog(m_client, *org, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrganizationDialog::organizationSaved, this, [this](const entities::Organization &saved) {
        m_model->updateOrganization(saved);
        if (m_detail->organization() && m_detail->organization()->id == saved.id)
            m_detail->setOrganization(saved);
    });
    dialog->open();
}

void OrganizationsTab::portalLinkForSelected()
{
    const entities::Organization *org = selected();
    if (!org || !m_status->canWrite())
        return;
    auto *dialog = new PortalLinkDialog(m_client, m_status, models::text(org->id), models::text(org->displayName), this);
    dialog->open();
}

void OrganizationsTab::apiClientsForSelected()
{
    const entities::Organization *org = selected();
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
    auto *dialog = new ApiClientsDialog(m_client, m_status, id, models::text(org->displayName), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void OrganizationsTab::deleteSelected()
{
    const entities::Organization *org = selected();
    if (!org || !m_status->canWrite())
        return;
    auto *deletion = new OrganizationDeletion(m_client, m_status, *org, this);
    connect(deletion, &OrganizationDeletion::deleted, this, [this](const QString &id) {
        m_model->removeOrganization(id.toStdString());
        if (m_detail->organization() && models::text(m_detail->organization()->id) == id)
            m_detail->setOrganization(std::nullopt);
        updateActions();
    });
    connect(deletion, &OrganizationDeletion::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Delete organization"), message);
    });
    deletion->start();
}

} // namespace sk::ui
