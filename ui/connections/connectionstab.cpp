#include "ui/connections/connectionstab.h"

#include "models/connections/connectionformat.h"
#include "models/connections/connectionsmodel.h"
#include "models/core/displayformat.h"
#include "models/core/listquery.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/connections/authlogswindow.h"
#include "ui/connections/connectiondetailpane.h"
#include "ui/connections/connectiondomainsdialog.h"
#include "ui/connections/ssoroutepanel.h"
#include "ui/users/organizationfilter.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/providericon.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/tabframe.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QUrl>

namespace sk::ui {

using entities::ListConnection;
using models::ConnectionsModel;
using models::text;
namespace cf = models::connectionformat;

namespace {

QComboBox *filterCombo(QWidget *parent, const QString &objectName, const QString &any)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6); // the filter row fits the window's narrowest width
    combo->addItem(any, QString());
    return combo;
}

} // namespace

ConnectionsTab::ConnectionsTab(services::Services *services, services::EnvironmentStatus *status,
                               QWidget *parent)
    : ResourcePage(TabId::Connections, QStringLiteral("connections"), status, parent)
    , m_services(services)
    , m_model(new ConnectionsModel(&services->connections(), this))
    , m_detail(new ConnectionDetailPane(services, status, this))
    , m_route(new SsoRoutePanel(services, this))
    , m_organizations(new OrganizationFilter(services, this))
    , m_provider(filterCombo(this, QStringLiteral("connectionsProviderFilter"), tr("All IdPs")))
    , m_type(filterCombo(this, QStringLiteral("connectionsTypeFilter"), tr("Any type")))
    , m_statusFilter(filterCombo(this, QStringLiteral("connectionsStatusFilter"), tr("Any status")))
    , m_enabled(filterCombo(this, QStringLiteral("connectionsEnabledFilter"), tr("On or off")))
{
    setListModel(m_model, { 200, 170, 70, 110, 90, 220, 130, 180 });
    setSummaryNouns(tr("SSO connection"), tr("SSO connections"));
    enableSearch(tr("Search organization name or connection ID"));
    m_organizations->setObjectName(QStringLiteral("connectionsOrganizationFilter"));
    m_organizations->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organizations->setMinimumContentsLength(10);
    for (const QString &key : cf::ssoProviderKeys())
        m_provider->addItem(
            providerIcon(key),
            cf::providerName(entities::Enum<entities::ConnectionProvider>::fromRaw(key.toStdString())), key);
    for (const QString &key : cf::ssoTypeKeys())
        m_type->addItem(key, key);
    for (const QString &key : cf::statusKeys())
        m_statusFilter->addItem(
            cf::statusBadge(entities::Enum<entities::ConnectionStatus>::fromRaw(key.toStdString())).text,
            key);
    m_enabled->addItem(tr("Enabled"), QStringLiteral("true"));
    m_enabled->addItem(tr("Disabled"), QStringLiteral("false"));
    addFilterWidget(m_organizations);
    addFilterWidget(m_provider);
    addFilterWidget(m_type);
    addFilterWidget(m_statusFilter);
    addFilterWidget(m_enabled);

    using Place = ActionPlace;
    m_toggle = addPageAction(QStringLiteral("refresh"), tr("Enable"),
                             QStringLiteral("actionToggleConnection"), QKeySequence(Qt::CTRL | Qt::Key_E),
                             Place::ToolbarAndContextMenu, &ConnectionsTab::toggleSelected);
    m_test = addPageAction(QStringLiteral("open"), tr("Test connection"),
                           QStringLiteral("actionTestConnection"), QKeySequence(Qt::CTRL | Qt::Key_T),
                           Place::ToolbarAndContextMenu, &ConnectionsTab::testSelected);
    m_domains = addPageAction(QStringLiteral("edit"), tr("Domains…"),
                              QStringLiteral("actionConnectionDomains"), QKeySequence(Qt::CTRL | Qt::Key_D),
                              Place::ToolbarAndContextMenu, &ConnectionsTab::domainsForSelected);
    m_copyJson = addPageAction(QStringLiteral("copy"), tr("Copy as JSON"),
                               QStringLiteral("actionCopyConnectionJson"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), Place::ContextMenu,
                               &ConnectionsTab::copySelectedJson);
    m_logs = addPageAction(QStringLiteral("link"), tr("Sign-in logs"), QStringLiteral("actionSignInLogs"),
                           QKeySequence(Qt::CTRL | Qt::Key_G), Place::ToolbarAndContextMenu,
                           &ConnectionsTab::showLogs);
    addContextSeparator();
    m_delete
        = addPageAction(QStringLiteral("delete"), tr("Delete"), QStringLiteral("actionDeleteConnection"),
                        QKeySequence::Delete, Place::ToolbarAndContextMenu, &ConnectionsTab::deleteSelected);
    setOverviewPanel(m_route);
    setDetailPane(m_detail);

    for (QComboBox *combo : { m_provider, m_type, m_statusFilter, m_enabled })
        connect(combo, &QComboBox::activated, this, &ConnectionsTab::applyFilter);
    connect(m_organizations, &OrganizationFilter::organizationChanged, this, &ConnectionsTab::applyFilter);
    connect(m_detail, &ConnectionDetailPane::toggleRequested, this, &ConnectionsTab::toggleSelected);
    connect(m_detail, &ConnectionDetailPane::testRequested, this, &ConnectionsTab::testSelected);
    connect(m_detail, &ConnectionDetailPane::domainsRequested, this, &ConnectionsTab::domainsForSelected);
    connect(m_detail, &ConnectionDetailPane::deleteRequested, this, &ConnectionsTab::deleteSelected);
    connect(m_detail, &ConnectionDetailPane::logsRequested, this, &ConnectionsTab::showLogs);
    connect(m_detail, &ConnectionDetailPane::loaded, this, [this] { updateActions(); });
    connect(m_detail, &ConnectionDetailPane::organizationRequested, this,
            [this](const QString &id, const QString &name) {
                emit openTabRequested(TabId::Organizations, id, name);
            });
    connect(m_route, &SsoRoutePanel::connectionActivated, this, &ConnectionsTab::showConnection);
    connect(m_route, &SsoRoutePanel::organizationActivated, this,
            [this](const QString &id, const QString &name) {
                emit openTabRequested(TabId::Organizations, id, name);
            });
    finishSetup();
    // The routing tool is one line and its answer: short above the table, unless the user
    // dragged it (the base saves the split).
    if (auto *split = qobject_cast<QSplitter *>(m_route->parentWidget());
        split && QSettings().value(QStringLiteral("connections/overviewSplitter")).toByteArray().isEmpty()) {
        split->setStretchFactor(0, 0);
        split->setStretchFactor(1, 1);
        split->setSizes({ m_route->sizeHint().height() + 6, 100000 });
    }
}

