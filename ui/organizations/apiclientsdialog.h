#pragma once

#include "ui/organizations/newsecretdialog.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;


namespace sk::entities {
struct M2MClient;
}

namespace sk::models {
class ClientSecretsModel;
class OrganizationClientsModel;
}

namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

class MessageBanner;

class ResourceTableView;

// An organization's API (machine-to-machine) clients: the list, the selected client's details
// and secrets (suffix, status, created, last used), and Create, Edit, Add secret, Delete secret
// and Delete client. A new secret is shown once in a NewSecretDialog and never kept; write
// actions are disabled unless the environment is writable. Open it with show() (non-modal).
class ApiClientsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxSecrets = 5; // per client (product docs)

    ApiClientsDialog(services::Services *services, services::EnvironmentStatus *status, const QString &organizationId,
                     const QString &organizationName, QWidget *parent = nullptr);

    QString organizationId() const { return m_organizationId; }
    models::OrganizationClientsModel *model() const { return m_model; }
    models::ClientSecretsModel *secretsModel() const { return m_secretsModel; }
    ResourceTableView *view() const { return m_view; }
    QTableView *secretsView() const { return m_secretsView; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *addSecretButton() const { return m_addSecret; }
    QPushButton *deleteSecretButton() const { return m_deleteSecret; }
    QPushButton *deleteClientButton() const { return m_deleteClient; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *detailLabel() const { return m_detail; }
    // The dialog showing a secret just created, while it is open.
    NewSecretDialog *newSecretDialog() const { return m_secretDialog; }

    void selectClient(const QString &clientId);
    void refresh();
    void openCreateDialog();
    void openEditDialog();
    void addSecret();
    void deleteSecret();
    void deleteClient();

private:
    const entities::M2MClient *currentClient() const;
    void showClient(int row);
    void updateActions();
    void showFailure(const QString &what, const QString &error);
    void showNewSecret(const QString &title, const entities::M2MClient &client, const QString &secret);

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    QString m_organizationId;
    models::OrganizationClientsModel *m_model;
    models::ClientSecretsModel *m_secretsModel;
    ResourceTableView *m_view;
    QTableView *m_secretsView;
    QLabel *m_summary;
    QLabel *m_detail;
    MessageBanner *m_banner;
    QPushButton *m_create;
    QPushButton *m_edit;
    QPushButton *m_addSecret;
    QPushButton *m_deleteSecret;
    QPushButton *m_deleteClient;
    QPointer<NewSecretDialog> m_secretDialog;
    QString m_pendingSelection;
    bool m_busy = false;
};

} // namespace sk::ui
