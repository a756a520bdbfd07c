#pragma once

#include "services/entities/user.h"
#include "services/entities/userrequests.h"
#include "ui/users/userrequestdialog.h"

class QLineEdit;
class QTableWidget;


namespace sk::services {
class Services;
}

namespace sk::ui {

// Edit a user's profile: names, preferred username, locale, phone, external ID and custom
// attributes (key/value, checked against the documented limits and the reserved names).
// Only changed fields are sent (PATCH /users/{id}).
class EditUserDialog : public UserRequestDialog
{
    Q_OBJECT

public:
    EditUserDialog(services::Services *services, const entities::User &user, QWidget *parent = nullptr);

    QLineEdit *givenNameField() const { return m_givenName; }
    QLineEdit *familyNameField() const { return m_familyName; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *preferredUsernameField() const { return m_preferredUsername; }
    QLineEdit *localeField() const { return m_locale; }
    QLineEdit *phoneField() const { return m_phone; }
    QLineEdit *externalIdField() const { return m_externalId; }
    QTableWidget *attributesTable() const { return m_attributes; }
    void addAttributeRow(const QString &key = {}, const QString &value = {});

    static constexpr int kMaxAttributes = 20;
    static constexpr int kMinKeyLength = 3;
    static constexpr int kMaxKeyLength = 25;
    static constexpr int kMaxValueLength = 256;

protected:
    bool validate() override;
    api::ApiCall *submit() override;

private:
    json::StringMap attributes() const;
    entities::UpdateUser changes() const;

    services::Services *m_services;
    entities::User m_user;
    QLineEdit *m_givenName;
    QLineEdit *m_familyName;
    QLineEdit *m_name;
    QLineEdit *m_preferredUsername;
    QLineEdit *m_locale;
    QLineEdit *m_phone;
    QLineEdit *m_externalId;
    QTableWidget *m_attributes;
};

} // namespace sk::ui
