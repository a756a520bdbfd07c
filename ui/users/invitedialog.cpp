#include "ui/users/invitedialog.h"

#include "ui/widgets/textstyle.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "services/resources/rolesservice.h"
#include "services/resources/usersservice.h"
#include "ui/users/formfield.h"
#include "ui/widgets/fielderrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

namespace {
constexpr int kMaxNameLength = 255;
}

InviteDialog::InviteDialog(services::Services *services, const OrganizationList &organizations,
                           const QString &organizationId, QWidget *parent)
    : UserRequestDialog(parent)
    , m_services(services)
    , m_organization(new QComboBox(this))
    , m_email(new QLineEdit(this))
    , m_givenName(new QLineEdit(this))
    , m_familyName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_roleStatus(new QLabel(this))
    , m_sendEmail(new QCheckBox(tr("Send the invitation email"), this))
{
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite user"));
    setSubmitText(tr("Invite"));
    setMinimumWidth(460);

    m_organization->setObjectName(QStringLiteral("inviteOrganization"));
    for (const auto &[id, name] : organizations)
        m_organization->addItem(name.isEmpty() ? id : name, id);
    m_organization->setCurrentIndex(std::max(0, m_organization->findData(organizationId)));
    m_email->setObjectName(QStringLiteral("inviteEmail"));
    m_email->setPlaceholderText(tr("name@company.com"));
    m_givenName->setObjectName(QStringLiteral("inviteGivenName"));
    m_givenName->setMaxLength(kMaxNameLength);
    m_familyName->setObjectName(QStringLiteral("inviteFamilyName"));
    m_familyName->setMaxLength(kMaxNameLength);
    m_role->setObjectName(QStringLiteral("inviteRole"));
    m_roleStatus->setStyleSheet(textStyle(TextRole::Muted));
    m_roleStatus->setWordWrap(true);
    m_roleStatus->hide(); // shown while roles load, or when they could not be
    m_sendEmail->setObjectName(QStringLiteral("inviteSendEmail"));
    m_sendEmail->setChecked(true);
    m_sendEmail->setToolTip(tr("Unchecked: the membership is active at once and no email is sent."));

    auto *form = new QFormLayout;
    FieldErrors *errors = fieldErrors();
    addCheckedRow(form, errors, tr("Organization"), QStringLiteral("organization_id"), m_organization);
    addCheckedRow(form, errors, tr("Email"), QStringLiteral("email"), m_email);
    addCheckedRow(form, errors, tr("Given name"), QStringLiteral("given_name"), m_givenName);
    addCheckedRow(form, errors, tr("Family name"), QStringLiteral("family_name"), m_familyName);
    // The server names a bad role "membership.roles[0].name", which FieldErrors reads as "name".
    addCheckedRow(form, errors, tr("Role"), QStringLiteral("name"), m_role);
    form->addRow(QString(), m_roleStatus);
    form->addRow(QString(), m_sendEmail);
    bodyLayout()->addLayout(form);

    connect(m_organization, &QComboBox::currentIndexChanged, this, &InviteDialog::loadRoles);
    loadRoles();
    m_email->setFocus();
}

QString InviteDialog::organizationId() const
{
    return m_organization->currentData().toString();
}

void InviteDialog::loadRoles()
{
    delete m_rolesRequest.data();
    m_rolesLoaded = false;
    m_role->clear();
    m_role->addItem(tr("Default role for new members"), QString());
    const QString org = organizationId();
    if (org.isEmpty())
        return;
    m_rolesRequest = new QObject(this);
    m_roleStatus->setText(tr("Loading the organization's roles…"));
    m_roleStatus->show();
    m_services->roles().listOrganizationRoles(
        org.toStdString(), {}, m_rolesRequest, [this](api::Result<std::vector<entities::Role>> result) {
            m_rolesLoaded = true;
            if (!result) {
                m_roleStatus->setText(tr("Roles could not be loaded (%1); the default role is used.")
                                          .arg(result.error().sentence()));
                return;
            }
            m_roleStatus->clear();
            m_roleStatus->hide();
            for (const entities::Role &role : result.value()) {
                QString label = models::text(role.displayName.empty() ? role.name : role.displayName);
                if (role.defaultMember)
                    label += tr(" (default)");
                m_role->addItem(label, models::text(role.name));
                m_role->setItemData(m_role->count() - 1, models::text(role.description), Qt::ToolTipRole);
            }
        });
}

bool InviteDialog::validate()
{
    bool ok = true;
    if (organizationId().isEmpty()) {
        fieldErrors()->setFieldError(QStringLiteral("organization_id"), tr("Pick the organization to invite to."));
        ok = false;
    }
    const QString email = m_email->text().trimmed();
    if (email.isEmpty() || !email.contains(u'@')) {
        fieldErrors()->setFieldError(QStringLiteral("email"), tr("Enter the email address to invite."));
        ok = false;
    }
    return ok;
}

api::ApiCall *InviteDialog::submit()
{
    entities::CreateUser user;
    user.email = m_email->text().trimmed().toStdString();
    entities::CreateMembership membership;
    if (const QString role = m_role->currentData().toString(); !role.isEmpty())
        membership.roles.push_back({{}, role.toStdString(), {}});
    user.membership = membership;
    const QString given = m_givenName->text().trimmed();
    const QString family = m_familyName->text().trimmed();
    if (!given.isEmpty() || !family.isEmpty()) {
        entities::UserProfileChanges profile;
        if (!given.isEmpty())
            profile.givenName = given.toStdString();
        if (!family.isEmpty())
            profile.familyName = family.toStdString();
        user.userProfile = profile;
    }
    return m_services->users().createInOrganization(organizationId().toStdString(), user,
                                                                 m_sendEmail->isChecked(), this, finishWithUser());
}

} // namespace sk::ui
