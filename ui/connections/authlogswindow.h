#pragma once

#include <QWidget>

namespace sk::services {
class EnvironmentStatus;
class Services;
} // namespace sk::services

namespace sk::ui {

class AuthLogsPage;

// "Sign-in logs": a non-modal window of the SSO tab holding the AuthLogsPage. Links in a log's
// detail lead back to the connection (in the SSO tab) and the organization.
class AuthLogsWindow : public QWidget
{
    Q_OBJECT

public:
    AuthLogsWindow(services::Services *services, services::EnvironmentStatus *status,
                   QWidget *parent = nullptr);

    AuthLogsPage *page() const { return m_page; }
    void filterTo(const QString &organizationId, const QString &connectionId);

signals:
    void connectionActivated(const QString &organizationId, const QString &connectionId);
    void organizationActivated(const QString &organizationId);

private:
    AuthLogsPage *m_page;
};

} // namespace sk::ui