void ConnectionsTab::onLoadRequested()
{
    m_organizations->reload();
    applyFilter();
    if (m_model->state() != models::PagedTableModel::State::Loading)
        m_model->reload();
    updateActions();
}

void ConnectionsTab::refresh()
{
    if (!isConnected() || !frame()->hasLoaded())
        return;
    ResourcePage::refresh();
    if (m_detail->listConnection())
        m_detail->setConnection(std::nullopt); // fetched again when the row is selected anew
}

void ConnectionsTab::onEnvironmentReset()
{
    ResourcePage::onEnvironmentReset();
    m_organizations->reset();
    for (QComboBox *combo : { m_provider, m_type, m_statusFilter, m_enabled })
        combo->setCurrentIndex(0);
    m_model->clearFilter();
    m_detail->setConnection(std::nullopt);
    m_route->clear();
    if (m_logsWindow)
        m_logsWindow->close();
}

void ConnectionsTab::showOrganization(const QString &organizationId, const QString &displayName)
{
    m_organizations->setOrganization(organizationId, displayName);
    applyFilter(); // in case it was already the current one
}

void ConnectionsTab::showConnection(const QString &organizationId, const QString &connectionId)
{
    showOrganization(organizationId, QString());
    selectWhenLoaded(connectionId);
}

void ConnectionsTab::onSearchChanged(const QString &)
{
    applyFilter();
}

bool ConnectionsTab::isSearching() const
{
    return m_model->filter().isFiltered();
}

