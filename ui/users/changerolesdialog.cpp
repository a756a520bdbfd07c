#include "ui/users/changerolesdialog.h"

#include "ui/widgets/textstyle.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "services/resources/rolesservice.h"
#include "services/resources/usersservice.h"
#include "ui/widgets/fielderrors.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

using models::text;

ChangeRolesDialog::ChangeRolesDialog(services::Services *services, const entities::User &user,
                                     const QString &organizationId, const QString &organizationName, QWidget *parent)
    : UserRequestDialog(parent)
    , m_services(services)
    , m_user(user)
    , m_organizationId(organizationId)
    , m_roles(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("changeRolesDialog"));
    setWindowTitle(tr("Change roles"));
    setSubmitText(tr("Save roles"));
    setMinimumWidth(420);
    auto *intro = new QLabel(tr("Roles of <b>%1</b> in <b>%2</b>:")
                                 .arg(text(user.email).toHtmlEscaped(), organizationName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_roles->setObjectName(QStringLiteral("changeRolesList"));
    m_roles->setMinimumHeight(200);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(textStyle(TextRole::Muted));
    bodyLayout()->addWidget(intro);
    bodyLayout()->addWidget(m_roles, 1);
    bodyLayout()->addWidget(m_status);
    bodyLayout()->addWidget(fieldErrors()->addField(QStringLiteral("roles"), m_roles));
    submitButton()->setEnabled(false);
    loadRoles();
}

void ChangeRolesDialog::loadRoles()
{
    m_status->setText(tr("Loading the organization's roles…"));
    m_request = new QObject(this);
    m_services->roles().listOrganizationRoles(
        m_organizationId.toStdString(), {}, m_request, [this](api::Result<std::vector<entities::Role>> result) {
            m_loaded = true;
            if (!result) {
                m_status->setText(tr("Roles could not be loaded: %1").arg(result.error().sentence()));
                fieldErrors()->setGeneralError(result.error().describe());
                return;
            }
            const entities::OrganizationMembership *membership = m_user.membership(m_organizationId.toStdString());
            for (const entities::Role &role : result.value()) {
                auto *item = new QListWidgetItem(
                    text(role.displayName.empty() ? role.name : role.displayName) + QStringLiteral("  (")
                        + text(role.name) + (role.isOrgRole ? tr(", this organization's own") : QString()) + u')',
                    m_roles);
                item->setData(Qt::UserRole, text(role.name));
                item->setToolTip(text(role.description));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                const bool has = membership
                                 && std::any_of(membership->roles.begin(), membership->roles.end(),
                                                [&](const entities::RoleRef &r) { return r.name == role.name; });
                item->setCheckState(has ? Qt::Checked : Qt::Unchecked);
            }
            m_status->setText(tr("Tick every role the member should have; the others are taken away."));
            submitButton()->setEnabled(true);
        });
}

QStringList ChangeRolesDialog::checkedRoles() const
{
    QStringList names;
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->checkState() == Qt::Checked)
            names << m_roles->item(i)->data(Qt::UserRole).toString();
    }
    return names;
}

void ChangeRolesDialog::setCheckedRoles(const QStringList &names)
{
    for (int i = 0; i < m_roles->count(); ++i) {
        QListWidgetItem *item = m_roles->item(i);
        item->setCheckState(names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

bool ChangeRolesDialog::validate()
{
    if (!m_loaded)
        return false;
    if (checkedRoles().isEmpty()) {
        fieldErrors()->setFieldError(QStringLiteral("roles"),
                                     tr("Keep at least one role. To take every access away, remove the user "
                                        "from the organization instead."));
        return false;
    }
    return true;
}

api::ApiCall *ChangeRolesDialog::submit()
{
    entities::UpdateMembership update;
    for (const QString &name : checkedRoles())
        update.roles.push_back({{}, name.toStdString(), {}});
    return m_services->users().updateMembership(m_organizationId.toStdString(), m_user.id, update, this,
                                                             finishWithUser());
}

} // namespace sk::ui
