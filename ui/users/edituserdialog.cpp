#include "ui/users/edituserdialog.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "services/resources/usersservice.h"
#include "ui/users/formfield.h"
#include "ui/widgets/fielderrors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sk::ui {

using models::text;

namespace {
constexpr int kMaxNameLength = 255;
constexpr int kMaxUsernameLength = 512;

// Claims the platform sets itself: custom attributes with these names are dropped silently.
bool isReservedAttribute(const QString &key)
{
    static const QSet<QString> reserved{
        QStringLiteral("roles"),      QStringLiteral("permissions"), QStringLiteral("email"),
        QStringLiteral("email_verified"), QStringLiteral("name"),    QStringLiteral("given_name"),
        QStringLiteral("family_name"), QStringLiteral("sub"),        QStringLiteral("oid"),
        QStringLiteral("sid")};
    return reserved.contains(key);
}

std::optional<std::string> changed(const QLineEdit *edit, const std::string &before)
{
    const std::string now = edit->text().trimmed().toStdString();
    return now == before ? std::nullopt : std::optional<std::string>(now);
}
} // namespace

EditUserDialog::EditUserDialog(services::Services *services, const entities::User &user, QWidget *parent)
    : UserRequestDialog(parent)
    , m_services(services)
    , m_user(user)
    , m_givenName(new QLineEdit(text(user.userProfile.givenName), this))
    , m_familyName(new QLineEdit(text(user.userProfile.familyName), this))
    , m_name(new QLineEdit(text(user.userProfile.name), this))
    , m_preferredUsername(new QLineEdit(text(user.userProfile.preferredUsername), this))
    , m_locale(new QLineEdit(text(user.userProfile.locale), this))
    , m_phone(new QLineEdit(text(user.userProfile.phoneNumber), this))
    , m_externalId(new QLineEdit(text(user.externalId), this))
    , m_attributes(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("editUserDialog"));
    setWindowTitle(tr("Edit %1").arg(text(user.email)));
    setSubmitText(tr("Save"));
    setMinimumWidth(520);

    m_givenName->setObjectName(QStringLiteral("editGivenName"));
    m_familyName->setObjectName(QStringLiteral("editFamilyName"));
    m_name->setObjectName(QStringLiteral("editName"));
    m_name->setPlaceholderText(tr("Given and family name when empty"));
    m_preferredUsername->setObjectName(QStringLiteral("editPreferredUsername"));
    m_locale->setObjectName(QStringLiteral("editLocale"));
    m_locale->setPlaceholderText(QStringLiteral("en-US"));
    m_phone->setObjectName(QStringLiteral("editPhone"));
    m_phone->setPlaceholderText(QStringLiteral("+14155550100"));
    m_externalId->setObjectName(QStringLiteral("editExternalId"));
    m_externalId->setPlaceholderText(tr("Your system's ID for this user"));
    m_attributes->setObjectName(QStringLiteral("editAttributes"));
    m_attributes->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_attributes->verticalHeader()->hide();
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->setColumnWidth(0, 160);
    m_attributes->setMinimumHeight(130);
    for (const auto &[key, value] : user.userProfile.customAttributes)
        addAttributeRow(text(key), text(value));

    auto *form = new QFormLayout;
    FieldErrors *errors = fieldErrors();
    addCheckedRow(form, errors, tr("Given name"), QStringLiteral("given_name"), m_givenName);
    addCheckedRow(form, errors, tr("Family name"), QStringLiteral("family_name"), m_familyName);
    addCheckedRow(form, errors, tr("Display name"), QStringLiteral("name"), m_name);
    addCheckedRow(form, errors, tr("Preferred username"), QStringLiteral("preferred_username"), m_preferredUsername);
    addCheckedRow(form, errors, tr("Locale"), QStringLiteral("locale"), m_locale);
    addCheckedRow(form, errors, tr("Phone"), QStringLiteral("phone_number"), m_phone);
    addCheckedRow(form, errors, tr("External ID"), QStringLiteral("external_id"), m_externalId);

    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add attribute"), this);
    add->setObjectName(QStringLiteral("addAttributeButton"));
    auto *remove = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeAttributeButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addAttributeRow();
        m_attributes->setCurrentCell(m_attributes->rowCount() - 1, 0);
        m_attributes->editItem(m_attributes->item(m_attributes->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_attributes->currentRow() >= 0)
            m_attributes->removeRow(m_attributes->currentRow());
    });
    auto *attributeButtons = new QHBoxLayout;
    attributeButtons->addWidget(add);
    attributeButtons->addWidget(remove);
    attributeButtons->addStretch(1);

    bodyLayout()->addLayout(form);
    bodyLayout()->addWidget(new QLabel(tr("Custom attributes (up to %1; keys %2–%3 characters):")
                                           .arg(kMaxAttributes).arg(kMinKeyLength).arg(kMaxKeyLength),
                                       this));
    bodyLayout()->addWidget(m_attributes, 1);
    QLabel *attributesError = errors->addField(QStringLiteral("custom_attributes"), m_attributes);
    bodyLayout()->addWidget(attributesError);
    bodyLayout()->addLayout(attributeButtons);
}

