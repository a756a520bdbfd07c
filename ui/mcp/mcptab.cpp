#include "ui/mcp/mcptab.h"

#include "models/core/displayformat.h"
#include "models/mcp/mcpconfigsmodel.h"
#include "models/mcp/mcpinstancesmodel.h"
#include "models/mcp/mcpreadinessoverview.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/mcp/mcpauthstatepanel.h"
#include "ui/mcp/mcpconfigdialog.h"
#include "ui/mcp/mcpinstancedetailpane.h"
#include "ui/mcp/mcpinstancedialogs.h"
#include "ui/mcp/mcpoverviewpanel.h"
#include "ui/mcp/readinessmatrixview.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/tabframe.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace sk::ui {

using entities::McpConfig;
using entities::McpInstance;
using models::McpInstancesModel;
using models::text;

McpTab::McpTab(services::Services *services, services::EnvironmentStatus *status, QWidget *parent)
    : ResourcePage(TabId::Mcp, QStringLiteral("mcp"), status, parent)
    , m_services(services)
    , m_model(new McpInstancesModel(&services->mcp(), this))
    , m_configs(new models::McpConfigsModel(&services->mcp(), this))
    , m_overview(new models::McpReadinessOverview(services->client(), this))
    , m_panel(new McpOverviewPanel(m_overview, m_configs, this))
    , m_detail(new McpInstanceDetailPane(services, status, this))
    , m_user(new QLineEdit(this))
    , m_config(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
{
    setListModel(m_model, { 200, 220, 130, 140, 130, 130, 160 });
    setSummaryNouns(tr("MCP instance"), tr("MCP instances"));
    m_user->setObjectName(QStringLiteral("mcpUserFilter"));
    m_user->setPlaceholderText(tr("User identifier (exact)"));
    m_user->setClearButtonEnabled(true);
    m_user->setMinimumWidth(180);
    m_config->setObjectName(QStringLiteral("mcpConfigFilter"));
    m_config->setMinimumContentsLength(16);
    m_config->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_config->addItem(tr("All configs"), QString());
    m_name->setObjectName(QStringLiteral("mcpNameFilter"));
    m_name->setPlaceholderText(tr("Instance name (exact)"));
    m_name->setClearButtonEnabled(true);
    addFilterWidget(m_user);
    addFilterWidget(m_config);
    addFilterWidget(m_name);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kSearchDelayMs);

    using Place = ActionPlace;
    m_ensure = addPageAction(QStringLiteral("add"), tr("Ensure instance…"),
                             QStringLiteral("actionEnsureMcpInstance"), QKeySequence(Qt::CTRL | Qt::Key_N),
                             Place::Toolbar, &McpTab::ensureInstance);
    m_edit = addPageAction(QStringLiteral("edit"), tr("Rename / switch config…"),
                           QStringLiteral("actionEditMcpInstance"), QKeySequence(Qt::CTRL | Qt::Key_E),
                           Place::ToolbarAndContextMenu, &McpTab::editSelected);
    addContextSeparator();
    m_delete
        = addPageAction(QStringLiteral("delete"), tr("Delete"), QStringLiteral("actionDeleteMcpInstance"),
                        QKeySequence::Delete, Place::ToolbarAndContextMenu, &McpTab::deleteSelected);

    auto configAction
        = [this](const QString &icon, const QString &text, const QString &name, void (McpTab::*slot)()) {
              auto *action = new QAction(QIcon(QStringLiteral(":/icons/") + icon + QStringLiteral(".svg")),
                                         text, this);
              action->setObjectName(name);
              connect(action, &QAction::triggered, this, slot);
              m_panel->configsToolBar()->addAction(action);
              return action;
          };
    m_newConfig = configAction(QStringLiteral("add"), tr("New config…"), QStringLiteral("actionNewMcpConfig"),
                               &McpTab::newConfig);
    m_editConfig = configAction(QStringLiteral("edit"), tr("Edit config…"),
                                QStringLiteral("actionEditMcpConfig"), &McpTab::editConfig);
    m_deleteConfig = configAction(QStringLiteral("delete"), tr("Delete config…"),
                                  QStringLiteral("actionDeleteMcpConfig"), &McpTab::deleteConfig);
    setOverviewPanel(m_panel);
    setDetailPane(m_detail);

    connect(m_user, &QLineEdit::textEdited, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_name, &QLineEdit::textEdited, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_user, &QLineEdit::returnPressed, this, &McpTab::applyFilter);
    connect(m_name, &QLineEdit::returnPressed, this, &McpTab::applyFilter);
    connect(m_filterDelay, &QTimer::timeout, this, &McpTab::applyFilter);
    connect(m_config, &QComboBox::activated, this, &McpTab::applyFilter);
    connect(m_configs, &models::PagedTableModel::stateChanged, this, [this] {
        fillConfigFilter();
        updateActions();
    });
    connect(m_overview, &models::McpReadinessOverview::changed, this, [this] {
        m_configs->setInstanceCounts(m_overview->matrix().configCounts(), m_overview->isComplete());
    });
    connect(m_panel->matrix(), &ReadinessMatrixView::cellActivated, this,
            [this](const QString &instanceId, const QString &user, const QString &) {
                openInstance(instanceId, user);
            });
    connect(m_panel->configsView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &McpTab::updateActions);
    connect(m_panel->configsView(), &QTableView::doubleClicked, this, &McpTab::editConfig);
    connect(m_detail->authState(), &McpAuthStatePanel::loaded, this, &McpTab::authStateLoaded);
    connect(m_detail, &McpInstanceDetailPane::editRequested, this, &McpTab::editSelected);
    connect(m_detail, &McpInstanceDetailPane::deleteRequested, this, &McpTab::deleteSelected);
    finishSetup();
}

