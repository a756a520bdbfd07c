#pragma once

#include "services/entities/mcpconfig.h"
#include "ui/widgets/requestdialog.h"

#include <optional>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace sk::services {
class Services;
}

namespace sk::ui {

// Creates or edits an MCP config: a name (fixed once created: the API has no rename and
// instances refer to the config by name), a description, and the connections it maps, picked
// from the environment's AgentKit connections, each with the tools it exposes picked from that
// connection's tool list (none ticked: all tools). The limits (name pattern and length, at most
// 25 connections) are checked before sending; the server's violations land next to the fields.
class McpConfigDialog : public RequestDialog
{
    Q_OBJECT

public:
    McpConfigDialog(services::Services *services, const std::optional<entities::McpConfig> &existing,
                    QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QTreeWidget *connectionTree() const { return m_tree; }
    QLabel *nameNote() const { return m_nameNote; }
    QLabel *countLabel() const { return m_count; }
    // The config the form describes now.
    entities::McpConfig config() const;
    // Ticks a connection (and, when given, only these tools); false when it is not listed.
    bool choose(const QString &connectionName, const QStringList &tools = {});
    bool connectionsLoaded() const { return m_connectionsLoaded; }
    // Tool names loaded for a connection (after it was expanded or ticked).
    bool toolsLoaded(const QString &connectionName) const;

signals:
    void configSaved(const sk::entities::McpConfig &config);
    void connectionsListed();
    void toolsListed(const QString &connectionName);

protected:
    bool validate() override;
    api::ApiCall *submit() override;

private:
    void loadConnections(const std::string &pageToken);
    void loadTools(QTreeWidgetItem *item, const std::string &pageToken);
    QTreeWidgetItem *connectionItem(const QString &name) const;
    QTreeWidgetItem *addConnection(const QString &name, const QString &provider);
    void addTool(QTreeWidgetItem *connection, const QString &tool, bool checked);
    void updateCount();

    services::Services *m_services;
    std::optional<entities::McpConfig> m_existing;
    QLineEdit *m_name;
    QLabel *m_nameNote;
    QLineEdit *m_description;
    QTreeWidget *m_tree;
    QLabel *m_count;
    bool m_connectionsLoaded = false;
};

} // namespace sk::ui
