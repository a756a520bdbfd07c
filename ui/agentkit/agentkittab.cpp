#include "ui/agentkit/agentkittab.h"

#include "models/agentkit/accountsoverview.h"
#include "models/agentkit/appconnectionsmodel.h"
#include "models/agentkit/connectedaccountsmodel.h"
#include "models/agentkit/connectedaccountstatus.h"
#include "models/agentkit/providersmodel.h"
#include "models/core/displayformat.h"
#include "models/core/listquery.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/agentkit/agentkitoverviewpanel.h"
#include "ui/agentkit/appconnectionspanel.h"
#include "ui/agentkit/authlinkdialog.h"
#include "ui/agentkit/bulkreauthdialog.h"
#include "ui/agentkit/connectedaccountdetailpane.h"
#include "ui/agentkit/statuscounts.h"
#include "ui/agentkit/statusheatmap.h"
#include "ui/agentkit/toolspanel.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/tabframe.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>

namespace sk::ui {

using entities::ConnectedAccount;
using models::ConnectedAccountsModel;
using models::ConnectedAccountStatus;
using models::text;

namespace {
const QString kNeedsAttention = QStringLiteral("@attention"); // every status but ACTIVE
}

AgentKitTab::AgentKitTab(services::Services *services, services::EnvironmentStatus *status, QWidget *parent)
    : ResourcePage(TabId::AgentKit, QStringLiteral("agentkit"), status, parent)
    , m_services(services)
    , m_model(new ConnectedAccountsModel(&services->connectedAccounts(), this))
    , m_overview(new models::AccountsOverview(services->client(), this))
    , m_panel(new AgentKitOverviewPanel(m_overview, this))
    , m_top(new QTabWidget(this))
    , m_connections(new AppConnectionsPanel(services, status, this))
    , m_providers(new models::ProvidersModel(&services->providers(), this))
    , m_catalogue(new ResourceTableView(QStringLiteral("agentkitCatalogue"), this))
    , m_tools(new ToolsPanel(services, status, this))
    , m_detail(new ConnectedAccountDetailPane(services, status, this))
    , m_connection(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    setListModel(m_model, {220, 130, 110, 150, 90, 130, 130, 130});
    setSummaryNouns(tr("connected account"), tr("connected accounts"));
    enableSearch(tr("Search identifiers (3 characters or more)"));
    m_connection->setObjectName(QStringLiteral("agentkitConnectionFilter"));
    m_connection->setMinimumContentsLength(16);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_connection->addItem(tr("All connections"), QString());
    m_status->setObjectName(QStringLiteral("agentkitStatusFilter"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Needs attention (not ACTIVE)"), kNeedsAttention);
    for (const QString &key : ConnectedAccountStatus::knownKeys())
        m_status->addItem(ConnectedAccountStatus::badge(key).text, key);
    addFilterWidget(m_connection);
    addFilterWidget(m_status);

    using Place = ActionPlace;
    m_authLink = addPageAction(QStringLiteral("link"), tr("Authorization link…"),
                               QStringLiteral("actionAuthLink"), QKeySequence(Qt::CTRL | Qt::Key_L),
                               Place::ToolbarAndContextMenu, &AgentKitTab::authLinkForSelected);
    m_disconnect
        = addPageAction(QStringLiteral("key"), tr("Disconnect"), QStringLiteral("actionDisconnectAccount"),
                        {}, Place::ToolbarAndContextMenu, &AgentKitTab::disconnectSelected);
    m_bulkLinks = addPageAction(
        QStringLiteral("loadall"), tr("Links for all shown…"), QStringLiteral("actionBulkLinks"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), Place::Toolbar, &AgentKitTab::bulkLinks);
    addContextSeparator();
    m_delete
        = addPageAction(QStringLiteral("delete"), tr("Delete"), QStringLiteral("actionDeleteAccount"),
                        QKeySequence::Delete, Place::ToolbarAndContextMenu, &AgentKitTab::deleteSelected);
    m_catalogue->setObjectName(QStringLiteral("agentkitCatalogue"));
    m_catalogue->setPagedModel(m_providers);
    m_catalogue->setDefaultColumnWidths({170, 130, 150, 130, 100, 320});
    m_top->setObjectName(QStringLiteral("agentkitTopViews"));
    m_top->setDocumentMode(true);
    m_top->addTab(m_panel, tr("Overview"));
    m_top->addTab(m_connections, tr("Connections"));
    m_top->addTab(m_catalogue, tr("Catalogue"));
    m_top->addTab(m_tools, tr("Tools"));
    setOverviewPanel(m_top);
    setDetailPane(m_detail);

    connect(m_connection, &QComboBox::activated, this, &AgentKitTab::applyFilter);
    connect(m_status, &QComboBox::activated, this, &AgentKitTab::applyFilter);
    connect(m_panel->heatmap(), &StatusHeatmap::cellActivated, this, &AgentKitTab::filterTo);
    connect(m_panel->counts(), &StatusCounts::statusActivated, this,
            [this](const QString &key) { filterTo(m_connection->currentData().toString(), key); });
    connect(m_overview, &models::AccountsOverview::changed, this, &AgentKitTab::fillConnections);
    connect(m_overview, &models::AccountsOverview::changed, this,
            [this] { m_connections->setSummary(m_overview->summary()); });
    connect(m_connections->model(), &models::PagedTableModel::stateChanged, this,
            &AgentKitTab::connectionsLoaded);
    connect(m_connections, &AppConnectionsPanel::showAccountsRequested, this,
            [this](const QString &name) { filterTo(name, {}); });
    connect(m_connections, &AppConnectionsPanel::toolsRequested, this, &AgentKitTab::showTools);
    connect(m_detail, &ConnectedAccountDetailPane::authLinkRequested, this,
            &AgentKitTab::authLinkForSelected);
    connect(m_detail, &ConnectedAccountDetailPane::disconnectRequested, this,
            &AgentKitTab::disconnectSelected);
    connect(m_detail, &ConnectedAccountDetailPane::authLinkRequestedFor, this, &AgentKitTab::authLinkFor);
    connect(m_detail, &ConnectedAccountDetailPane::deleteRequested, this, &AgentKitTab::deleteSelected);
    connect(m_detail, &ConnectedAccountDetailPane::toolsRequested, this, [this] {
        if (const std::optional<ConnectedAccount> account = selected())
            showTools(models::AccountsSummary::connectionKeyOf(*account));
    });
    finishSetup();
}

void AgentKitTab::onLoadRequested()
{
    ResourcePage::onLoadRequested();
    m_overview->refresh();
    m_connections->reload();
    m_providers->reload();
}

void AgentKitTab::refresh()
{
    if (!isConnected() || !frame()->hasLoaded())
        return;
    ResourcePage::refresh();
    m_overview->refresh();
    m_connections->reload();
}

bool AgentKitTab::hasBackgroundWork() const
{
    return m_overview->isLoading();
}

void AgentKitTab::onEnvironmentReset()
{
    ResourcePage::onEnvironmentReset();
    m_overview->cancel();
    m_connection->clear();
    m_connection->addItem(tr("All connections"), QString());
    m_status->setCurrentIndex(0);
    m_model->clearFilter(); // the next environment's first load uses no filter
    m_detail->setAccount(std::nullopt);
    m_connections->clear();
    m_providers->cancelLoading();
    m_tools->clear();
}

void AgentKitTab::connectionsLoaded()
{
    // Every configured connection is offered by the filter and the Tools view, including those
    // no account uses yet.
    const models::AppConnectionsModel *model = m_connections->model();
    QList<QPair<QString, QString>> connections;
    for (int row = 0; row < model->entityCount(); ++row) {
        const entities::Connection *c = model->connectionAt(row);
        connections.append({models::AppConnectionsModel::nameOf(*c), QString::fromStdString(c->providerKey)});
    }
    m_tools->setConnections(connections);
    fillConnections();
}

void AgentKitTab::showTools(const QString &connectionName)
{
    QString identifier;
    if (const std::optional<ConnectedAccount> account = selected();
        account && models::AccountsSummary::connectionKeyOf(*account) == connectionName)
        identifier = QString::fromStdString(account->identifier);
    m_top->setCurrentWidget(m_tools);
    m_tools->showConnection(connectionName, identifier);
}

void AgentKitTab::fillConnections()
{
    // The connections the overview has seen so far, keeping the current choice.
    const QString current = m_connection->currentData().toString();
    QStringList names = m_overview->summary().connections();
    const models::AppConnectionsModel *configured = m_connections->model();
    for (int row = 0; row < configured->entityCount(); ++row) {
        const QString name = models::AppConnectionsModel::nameOf(*configured->connectionAt(row));
        if (!names.contains(name))
            names << name;
    }
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(names)) {
        if (m_connection->findData(name) < 0)
            m_connection->addItem(name, name);
    }
    m_connection->setCurrentIndex(std::max(0, m_connection->findData(current)));
}

void AgentKitTab::filterTo(const QString &connection, const QString &status)
{
    if (!connection.isEmpty() && m_connection->findData(connection) < 0)
        m_connection->addItem(connection, connection);
    m_connection->setCurrentIndex(std::max(0, m_connection->findData(connection)));
    if (!status.isEmpty() && m_status->findData(status) < 0) // an unknown status, shown raw
        m_status->addItem(ConnectedAccountStatus::badge(status).text, status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    applyFilter();
}

void AgentKitTab::onSearchChanged(const QString &)
{
    applyFilter();
}

bool AgentKitTab::isSearching() const
{
    return m_model->isFiltered();
}

void AgentKitTab::applyFilter()
{
    if (!frame()->hasLoaded())
        return;
    services::ConnectedAccountFilter filter;
    if (const QString connection = m_connection->currentData().toString(); !connection.isEmpty())
        filter.connectionNames.push_back(connection.toStdString());
    filter.query = models::listquery::effectiveSearch(searchField()->text()).toStdString();
    QSet<QString> statuses;
    const QString status = m_status->currentData().toString();
    if (status == kNeedsAttention) {
        for (const QString &key : ConnectedAccountStatus::knownKeys()) {
            if (ConnectedAccountStatus::needsAuthorization(key))
                statuses.insert(key);
        }
        // Unknown and unspecified values need attention too: the ones seen so far.
        for (const QString &key : m_overview->summary().statuses()) {
            if (!ConnectedAccountStatus::isActive(key))
                statuses.insert(key);
        }
        statuses.insert(ConnectedAccountStatus::unspecifiedKey());
    } else if (!status.isEmpty()) {
        statuses.insert(status);
    }
    m_model->setFilter(filter, statuses);
    updateSummary();
}

void AgentKitTab::onCurrentRowChanged(int row)
{
    const std::optional<ConnectedAccount> account = m_model->accountAt(row);
    if (account)
        m_detail->setAccount(*account);
    else if (!m_detail->account() || m_model->rowOf(m_detail->account()->id) < 0)
        m_detail->setAccount(std::nullopt);
}

std::optional<ConnectedAccount> AgentKitTab::selected() const
{
    return m_model->accountAt(view()->currentSourceRow());
}

void AgentKitTab::updateActions()
{
    const bool writable = environment()->canWrite() && !m_busy;
    const std::optional<ConnectedAccount> account = selected();
    m_authLink->setEnabled(writable && account);
    m_disconnect->setEnabled(writable && account
                             && account->status.value != entities::ConnectorStatus::Disconnected);
    m_delete->setEnabled(writable && account);
    m_bulkLinks->setEnabled(writable && m_model->entityCount() > 0);
}

void AgentKitTab::authLinkForSelected()
{
    if (const std::optional<ConnectedAccount> account = selected())
        authLinkFor(*account);
}

void AgentKitTab::authLinkFor(const ConnectedAccount &account)
{
    if (!environment()->canWrite())
        return;
    auto *dialog = new AuthLinkDialog(m_services, environment(), account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AgentKitTab::bulkLinks()
{
    if (!environment()->canWrite())
        return;
    if (m_model->state() != models::PagedTableModel::State::Complete) {
        // Every account of the filter, not only the loaded pages: load the rest, then ask again.
        auto *once = new QObject(this);
        connect(m_model, &models::PagedTableModel::stateChanged, once,
                [this, once](models::PagedTableModel::State state) {
                    if (state == models::PagedTableModel::State::Loading)
                        return;
                    delete once;
                    if (state == models::PagedTableModel::State::Complete)
                        bulkLinks();
                });
        m_model->loadAll();
        showInfo(tr("Loading every account of this filter first…"));
        return;
    }
    std::vector<ConnectedAccount> accounts;
    for (int row = 0; row < m_model->entityCount(); ++row) {
        const std::optional<ConnectedAccount> a = m_model->accountAt(row);
        if (!ConnectedAccountStatus::isActive(ConnectedAccountStatus::keyOf(a->status)))
            accounts.push_back(*a);
    }
    if (accounts.empty()) {
        showInfo(tr("Every account shown is ACTIVE: no link is needed."));
        return;
    }
    auto *dialog = new BulkReauthDialog(m_services, environment(), accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AgentKitTab::disconnectSelected()
{
    if (!selected() || !environment()->canWrite())
        return;
    const ConnectedAccount account = *selected(); // a copy: the question runs an event loop
    const QString who = text(account.identifier);
    const QString message = tr("%1's %2 account is disconnected at once: their agents lose access until they "
                               "authorize again with a new link.")
                                .arg(who, text(account.connector));
    if (!ConfirmByTypingDialog::confirmWrite(this, *environment(), tr("Disconnect account"), message, who,
                                             tr("Disconnect")))
        return;
    m_busy = true;
    updateActions();
    m_services->connectedAccounts().disconnect(
        account.id, this, [this, who](api::Result<ConnectedAccount> result) {
            m_busy = false;
            updateActions();
            if (!result) {
                showFailure(tr("%1 was not disconnected.").arg(who), result.error().describe());
                return;
            }
            m_model->updateAccount(result.value());
            if (m_detail->account() && m_detail->account()->id == result.value().id)
                m_detail->setAccount(result.value());
            showInfo(tr("Disconnected <b>%1</b>.").arg(who.toHtmlEscaped()));
        });
}

void AgentKitTab::deleteSelected()
{
    if (!selected() || !environment()->canWrite())
        return;
    const ConnectedAccount account = *selected();
    const QString who = text(account.identifier);
    const QString message
        = tr("This deletes %1's %2 connected account and its tokens for good. Their agents lose "
             "access; a new authorization creates a new account.")
              .arg(who, text(account.connector));
    if (!ConfirmByTypingDialog::confirmWrite(this, *environment(), tr("Delete connected account"), message,
                                             who, tr("Delete")))
        return;
    m_busy = true;
    updateActions();
    const std::string id = account.id;
    m_services->connectedAccounts().remove(
        services::AccountSelector::byId(id), this, [this, id, who](api::Result<api::Empty> result) {
            m_busy = false;
            updateActions();
            if (!result) {
                showFailure(tr("%1 was not deleted.").arg(who), result.error().describe());
                return;
            }
            m_model->removeAccount(id);
            if (m_detail->account() && m_detail->account()->id == id)
                m_detail->setAccount(std::nullopt);
            showInfo(tr("Deleted the connected account of <b>%1</b>.").arg(who.toHtmlEscaped()));
        });
}

} // namespace sk::ui
