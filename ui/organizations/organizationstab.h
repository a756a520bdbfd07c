#pragma once

#include "ui/widgets/resourcepage.h"

#include <optional>

namespace sk::entities {
struct Organization;
}
namespace sk::models {
class OrganizationsModel;
}
namespace sk::services {
class Services;
}

namespace sk::ui {

class OrganizationDetailPane;

// The Organizations tab: a searchable, sortable table of every organization (loaded a page at
// a time as it scrolls) with the selected organization's detail beside it, and the actions on
// it: New (Ctrl+N), Edit (F2), Admin portal link (Ctrl+L), API clients, Delete (Del). Typing
// an org_ ID or an exact external ID in the search jumps straight to that organization.
class OrganizationsTab : public ResourcePage
{
    Q_OBJECT

public:
    OrganizationsTab(services::Services *services, services::EnvironmentStatus *status,
                     QWidget *parent = nullptr);

    models::OrganizationsModel *model() const { return m_model; }
    OrganizationDetailPane *detail() const { return m_detail; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *portalLinkAction() const { return m_portalLink; }
    QAction *apiClientsAction() const { return m_apiClients; }
    QAction *deleteAction() const { return m_delete; }

    void createOrganization();
    void editSelected();
    void portalLinkForSelected();
    void deleteSelected();
    void apiClientsForSelected();

protected:
    void onEnvironmentReset() override;
    void onSearchChanged(const QString &text) override;
    void onCurrentRowChanged(int row) override;
    void updateActions() override;
    bool isSearching() const override;

private:
    std::optional<entities::Organization> selected() const;

    services::Services *m_services;
    models::OrganizationsModel *m_model;
    OrganizationDetailPane *m_detail;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_portalLink = nullptr;
    QAction *m_apiClients = nullptr;
    QAction *m_delete = nullptr;
    bool m_jumpPending = false;
};

} // namespace sk::ui
