#include "ui/agentkit/toolspanel.h"

#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/providericon.h"
#include "ui/widgets/textstyle.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <functional>
#include <optional>

namespace sk::ui {

namespace {
constexpr int kToolPageSize = 50;

QString pretty(const nlohmann::json &value)
{
    return QString::fromStdString(value.dump(2));
}

entities::Tool toolOf(entities::Tool tool)
{
    return tool;
}
entities::Tool toolOf(entities::ScopedTool scoped)
{
    return std::move(scoped.tool);
}

nlohmann::json exampleOf(const nlohmann::json &property)
{
    if (property.contains("default"))
        return property["default"];
    const std::string type = property.value("type", std::string("string"));
    if (type == "integer" || type == "number")
        return property.contains("minimum") ? property["minimum"] : nlohmann::json(0);
    if (type == "boolean")
        return false;
    if (type == "array")
        return nlohmann::json::array();
    if (type == "object")
        return nlohmann::json::object();
    return "";
}
} // namespace

QString ToolsPanel::inputTemplate(const nlohmann::json &inputSchema)
{
    nlohmann::ordered_json input = nlohmann::ordered_json::object();
    if (inputSchema.is_object() && inputSchema.contains("properties")
        && inputSchema["properties"].is_object()) {
        const nlohmann::json &properties = inputSchema["properties"];
        if (inputSchema.contains("required") && inputSchema["required"].is_array()) {
            for (const auto &name : inputSchema["required"]) {
                if (name.is_string() && properties.contains(name.get<std::string>()))
                    input[name.get<std::string>()] = exampleOf(properties[name.get<std::string>()]);
            }
        }
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!input.contains(it.key()))
                input[it.key()] = it.value().is_object() ? exampleOf(it.value()) : nlohmann::json("");
        }
    }
    return QString::fromStdString(input.dump(2));
}

