#include "ui/mcp/mcpinstancedialogs.h"

#include "models/core/displayformat.h"
#include "services/resources/services.h"
#include "ui/widgets/fielderrors.h"
#include "ui/widgets/textstyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sk::ui {

using entities::McpInstance;

namespace {
QComboBox *newConfigCombo(const QStringList &names, const QString &current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("mcpInstanceConfig"));
    combo->setEditable(false);
    combo->addItems(names);
    if (!current.isEmpty() && combo->findText(current) < 0)
        combo->addItem(current);
    combo->setCurrentIndex(std::max(0, combo->findText(current)));
    return combo;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(textStyle(TextRole::Muted));
    return label;
}
} // namespace

EnsureMcpInstanceDialog::EnsureMcpInstanceDialog(services::Services *services, const QStringList &configNames,
                                                 const QString &configName, QWidget *parent)
    : RequestDialog(parent)
    , m_services(services)
    , m_user(new QLineEdit(this))
    , m_config(newConfigCombo(configNames, configName, this))
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("ensureMcpInstanceDialog"));
    setWindowTitle(tr("Ensure MCP instance"));
    setSubmitText(tr("Ensure"));
    m_user->setObjectName(QStringLiteral("mcpInstanceUser"));
    m_user->setPlaceholderText(tr("The user's identifier in your app (e.g. an email)"));
    m_name->setObjectName(QStringLiteral("mcpInstanceName"));
    m_name->setPlaceholderText(tr("Optional: the server names it after the config and user"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&User identifier"), m_user);
    form->addRow(QString(), fieldErrors()->addField(QStringLiteral("user_identifier"), m_user));
    form->addRow(tr("&Config"), m_config);
    form->addRow(QString(), fieldErrors()->addField(QStringLiteral("config_name"), m_config));
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), fieldErrors()->addField(QStringLiteral("name"), m_name));
    bodyLayout()->addLayout(form);
    bodyLayout()->addWidget(
        note(tr("A user has one instance per config: when it exists already, it is the one "
                "returned (and selected), unchanged."),
             this));
    resize(520, 260);
    m_user->setFocus();
}

bool EnsureMcpInstanceDialog::validate()
{
    bool ok = true;
    if (m_user->text().trimmed().isEmpty()) {
        fieldErrors()->setFieldError(QStringLiteral("user_identifier"), tr("A user identifier is required."));
        ok = false;
    }
    if (m_config->currentText().isEmpty()) {
        fieldErrors()->setFieldError(QStringLiteral("config_name"), tr("Create a config first."));
        ok = false;
    }
    return ok;
}

api::ApiCall *EnsureMcpInstanceDialog::submit()
{
    return m_services->mcp().ensureInstance(
        m_config->currentText().toStdString(), m_user->text().trimmed().toStdString(),
        m_name->text().trimmed().toStdString(), this,
        completion<McpInstance>([this](const McpInstance &instance) { emit instanceEnsured(instance); }));
}

EditMcpInstanceDialog::EditMcpInstanceDialog(services::Services *services, const McpInstance &instance,
                                             const QStringList &configNames, QWidget *parent)
    : RequestDialog(parent)
    , m_services(services)
    , m_instance(instance)
    , m_name(new QLineEdit(models::text(instance.name), this))
    , m_config(newConfigCombo(configNames, models::text(instance.config.name), this))
{
    setObjectName(QStringLiteral("editMcpInstanceDialog"));
    setWindowTitle(tr("MCP instance — %1").arg(models::text(instance.name)));
    setSubmitText(tr("Save"));
    m_name->setObjectName(QStringLiteral("mcpInstanceName"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("User identifier"), new QLabel(models::text(instance.userIdentifier), this));
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), fieldErrors()->addField(QStringLiteral("name"), m_name));
    form->addRow(tr("&Config"), m_config);
    form->addRow(QString(), fieldErrors()->addField(QStringLiteral("config_name"), m_config));
    bodyLayout()->addLayout(form);
    bodyLayout()->addWidget(
        note(tr("Switching the config changes which connections the user must authorize; the "
                "instance URL stays the same."),
             this));
    resize(520, 240);
}

bool EditMcpInstanceDialog::validate()
{
    if (m_name->text().trimmed().isEmpty()) {
        fieldErrors()->setFieldError(QStringLiteral("name"), tr("A name is required."));
        return false;
    }
    return true;
}

api::ApiCall *EditMcpInstanceDialog::submit()
{
    const std::string name = m_name->text().trimmed().toStdString();
    const std::string config = m_config->currentText().toStdString();
    return m_services->mcp().updateInstance(
        m_instance.id, name == m_instance.name ? std::string() : name,
        config == m_instance.config.name ? std::string() : config, this,
        completion<McpInstance>([this](const McpInstance &instance) { emit instanceSaved(instance); }));
}

} // namespace sk::ui
