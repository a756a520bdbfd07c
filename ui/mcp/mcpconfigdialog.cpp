#include "ui/mcp/mcpconfigdialog.h"

#include "models/core/displayformat.h"
#include "models/mcp/mcpconfigrules.h"
#include "models/mcp/mcpconfigsmodel.h"
#include "services/resources/services.h"
#include "ui/widgets/fielderrors.h"
#include "ui/widgets/textstyle.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sk::ui {

using entities::McpConfig;
using models::McpConfigRules;

namespace {
constexpr int kToolsLoadedRole = Qt::UserRole + 1; // on a connection item: its tool list is in
constexpr int kProviderRole = Qt::UserRole + 2;
constexpr int kToolPageSize = 100;
constexpr int kMaxToolPages = 10; // 1000 tools per connection is plenty to pick from
} // namespace

McpConfigDialog::McpConfigDialog(services::Services *services, const std::optional<McpConfig> &existing,
                                 QWidget *parent)
    : RequestDialog(parent)
    , m_services(services)
    , m_existing(existing)
    , m_name(new QLineEdit(this))
    , m_nameNote(new QLabel(this))
    , m_description(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("mcpConfigDialog"));
    setWindowTitle(existing ? tr("Edit MCP config — %1").arg(models::text(existing->name))
                            : tr("New MCP config"));
    setSubmitText(existing ? tr("Save") : tr("Create"));

    m_name->setObjectName(QStringLiteral("mcpConfigName"));
    m_name->setPlaceholderText(tr("sales-assistant (lowercase letters, digits, - and _; up to 100)"));
    m_nameNote->setObjectName(QStringLiteral("mcpConfigNameNote"));
    m_nameNote->setWordWrap(true);
    m_nameNote->setStyleSheet(textStyle(TextRole::Muted));
    m_description->setObjectName(QStringLiteral("mcpConfigDescription"));
    m_description->setPlaceholderText(tr("What the agents using it do"));
    m_tree->setObjectName(QStringLiteral("mcpConfigConnections"));
    m_tree->setHeaderLabels({ tr("Connection / tool"), tr("Provider") });
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setMinimumHeight(260);
    m_count->setObjectName(QStringLiteral("mcpConfigCount"));
    m_count->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    QLabel *nameError = fieldErrors()->addField(QStringLiteral("name"), m_name);
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(m_nameNote); // across the form: it wraps at the dialog's width
    QLabel *descriptionError = fieldErrors()->addField(QStringLiteral("description"), m_description);
    form->addRow(tr("&Description"), m_description);
    form->addRow(QString(), descriptionError);
    bodyLayout()->addLayout(form);
    auto *pick
        = new QLabel(tr("Tick the connections the config maps; under each, tick the tools it exposes (none "
                        "ticked: all its tools)."),
                     this);
    pick->setWordWrap(true);
    bodyLayout()->addWidget(pick);
    bodyLayout()->addWidget(m_tree, 1);
    bodyLayout()->addWidget(m_count);
    bodyLayout()->addWidget(fieldErrors()->addField(QStringLiteral("connection_tool_mappings"), m_tree));
    bodyLayout()->addWidget(fieldErrors()->addField(QStringLiteral("connection_name"), m_tree));

    if (existing) {
        m_name->setText(models::text(existing->name));
        m_name->setReadOnly(true);
        m_nameNote->setText(
            tr("A config's name cannot change after creation: the API has no rename, and instances "
               "refer to their config by name. Create a new config to use another name."));
        m_description->setText(models::text(existing->description));
        for (const auto &mapping : existing->connectionToolMappings) {
            QTreeWidgetItem *item
                = addConnection(models::text(mapping.connectionName), models::text(mapping.provider));
            item->setCheckState(0, Qt::Checked);
            for (const std::string &tool : mapping.tools)
                addTool(item, models::text(tool), true);
        }
    } else {
        m_nameNote->setText(tr("The name cannot be changed later."));
    }

    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (!item->parent() && !item->data(0, kToolsLoadedRole).toBool())
            loadTools(item, {});
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != 0)
            return;
        if (item->parent() && item->checkState(0) == Qt::Checked)
            item->parent()->setCheckState(0, Qt::Checked); // a tool picked: its connection is in
        updateCount();
    });
    updateCount();
    loadConnections({});
    resize(640, 640);
}

QTreeWidgetItem *McpConfigDialog::connectionItem(const QString &name) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->text(0) == name)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *McpConfigDialog::addConnection(const QString &name, const QString &provider)
{
    if (QTreeWidgetItem *item = connectionItem(name)) {
        if (item->text(1).isEmpty())
            item->setText(1, provider);
        return item;
    }
    const QSignalBlocker block(m_tree);
    auto *item = new QTreeWidgetItem(m_tree, { name, provider });
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    item->setData(0, kProviderRole, provider);
    return item;
}

