#pragma once

#include "services/entities/role.h"
#include "ui/widgets/requestdialog.h"

#include <QStringList>

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;


namespace sk::services {
class Services;
}

namespace sk::ui {

class PermissionPicker;

// Create or edit a role of the environment or of one organization: name (create only), display
// name, description, the role it extends, and its own permissions. Limits follow the API
// (roles.CreateRole): name ^[a-zA-Z0-9_]{1,64}$, display name 1–100, description up to 2000,
// up to 100 permissions.
class RoleDialog : public RequestDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMaxDisplayNameLength = 100;
    static constexpr int kMaxDescriptionLength = 2000;
    static constexpr int kMaxPermissions = 100;

    // organizationId empty: an environment role. `existing` set: edit it. roleNames: the roles
    // it may extend.
    RoleDialog(services::Services *services, const QString &organizationId, const std::optional<entities::Role> &existing,
               const QStringList &roleNames, QWidget *parent = nullptr);

    bool isEdit() const { return m_existing.has_value(); }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *extendsCombo() const { return m_extends; }
    PermissionPicker *permissionPicker() const { return m_permissions; }

signals:
    void saved(const entities::Role &role);

protected:
    bool validate() override;
    api::ApiCall *submit() override;

private:
    std::optional<std::string> chosenExtends() const;
    api::ApiCall *submitEdit();
    void removeNext(entities::Role role, QStringList names);

    services::Services *m_services;
    QString m_organizationId;
    std::optional<entities::Role> m_existing;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_extends = nullptr;
    PermissionPicker *m_permissions = nullptr;
};

} // namespace sk::ui
