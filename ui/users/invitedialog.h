#pragma once

#include "services/entities/user.h"
#include "ui/users/userrequestdialog.h"

#include <QList>
#include <QPair>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;


namespace sk::services {
class Services;
}

namespace sk::ui {

// Invite to an organization: email, optional given and family name, a role from the
// organization's roles (or its default member role), and whether Scalekit sends the
// invitation email. POST /organizations/{id}/users creates the user, or finds it by email,
// and adds the membership (PENDING_INVITE when the email goes out, else ACTIVE).
class InviteDialog : public UserRequestDialog
{
    Q_OBJECT

public:
    using OrganizationList = QList<QPair<QString, QString>>; // id, display name

    InviteDialog(services::Services *services, const OrganizationList &organizations, const QString &organizationId,
                 QWidget *parent = nullptr);

    QComboBox *organizationField() const { return m_organization; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *givenNameField() const { return m_givenName; }
    QLineEdit *familyNameField() const { return m_familyName; }
    QComboBox *roleField() const { return m_role; }
    QCheckBox *sendEmailField() const { return m_sendEmail; }
    bool rolesLoaded() const { return m_rolesLoaded; }

    QString organizationId() const;

protected:
    bool validate() override;
    api::ApiCall *submit() override;

private:
    void loadRoles();

    services::Services *m_services;
    QComboBox *m_organization;
    QLineEdit *m_email;
    QLineEdit *m_givenName;
    QLineEdit *m_familyName;
    QComboBox *m_role;
    QLabel *m_roleStatus;
    QCheckBox *m_sendEmail;
    QPointer<QObject> m_rolesRequest;
    bool m_rolesLoaded = false;
};

} // namespace sk::ui
