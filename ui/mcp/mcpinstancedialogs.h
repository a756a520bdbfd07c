#pragma once

#include "services/entities/mcpinstance.h"
#include "ui/widgets/requestdialog.h"

class QComboBox;
class QLineEdit;

namespace sk::services {
class Services;
}

namespace sk::ui {

// Ensure an MCP instance for a user and a config: the API returns the user's existing instance
// of that config, or creates one (so it is safe to ask twice). The name is optional (the
// server makes one up).
class EnsureMcpInstanceDialog : public RequestDialog
{
    Q_OBJECT

public:
    EnsureMcpInstanceDialog(services::Services *services, const QStringList &configNames,
                            const QString &configName, QWidget *parent = nullptr);

    QLineEdit *userEdit() const { return m_user; }
    QComboBox *configCombo() const { return m_config; }
    QLineEdit *nameEdit() const { return m_name; }

signals:
    void instanceEnsured(const sk::entities::McpInstance &instance);

protected:
    bool validate() override;
    api::ApiCall *submit() override;

private:
    services::Services *m_services;
    QLineEdit *m_user;
    QComboBox *m_config;
    QLineEdit *m_name;
};

// Rename an MCP instance or switch it to another config (PATCH sends only what changed).
class EditMcpInstanceDialog : public RequestDialog
{
    Q_OBJECT

public:
    EditMcpInstanceDialog(services::Services *services, const entities::McpInstance &instance,
                          const QStringList &configNames, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *configCombo() const { return m_config; }

signals:
    void instanceSaved(const sk::entities::McpInstance &instance);

protected:
    bool validate() override;
    api::ApiCall *submit() override;

private:
    services::Services *m_services;
    entities::McpInstance m_instance;
    QLineEdit *m_name;
    QComboBox *m_config;
};

} // namespace sk::ui