void EditUserDialog::addAttributeRow(const QString &key, const QString &value)
{
    const int row = m_attributes->rowCount();
    m_attributes->insertRow(row);
    m_attributes->setItem(row, 0, new QTableWidgetItem(key));
    m_attributes->setItem(row, 1, new QTableWidgetItem(value));
}

json::StringMap EditUserDialog::attributes() const
{
    json::StringMap out;
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QString key = m_attributes->item(row, 0) ? m_attributes->item(row, 0)->text().trimmed() : QString();
        const QString value = m_attributes->item(row, 1) ? m_attributes->item(row, 1)->text() : QString();
        if (!key.isEmpty() || !value.isEmpty())
            out[key.toStdString()] = value.toStdString();
    }
    return out;
}

bool EditUserDialog::validate()
{
    FieldErrors *errors = fieldErrors();
    bool ok = true;
    const auto tooLong = [&](QLineEdit *edit, const QString &field, int max) {
        if (edit->text().trimmed().size() > max) {
            errors->setFieldError(field, tr("At most %1 characters.").arg(max));
            ok = false;
        }
    };
    tooLong(m_givenName, QStringLiteral("given_name"), kMaxNameLength);
    tooLong(m_familyName, QStringLiteral("family_name"), kMaxNameLength);
    tooLong(m_preferredUsername, QStringLiteral("preferred_username"), kMaxUsernameLength);

    QStringList problems;
    QSet<QString> keys;
    int pairs = 0;
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QString key = m_attributes->item(row, 0) ? m_attributes->item(row, 0)->text().trimmed() : QString();
        const QString value = m_attributes->item(row, 1) ? m_attributes->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        ++pairs;
        if (key.size() < kMinKeyLength || key.size() > kMaxKeyLength)
            problems << tr("Key \"%1\" must be %2–%3 characters.").arg(key).arg(kMinKeyLength).arg(kMaxKeyLength);
        else if (isReservedAttribute(key))
            problems << tr("\"%1\" is a reserved claim name; its value would be dropped.").arg(key);
        if (value.isEmpty() || value.size() > kMaxValueLength)
            problems << tr("The value of \"%1\" must be 1–%2 characters.").arg(key).arg(kMaxValueLength);
        if (keys.contains(key))
            problems << tr("Key \"%1\" appears twice.").arg(key);
        keys.insert(key);
    }
    if (pairs > kMaxAttributes)
        problems << tr("At most %1 custom attributes.").arg(kMaxAttributes);
    if (!problems.isEmpty()) {
        errors->setFieldError(QStringLiteral("custom_attributes"), problems.join(u'\n'));
        ok = false;
    }
    return ok;
}

entities::UpdateUser EditUserDialog::changes() const
{
    const auto &p = m_user.userProfile;
    entities::UserProfileChanges profile;
    profile.givenName = changed(m_givenName, p.givenName);
    profile.familyName = changed(m_familyName, p.familyName);
    profile.name = changed(m_name, p.name);
    profile.preferredUsername = changed(m_preferredUsername, p.preferredUsername);
    profile.locale = changed(m_locale, p.locale);
    profile.phoneNumber = changed(m_phone, p.phoneNumber);
    if (const json::StringMap now = attributes(); now != p.customAttributes)
        profile.customAttributes = now;

    entities::UpdateUser update;
    if (profile != entities::UserProfileChanges{})
        update.userProfile = profile;
    update.externalId = changed(m_externalId, m_user.externalId.value_or(std::string()));
    return update;
}

api::ApiCall *EditUserDialog::submit()
{
    const entities::UpdateUser update = changes();
    if (update == entities::UpdateUser{}) {
        finishUnchanged(m_user); // nothing to send
        return nullptr;
    }
    return m_services->users().update(m_user.id, update, this, finishWithUser());
}

} // namespace sk::ui