void McpTab::onLoadRequested()
{
    ResourcePage::onLoadRequested();
    m_configs->reload();
    m_configs->loadAll(); // a handful: the filter and the dialogs need every name
    m_overview->refresh();
}

void McpTab::refresh()
{
    if (!isConnected() || !frame()->hasLoaded())
        return;
    ResourcePage::refresh();
    m_configs->reload();
    m_configs->loadAll();
    m_overview->refresh();
    if (m_detail->instance())
        m_detail->authState()->refresh();
}

void McpTab::onEnvironmentReset()
{
    ResourcePage::onEnvironmentReset();
    m_overview->cancel();
    m_user->clear();
    m_name->clear();
    m_config->clear();
    m_config->addItem(tr("All configs"), QString());
    m_model->clearFilter();
    m_detail->setInstance(std::nullopt);
}

QStringList McpTab::configNames() const
{
    QStringList names;
    for (int row = 0; row < m_configs->entityCount(); ++row)
        names << text(m_configs->configAt(row)->name);
    names.sort(Qt::CaseInsensitive);
    return names;
}

void McpTab::fillConfigFilter()
{
    const QString current = m_config->currentData().toString();
    for (const QString &name : configNames()) {
        if (m_config->findData(name) < 0)
            m_config->addItem(name, name);
    }
    m_config->setCurrentIndex(std::max(0, m_config->findData(current)));
}

bool McpTab::isSearching() const
{
    return m_model->isFiltered();
}

void McpTab::applyFilter()
{
    m_filterDelay->stop();
    if (!frame()->hasLoaded())
        return;
    services::McpInstanceFilter filter;
    filter.userIdentifier = m_user->text().trimmed().toStdString();
    filter.configName = m_config->currentData().toString().toStdString();
    filter.name = m_name->text().trimmed().toStdString();
    const auto &old = m_model->filter();
    if (filter.userIdentifier == old.userIdentifier && filter.configName == old.configName
        && filter.name == old.name && m_model->state() != models::PagedTableModel::State::Idle)
        return;
    m_model->setFilter(filter);
    updateSummary();
}

void McpTab::openInstance(const QString &instanceId, const QString &user)
{
    m_user->setText(user);
    m_name->clear();
    m_config->setCurrentIndex(0);
    applyFilter();
    selectWhenLoaded(instanceId);
    if (const int row = m_model->rowOf(instanceId); row >= 0)
        onCurrentRowChanged(row);
}

