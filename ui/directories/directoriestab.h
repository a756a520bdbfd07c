#pragma once

#include "ui/widgets/resourcepage.h"

class QComboBox;

namespace sk::entities {
struct Directory;
}
namespace sk::models {
class DirectoriesModel;
}
namespace sk::services {
class Services;
}

namespace sk::ui {

class DirectoryDetailPane;
class OrganizationFilter;

// The Directories tab: is each customer's directory set up and syncing? Every SCIM directory
// of one organization (picked in the filter, or from the organization detail's "n directories"
// link through showOrganization()), or of the whole environment (scanned organization by
// organization, with progress; Esc stops). Columns: name, organization, provider, type, status,
// enabled, users, groups, last synced (a warning pill when older than a day). Local search and
// one filter combo (a status, stale, enabled or disabled). The detail pane shows the SCIM set-up and drills
// into users and groups. Actions (toolbar, context menu, detail pane): Enable/Disable (Ctrl+E), Sync now
// (Ctrl+Y), Rotate token (Ctrl+Shift+T; the new token is shown once). Writes are confirmed
// (ConfirmByTypingDialog::confirmWrite: the directory's name typed in production).
class DirectoriesTab : public ResourcePage
{
    Q_OBJECT

public:
    DirectoriesTab(services::Services *services, services::EnvironmentStatus *status,
                   QWidget *parent = nullptr);

    models::DirectoriesModel *model() const { return m_model; }
    DirectoryDetailPane *detail() const { return m_detail; }
    OrganizationFilter *organizationFilter() const { return m_organizations; }
    QComboBox *statusFilter() const { return m_status; }
    QAction *toggleAction() const { return m_toggle; }
    QAction *syncAction() const { return m_sync; }
    QAction *rotateAction() const { return m_rotate; }

    void showOrganization(const QString &organizationId, const QString &displayName) override;
    void refresh() override;

    void toggleSelected();
    void syncSelected();
    void rotateTokenForSelected();

protected:
    void onLoadRequested() override;
    void onEnvironmentReset() override;
    void onSearchChanged(const QString &text) override;
    void onCurrentRowChanged(int row) override;
    void updateActions() override;
    QString summaryText() const override;
    bool isSearching() const override;

private:
    void applyOrganization();
    void applyFilter();
    const entities::Directory *selected() const;
    QString organizationNameOf(const entities::Directory &directory) const;
    // Fetches the directory again and shows it in the table and the detail (after an action).
    void reloadDirectory(const std::string &organizationId, const std::string &directoryId);
    void setBusy(bool busy);

    services::Services *m_services;
    models::DirectoriesModel *m_model;
    DirectoryDetailPane *m_detail;
    OrganizationFilter *m_organizations;
    QComboBox *m_status;
    QAction *m_toggle = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_rotate = nullptr;
    bool m_busy = false;
};

} // namespace sk::ui
