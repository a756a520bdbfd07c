#include "ui/organizations/sessionpolicypanel.h"

#include "ui/widgets/textstyle.h"

#include "services/resources/services.h"

#include "services/core/environmentstatus.h"
#include "services/resources/organizationsservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sk::ui {

using entities::Enum;
using entities::OrganizationSessionPolicy;
using entities::OrganizationUserManagementSettings;
using entities::SessionPolicyType;
using entities::TimeUnit;

namespace {
QComboBox *unitCombo(QWidget *parent, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    combo->addItem(SessionPolicyPanel::tr("minutes"), int(TimeUnit::Minutes));
    combo->addItem(SessionPolicyPanel::tr("hours"), int(TimeUnit::Hours));
    combo->addItem(SessionPolicyPanel::tr("days"), int(TimeUnit::Days));
    return combo;
}

QSpinBox *timeoutSpin(QWidget *parent, const char *name)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(1, 100000);
    return spin;
}

void selectUnit(QComboBox *combo, const std::optional<Enum<TimeUnit>> &unit)
{
    const int index = combo->findData(int(unit ? unit->value : TimeUnit::Hours));
    combo->setCurrentIndex(index < 0 ? 1 : index);
}
} // namespace

SessionPolicyPanel::SessionPolicyPanel(services::Services *services, services::EnvironmentStatus *status, QWidget *parent)
    : QGroupBox(tr("Sessions and user limits"), parent)
    , m_services(services)
    , m_status(status)
{
    setObjectName(QStringLiteral("sessionPolicyPanel"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("policySource"));
    m_source->addItem(tr("The application's policy"), int(SessionPolicyType::Application));
    m_source->addItem(tr("A policy of its own"), int(SessionPolicyType::Custom));
    m_absolute = timeoutSpin(this, "absoluteTimeout");
    m_absoluteUnit = unitCombo(this, "absoluteUnit");
    m_idleEnabled = new QCheckBox(tr("End idle sessions after"), this);
    m_idleEnabled->setObjectName(QStringLiteral("idleEnabled"));
    m_idle = timeoutSpin(this, "idleTimeout");
    m_idleUnit = unitCombo(this, "idleUnit");
    m_maxUsers = new QSpinBox(this);
    m_maxUsers->setObjectName(QStringLiteral("maxUsers"));
    m_maxUsers->setRange(0, 1'000'000);
    m_maxUsers->setSpecialValueText(tr("No limit"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("savePolicy"));
    m_state = new QLabel(this);
    m_state->setStyleSheet(textStyle(TextRole::Muted));

    auto row = [this](QWidget *spin, QWidget *unit) {
        auto *layout = new QHBoxLayout;
        layout->addWidget(spin);
        layout->addWidget(unit);
        layout->addStretch(1);
        return layout;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Session policy"), m_source);
    form->addRow(tr("Sessions end after"), row(m_absolute, m_absoluteUnit));
    auto *idleRow = row(m_idle, m_idleUnit);
    idleRow->insertWidget(0, m_idleEnabled);
    form->addRow(QString(), idleRow);
    form->addRow(tr("Most users allowed"), m_maxUsers);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);

    auto edited = [this] {
        if (m_filling)
            return;
        m_modified = true;
        updateState();
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, edited);
    connect(m_absolute, &QSpinBox::valueChanged, this, edited);
    connect(m_absoluteUnit, &QComboBox::currentIndexChanged, this, edited);
    connect(m_idleEnabled, &QCheckBox::toggled, this, edited);
    connect(m_idle, &QSpinBox::valueChanged, this, edited);
    connect(m_idleUnit, &QComboBox::currentIndexChanged, this, edited);
    connect(m_maxUsers, &QSpinBox::valueChanged, this, edited);
    connect(m_save, &QPushButton::clicked, this, &SessionPolicyPanel::save);
    connect(m_status, &services::EnvironmentStatus::writableChanged, this, &SessionPolicyPanel::updateState);
    updateState();
}

void SessionPolicyPanel::setOrganizationId(const QString &organizationId)
{
    m_organizationId = organizationId;
    load();
}

void SessionPolicyPanel::load()
{
    delete m_scope.data();
    m_scope = new QObject(this);
    m_policy.reset();
    m_userManagement.reset();
    m_modified = false;
    m_pending = 0;
    if (m_organizationId.isEmpty()) {
        updateState();
        return;
    }
    m_pending = 2;
    m_state->setText(tr("Loading…"));
    services::OrganizationsService &service = m_services->organizations();
    const std::string id = m_organizationId.toStdString();
    service.sessionPolicy(id, m_scope, [this](api::Result<OrganizationSessionPolicy> result) {
        if (result)
            showPolicy(result.value());
        else
            emit failed(tr("The session policy could not be loaded: %1").arg(result.error().sentence()));
        finishOne();
    });
    service.userManagement(id, m_scope, [this](api::Result<OrganizationUserManagementSettings> result) {
        if (result)
            showUserManagement(result.value());
        else if (result.error().httpStatus != 404) // none set yet reads as "no limit"
            emit failed(tr("The user limit could not be loaded: %1").arg(result.error().sentence()));
        finishOne();
    });
    updateState();
}

void SessionPolicyPanel::finishOne()
{
    m_pending = std::max(0, m_pending - 1);
    if (m_pending == 0)
        m_state->clear();
    updateState();
}

void SessionPolicyPanel::showPolicy(const OrganizationSessionPolicy &policy)
{
    m_policy = policy;
    const bool filling = std::exchange(m_filling, true);
    const bool custom = policy.policySource.value == SessionPolicyType::Custom;
    m_source->setCurrentIndex(custom ? 1 : 0);
    m_absolute->setValue(policy.absoluteSessionTimeout.value_or(7));
    selectUnit(m_absoluteUnit, policy.absoluteSessionTimeoutUnit ? policy.absoluteSessionTimeoutUnit
                                                                 : std::optional(Enum<TimeUnit>(TimeUnit::Days)));
    m_idleEnabled->setChecked(policy.idleSessionTimeoutEnabled.value_or(false));
    m_idle->setValue(policy.idleSessionTimeout.value_or(30));
    selectUnit(m_idleUnit, policy.idleSessionTimeoutUnit ? policy.idleSessionTimeoutUnit
                                                         : std::optional(Enum<TimeUnit>(TimeUnit::Minutes)));
    m_filling = filling;
}

void SessionPolicyPanel::showUserManagement(const OrganizationUserManagementSettings &settings)
{
    m_userManagement = settings;
    const bool filling = std::exchange(m_filling, true);
    m_maxUsers->setValue(settings.maxAllowedUsers.value_or(0));
    m_filling = filling;
}

OrganizationSessionPolicy SessionPolicyPanel::policyFromForm() const
{
    OrganizationSessionPolicy policy;
    const bool custom = m_source->currentData().toInt() == int(SessionPolicyType::Custom);
    policy.policySource = Enum<SessionPolicyType>(custom ? SessionPolicyType::Custom : SessionPolicyType::Application);
    if (custom) {
        policy.absoluteSessionTimeout = m_absolute->value();
        policy.absoluteSessionTimeoutUnit = Enum<TimeUnit>(TimeUnit(m_absoluteUnit->currentData().toInt()));
        policy.idleSessionTimeoutEnabled = m_idleEnabled->isChecked();
        if (m_idleEnabled->isChecked()) {
            policy.idleSessionTimeout = m_idle->value();
            policy.idleSessionTimeoutUnit = Enum<TimeUnit>(TimeUnit(m_idleUnit->currentData().toInt()));
        }
    }
    return policy;
}

void SessionPolicyPanel::save()
{
    if (m_organizationId.isEmpty() || !m_status->canWrite() || m_pending > 0)
        return;
    services::OrganizationsService &service = m_services->organizations();
    const std::string id = m_organizationId.toStdString();
    m_pending = 2;
    m_state->setText(tr("Saving…"));
    auto fail = [this](const QString &what, const api::ApiError &error) {
        emit failed(tr("Could not save the %1: %2").arg(what, error.describe()));
    };
    service.updateSessionPolicy(id, policyFromForm(), m_scope,
                                [this, fail](api::Result<OrganizationSessionPolicy> result) {
                                    if (result)
                                        showPolicy(result.value());
                                    else
                                        fail(tr("session policy"), result.error());
                                    finishOne();
                                    if (m_pending == 0 && result)
                                        emit saved();
                                });
    OrganizationUserManagementSettings settings;
    if (m_maxUsers->value() > 0)
        settings.maxAllowedUsers = m_maxUsers->value();
    service.updateUserManagement(id, settings, m_scope,
                                 [this, fail](api::Result<OrganizationUserManagementSettings> result) {
                                     if (result)
                                         showUserManagement(result.value());
                                     else
                                         fail(tr("user limit"), result.error());
                                     finishOne();
                                 });
    m_modified = false;
    updateState();
}

void SessionPolicyPanel::updateState()
{
    const bool writable = m_status->canWrite() && !m_organizationId.isEmpty() && m_pending == 0;
    const bool custom = m_source->currentData().toInt() == int(SessionPolicyType::Custom);
    m_source->setEnabled(writable);
    m_absolute->setEnabled(writable && custom);
    m_absoluteUnit->setEnabled(writable && custom);
    m_idleEnabled->setEnabled(writable && custom);
    m_idle->setEnabled(writable && custom && m_idleEnabled->isChecked());
    m_idleUnit->setEnabled(writable && custom && m_idleEnabled->isChecked());
    m_maxUsers->setEnabled(writable);
    m_save->setEnabled(writable && m_modified);
}

} // namespace sk::ui
