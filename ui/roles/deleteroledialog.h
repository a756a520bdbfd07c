#pragma once

#include "services/entities/role.h"
#include "ui/widgets/requestdialog.h"

#include <QStringList>

class QComboBox;
class QLabel;


namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

// Deleting a role: shows how many users hold it and which roles extend it (those must go or
// change first), asks which role its users move to (reassign_role_name), then confirms with
// ConfirmByTypingDialog::confirmDestructive (type the name in production) and deletes.
class DeleteRoleDialog : public RequestDialog
{
    Q_OBJECT

public:
    // candidates: the roles users may move to (the role itself is left out); preferred is
    // selected first if present (the default member role).
    DeleteRoleDialog(services::Services *services, services::EnvironmentStatus *status, const QString &organizationId,
                     const entities::Role &role, const QStringList &candidates, const QString &preferred,
                     QWidget *parent = nullptr);

    QComboBox *reassignCombo() const { return m_reassign; }
    QLabel *usersLabel() const { return m_users; }
    QLabel *dependentsLabel() const { return m_dependents; }
    // -1 until the count has arrived.
    qint64 usersCount() const { return m_usersCount; }
    bool dependentsKnown() const { return m_dependentsKnown; }

signals:
    void deleted(const QString &roleName);

protected:
    bool validate() override;
    api::ApiCall *submit() override;

private:
    void loadCounts();
    bool scopedToOrganization() const { return m_role.isOrgRole && !m_organizationId.isEmpty(); }

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    QString m_organizationId;
    entities::Role m_role;
    QComboBox *m_reassign = nullptr;
    QLabel *m_users = nullptr;
    QLabel *m_dependents = nullptr;
    qint64 m_usersCount = -1;
    bool m_dependentsKnown = false;
    QStringList m_dependentNames;
};

} // namespace sk::ui
