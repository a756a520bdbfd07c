#pragma once

#include "services/entities/mcpinstance.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace sk::services {
class EnvironmentStatus;
class Services;
} // namespace sk::services

namespace sk::ui {

class McpAuthStatePanel;
class SecretField;

// The selected MCP instance: its name, user, config and readiness, the instance URL (a
// credential: masked, Reveal asks first, Copy clears the clipboard after a minute), and the
// auth-state grid that says which connection blocks it and gives the link to fix it.
class McpInstanceDetailPane : public QWidget
{
    Q_OBJECT

public:
    McpInstanceDetailPane(services::Services *services, services::EnvironmentStatus *status,
                          QWidget *parent = nullptr);

    void setInstance(const std::optional<entities::McpInstance> &instance);
    const std::optional<entities::McpInstance> &instance() const { return m_instance; }

    SecretField *urlField() const { return m_url; }
    McpAuthStatePanel *authState() const { return m_authState; }
    QLabel *readinessBadge() const { return m_readiness; }

    // Test seam: the next Reveal confirmation returns this without asking.
    static void setRevealAnswerForTesting(std::optional<bool> answer);

signals:
    void editRequested();
    void deleteRequested();

private:
    bool confirmReveal();
    void updateButtons();

    services::EnvironmentStatus *m_environment;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_readiness;
    QFormLayout *m_fields;
    SecretField *m_url;
    QPushButton *m_edit;
    QPushButton *m_delete;
    McpAuthStatePanel *m_authState;
    std::optional<entities::McpInstance> m_instance;
};

} // namespace sk::ui
