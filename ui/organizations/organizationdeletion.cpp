#include "ui/organizations/organizationdeletion.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/connectionsservice.h"
#include "services/resources/directoriesservice.h"
#include "services/resources/organizationsservice.h"
#include "services/resources/usersservice.h"
#include "ui/widgets/confirmbytypingdialog.h"

#include <QProgressDialog>
#include <QStringList>
#include <QTimer>

namespace sk::ui {

OrganizationDeletion::OrganizationDeletion(services::Services *services, services::EnvironmentStatus *status,
                                           const entities::Organization &organization, QWidget *parentWindow)
    : QObject(parentWindow)
    , m_services(services)
    , m_status(status)
    , m_organization(organization)
    , m_parentWindow(parentWindow)
{
}

void OrganizationDeletion::start()
{
    m_progress = new QProgressDialog(tr("Finding out what would be deleted with %1…")
                                         .arg(models::text(m_organization.displayName)),
                                     tr("Cancel"), 0, 0, m_parentWindow);
    m_progress->setObjectName(QStringLiteral("deletionProgress"));
    m_progress->setWindowTitle(tr("Delete organization"));
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_finished = true;
        emit cancelled();
        finish();
    });

    const std::string id = m_organization.id;
    m_pendingSteps = 3;
    m_services->connections().list(
        {id, {}, {}}, this, [this](api::Result<std::vector<entities::ListConnection>> result) {
            if (result)
                m_impact.connections = int(result.value().size());
            stepDone();
        });
    m_services->directories().list(id, this, [this](api::Result<std::vector<entities::Directory>> result) {
        if (result)
            m_impact.directories = int(result.value().size());
        stepDone();
    });
    m_impact.orphanedUsers = 0;
    scanMembers({}, 0);
}

void OrganizationDeletion::scanMembers(const std::string &pageToken, int scanned)
{
    m_services->users().listOrganizationUsers(
        m_organization.id, {100, pageToken}, this,
        [this, scanned](api::Result<entities::Page<entities::User>> result) {
            if (!result) {
                m_impact.orphanedUsers = -1;
                stepDone();
                return;
            }
            const auto &page = result.value();
            m_impact.members = std::max(page.totalSize, scanned + int(page.items.size()));
            for (const entities::User &user : page.items) {
                const bool elsewhere = std::any_of(user.memberships.begin(), user.memberships.end(),
                                                   [this](const entities::OrganizationMembership &membership) {
                                                       return membership.organizationId != m_organization.id;
                                                   });
                if (!elsewhere)
                    ++m_impact.orphanedUsers;
            }
            const int seen = scanned + int(page.items.size());
            if (m_progress && m_impact.members > 0) {
                m_progress->setMaximum(std::min(m_impact.members, kMaxScannedMembers));
                m_progress->setValue(std::min(seen, kMaxScannedMembers));
            }
            if (!page.nextPageToken.empty() && seen < kMaxScannedMembers) {
                scanMembers(page.nextPageToken, seen);
                return;
            }
            m_impact.orphansCapped = !page.nextPageToken.empty();
            stepDone();
        });
}

void OrganizationDeletion::stepDone()
{
    if (m_finished || --m_pendingSteps > 0)
        return;
    if (m_progress)
        m_progress->hide();
    // Out of the network callback before a modal dialog runs its own loop.
    QTimer::singleShot(0, this, &OrganizationDeletion::confirmAndDelete);
}

QString OrganizationDeletion::confirmationMessage() const
{
    const QString name = models::text(m_organization.displayName);
    auto counted = [](int count, const QString &one, const QString &many, const QString &rest, const QString &unknown) {
        return count < 0 ? unknown : models::countOf(count, one, many) + rest;
    };
    QStringList lines;
    lines << counted(m_impact.connections, tr("SSO connection"), tr("SSO connections"),
                     tr(", and the routing of their domains"), tr("its SSO connections (they could not be counted)"));
    lines << counted(m_impact.directories, tr("directory sync connection"), tr("directory sync connections"),
                     tr("; the customer's IdP will keep sending SCIM requests, which will fail"),
                     tr("its directory sync connections (they could not be counted)"));
    lines << counted(m_impact.members, tr("membership"), tr("memberships"), tr("; those members' sessions in it end"),
                     tr("its memberships (they could not be counted)"));
    lines << counted(m_impact.orphanedUsers, tr("user"), tr("users"),
                     tr(" who belong to no other organization: they are deleted too"),
                     tr("users who belong to no other organization (they could not be counted)"));
    if (m_impact.orphansCapped && m_impact.orphanedUsers >= 0)
        lines.last().prepend(tr("at least "));
    QString text = tr("Deleting %1 (%2) also deletes:").arg(name, models::text(m_organization.id));
    for (const QString &line : std::as_const(lines))
        text += QStringLiteral("\n  \u2022 ") + line;
    text += QStringLiteral("\n\n") + tr("This cannot be undone.");
    return text;
}

void OrganizationDeletion::confirmAndDelete()
{
    if (m_finished)
        return;
    const QString name = models::text(m_organization.displayName);
    if (!ConfirmByTypingDialog::confirm(m_parentWindow, tr("Delete organization"), confirmationMessage(), name,
                                        tr("Delete organization"))) {
        m_finished = true;
        emit cancelled();
        finish();
        return;
    }
    if (!m_status->canWrite()) {
        emit failed(tr("The environment became read-only or disconnected; nothing was deleted."));
        finish();
        return;
    }
    m_services->organizations().remove(m_organization.id, this, [this](api::Result<api::Empty> result) {
        m_finished = true;
        if (result)
            emit deleted(models::text(m_organization.id));
        else
            emit failed(tr("%1 was not deleted: %2").arg(models::text(m_organization.displayName), result.error().describe()));
        finish();
    });
}

void OrganizationDeletion::finish()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    deleteLater();
}

} // namespace sk::ui
