#pragma once

#include "services/entities/connection.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sk::services {
class EnvironmentStatus;
class Services;
} // namespace sk::services

namespace sk::ui {

// The selected SSO connection, grouped as a person reads it: who and what (organization,
// provider, status, enabled, domains), then for SAML the identity provider (entity ID, SSO URL,
// metadata URL, certificates with their expiry, warned within 30 days or expired), what to give
// the IdP (SP entity ID, ACS URL, SP metadata URL, each with Copy) and the signing, NameID,
// IdP-initiated login and JIT options; for OIDC the issuer, discovery endpoint, client ID,
// scopes, PKCE and token auth method. The list row shows at once; the full connection is
// fetched (GET .../connections/{id}). Client secrets and private keys are never shown: only
// whether one is set. The actions are emitted for the tab to run.
class ConnectionDetailPane : public QWidget
{
    Q_OBJECT

public:
    ConnectionDetailPane(services::Services *services, services::EnvironmentStatus *status,
                         QWidget *parent = nullptr);

    void setConnection(const std::optional<entities::ListConnection> &connection);
    // After an action answered with the full connection (domains, enable, ...).
    void showConnection(const entities::Connection &connection);
    const std::optional<entities::ListConnection> &listConnection() const { return m_item; }
    const std::optional<entities::Connection> &connection() const { return m_full; }
    bool isLoading() const { return !m_request.isNull(); }

    // The value shown for a field ("idp_entity_id", "sp_assertion_url", "issuer", ...), for tests.
    QString fieldText(const QString &key) const;
    QLabel *certificateWarning() const { return m_certificateWarning; }
    QPushButton *toggleButton() const { return m_toggle; }

    // The time certificate expiry is measured from (tests pin it).
    void setClockForTesting(std::optional<QDateTime> now) { m_clock = now; }

signals:
    void toggleRequested();
    void testRequested();
    void domainsRequested();
    void deleteRequested();
    void logsRequested();
    void organizationRequested(const QString &organizationId, const QString &organizationName);
    void loaded(const sk::entities::Connection &connection);

private:
    void fetch();
    void rebuild();
    QGroupBox *addGroup(const QString &title);
    void addField(QFormLayout *form, const QString &key, const QString &label, const QString &value,
                  bool copyable = false);
    void addSaml(const entities::SamlConnectionConfig &saml);
    void addOidc(const entities::OidcConnectionConfig &oidc);
    void updateButtons();
    QDateTime now() const { return m_clock.value_or(QDateTime::currentDateTimeUtc()); }

    services::Services *m_services;
    services::EnvironmentStatus *m_environment;
    std::optional<entities::ListConnection> m_item;
    std::optional<entities::Connection> m_full;
    QPointer<QObject> m_request;
    std::optional<QDateTime> m_clock;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QLabel *m_enabled;
    QLabel *m_advice;
    QLabel *m_certificateWarning;
    QLabel *m_loadNote;
    QPushButton *m_toggle;
    QPushButton *m_test;
    QPushButton *m_domains;
    QPushButton *m_logs;
    QPushButton *m_delete;
    QWidget *m_groupsHost;
    QVBoxLayout *m_groups;
    QMap<QString, QLabel *> m_values;
};

} // namespace sk::ui
