#include "ui/mcp/mcpinstancedetailpane.h"

#include "models/core/displayformat.h"
#include "models/mcp/mcpconfigsmodel.h"
#include "models/mcp/mcpreadiness.h"
#include "services/core/environmentstatus.h"
#include "ui/mcp/mcpauthstatepanel.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/statuscolors.h"
#include "ui/widgets/textstyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sk::ui {

using models::text;

namespace {
std::optional<bool> g_revealAnswer;

QLabel *valueLabel(const QString &value, QWidget *parent)
{
    auto *label = new QLabel(value, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

void McpInstanceDetailPane::setRevealAnswerForTesting(std::optional<bool> answer)
{
    g_revealAnswer = answer;
}

McpInstanceDetailPane::McpInstanceDetailPane(services::Services *services,
                                             services::EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_environment(status)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_readiness(new QLabel(this))
    , m_fields(new QFormLayout)
    , m_url(new SecretField(this))
    , m_edit(new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Rename or switch config…"), this))
    , m_delete(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete…"), this))
    , m_authState(new McpAuthStatePanel(services, status, this))
{
    setObjectName(QStringLiteral("mcpInstanceDetail"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setStyleSheet(textStyle(TextRole::Muted));
    m_readiness->setObjectName(QStringLiteral("mcpReadinessBadge"));
    m_url->setObjectName(QStringLiteral("mcpInstanceUrl"));
    m_url->setRevealGuard([this] { return confirmReveal(); });
    m_edit->setObjectName(QStringLiteral("mcpInstanceEdit"));
    m_delete->setObjectName(QStringLiteral("mcpInstanceDelete"));

    auto *urlNote = new QLabel(tr("The instance URL is pre-authenticated: anyone holding it uses the user's "
                                  "connections. It is never in Copy as JSON or exports."),
                               this);
    urlNote->setWordWrap(true);
    urlNote->setStyleSheet(textStyle(TextRole::Muted));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addStretch(1);
    actions->addWidget(m_delete);
    auto *badgeRow = new QHBoxLayout;
    badgeRow->addWidget(m_readiness);
    badgeRow->addStretch(1);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(badgeRow);
    layout->addWidget(m_authState); // first: what blocks the instance and the links that fix it
    layout->addLayout(actions);
    layout->addLayout(m_fields);
    layout->addWidget(new QLabel(tr("Instance URL"), content));
    layout->addWidget(m_url);
    layout->addWidget(urlNote);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_edit, &QPushButton::clicked, this, &McpInstanceDetailPane::editRequested);
    connect(m_delete, &QPushButton::clicked, this, &McpInstanceDetailPane::deleteRequested);
    connect(m_environment, &services::EnvironmentStatus::writableChanged, this,
            &McpInstanceDetailPane::updateButtons);
    setInstance(std::nullopt);
}

bool McpInstanceDetailPane::confirmReveal()
{
    if (!m_instance)
        return false;
    if (g_revealAnswer) {
        const bool yes = *g_revealAnswer;
        g_revealAnswer.reset();
        return yes;
    }
    return QMessageBox::question(
               this, tr("Reveal instance URL"),
               tr("The URL of %1's instance is pre-authenticated: whoever has it can call every "
                  "tool of the config as this user. Show it on screen?")
                   .arg(text(m_instance->userIdentifier)))
        == QMessageBox::Yes;
}

void McpInstanceDetailPane::updateButtons()
{
    const bool writable = m_environment->canWrite() && m_instance;
    m_edit->setEnabled(writable);
    m_delete->setEnabled(writable);
}

void McpInstanceDetailPane::setInstance(const std::optional<entities::McpInstance> &instance)
{
    const bool same = instance && m_instance && instance->id == m_instance->id;
    m_instance = instance;
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    if (!same)
        m_url->clear(); // never carry one instance's URL over to another
    updateButtons();
    if (!instance) {
        m_title->setText(tr("No instance selected"));
        m_subtitle->setText(
            tr("Select an MCP instance to see whether its user's agent can use it, and why not."));
        m_readiness->clear();
        m_readiness->setStyleSheet(QString());
        m_authState->setInstance({});
        m_authState->hide();
        return;
    }
    const entities::McpInstance &x = *instance;
    m_title->setText(text(x.name));
    m_subtitle->setText(tr("%1 · config %2").arg(text(x.userIdentifier), text(x.config.name)));
    const models::StatusBadge badge = models::McpReadiness::of(x).badge();
    const QColor fill = statusColor(badge.tone, palette());
    m_readiness->setText(QStringLiteral(" %1 ").arg(badge.text));
    m_readiness->setToolTip(badge.tooltip);
    m_readiness->setStyleSheet(
        QStringLiteral("background: %1; color: %2; border-radius: 8px; padding: 2px 8px;")
            .arg(fill.name(), textColorOn(fill).name()));
    auto add = [this](const QString &label, const QString &value) {
        m_fields->addRow(label, valueLabel(value, this));
    };
    add(tr("User identifier"), text(x.userIdentifier));
    add(tr("Config"), text(x.config.name));
    add(tr("Connections"), models::McpConfigsModel::connectionsText(x.config));
    add(tr("Last used"), x.lastUsedAt.isSet() ? models::formatTimestamp(x.lastUsedAt) : tr("never"));
    add(tr("Updated"), models::formatTimestamp(x.updatedAt));
    add(tr("ID"), text(x.id));
    if (!same || m_url->secret().isEmpty())
        m_url->setSecret(QString::fromStdString(x.url.reveal())); // masked; Reveal asks first
    m_authState->show();
    m_authState->setInstance(x.id);
}

} // namespace sk::ui
