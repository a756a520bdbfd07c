#pragma once

#include <QWidget>

class QLabel;
class QPushButton;


namespace sk::models {
class PermissionsModel;
}

namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

class MessageBanner;
class ResourceTableView;

// The Permissions page of the Roles and permissions window: every permission, with New, Edit
// (description) and Delete for the environment's own ones (Scalekit's built-ins are read-only).
class PermissionsPage : public QWidget
{
    Q_OBJECT

public:
    PermissionsPage(services::Services *services, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    void refresh();
    models::PermissionsModel *model() const { return m_model; }
    ResourceTableView *view() const { return m_view; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    MessageBanner *banner() const { return m_banner; }

    void openCreateDialog();
    void openEditDialog();
    void deleteCurrent();

signals:
    // A permission was created, changed or deleted (roles may list it).
    void permissionsChanged();

private:
    void onConnectionChanged();
    void updateActions();

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    models::PermissionsModel *m_model;
    ResourceTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_summary;
    MessageBanner *m_banner;
    bool m_loadedOnce = false;
};

} // namespace sk::ui