void McpConfigDialog::addTool(QTreeWidgetItem *connection, const QString &tool, bool checked)
{
    for (int i = 0; i < connection->childCount(); ++i) {
        if (connection->child(i)->text(0) == tool)
            return;
    }
    const QSignalBlocker block(m_tree);
    auto *item = new QTreeWidgetItem(connection, { tool });
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

void McpConfigDialog::loadConnections(const std::string &pageToken)
{
    // The environment's AgentKit connections, 30 a page (the API's limit).
    m_services->connections().listApp(
        {}, { 30, pageToken }, this,
        [this](api::Result<services::ConnectionsService::ListConnectionPage> result) {
            if (!result) {
                fieldErrors()->setFieldError(
                    QStringLiteral("connection_tool_mappings"),
                    tr("The connections were not listed: %1").arg(result.error().describe()));
                return;
            }
            for (const auto &c : result.value().items) {
                if (!c.keyId.empty())
                    addConnection(models::text(c.keyId), models::text(c.providerKey));
            }
            if (!result.value().nextPageToken.empty()) {
                loadConnections(result.value().nextPageToken);
                return;
            }
            m_tree->sortItems(0, Qt::AscendingOrder);
            m_connectionsLoaded = true;
            updateCount();
            emit connectionsListed();
        });
}

void McpConfigDialog::loadTools(QTreeWidgetItem *item, const std::string &pageToken)
{
    const QString name = item->text(0);
    services::ToolFilter filter;
    filter.connector = name.toStdString();
    const int page = item->data(0, kToolsLoadedRole + 10).toInt();
    m_services->tools().listNames(
        filter, { kToolPageSize, pageToken }, this,
        [this, name, page](api::Result<entities::Page<std::string>> result) {
            QTreeWidgetItem *connection = connectionItem(name);
            if (!connection)
                return;
            if (!result) {
                connection->setToolTip(0, tr("Tools not listed: %1").arg(result.error().describe()));
                return;
            }
            for (const std::string &tool : result.value().items)
                addTool(connection, models::text(tool), false);
            if (!result.value().nextPageToken.empty() && page + 1 < kMaxToolPages) {
                connection->setData(0, kToolsLoadedRole + 10, page + 1);
                loadTools(connection, result.value().nextPageToken);
                return;
            }
            connection->setData(0, kToolsLoadedRole, true);
            connection->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
            emit toolsListed(name);
        });
}

bool McpConfigDialog::toolsLoaded(const QString &connectionName) const
{
    const QTreeWidgetItem *item = connectionItem(connectionName);
    return item && item->data(0, kToolsLoadedRole).toBool();
}

bool McpConfigDialog::choose(const QString &connectionName, const QStringList &tools)
{
    QTreeWidgetItem *item = connectionItem(connectionName);
    if (!item)
        return false;
    item->setCheckState(0, Qt::Checked);
    for (const QString &tool : tools)
        addTool(item, tool, true);
    updateCount();
    return true;
}

McpConfig McpConfigDialog::config() const
{
    McpConfig config;
    config.name = m_name->text().trimmed().toStdString();
    config.description = m_description->text().trimmed().toStdString();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        entities::McpConfigConnectionToolMapping mapping;
        mapping.connectionName = item->text(0).toStdString();
        mapping.provider = item->text(1).toStdString();
        for (int t = 0; t < item->childCount(); ++t) {
            if (item->child(t)->checkState(0) == Qt::Checked)
                mapping.tools.push_back(item->child(t)->text(0).toStdString());
        }
        config.connectionToolMappings.push_back(std::move(mapping));
    }
    return config;
}

void McpConfigDialog::updateCount()
{
    const McpConfig current = config();
    const int chosen = int(current.connectionToolMappings.size());
    QStringList parts;
    for (const auto &m : current.connectionToolMappings) {
        parts << QStringLiteral("%1: %2").arg(models::text(m.connectionName),
                                              models::McpConfigsModel::toolCountText(int(m.tools.size())));
    }
    m_count->setText(
        tr("%1 of at most %2 connections chosen%3")
            .arg(chosen)
            .arg(McpConfigRules::kMaxMappings)
            .arg(parts.isEmpty() ? QString() : QStringLiteral(" — ") + parts.join(QStringLiteral("; "))));
    m_count->setStyleSheet(chosen > McpConfigRules::kMaxMappings ? textStyle(TextRole::Error) : QString());
    if (!m_connectionsLoaded && m_tree->topLevelItemCount() == 0)
        m_count->setText(tr("Listing the environment's AgentKit connections…"));
}

bool McpConfigDialog::validate()
{
    const auto problems = McpConfigRules::check(config(), !m_existing);
    for (const auto &problem : problems)
        fieldErrors()->setFieldError(problem.field, problem.message);
    if (!problems.empty())
        fieldErrors()->setGeneralError(tr("Please correct the fields marked in red."));
    return problems.empty();
}

api::ApiCall *McpConfigDialog::submit()
{
    const McpConfig form = config();
    auto done = completion<McpConfig>([this](const McpConfig &saved) { emit configSaved(saved); });
    if (m_existing)
        return m_services->mcp().updateConfig(m_existing->id, form.description, form.connectionToolMappings,
                                              this, std::move(done));
    return m_services->mcp().createConfig(form, this, std::move(done));
}

} // namespace sk::ui
