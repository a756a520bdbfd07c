#pragma once

#include "services/entities/organization.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace sk::api {
class ApiClient;
struct ApiError;
}
namespace sk::services {
class Services;
class EnvironmentStatus;
}

namespace sk::ui {

// Deletes an organization the careful way: first find out what goes with it (SSO
// connections, directories, memberships, and users who belong to no other organization and
// are deleted too), then say so and ask for the organization's name to be typed, then delete.
// Gathering shows a cancellable progress dialog. Deletes itself when finished.
class OrganizationDeletion : public QObject
{
    Q_OBJECT

public:
    struct Impact
    {
        int connections = -1; // -1: could not be counted
        int directories = -1;
        int members = -1;
        int orphanedUsers = -1; // members with no other membership
        bool orphansCapped = false; // only the first kMaxScannedMembers were checked
    };
    static constexpr int kMaxScannedMembers = 2000;

    OrganizationDeletion(services::Services *services, services::EnvironmentStatus *status,
                         const entities::Organization &organization, QWidget *parentWindow);

    void start();
    const Impact &impact() const { return m_impact; }
    // The text of the confirmation (also what tests read).
    QString confirmationMessage() const;

signals:
    void deleted(const QString &organizationId);
    void failed(const QString &message);
    void cancelled();

private:
    void scanMembers(const std::string &pageToken, int scanned);
    void stepDone();
    void confirmAndDelete();
    void finish();

    services::Services *m_services;
    services::EnvironmentStatus *m_status;
    entities::Organization m_organization;
    QPointer<QWidget> m_parentWindow;
    QPointer<QProgressDialog> m_progress;
    Impact m_impact;
    int m_pendingSteps = 0;
    bool m_finished = false;
};

} // namespace sk::ui
