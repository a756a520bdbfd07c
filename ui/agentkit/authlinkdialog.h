#pragma once

#include "services/entities/connectedaccount.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace sk::services {
class EnvironmentStatus;
class Services;
}

namespace sk::ui {

class ExpiringLinkWidget;
class QrCodeWidget;
class SecretField;

// A fresh authorization (magic) link for one connected account, for its owner to re-connect:
// generated on Generate (each press mints a new one), shown masked with Reveal, Copy, Open and a
// QR code (hidden while masked), with a countdown to its expiry. The link leaves memory when it
// expires or the dialog closes. Generating counts as a write (read-only profiles cannot).
class AuthLinkDialog : public QDialog
{
    Q_OBJECT

public:
    AuthLinkDialog(services::Services *services, services::EnvironmentStatus *status,
                   const entities::ConnectedAccount &account, QWidget *parent = nullptr);
    ~AuthLinkDialog() override;

    void generate();
    ExpiringLinkWidget *linkWidget() const { return m_link; }
    SecretField *linkField() const;
    QrCodeWidget *qrCode() const;
    QLabel *countdown() const;
    QPushButton *generateButton() const { return m_generate; }
    QLabel *errorLabel() const { return m_error; }

signals:
    void linkGenerated();

private:
    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    entities::ConnectedAccount m_account;
    ExpiringLinkWidget *m_link;
    QLabel *m_error;
    QPushButton *m_generate;
};

} // namespace sk::ui
