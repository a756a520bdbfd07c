#pragma once

#include "services/entities/connectedaccount.h"

#include <QDialog>

#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sk::models {
class BulkReauth;
}
namespace sk::services {
class EnvironmentStatus;
class Services;
}

namespace sk::ui {

// Authorization links for many accounts at once (the accounts the AgentKit table shows that
// are not ACTIVE): Generate asks for one link per account a few at a time, with progress and
// Cancel; failures are listed with their reason and can be retried; Save CSV writes
// identifier, connection, status, link and expiry (0600) for the team that sends them. The
// links themselves are never shown here, and leave memory with the dialog.
class BulkReauthDialog : public QDialog
{
    Q_OBJECT

public:
    BulkReauthDialog(services::Services *services, services::EnvironmentStatus *status,
                     const std::vector<entities::ConnectedAccount> &accounts, QWidget *parent = nullptr);

    models::BulkReauth *job() const { return m_job; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *saveButton() const { return m_save; }
    QTableWidget *failures() const { return m_failures; }
    // Writes the CSV there (what Save CSV… does after asking where); false shows why.
    bool saveTo(const QString &fileName);

private:
    void update();

    services::EnvironmentStatus *m_status;
    models::BulkReauth *m_job;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_generate;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_save;
    QTableWidget *m_failures;
};

} // namespace sk::ui
