#pragma once

#include "ui/consoletabs.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;
class QToolBar;

namespace sk::api {
class ApiClient;
}
namespace sk::entities {
struct Organization;
}
namespace sk::models {
class OrganizationsModel;
}
namespace sk::services {
class EnvironmentStatus;
}

namespace sk::ui {

class OrganizationDetailPane;
class ResourceTableView;
class TabFrame;

// The Organizations tab: a searchable, sortable table of every organization (loaded a page at
// a time as it scrolls) with the selected organization's detail beside it, and the actions on
// it: New (Ctrl+N), Edit (F2), Admin portal link (Ctrl+L), API clients, Delete (Del). Typing
// an org_ ID or an exact external ID in the search jumps straight to that organization.
// Shows its empty state until an environment is connected.
class OrganizationsTab : public QWidget
{
    Q_OBJECT

public:
    OrganizationsTab(api::ApiClient *client, services::EnvironmentStatus *status, QWidget *parent = nullptr);
    ~OrganizationsTab() override;

    models::OrganizationsModel *model() const { return m_model; }
    ResourceTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    OrganizationDetailPane *detail() const { return m_detail; }
    QLabel *summaryLabel() const { return m_summary; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *portalLinkAction() const { return m_portalLink; }
    QAction *apiClientsAction() const { return m_apiClients; }
    QAction *deleteAction() const { return m_delete; }
    void refresh();

    void createOrganization();
    void editSelected();
    void portalLinkForSelected();
    void deleteSelected();
    void apiClientsForSelected();

signals:
    void showMembersRequested(const QString &organizationId, const QString &displayName);
    void showTabRequested(sk::ui::TabId tab, const QString &organizationId);

private:
    void createActions();
    void onEnvironmentReset();
    void onCurrentRowChanged(int row);
    void onStateChanged();
    void updateSummary();
    void updateActions();
    const entities::Organization *selected() const;

    api::ApiClient *m_client;
    services::EnvironmentStatus *m_status;
    models::OrganizationsModel *m_model;
    ResourceTableView *m_view;
    OrganizationDetailPane *m_detail;
    QSplitter *m_splitter;
    QToolBar *m_toolbar;
    QLineEdit *m_search;
    QLabel *m_summary;
    QTimer *m_searchDelay;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_portalLink = nullptr;
    QAction *m_apiClients = nullptr;
    QAction *m_delete = nullptr;
    TabFrame *m_frame = nullptr;
    bool m_jumpPending = false;
};

} // namespace sk::ui
