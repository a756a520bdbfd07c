#pragma once

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace sk::api {
class ApiCall;
class ApiClient;
}
namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

class ExpiringLinkWidget;
class MessageBanner;
class QrCodeWidget;
class SecretField;

// Generates an admin-portal link for one organization: pick the features (SSO, directory
// sync), generate, then hand the link on masked (Reveal, Copy, Open in browser, a QR code that
// shows only once revealed) while a live countdown runs to its one-minute expiry (all of that is
// the shared ExpiringLinkWidget); Revoke ends it early. The link is a credential: it is never
// logged, and it leaves memory when it expires or the dialog closes.
class PortalLinkDialog : public QDialog
{
    Q_OBJECT

public:
    PortalLinkDialog(services::Services *services, services::EnvironmentStatus *status, const QString &organizationId,
                     const QString &organizationName, QWidget *parent = nullptr);
    ~PortalLinkDialog() override;

    QCheckBox *ssoCheck() const { return m_sso; }
    QCheckBox *directorySyncCheck() const { return m_dirSync; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *revokeButton() const { return m_revoke; }
    ExpiringLinkWidget *linkWidget() const { return m_link; }
    SecretField *linkField() const;
    QrCodeWidget *qrCode() const;
    QLabel *countdownLabel() const;
    QLabel *errorLabel() const { return m_error; }
    bool hasLink() const;
    QDateTime expiresAt() const;
    int secondsLeft() const;

    void generate();
    // Revokes the link shown (DELETE .../portal_links/{link_id}): it stops opening at once, for
    // a link sent to the wrong person. Not confirmed: it only takes access away.
    void revoke();
    // Test seam: the clock the countdown reads (default: the current UTC time).
    void setClock(std::function<QDateTime()> clock);

signals:
    void linkGenerated();
    void linkExpired();
    void linkRevoked();

protected:
    void done(int result) override;

private:
    void updateState();
    void showIdleText();
    void forgetLink();

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    QString m_organizationId;
    QCheckBox *m_sso = nullptr;
    QCheckBox *m_dirSync = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_revoke = nullptr;
    ExpiringLinkWidget *m_link = nullptr;
    QLabel *m_error = nullptr;
    std::string m_linkId; // the link shown, for Revoke
    bool m_revoked = false;
    QPointer<api::ApiCall> m_call;
};

} // namespace sk::ui
