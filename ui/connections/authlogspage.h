#pragma once

#include "ui/widgets/resourcepage.h"

#include <QPointer>
#include <QSet>

class QComboBox;
class QLineEdit;

namespace sk::models {
class AuthLogsModel;
}
namespace sk::services {
class Services;
}

namespace sk::ui {

class AuthLogDetailPane;

// The environment's sign-in requests (GET /logs/authentication/requests): the search box is
// the email filter; beside it the time range, status, organization and connection filters. The
// detail pane says why a failed one failed. Shown in the SSO tab's sign-in logs window.
class AuthLogsPage : public ResourcePage
{
    Q_OBJECT

public:
    AuthLogsPage(services::Services *services, services::EnvironmentStatus *status,
                 QWidget *parent = nullptr);

    models::AuthLogsModel *model() const { return m_model; }
    AuthLogDetailPane *detail() const { return m_detail; }
    QComboBox *rangeFilter() const { return m_range; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QLineEdit *organizationFilter() const { return m_organization; }
    QLineEdit *connectionFilter() const { return m_connection; }

    // Narrows to one organization and connection ("" for any) and reloads.
    void filterTo(const QString &organizationId, const QString &connectionId);
    void applyFilter();

protected:
    void onLoadRequested() override;
    void onEnvironmentReset() override;
    void onSearchChanged(const QString &text) override;
    void onCurrentRowChanged(int row) override;
    bool isSearching() const override;

private:
    void nameOrganizations();

    static constexpr int kMaxNamed = 200;
    services::Services *m_services;
    models::AuthLogsModel *m_model;
    AuthLogDetailPane *m_detail;
    QComboBox *m_range;
    QComboBox *m_statusFilter;
    QLineEdit *m_organization;
    QLineEdit *m_connection;
    QPointer<QObject> m_names; // owns the organization-name lookups
    QSet<QString> m_asked; // organization IDs looked up
};

} // namespace sk::ui