ToolsPanel::ToolsPanel(services::Services *services, services::EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_status(status)
    , m_connection(new QComboBox(this))
    , m_identifier(new QLineEdit(this))
    , m_tools(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_schema(new QPlainTextEdit(this))
    , m_input(new QPlainTextEdit(this))
    , m_result(new QPlainTextEdit(this))
    , m_execute(new QPushButton(tr("Execute…"), this))
    , m_statusLine(new QLabel(this))
{
    setObjectName(QStringLiteral("agentkitToolsPanel"));
    m_connection->setObjectName(QStringLiteral("toolsConnection"));
    m_connection->setMinimumContentsLength(18);
    m_identifier->setObjectName(QStringLiteral("toolsIdentifier"));
    m_identifier->setPlaceholderText(tr("User identifier to run as (e.g. an email)"));
    m_tools->setObjectName(QStringLiteral("toolsList"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QPlainTextEdit *edit : {m_schema, m_result})
        edit->setReadOnly(true);
    m_schema->setObjectName(QStringLiteral("toolsSchema"));
    m_input->setObjectName(QStringLiteral("toolsInput"));
    m_result->setObjectName(QStringLiteral("toolsResult"));
    m_execute->setObjectName(QStringLiteral("toolsExecute"));
    m_statusLine->setObjectName(QStringLiteral("toolsStatus"));
    m_statusLine->setWordWrap(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : {m_schema, m_input, m_result})
        edit->setFont(mono);
    m_result->setPlaceholderText(tr("The tool's answer appears here."));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Connection"), this));
    controls->addWidget(m_connection);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Run as"), this));
    controls->addWidget(m_identifier, 1);
    controls->addWidget(m_execute);

    auto *schemaBox = new QWidget(this);
    auto *schemaLayout = new QVBoxLayout(schemaBox);
    schemaLayout->setContentsMargins(0, 0, 0, 0);
    schemaLayout->addWidget(m_description);
    schemaLayout->addWidget(new QLabel(tr("Input schema"), this));
    schemaLayout->addWidget(m_schema, 1);
    auto *runBox = new QWidget(this);
    auto *runLayout = new QVBoxLayout(runBox);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(new QLabel(tr("Input (JSON)"), this));
    runLayout->addWidget(m_input, 1);
    runLayout->addWidget(new QLabel(tr("Result"), this));
    runLayout->addWidget(m_result, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tools);
    splitter->addWidget(schemaBox);
    splitter->addWidget(runBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_statusLine);
    layout->addWidget(splitter, 1);

    connect(m_connection, &QComboBox::activated, this, &ToolsPanel::loadTools);
    connect(m_tools, &QListWidget::currentRowChanged, this, &ToolsPanel::showTool);
    connect(m_identifier, &QLineEdit::textChanged, this, &ToolsPanel::updateButtons);
    connect(m_identifier, &QLineEdit::editingFinished, this, [this] {
        if (m_identifier->text().trimmed() != m_listedFor)
            loadTools();
    });
    connect(m_execute, &QPushButton::clicked, this, &ToolsPanel::execute);
    connect(m_status, &services::EnvironmentStatus::writableChanged, this, &ToolsPanel::updateButtons);
    showTool();
}

void ToolsPanel::setConnections(const QList<QPair<QString, QString>> &connections)
{
    const QString current = m_connection->currentText();
    m_connection->clear();
    for (const auto &[name, provider] : connections)
        m_connection->addItem(providerIcon(provider), name, provider);
    if (const int index = m_connection->findText(current); index >= 0)
        m_connection->setCurrentIndex(index);
    else if (m_connection->count() > 0 && m_loaded.empty())
        loadTools();
}

void ToolsPanel::showConnection(const QString &connectionName, const QString &identifier)
{
    if (!identifier.isEmpty())
        m_identifier->setText(identifier);
    const int index = m_connection->findText(connectionName);
    if (index < 0)
        return;
    m_connection->setCurrentIndex(index);
    loadTools();
}

void ToolsPanel::clear()
{
    delete m_scope;
    m_scope = nullptr;
    m_loaded.clear();
    m_tools->clear();
    m_connection->clear();
    m_result->clear();
    m_statusLine->clear();
    showTool();
}

void ToolsPanel::loadTools()
{
    delete m_scope; // aborts the previous listing's requests
    m_scope = new QObject(this);
    m_loaded.clear();
    m_tools->clear();
    const QString provider = m_connection->currentData().toString();
    const QString connection = m_connection->currentText();
    const QString identifier = m_identifier->text().trimmed();
    m_listedFor = identifier;
    if (provider.isEmpty()) {
        showTool();
        return;
    }
    m_statusLine->setStyleSheet(textStyle(TextRole::Muted));
    m_statusLine->setText(tr("Loading the tools of %1…").arg(connection));
    QObject *scope = m_scope;
    // Each page's tools are added; the last one says how many there are and what they are.
    const auto received = [this, scope](auto page, const QString &done) -> std::optional<std::string> {
        if (scope != m_scope)
            return std::nullopt;
        if (!page) {
            m_statusLine->setStyleSheet(textStyle(TextRole::Error));
            m_statusLine->setText(tr("The tools could not be listed: %1").arg(page.error().sentence()));
            return std::nullopt;
        }
        for (auto &item : page.value().items) {
            entities::Tool tool = toolOf(std::move(item));
            m_tools->addItem(QString::fromStdString(tool.name()));
            m_loaded.push_back(std::move(tool));
        }
        if (page.value().hasMore())
            return page.value().nextPageToken;
        m_statusLine->setStyleSheet(textStyle(TextRole::Muted));
        m_statusLine->setText(done.arg(m_loaded.size()));
        if (m_tools->count() > 0 && m_tools->currentRow() < 0)
            m_tools->setCurrentRow(0);
        return std::nullopt;
    };
    auto next = std::make_shared<std::function<void(const std::string &)>>();
    if (identifier.isEmpty()) {
        // No user: the connection's provider's catalogue.
        services::ToolFilter filter;
        filter.provider = provider.toStdString();
        const QString done
            = tr("%1 tools in the %2 catalogue; type a user to see the tools scoped to their account.")
                  .arg(QStringLiteral("%1"), provider);
        *next = [this, filter, scope, next, received, done](const std::string &token) {
            m_services->tools().list(
                filter, {kToolPageSize, token}, scope,
                [next, received, done](api::Result<services::ToolsService::ToolPage> page) {
                    if (const auto more = received(std::move(page), done))
                        (*next)(*more);
                    else
                        *next = nullptr; // breaks the cycle
                });
        };
    } else {
        // A user: the tools scoped to their connected account on this connection.
        services::ScopedToolFilter filter;
        filter.connectionNames.push_back(connection.toStdString());
        const QString done
            = tr("%1 tools scoped to %2's account on %3.").arg(QStringLiteral("%1"), identifier, connection);
        *next = [this, filter, identifier, scope, next, received, done](const std::string &token) {
            m_services->tools().scoped(
                identifier.toStdString(), filter, {kToolPageSize, token}, scope,
                [next, received, done](api::Result<services::ToolsService::ScopedToolPage> page) {
                    if (const auto more = received(std::move(page), done))
                        (*next)(*more);
                    else
                        *next = nullptr;
                });
        };
    }
    (*next)({});
}

void ToolsPanel::showTool()
{
    const int row = m_tools->currentRow();
    if (row < 0 || row >= int(m_loaded.size())) {
        m_description->setText(tr("Pick a connection, then a tool, to see what it takes."));
        m_schema->clear();
        m_input->clear();
        updateButtons();
        return;
    }
    const entities::Tool &tool = m_loaded[std::size_t(row)];
    const nlohmann::json &definition = tool.definition;
    const nlohmann::json schema = definition.is_object() && definition.contains("input_schema")
        ? definition["input_schema"]
        : nlohmann::json::object();
    QString description = definition.is_object() && definition.contains("description")
            && definition["description"].is_string()
        ? QString::fromStdString(definition["description"].get<std::string>())
        : QString();
    m_description->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(QString::fromStdString(tool.name()).toHtmlEscaped(), description.toHtmlEscaped()));
    m_schema->setPlainText(pretty(schema));
    m_input->setPlainText(inputTemplate(schema));
    m_result->clear();
    updateButtons();
}

void ToolsPanel::updateButtons()
{
    const bool ready = m_tools->currentRow() >= 0 && !m_identifier->text().trimmed().isEmpty();
    m_execute->setEnabled(ready && !m_running && m_status->canWrite());
    m_execute->setToolTip(m_identifier->text().trimmed().isEmpty()
                              ? tr("Type the identifier of the user to run the tool as.")
                              : tr("Run the tool for this user's connected account."));
}

void ToolsPanel::execute()
{
    const int row = m_tools->currentRow();
    const QString identifier = m_identifier->text().trimmed();
    if (row < 0 || row >= int(m_loaded.size()) || identifier.isEmpty())
        return;
    nlohmann::json params;
    try {
        params = nlohmann::json::parse(m_input->toPlainText().toStdString());
    } catch (const nlohmann::json::exception &e) {
        m_statusLine->setStyleSheet(textStyle(TextRole::Error));
        m_statusLine->setText(tr("The input is not valid JSON: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    if (!params.is_object()) {
        m_statusLine->setStyleSheet(textStyle(TextRole::Error));
        m_statusLine->setText(tr("The input must be a JSON object ({…})."));
        return;
    }
    const QString toolName = QString::fromStdString(m_loaded[std::size_t(row)].name());
    const QString connection = m_connection->currentText();
    if (!ConfirmByTypingDialog::confirmWrite(
            this, *m_status, tr("Run tool"),
            tr("Run %1 as %2 through %3? It acts on that user's real account (it may send, create or change "
               "things).")
                .arg(toolName, identifier, connection),
            toolName, tr("Run")))
        return;
    entities::ExecuteToolRequest request;
    request.toolName = toolName.toStdString();
    request.identifier = identifier.toStdString();
    request.connector = connection.toStdString();
    request.params = std::move(params);
    m_running = true;
    updateButtons();
    m_statusLine->setStyleSheet(textStyle(TextRole::Muted));
    m_statusLine->setText(tr("Running %1…").arg(toolName));
    m_services->tools().execute(
        request, this, [this, toolName](api::Result<entities::ExecuteToolResult> result) {
            m_running = false;
            updateButtons();
            if (!result) {
                const api::ApiError &error = result.error();
                QString text = tr("%1 failed: %2").arg(toolName, error.sentence());
                if (error.toolError)
                    text += tr(" Tool error %1 (execution %2): %3")
                                .arg(error.toolError->code, error.toolError->executionId,
                                     error.toolError->message);
                m_statusLine->setStyleSheet(textStyle(TextRole::Error));
                m_statusLine->setText(text);
                m_result->clear();
                return;
            }
            m_statusLine->setStyleSheet(textStyle(TextRole::Muted));
            m_statusLine->setText(tr("%1 ran (execution %2).")
                                      .arg(toolName, QString::fromStdString(result.value().executionId)));
            m_result->setPlainText(pretty(result.value().data));
        });
}

} // namespace sk::ui