void ConnectionsTab::applyFilter()
{
    if (!frame()->hasLoaded())
        return; // the first load uses whatever is set by then
    models::ConnectionsFilter filter;
    filter.organizationId = m_organizations->organizationId().toStdString();
    filter.search.query = models::listquery::effectiveSearch(searchField()->text()).toStdString();
    filter.search.provider = m_provider->currentData().toString().toStdString();
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        filter.search.connectionType = entities::Enum<entities::ConnectionType>::fromRaw(type.toStdString());
    if (const QString status = m_statusFilter->currentData().toString(); !status.isEmpty())
        filter.search.status = entities::Enum<entities::ConnectionStatus>::fromRaw(status.toStdString());
    if (const QString enabled = m_enabled->currentData().toString(); !enabled.isEmpty())
        filter.search.enabled = enabled == QLatin1String("true");
    m_model->setFilter(filter);
    updateSummary();
}

void ConnectionsTab::onCurrentRowChanged(int row)
{
    if (const ListConnection *c = m_model->connectionAt(row))
        m_detail->setConnection(*c);
    else if (!m_detail->listConnection() || m_model->rowOf(m_detail->listConnection()->id) < 0)
        m_detail->setConnection(std::nullopt);
}

const ListConnection *ConnectionsTab::selected() const
{
    return m_model->connectionAt(view()->currentSourceRow());
}

QString ConnectionsTab::organizationOf(const ListConnection &c) const
{
    return c.organizationName.empty() ? text(c.organizationId) : text(c.organizationName);
}

void ConnectionsTab::updateActions()
{
    const ListConnection *c = selected();
    const bool writable = environment()->canWrite() && !m_busy && c;
    m_toggle->setText(c && c->enabled ? tr("Disable") : tr("Enable"));
    m_toggle->setEnabled(writable);
    const bool sameDetail = c && m_detail->connection() && m_detail->connection()->id == c->id;
    m_test->setEnabled(sameDetail && !m_detail->connection()->testConnectionUri.empty());
    m_domains->setEnabled(writable);
    m_copyJson->setEnabled(c);
    m_delete->setEnabled(writable);
    m_logs->setEnabled(isConnected());
}

void ConnectionsTab::toggleSelected()
{
    if (!selected() || !environment()->canWrite())
        return;
    const ListConnection c = *selected(); // a copy: the question runs an event loop
    const bool enable = !c.enabled;
    const QString org = organizationOf(c);
    const QString what = QStringLiteral("%1 %2").arg(cf::providerName(c.provider), cf::typeName(c.type));
    const QString message = enable
        ? tr("Users of %1 whose email is at one of its domains will sign in through this "
             "%2 connection.")
              .arg(org, what)
        : tr("Nobody at %1 can sign in through this %2 connection until it is enabled again; "
             "users of its domains get an error instead.")
              .arg(org, what);
    if (!ConfirmByTypingDialog::confirmWrite(this, *environment(),
                                             enable ? tr("Enable %1's SSO connection").arg(org)
                                                    : tr("Disable %1's SSO connection").arg(org),
                                             message, org, enable ? tr("Enable") : tr("Disable")))
        return;
    m_busy = true;
    updateActions();
    const std::string id = c.id;
    m_services->connections().setSsoEnabled(
        c.organizationId, id, enable, this,
        [this, id, org, enable](api::Result<entities::ToggleResult> result) {
            m_busy = false;
            if (!result) {
                updateActions();
                showFailure(
                    tr("%1's connection was not %2.").arg(org, enable ? tr("enabled") : tr("disabled")),
                    result.error().describe());
                return;
            }
            const entities::ToggleResult &toggle = result.value();
            m_model->setEnabled(id, toggle.enabled);
            if (const ListConnection *row = m_model->connectionAt(m_model->rowOf(id));
                row && m_detail->listConnection() && m_detail->listConnection()->id == id) {
                m_detail->setConnection(*row);
                if (m_detail->connection()) {
                    entities::Connection full = *m_detail->connection();
                    full.enabled = toggle.enabled;
                    m_detail->showConnection(full);
                }
            }
            updateActions();
            if (toggle.enabled != enable) {
                showFailure(tr("%1's connection is still %2.")
                                .arg(org, toggle.enabled ? tr("enabled") : tr("disabled")),
                            text(toggle.errorMessage.value_or(std::string())));
                return;
            }
            showInfo(enable ? tr("Enabled <b>%1</b>'s SSO connection.").arg(org.toHtmlEscaped())
                            : tr("Disabled <b>%1</b>'s SSO connection.").arg(org.toHtmlEscaped()));
        });
}

