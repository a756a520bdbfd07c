#pragma once

#include "services/entities/tool.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sk::services {
class EnvironmentStatus;
class Services;
} // namespace sk::services

namespace sk::ui {

// The tools of an AgentKit connection, and a way to run one for a user: pick the connection
// (its provider's catalogue is listed, or with a user typed, the tools scoped to that user's
// connected account), read a tool's description and input schema, write its
// input as JSON (a template is filled from the schema), and Execute it for an identifier. The
// run acts on the user's real account, so it is confirmed first (typed on production); the
// answer (the provider's data, or the tool error with its execution ID) shows below.
class ToolsPanel : public QWidget
{
    Q_OBJECT

public:
    ToolsPanel(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    // The connections to choose from: name -> provider key.
    void setConnections(const QList<QPair<QString, QString>> &connections);
    // Shows this connection's tools (and fills the identifier when one is given).
    void showConnection(const QString &connectionName, const QString &identifier = {});
    void clear();

    QComboBox *connectionBox() const { return m_connection; }
    QLineEdit *identifierField() const { return m_identifier; }
    QListWidget *toolList() const { return m_tools; }
    QPlainTextEdit *schemaView() const { return m_schema; }
    QPlainTextEdit *inputEditor() const { return m_input; }
    QPlainTextEdit *resultView() const { return m_result; }
    QPushButton *executeButton() const { return m_execute; }
    QLabel *statusLine() const { return m_statusLine; }

    // A JSON object with every property of the schema, required ones first, each set to an
    // example of its type (or its default): what the input editor starts from.
    static QString inputTemplate(const nlohmann::json &inputSchema);

    void execute();

private:
    void loadTools();
    void showTool();
    void updateButtons();

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    QComboBox *m_connection;
    QLineEdit *m_identifier;
    QListWidget *m_tools;
    QLabel *m_description;
    QPlainTextEdit *m_schema;
    QPlainTextEdit *m_input;
    QPlainTextEdit *m_result;
    QPushButton *m_execute;
    QLabel *m_statusLine;
    std::vector<entities::Tool> m_loaded;
    QObject *m_scope = nullptr; // the current listing's requests
    QString m_listedFor; // the identifier the list is scoped to ("" for the catalogue)
    bool m_running = false;
};

} // namespace sk::ui
