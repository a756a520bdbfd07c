#include "ui/roles/deleteroledialog.h"

#include "ui/widgets/textstyle.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/rolesservice.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/fielderrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

using entities::Role;

DeleteRoleDialog::DeleteRoleDialog(services::Services *services, services::EnvironmentStatus *status,
                                   const QString &organizationId, const Role &role, const QStringList &candidates,
                                   const QString &preferred, QWidget *parent)
    : RequestDialog(parent)
    , m_services(services)
    , m_status(status)
    , m_organizationId(organizationId)
    , m_role(role)
    , m_reassign(new QComboBox(this))
    , m_users(new QLabel(this))
    , m_dependents(new QLabel(this))
{
    setObjectName(QStringLiteral("deleteRoleDialog"));
    const QString name = QString::fromStdString(role.name);
    setWindowTitle(tr("Delete role %1").arg(name));
    setSubmitText(tr("Delete role…"));

    auto *intro = new QLabel(tr("<b>%1</b> (%2) will be deleted. This cannot be undone.")
                                 .arg(name.toHtmlEscaped(), QString::fromStdString(role.displayName).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_users->setObjectName(QStringLiteral("roleUsersCount"));
    m_users->setText(tr("Counting the users who hold it…"));
    m_dependents->setObjectName(QStringLiteral("roleDependents"));
    m_dependents->setWordWrap(true);
    m_dependents->setVisible(false);

    m_reassign->setObjectName(QStringLiteral("reassignRole"));
    m_reassign->addItem(tr("(nobody: only if no user holds it)"), QString());
    for (const QString &candidate : candidates) {
        if (candidate != name)
            m_reassign->addItem(candidate, candidate);
    }
    const int preferredIndex = m_reassign->findData(preferred);
    m_reassign->setCurrentIndex(preferredIndex > 0 ? preferredIndex : (m_reassign->count() > 1 ? 1 : 0));

    auto *form = new QFormLayout;
    form->addRow(tr("Users"), m_users);
    form->addRow(tr("Move its users to"), m_reassign);
    form->addRow(QString(), fieldErrors()->addField(QStringLiteral("reassign_role_name"), m_reassign));
    bodyLayout()->addWidget(intro);
    bodyLayout()->addLayout(form);
    bodyLayout()->addWidget(m_dependents);
    resize(460, 220);
    loadCounts();
}

void DeleteRoleDialog::loadCounts()
{
    services::RolesService &service = m_services->roles();
    auto showCount = [this](api::Result<std::int64_t> result) {
        if (!result) {
            m_users->setText(tr("Unknown (%1)").arg(result.error().sentence()));
            return;
        }
        m_usersCount = result.value();
        m_users->setText(models::countOf(m_usersCount, tr("user holds"), tr("users hold")) + tr(" this role."));
    };
    if (scopedToOrganization())
        service.organizationRoleUsersCount(m_organizationId.toStdString(), m_role.name, this, std::move(showCount));
    else
        service.usersCount(m_role.name, this, std::move(showCount));

    if (scopedToOrganization() || m_role.dependentRolesCount == 0) {
        m_dependentsKnown = true;
        return;
    }
    service.dependents(m_role.name, this, [this](api::Result<std::vector<Role>> result) {
        m_dependentsKnown = true;
        m_dependentNames.clear();
        if (result) {
            for (const Role &dependent : result.value())
                m_dependentNames << QString::fromStdString(dependent.name);
        }
        if (!m_dependentNames.isEmpty() || m_role.dependentRolesCount > 0) {
            const QString names = m_dependentNames.isEmpty() ? models::countOf(m_role.dependentRolesCount, tr("role"), tr("roles"))
                                                             : m_dependentNames.join(QStringLiteral(", "));
            m_dependents->setText(tr("Extended by %1. Delete those roles or change what they extend first.").arg(names));
            m_dependents->setStyleSheet(textStyle(TextRole::Error));
            m_dependents->setVisible(true);
            submitButton()->setEnabled(false);
        }
    });
}

bool DeleteRoleDialog::validate()
{
    if (m_usersCount > 0 && m_reassign->currentData().toString().isEmpty()) {
        fieldErrors()->setFieldError(QStringLiteral("reassign_role_name"),
                                     tr("Users hold this role: choose the role they move to."));
        return false;
    }
    return true;
}

api::ApiCall *DeleteRoleDialog::submit()
{
    const QString name = QString::fromStdString(m_role.name);
    const QString target = m_reassign->currentData().toString();
    const QString message = target.isEmpty()
        ? tr("Delete the role %1?").arg(name)
        : tr("Delete the role %1 and move its users to %2?").arg(name, target);
    if (!ConfirmByTypingDialog::confirmWrite(this, *m_status, tr("Delete role"), message, name, tr("Delete")))
        return nullptr;
    auto done = completion<api::Empty>([this, name](const api::Empty &) { emit deleted(name); });
    services::RolesService &service = m_services->roles();
    if (scopedToOrganization())
        return service.removeOrganizationRole(m_organizationId.toStdString(), m_role.name, target.toStdString(), this,
                                              std::move(done));
    return service.remove(m_role.name, target.toStdString(), this, std::move(done));
}

} // namespace sk::ui
