#include "ui/roles/roledialog.h"

#include "ui/widgets/textstyle.h"

#include "services/resources/services.h"

#include "models/roles/rolesmodel.h"
#include "services/resources/rolesservice.h"
#include "ui/roles/permissionpicker.h"
#include "ui/widgets/fielderrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sk::ui {

using entities::Role;

namespace {

std::vector<std::string> toStd(const QStringList &values)
{
    std::vector<std::string> out;
    for (const QString &v : values)
        out.push_back(v.toStdString());
    return out;
}

QStringList ownPermissionNames(const Role &role)
{
    QStringList names;
    for (const auto &p : models::RolesModel::ownPermissions(role))
        names << QString::fromStdString(p.name);
    return names;
}

} // namespace

RoleDialog::RoleDialog(services::Services *services, const QString &organizationId, const std::optional<Role> &existing,
                       const QStringList &roleNames, QWidget *parent)
    : RequestDialog(parent)
    , m_services(services)
    , m_organizationId(organizationId)
    , m_existing(existing)
    , m_name(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_extends(new QComboBox(this))
    , m_permissions(new PermissionPicker(services, this))
{
    setObjectName(QStringLiteral("roleDialog"));
    const QString scope = organizationId.isEmpty() ? tr("environment") : tr("organization");
    setWindowTitle(isEdit() ? tr("Edit role %1").arg(QString::fromStdString(existing->name))
                            : tr("New %1 role").arg(scope));
    setSubmitText(isEdit() ? tr("Save") : tr("Create role"));

    m_name->setObjectName(QStringLiteral("roleName"));
    m_name->setMaxLength(kMaxNameLength);
    m_name->setPlaceholderText(tr("e.g. billing_admin (letters, digits, _)"));
    m_displayName->setObjectName(QStringLiteral("roleDisplayName"));
    m_displayName->setMaxLength(kMaxDisplayNameLength);
    m_description->setObjectName(QStringLiteral("roleDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(64);
    m_extends->setObjectName(QStringLiteral("roleExtends"));

    m_extends->addItem(tr("(none)"), QString());
    for (const QString &name : roleNames) {
        if (!isEdit() || name != QString::fromStdString(existing->name))
            m_extends->addItem(name, name);
    }
    if (isEdit()) {
        m_name->setText(QString::fromStdString(existing->name));
        m_name->setReadOnly(true);
        m_name->setEnabled(false);
        m_displayName->setText(QString::fromStdString(existing->displayName));
        m_description->setPlainText(QString::fromStdString(existing->description));
        if (existing->extends) {
            const QString parentName = QString::fromStdString(*existing->extends);
            if (m_extends->findData(parentName) < 0)
                m_extends->addItem(parentName, parentName);
            m_extends->setCurrentIndex(m_extends->findData(parentName));
            // The API has no "stop extending" in an update; keep "(none)" out of reach.
            if (auto *items = qobject_cast<QStandardItemModel *>(m_extends->model())) {
                items->item(0)->setEnabled(false);
                items->item(0)->setToolTip(tr("A role's base cannot be removed from here."));
            }
        }
        m_permissions->setChecked(ownPermissionNames(*existing));
    }

    auto *form = new QFormLayout;
    FieldErrors *errors = fieldErrors();
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), errors->addField(QStringLiteral("name"), m_name));
    form->addRow(tr("Display name"), m_displayName);
    form->addRow(QString(), errors->addField(QStringLiteral("display_name"), m_displayName));
    form->addRow(tr("Description"), m_description);
    form->addRow(QString(), errors->addField(QStringLiteral("description"), m_description));
    form->addRow(tr("Extends"), m_extends);
    form->addRow(QString(), errors->addField(QStringLiteral("extends"), m_extends));
    auto *hint = new QLabel(tr("A role that extends another also has all of that role's permissions."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(textStyle(TextRole::Muted));
    form->addRow(QString(), hint);
    form->addRow(tr("Permissions"), m_permissions);
    form->addRow(QString(), errors->addField(QStringLiteral("permissions"), m_permissions));
    bodyLayout()->addLayout(form);
    resize(520, 620);
}

std::optional<std::string> RoleDialog::chosenExtends() const
{
    const QString value = m_extends->currentData().toString();
    if (value.isEmpty())
        return std::nullopt;
    return value.toStdString();
}

bool RoleDialog::validate()
{
    FieldErrors *errors = fieldErrors();
    bool ok = true;
    static const QRegularExpression namePattern(QStringLiteral("^[a-zA-Z0-9_]{1,64}$"));
    if (!isEdit() && !namePattern.match(m_name->text()).hasMatch()) {
        errors->setFieldError(QStringLiteral("name"),
                              tr("1 to 64 characters: letters, digits and underscores only."));
        ok = false;
    }
    const QString display = m_displayName->text().trimmed();
    if (display.isEmpty() || display.size() > kMaxDisplayNameLength) {
        errors->setFieldError(QStringLiteral("display_name"), tr("Enter a display name of 1 to 100 characters."));
        ok = false;
    }
    if (m_description->toPlainText().size() > kMaxDescriptionLength) {
        errors->setFieldError(QStringLiteral("description"), tr("At most 2000 characters."));
        ok = false;
    }
    const QStringList permissions = m_permissions->checked();
    if (permissions.size() > kMaxPermissions) {
        errors->setFieldError(QStringLiteral("permissions"), tr("At most 100 permissions."));
        ok = false;
    }
    if (isEdit() && m_existing->isOrgRole && permissions.isEmpty() && !ownPermissionNames(*m_existing).isEmpty()) {
        errors->setFieldError(QStringLiteral("permissions"),
                              tr("The API cannot take every permission away from an organization role; keep at least one."));
        ok = false;
    }
    return ok;
}

api::ApiCall *RoleDialog::submit()
{
    if (isEdit())
        return submitEdit();
    entities::CreateRole role;
    role.name = m_name->text().toStdString();
    role.displayName = m_displayName->text().trimmed().toStdString();
    if (!m_description->toPlainText().isEmpty())
        role.description = m_description->toPlainText().toStdString();
    role.extends = chosenExtends();
    role.permissions = toStd(m_permissions->checked());
    auto done = completion<Role>([this](const Role &created) { emit saved(created); });
    services::RolesService &service = m_services->roles();
    if (m_organizationId.isEmpty())
        return service.create(role, this, std::move(done));
    return service.createOrganizationRole(m_organizationId.toStdString(), role, this, std::move(done));
}

api::ApiCall *RoleDialog::submitEdit()
{
    entities::UpdateRole changes;
    const std::string display = m_displayName->text().trimmed().toStdString();
    if (display != m_existing->displayName)
        changes.displayName = display;
    const std::string description = m_description->toPlainText().toStdString();
    if (description != m_existing->description && !description.empty())
        changes.description = description;
    const auto extends = chosenExtends();
    if (extends && extends != m_existing->extends)
        changes.extends = extends;
    const QStringList wanted = m_permissions->checked();
    const QStringList had = ownPermissionNames(*m_existing);
    // A non-empty list replaces the role's own permissions; an empty one is not sent, so what is
    // left over is taken away one by one afterwards (environment roles only, see validate()).
    changes.permissions = toStd(wanted);
    const QStringList toRemove = wanted.isEmpty() ? had : QStringList();

    auto done = [this, toRemove](api::Result<Role> result) {
        if (!result) {
            failed(result.error());
            return;
        }
        removeNext(result.value(), toRemove);
    };
    services::RolesService &service = m_services->roles();
    const std::string name = m_existing->name;
    if (m_organizationId.isEmpty() || !m_existing->isOrgRole)
        return service.update(name, changes, this, std::move(done));
    return service.updateOrganizationRole(m_organizationId.toStdString(), name, changes, this, std::move(done));
}

void RoleDialog::removeNext(Role role, QStringList names)
{
    if (names.isEmpty()) {
        emit saved(role);
        succeeded();
        return;
    }
    const std::string permission = names.takeFirst().toStdString();
    m_services->roles().removeRolePermission(
        role.name, permission, this, [this, role, names](api::Result<api::Empty> result) {
            if (!result) {
                failed(result.error());
                return;
            }
            removeNext(role, names);
        });
}

} // namespace sk::ui
