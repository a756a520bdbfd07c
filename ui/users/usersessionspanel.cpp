#include "ui/users/usersessionspanel.h"

#include "ui/widgets/textstyle.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "models/users/sessionsmodel.h"
#include "models/users/userformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/sessionsservice.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/resourcetableview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

using models::PagedTableModel;
using models::SessionsModel;
using services::EnvironmentStatus;

UserSessionsPanel::UserSessionsPanel(services::Services *services, EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_status(status)
    , m_model(new SessionsModel(&services->sessions(), this))
    , m_view(new ResourceTableView(QStringLiteral("userSessions"), this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_revoke(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Revoke"), this))
    , m_revokeAll(new QPushButton(tr("Revoke all"), this))
{
    setObjectName(QStringLiteral("userSessionsPanel"));
    m_view->setObjectName(QStringLiteral("userSessionsView"));
    m_view->setPagedModel(m_model);
    m_view->setDefaultColumnWidths({190, 125, 95, 75, 150, 120, 130, 120});
    m_revoke->setObjectName(QStringLiteral("revokeSessionButton"));
    m_revoke->setToolTip(tr("Sign the user out of the selected session"));
    m_revokeAll->setObjectName(QStringLiteral("revokeAllSessionsButton"));
    m_revokeAll->setToolTip(tr("Sign the user out everywhere: revoke every active session"));
    m_summary->setObjectName(QStringLiteral("sessionsSummary"));
    m_message->setObjectName(QStringLiteral("sessionsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_revoke);
    bar->addWidget(m_revokeAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_revoke, &QPushButton::clicked, this, &UserSessionsPanel::revokeSelected);
    connect(m_revokeAll, &QPushButton::clicked, this, &UserSessionsPanel::revokeAll);
    connect(m_view, &ResourceTableView::currentSourceRowChanged, this, &UserSessionsPanel::updateActions);
    connect(m_view, &ResourceTableView::refreshRequested, this, &UserSessionsPanel::reload);
    connect(m_model, &PagedTableModel::stateChanged, this, &UserSessionsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UserSessionsPanel::updateSummary);
    connect(m_status, &EnvironmentStatus::writableChanged, this, &UserSessionsPanel::updateActions);
    updateSummary();
}

void UserSessionsPanel::setUser(const QString &userId, const QString &email,
                                const QHash<QString, QString> &organizationNames)
{
    m_email = email;
    m_message->hide();
    m_model->setOrganizationNames(organizationNames);
    m_model->setUserId(userId);
    updateSummary();
}

void UserSessionsPanel::reload()
{
    if (!m_model->userId().isEmpty())
        m_model->reload();
}

void UserSessionsPanel::updateActions()
{
    const bool writable = m_status->canWrite() && !m_busy;
    const entities::SessionDetails *current = m_model->sessionAt(m_view->currentSourceRow());
    m_revoke->setEnabled(writable && current && current->status == entities::sessionstatus::kActive);
    m_revokeAll->setEnabled(writable && m_model->activeCount() > 0);
}

void UserSessionsPanel::updateSummary()
{
    if (m_model->userId().isEmpty())
        m_summary->clear();
    else if (m_model->state() == PagedTableModel::State::Failed)
        m_summary->setText(tr("Sessions could not be loaded"));
    else if (m_model->state() == PagedTableModel::State::Loading && m_model->entityCount() == 0)
        m_summary->setText(tr("Loading sessions…"));
    else
        m_summary->setText(models::countOf(m_model->entityCount(), tr("session"), tr("sessions")) + tr(", %1 active").arg(m_model->activeCount()));
    updateActions();
}

void UserSessionsPanel::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? textStyle(TextRole::Error) : textStyle(TextRole::Success));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

template <typename T>
bool UserSessionsPanel::revokeFinished(const api::Result<T> &result, const QString &failure)
{
    m_busy = false;
    updateActions(); // the model's dataChanged updates them again after a success
    if (!result)
        showMessage(failure.arg(result.error().sentence()), true);
    return bool(result);
}

void UserSessionsPanel::revokeSelected()
{
    const entities::SessionDetails *session = m_model->sessionAt(m_view->currentSourceRow());
    if (!session || !m_status->canWrite())
        return;
    const std::string sessionId = session->sessionId; // the confirmation's event loop may change the rows
    const QString device = models::sessionDevice(session->device);
    if (!ConfirmByTypingDialog::confirmWrite(
            this, *m_status, tr("Revoke session"),
            tr("%1 is signed out of this session (%2) at once and must sign in again there.")
                .arg(m_email, device.isEmpty() ? QString::fromStdString(sessionId) : device),
            m_email, tr("Revoke")))
        return;
    m_busy = true;
    updateActions();
    m_services->sessions().revoke(sessionId, this,
                                               [this](api::Result<entities::RevokedSession> result) {
        if (!revokeFinished(result, tr("The session was not revoked: %1")))
            return;
        m_model->applyRevoked(result.value());
        showMessage(tr("Session revoked."), false);
        emit sessionsRevoked(1);
    });
}

void UserSessionsPanel::revokeAll()
{
    const QString userId = m_model->userId();
    if (userId.isEmpty() || !m_status->canWrite())
        return;
    if (!ConfirmByTypingDialog::confirmWrite(
            this, *m_status, tr("Revoke all sessions"),
            tr("%1 is signed out everywhere: %2 end at once.")
                .arg(m_email,
                     models::countOf(m_model->activeCount(), tr("active session"), tr("active sessions"))),
            m_email, tr("Revoke all")))
        return;
    m_busy = true;
    updateActions();
    m_services->sessions().revokeAll(userId.toStdString(), this,
                                                  [this](api::Result<services::RevokedSessions> result) {
        if (!revokeFinished(result, tr("The sessions were not revoked: %1")))
            return;
        for (const entities::RevokedSession &revoked : result.value().sessions)
            m_model->applyRevoked(revoked);
        showMessage(models::countOf(result.value().totalRevoked, tr("session"), tr("sessions")) + tr(" revoked."), false);
        emit sessionsRevoked(result.value().totalRevoked);
    });
}

} // namespace sk::ui