void ConnectionsTab::testSelected()
{
    const ListConnection *c = selected();
    if (!c || !m_detail->connection() || m_detail->connection()->id != c->id)
        return;
    const QUrl url(text(m_detail->connection()->testConnectionUri));
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        showFailure(tr("This connection has no test URL."), text(m_detail->connection()->testConnectionUri));
        return;
    }
    if (SecretField::openUrl(url))
        showInfo(tr("Opened the test sign-in of <b>%1</b>'s connection in your browser.")
                     .arg(organizationOf(*c).toHtmlEscaped()));
    else
        showFailure(tr("The browser did not open."), url.toString());
}

void ConnectionsTab::domainsForSelected()
{
    if (!selected() || !environment()->canWrite())
        return;
    auto *dialog = new ConnectionDomainsDialog(m_services, *selected(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDomainsDialog::assigned, this, [this](const entities::Connection &connection) {
        m_model->updateFrom(connection);
        m_detail->showConnection(connection);
        QStringList names;
        for (const entities::Domain &d : connection.domains)
            names << text(d.domain);
        showInfo(names.isEmpty() ? tr("The connection has no domains now.")
                                 : tr("The connection's domains: <b>%1</b>.")
                                       .arg(names.join(QStringLiteral(", ")).toHtmlEscaped()));
    });
    dialog->open();
}

void ConnectionsTab::copySelectedJson()
{
    const ListConnection *c = selected();
    if (!c)
        return;
    // The full connection when it is loaded; its client secret is a Secret: written "[secret]".
    const bool full = m_detail->connection() && m_detail->connection()->id == c->id;
    QApplication::clipboard()->setText(full ? models::entityJson(*m_detail->connection())
                                            : models::entityJson(*c));
    showInfo(tr("Copied the connection as JSON (secrets masked)."));
}

void ConnectionsTab::deleteSelected()
{
    if (!selected() || !environment()->canWrite())
        return;
    const ListConnection c = *selected();
    const QString org = organizationOf(c);
    const QString message
        = tr("This deletes %1's %2 %3 connection for good. Users of its domains can no longer "
             "sign in through it; setting it up again means the customer's admin configures the "
             "IdP anew.")
              .arg(org, cf::providerName(c.provider), cf::typeName(c.type));
    if (!ConfirmByTypingDialog::confirmWrite(this, *environment(), tr("Delete SSO connection"), message, org,
                                             tr("Delete")))
        return;
    m_busy = true;
    updateActions();
    const std::string id = c.id;
    m_services->connections().removeSso(
        c.organizationId, id, this, [this, id, org](api::Result<api::Empty> result) {
            m_busy = false;
            updateActions();
            if (!result) {
                showFailure(tr("%1's connection was not deleted.").arg(org), result.error().describe());
                return;
            }
            m_model->removeConnection(id);
            if (m_detail->listConnection() && m_detail->listConnection()->id == id)
                m_detail->setConnection(std::nullopt);
            showInfo(tr("Deleted <b>%1</b>'s SSO connection.").arg(org.toHtmlEscaped()));
        });
}

void ConnectionsTab::showLogs()
{
    if (!m_logsWindow) {
        m_logsWindow = new AuthLogsWindow(m_services, environment(), this);
        connect(m_logsWindow, &AuthLogsWindow::connectionActivated, this,
                [this](const QString &org, const QString &id) {
                    showConnection(org, id);
                    window()->activateWindow();
                });
        connect(m_logsWindow, &AuthLogsWindow::organizationActivated, this,
                [this](const QString &id) { emit openTabRequested(TabId::Organizations, id, QString()); });
    }
    if (const ListConnection *c = selected())
        m_logsWindow->filterTo(text(c->organizationId), text(c->id));
    m_logsWindow->show();
    m_logsWindow->raise();
}

} // namespace sk::ui