void McpTab::onCurrentRowChanged(int row)
{
    const McpInstance *instance = m_model->instanceAt(row);
    if (instance)
        m_detail->setInstance(*instance);
    else if (!m_detail->instance() || m_model->rowOf(m_detail->instance()->id) < 0)
        m_detail->setInstance(std::nullopt);
}

const McpInstance *McpTab::selected() const
{
    return m_model->instanceAt(view()->currentSourceRow());
}

const McpConfig *McpTab::selectedConfig() const
{
    const QModelIndex current = m_panel->configsView()->currentIndex();
    return current.isValid() ? m_configs->configAt(current.row()) : nullptr;
}

void McpTab::updateActions()
{
    const bool writable = environment()->canWrite() && !m_busy;
    m_ensure->setEnabled(writable && m_configs->entityCount() > 0);
    m_edit->setEnabled(writable && selected());
    m_delete->setEnabled(writable && selected());
    m_newConfig->setEnabled(writable);
    m_editConfig->setEnabled(writable && selectedConfig());
    m_deleteConfig->setEnabled(writable && selectedConfig());
}

void McpTab::instanceChanged(const McpInstance &instance)
{
    if (m_model->replaceEntity(instance) < 0)
        m_model->addInstance(instance);
    if (m_detail->instance() && m_detail->instance()->id == instance.id) {
        m_detail->setInstance(instance);
        m_detail->authState()->refresh(); // the config may have changed
    }
    m_overview->refresh();
}

void McpTab::authStateLoaded()
{
    // The grid is the freshest word on the instance: its row's badge and the detail follow it.
    if (!m_detail->instance())
        return;
    McpInstance instance = *m_detail->instance();
    for (auto &mapping : instance.config.connectionToolMappings) {
        for (const auto &state : m_detail->authState()->states()) {
            if (state.connectionName != mapping.connectionName)
                continue;
            mapping.connectedAccountStatus = state.connectedAccountStatus;
            mapping.connectedAccountId = state.connectedAccountId;
        }
    }
    if (instance == *m_detail->instance())
        return;
    m_model->updateInstance(instance);
    m_detail->setInstance(instance);
}

void McpTab::ensureInstance()
{
    if (!environment()->canWrite())
        return;
    auto *dialog
        = new EnsureMcpInstanceDialog(m_services, configNames(), m_config->currentData().toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_user->text().trimmed().isEmpty())
        dialog->userEdit()->setText(m_user->text().trimmed());
    connect(dialog, &EnsureMcpInstanceDialog::instanceEnsured, this, [this](const McpInstance &instance) {
        const bool existed = m_model->rowOf(instance.id) >= 0;
        instanceChanged(instance);
        if (const int row = m_model->rowOf(instance.id); row >= 0)
            view()->selectSourceRow(row);
        selectWhenLoaded(QString::fromStdString(instance.id));
        showInfo(existed ? tr("<b>%1</b> already had an instance of <b>%2</b>: it is selected.")
                               .arg(text(instance.userIdentifier).toHtmlEscaped(),
                                    text(instance.config.name).toHtmlEscaped())
                         : tr("Instance <b>%1</b> is ready for %2 once every connection is authorized.")
                               .arg(text(instance.name).toHtmlEscaped(),
                                    text(instance.userIdentifier).toHtmlEscaped()));
    });
    dialog->open();
}

void McpTab::editSelected()
{
    if (!selected() || !environment()->canWrite())
        return;
    auto *dialog = new EditMcpInstanceDialog(m_services, *selected(), configNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditMcpInstanceDialog::instanceSaved, this, [this](const McpInstance &instance) {
        instanceChanged(instance);
        showInfo(tr("Saved <b>%1</b>.").arg(text(instance.name).toHtmlEscaped()));
    });
    dialog->open();
}

