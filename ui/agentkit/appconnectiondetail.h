#pragma once

#include "services/entities/connection.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sk::ui {

// The selected AgentKit connection, as a person reads it: what it connects to and how users
// authenticate, whose credentials it uses and with which scopes, the redirect URI to register
// with the provider (Copy), and its endpoints. Secrets (client secret, developer tokens,
// service-account keys, static configuration values) are never shown: only whether they are
// set. Buttons: Enable/Disable, Show accounts (filters the accounts table), Tools.
class AppConnectionDetail : public QWidget
{
    Q_OBJECT

public:
    explicit AppConnectionDetail(QWidget *parent = nullptr);

    void setConnection(const std::optional<entities::Connection> &connection);
    void setWritable(bool writable);

    QLineEdit *redirectUri() const { return m_redirect; }
    QPushButton *copyRedirectButton() const { return m_copyRedirect; }
    QPushButton *toggleButton() const { return m_toggle; }
    QPushButton *showAccountsButton() const { return m_showAccounts; }
    QPushButton *toolsButton() const { return m_tools; }
    // Every value the pane shows, one "label: value" per line (what tests and Copy read).
    QString shownText() const;

signals:
    void enableRequested(bool enable);
    void showAccountsRequested(const QString &connectionName);
    void toolsRequested(const QString &connectionName);

private:
    void addRow(const QString &label, const QString &value);

    std::optional<entities::Connection> m_connection;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_form;
    QLineEdit *m_redirect;
    QPushButton *m_copyRedirect;
    QPushButton *m_toggle;
    QPushButton *m_showAccounts;
    QPushButton *m_tools;
    QStringList m_shown;
    bool m_writable = true;
};

} // namespace sk::ui
