#pragma once

#include "services/entities/mcpinstance.h"

#include <QGroupBox>

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sk::services {
class EnvironmentStatus;
class Services;
} // namespace sk::services

namespace sk::ui {

class ExpiringLinkWidget;

// Why an MCP instance is (not) ready: one row per connection of its config with the provider,
// the user's account status (the AgentKit badge), the connected account ID and, with "Include
// auth links" on, a Link button on every connection that is not ACTIVE. The link shows below
// the grid, masked, with Copy, QR and the time it was fetched. Refresh reads the state again
// (:get_auth_state). Asking for links counts as a write (the API may create the pending
// account the link completes), so read-only profiles cannot. Links are wiped when another
// instance is shown. While the panel is hidden (another tab is shown) nothing is asked for;
// the state is read when it is shown.
class McpAuthStatePanel : public QGroupBox
{
    Q_OBJECT

public:
    enum Column { Connection, Provider, Status, Link, Account, ColumnCount };

    McpAuthStatePanel(services::Services *services, services::EnvironmentStatus *status,
                      QWidget *parent = nullptr);

    // Shows this instance's auth state (empty id: clears).
    void setInstance(const std::string &instanceId);
    void refresh();

    QTableWidget *table() const { return m_table; }
    QCheckBox *includeLinks() const { return m_includeLinks; }
    QPushButton *refreshButton() const { return m_refresh; }
    ExpiringLinkWidget *linkWidget() const { return m_link; }
    QLabel *note() const { return m_note; }
    const std::vector<entities::McpConnectionAuthState> &states() const { return m_states; }
    // Shows the link of this row (when it has one) below the grid.
    void showLink(int row);
    int shownLinkRow() const { return m_linkRow; }

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void updateEnabled();

    services::Services *m_services;
    services::EnvironmentStatus *m_environment;
    QCheckBox *m_includeLinks;
    QPushButton *m_refresh;
    QLabel *m_note;
    QTableWidget *m_table;
    QLabel *m_linkTitle;
    ExpiringLinkWidget *m_link;
    std::string m_instanceId;
    std::vector<entities::McpConnectionAuthState> m_states;
    int m_linkRow = -1;
    quint64 m_generation = 0;
    bool m_stale = false; // asked for while hidden: read when shown
};

} // namespace sk::ui
