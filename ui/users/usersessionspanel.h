#pragma once

#include "services/api/result.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace sk::models {
class SessionsModel;
}
namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

class ResourceTableView;

// The Sessions part of a user's detail: every session (device, location, IP, status, last
// active, expiry) with Revoke for the selected active one and Revoke all ("sign out
// everywhere"). Both are write actions (disabled unless the environment can be written) and
// destructive: confirmed first, by typing the user's email in production.
class UserSessionsPanel : public QWidget
{
    Q_OBJECT

public:
    UserSessionsPanel(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    // Loads the sessions of another user (empty id: none). organizationNames: ID -> name.
    void setUser(const QString &userId, const QString &email, const QHash<QString, QString> &organizationNames = {});
    void reload();

    models::SessionsModel *model() const { return m_model; }
    ResourceTableView *view() const { return m_view; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *revokeAllButton() const { return m_revokeAll; }
    QLabel *messageLabel() const { return m_message; }

signals:
    // After a revoke changed what the server holds.
    void sessionsRevoked(int count);

private:
    void revokeSelected();
    void revokeAll();
    void updateActions();
    void updateSummary();
    void showMessage(const QString &text, bool error);
    // Ends a revoke call: not busy any more, the failure shown. True when it succeeded.
    template <typename T>
    bool revokeFinished(const api::Result<T> &result, const QString &failure);

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    models::SessionsModel *m_model;
    ResourceTableView *m_view;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_revoke;
    QPushButton *m_revokeAll;
    QString m_email;
    bool m_busy = false;
};

} // namespace sk::ui
