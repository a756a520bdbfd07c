#pragma once

#include "services/entities/user.h"
#include "ui/users/userrequestdialog.h"

#include <QPointer>

class QLabel;
class QListWidget;


namespace sk::services {
class Services;
}

namespace sk::ui {

// Change a member's roles in one organization: every role the organization offers
// (environment roles and its own) as a checklist, the current ones ticked. Saving replaces
// the membership's roles (PATCH /memberships/organizations/{org}/users/{id}).
class ChangeRolesDialog : public UserRequestDialog
{
    Q_OBJECT

public:
    ChangeRolesDialog(services::Services *services, const entities::User &user, const QString &organizationId,
                      const QString &organizationName, QWidget *parent = nullptr);

    QListWidget *rolesList() const { return m_roles; }
    bool rolesLoaded() const { return m_loaded; }
    QStringList checkedRoles() const;
    // Ticks exactly these role names (tests and keyboard users).
    void setCheckedRoles(const QStringList &names);

protected:
    bool validate() override;
    api::ApiCall *submit() override;

private:
    void loadRoles();

    services::Services *m_services;
    entities::User m_user;
    QString m_organizationId;
    QListWidget *m_roles;
    QLabel *m_status;
    QPointer<QObject> m_request;
    bool m_loaded = false;
};

} // namespace sk::ui
