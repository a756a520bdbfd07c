#pragma once

#include "services/entities/organization.h"

#include <QGroupBox>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

// An organization's session policy (the application's, or its own absolute and idle timeouts)
// and its user-management settings (the most users it may have), loaded and saved together.
class SessionPolicyPanel : public QGroupBox
{
    Q_OBJECT

public:
    SessionPolicyPanel(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    void setOrganizationId(const QString &organizationId);
    void save();
    bool isLoading() const { return m_pending > 0; }
    bool isModified() const { return m_modified; }

    QComboBox *sourceCombo() const { return m_source; }
    QSpinBox *absoluteTimeout() const { return m_absolute; }
    QComboBox *absoluteUnit() const { return m_absoluteUnit; }
    QCheckBox *idleEnabled() const { return m_idleEnabled; }
    QSpinBox *idleTimeout() const { return m_idle; }
    QComboBox *idleUnit() const { return m_idleUnit; }
    QSpinBox *maxUsers() const { return m_maxUsers; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *stateLabel() const { return m_state; }

signals:
    void failed(const QString &message);
    void saved();

private:
    void load();
    void showPolicy(const entities::OrganizationSessionPolicy &policy);
    void showUserManagement(const entities::OrganizationUserManagementSettings &settings);
    entities::OrganizationSessionPolicy policyFromForm() const;
    void finishOne();
    void updateState();

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    QString m_organizationId;
    QPointer<QObject> m_scope;
    std::optional<entities::OrganizationSessionPolicy> m_policy;
    std::optional<entities::OrganizationUserManagementSettings> m_userManagement;
    int m_pending = 0;
    bool m_modified = false;
    bool m_filling = false;
    QComboBox *m_source = nullptr;
    QSpinBox *m_absolute = nullptr;
    QComboBox *m_absoluteUnit = nullptr;
    QCheckBox *m_idleEnabled = nullptr;
    QSpinBox *m_idle = nullptr;
    QComboBox *m_idleUnit = nullptr;
    QSpinBox *m_maxUsers = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace sk::ui
