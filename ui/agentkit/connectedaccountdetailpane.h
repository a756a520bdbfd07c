#pragma once

#include "services/entities/connectedaccount.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sk::services {
class EnvironmentStatus;
class Services;
} // namespace sk::services

namespace sk::ui {

class IdentifierAccountsPanel;
class SecretField;

// The selected connected account: who, which connection, its status with what it means and
// what to do, token expiry, usage, its API config, and the actions on it (authorization link,
// disconnect, delete, emitted for the tab to run). Authorization details (tokens, API keys) are
// fetched only on Reveal after a confirmation, shown masked, never cached, and cleared when the
// selection changes or the pane hides.
class ConnectedAccountDetailPane : public QWidget
{
    Q_OBJECT

public:
    ConnectedAccountDetailPane(services::Services *services, services::EnvironmentStatus *status,
                               QWidget *parent = nullptr);

    void setAccount(const std::optional<entities::ConnectedAccount> &account);
    const std::optional<entities::ConnectedAccount> &account() const { return m_account; }

    QPushButton *revealButton() const { return m_reveal; }
    QList<SecretField *> secretFields() const { return m_secrets; }
    QLabel *statusLabel() const { return m_status; }
    IdentifierAccountsPanel *identifierAccounts() const { return m_identifierAccounts; }

    // Test seam: the answer to "Reveal the authorization details?" without a dialog.
    static void setRevealAnswerForTesting(std::optional<bool> answer);

signals:
    void authLinkRequested();
    // A link for another account of the same user (from the side-by-side view).
    void authLinkRequestedFor(const sk::entities::ConnectedAccount &account);
    void disconnectRequested();
    void deleteRequested();
    // The account's tools, in the tab's Tools view.
    void toolsRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void revealDetails();
    void showDetails(const entities::AuthorizationDetails &details);
    void clearDetails();
    void updateButtons();

    services::Services *m_services;
    services::EnvironmentStatus *m_environment;
    std::optional<entities::ConnectedAccount> m_account;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QLabel *m_advice;
    QFormLayout *m_fields;
    QPlainTextEdit *m_apiConfig;
    QLabel *m_apiConfigLabel = nullptr;
    QGroupBox *m_detailsBox;
    QFormLayout *m_detailsForm;
    QLabel *m_detailsNote;
    QPushButton *m_reveal;
    QPushButton *m_authLink;
    QPushButton *m_disconnect;
    QPushButton *m_tools;
    QPushButton *m_delete;
    QList<SecretField *> m_secrets;
    IdentifierAccountsPanel *m_identifierAccounts;
    quint64 m_generation = 0; // bumps on every selection: a late Reveal answer is dropped
};

} // namespace sk::ui
