#include "ui/roles/permissiondialog.h"

#include "services/resources/services.h"

#include "services/resources/rolesservice.h"
#include "ui/widgets/fielderrors.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace sk::ui {

PermissionDialog::PermissionDialog(services::Services *services, const std::optional<entities::Permission> &existing,
                                   QWidget *parent)
    : RequestDialog(parent)
    , m_services(services)
    , m_existing(existing)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("permissionDialog"));
    setWindowTitle(isEdit() ? tr("Edit permission %1").arg(QString::fromStdString(existing->name)) : tr("New permission"));
    setSubmitText(isEdit() ? tr("Save") : tr("Create permission"));
    m_name->setObjectName(QStringLiteral("permissionName"));
    m_name->setMaxLength(kMaxNameLength);
    m_name->setPlaceholderText(tr("resource:action, e.g. invoices:read"));
    m_description->setObjectName(QStringLiteral("permissionDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(80);
    if (isEdit()) {
        m_name->setText(QString::fromStdString(existing->name));
        m_name->setEnabled(false);
        m_description->setPlainText(QString::fromStdString(existing->description));
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), fieldErrors()->addField(QStringLiteral("name"), m_name));
    form->addRow(tr("Description"), m_description);
    form->addRow(QString(), fieldErrors()->addField(QStringLiteral("description"), m_description));
    bodyLayout()->addLayout(form);
    resize(460, 240);
}

bool PermissionDialog::validate()
{
    bool ok = true;
    static const QRegularExpression namePattern(QStringLiteral("^[a-zA-Z0-9_:]{1,64}$"));
    if (!isEdit() && !namePattern.match(m_name->text()).hasMatch()) {
        fieldErrors()->setFieldError(QStringLiteral("name"),
                                     tr("1 to 64 characters: letters, digits, underscores and colons only."));
        ok = false;
    }
    if (m_description->toPlainText().size() > kMaxDescriptionLength) {
        fieldErrors()->setFieldError(QStringLiteral("description"), tr("At most 2000 characters."));
        ok = false;
    }
    return ok;
}

api::ApiCall *PermissionDialog::submit()
{
    const entities::CreatePermission body{m_name->text().toStdString(), m_description->toPlainText().toStdString()};
    auto done = completion<entities::Permission>([this](const entities::Permission &permission) { emit saved(permission); });
    services::RolesService &service = m_services->roles();
    if (isEdit())
        return service.updatePermission(m_existing->name, body, this, std::move(done));
    return service.createPermission(body, this, std::move(done));
}

} // namespace sk::ui