void McpTab::deleteSelected()
{
    if (!selected() || !environment()->canWrite())
        return;
    const McpInstance instance = *selected(); // a copy: the question runs an event loop
    const QString name = text(instance.name);
    const QString message
        = tr("This deletes %1's MCP instance %2: its URL stops working at once and the user's agent "
             "loses these tools. Their connected accounts stay.")
              .arg(text(instance.userIdentifier), name);
    if (!ConfirmByTypingDialog::confirmWrite(this, *environment(), tr("Delete MCP instance"), message, name,
                                             tr("Delete")))
        return;
    m_busy = true;
    updateActions();
    const std::string id = instance.id;
    m_services->mcp().removeInstance(id, this, [this, id, name](api::Result<api::Empty> result) {
        m_busy = false;
        updateActions();
        if (!result) {
            showFailure(tr("%1 was not deleted.").arg(name), result.error().describe());
            return;
        }
        m_model->removeInstance(id);
        if (m_detail->instance() && m_detail->instance()->id == id)
            m_detail->setInstance(std::nullopt);
        m_overview->refresh();
        showInfo(tr("Deleted the MCP instance <b>%1</b>.").arg(name.toHtmlEscaped()));
    });
}

void McpTab::newConfig()
{
    if (!environment()->canWrite())
        return;
    auto *dialog = new McpConfigDialog(m_services, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &McpConfigDialog::configSaved, this, [this](const McpConfig &config) {
        m_configs->addConfig(config);
        fillConfigFilter();
        showInfo(tr("Created the MCP config <b>%1</b>.").arg(text(config.name).toHtmlEscaped()));
    });
    dialog->open();
}

void McpTab::editConfig()
{
    if (!selectedConfig() || !environment()->canWrite())
        return;
    auto *dialog = new McpConfigDialog(m_services, *selectedConfig(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &McpConfigDialog::configSaved, this, [this](const McpConfig &config) {
        m_configs->updateConfig(config);
        m_overview->refresh(); // instances of this config may need other connections now
        ResourcePage::refresh();
        showInfo(tr("Saved the MCP config <b>%1</b>.").arg(text(config.name).toHtmlEscaped()));
    });
    dialog->open();
}

void McpTab::deleteConfig()
{
    if (!selectedConfig() || !environment()->canWrite())
        return;
    const McpConfig config = *selectedConfig();
    const QString name = text(config.name);
    // Count its instances now (the overview may be stale or still counting).
    services::McpInstanceFilter filter;
    filter.configName = config.name;
    m_busy = true;
    updateActions();
    m_services->mcp().listInstances(
        filter, { McpInstancesModel::kPageSize, {} }, this,
        [this, config, name](api::Result<entities::Page<McpInstance>> page) {
            m_busy = false;
            updateActions();
            QString uses;
            if (!page) {
                uses = tr("Its instances could not be counted (%1).").arg(page.error().describe());
            } else {
                const qint64 count = page.value().nextPageToken.empty() ? qint64(page.value().items.size())
                                                                        : qint64(page.value().totalSize);
                uses = count == 0
                    ? tr("No instance uses it.")
                    : tr("%1 use it: they are deleted with it, and those users' agents lose these tools.")
                          .arg(models::countOf(count, tr("instance"), tr("instances")));
            }
            const QString message = tr("This deletes the MCP config %1. %2").arg(name, uses);
            if (!ConfirmByTypingDialog::confirmWrite(this, *environment(), tr("Delete MCP config"), message,
                                                     name, tr("Delete")))
                return;
            m_busy = true;
            updateActions();
            m_services->mcp().removeConfig(
                config.id, this, [this, config, name](api::Result<api::Empty> result) {
                    m_busy = false;
                    updateActions();
                    if (!result) {
                        showFailure(tr("The config %1 was not deleted.").arg(name),
                                    result.error().describe());
                        return;
                    }
                    m_configs->removeConfig(config.id);
                    if (const int index = m_config->findData(name); index > 0)
                        m_config->removeItem(index);
                    ResourcePage::refresh();
                    m_overview->refresh();
                    showInfo(tr("Deleted the MCP config <b>%1</b>.").arg(name.toHtmlEscaped()));
                });
        });
}

} // namespace sk::ui
