#pragma once

#include "services/entities/connectedaccount.h"

#include <QGroupBox>

#include <vector>

class QLabel;
class QTableWidget;

namespace sk::services {
class Services;
}

namespace sk::ui {

// One end user side by side: every connected account of an identifier (all its connections)
// with its status badge and token expiry, each one that is not ACTIVE with a Link button
// that asks for a fresh authorization link. It answers "which of this user's connectors is
// blocking their agent, and what do I send them?".
class IdentifierAccountsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit IdentifierAccountsPanel(services::Services *services, QWidget *parent = nullptr);

    // Lists the accounts of this identifier (empty: clears).
    void setIdentifier(const std::string &identifier);
    QTableWidget *table() const { return m_table; }
    const std::vector<entities::ConnectedAccount> &accounts() const { return m_accounts; }

signals:
    void authLinkRequested(const sk::entities::ConnectedAccount &account);
    void loaded();

private:
    void show(std::vector<entities::ConnectedAccount> accounts);

    services::Services *m_services;
    QTableWidget *m_table;
    QLabel *m_note;
    std::vector<entities::ConnectedAccount> m_accounts;
    quint64 m_generation = 0;
};

} // namespace sk::ui
