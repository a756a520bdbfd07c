#pragma once

#include "services/entities/domain.h"

#include <QGroupBox>
#include <QPointer>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

// An organization's domains: the table (domain, type, verification status, created), adding
// one with its type, verifying a pending one (its DNS TXT record checked now), and deleting the
// selected one.
class DomainsPanel : public QGroupBox
{
    Q_OBJECT

public:
    DomainsPanel(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    void setOrganizationId(const QString &organizationId);
    void reload();
    bool isLoading() const { return m_loading; }
    const std::vector<entities::Domain> &domains() const { return m_rows; }

    QTableWidget *table() const { return m_table; }
    QLineEdit *domainEdit() const { return m_domain; }
    QComboBox *typeCombo() const { return m_type; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *verifyButton() const { return m_verify; }
    QLabel *stateLabel() const { return m_state; }

    static constexpr int kPageSize = 100;

signals:
    void failed(const QString &message);

private:
    void loadPage(int pageNumber);
    void addDomain();
    void deleteSelected();
    // Asks the API to check the selected domain's DNS TXT record now (PENDING or FAILED ones).
    void verifySelected();
    void fill();
    void updateButtons();

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    QString m_organizationId;
    QPointer<QObject> m_scope;
    std::vector<entities::Domain> m_rows;
    bool m_loading = false;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_domain = nullptr;
    QComboBox *m_type = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace sk::ui
