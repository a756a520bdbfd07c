#pragma once

#include "services/entities/organization.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

class DomainsPanel;
class MetadataEditor;
class SessionPolicyPanel;

// Everything about one organization, beside the table: its fields, feature toggles (SSO,
// directory sync), metadata (editable), domains, session policy and user-management settings,
// and counts of its connections, directories and members with links to those tabs. Each
// section loads on its own; selecting another organization abandons what is in flight.
class OrganizationDetailPane : public QWidget
{
    Q_OBJECT

public:
    OrganizationDetailPane(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    void setOrganization(const std::optional<entities::Organization> &organization);
    const std::optional<entities::Organization> &organization() const { return m_organization; }

    QCheckBox *ssoToggle() const { return m_sso; }
    QCheckBox *directorySyncToggle() const { return m_dirSync; }
    MetadataEditor *metadataEditor() const { return m_metadata; }
    QPushButton *saveMetadataButton() const { return m_saveMetadata; }
    DomainsPanel *domains() const { return m_domains; }
    SessionPolicyPanel *sessionPolicy() const { return m_sessionPolicy; }
    QLabel *membersLink() const { return m_members; }
    QLabel *connectionsLink() const { return m_connections; }
    QLabel *directoriesLink() const { return m_directories; }
    QLabel *errorLabel() const { return m_error; }
    // Number of count requests still running (tests wait for 0).
    int pendingCounts() const { return m_pendingCounts; }

signals:
    void editRequested();
    void portalLinkRequested();
    void apiClientsRequested();
    void deleteRequested();
    void membersRequested(const QString &organizationId, const QString &displayName);
    void connectionsRequested(const QString &organizationId);
    void directoriesRequested(const QString &organizationId);
    // A section saved a change: the server's new version of the organization.
    void organizationChanged(const sk::entities::Organization &organization);

private:
    QWidget *buildHeader();
    QWidget *buildDetails();
    QWidget *buildFeatures();
    QWidget *buildMetadata();
    QWidget *buildCounts();
    void showOrganization();
    void loadCounts();
    void setFeature(std::string_view feature, bool enabled);
    void saveMetadata();
    void updateWritable();
    void showError(const QString &text);
    void applyServerOrganization(const entities::Organization &organization);

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    std::optional<entities::Organization> m_organization;
    QPointer<QObject> m_scope; // owns this organization's requests
    int m_pendingCounts = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QFormLayout *m_details = nullptr;
    QList<QLabel *> m_detailValues;
    QPushButton *m_edit = nullptr;
    QPushButton *m_portal = nullptr;
    QPushButton *m_clients = nullptr;
    QPushButton *m_delete = nullptr;
    QCheckBox *m_sso = nullptr;
    QCheckBox *m_dirSync = nullptr;
    MetadataEditor *m_metadata = nullptr;
    QPushButton *m_saveMetadata = nullptr;
    QPushButton *m_discardMetadata = nullptr;
    DomainsPanel *m_domains = nullptr;
    SessionPolicyPanel *m_sessionPolicy = nullptr;
    QLabel *m_connections = nullptr;
    QLabel *m_directories = nullptr;
    QLabel *m_members = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sk::ui
