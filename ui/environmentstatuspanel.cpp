#include "ui/environmentstatuspanel.h"

#include "models/core/displayformat.h"

#include "services/core/environmentstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace sk::ui {

using services::EnvironmentStatus;

QString environmentColor(int kind)
{
    switch (static_cast<EnvironmentStatus::Kind>(kind)) {
    case EnvironmentStatus::Kind::None: return QStringLiteral("#9aa0a6");
    case EnvironmentStatus::Kind::Sandbox: return QStringLiteral("#7b61ff");
    case EnvironmentStatus::Kind::Development: return QStringLiteral("#1e8e3e");
    case EnvironmentStatus::Kind::Staging: return QStringLiteral("#e37400");
    case EnvironmentStatus::Kind::Production: return QStringLiteral("#d93025");
    }
    return QStringLiteral("#9aa0a6");
}

EnvironmentStatusPanel::EnvironmentStatusPanel(EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_status(status)
    , m_environment(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_requests(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    m_environment->setObjectName(QStringLiteral("statusEnvironment"));
    m_connection->setObjectName(QStringLiteral("statusConnection"));
    m_requests->setObjectName(QStringLiteral("statusRequests"));
    m_busy->setObjectName(QStringLiteral("statusBusy"));
    m_busy->setRange(0, 0);
    m_busy->setFixedSize(70, 12);
    m_busy->setTextVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(10);
    layout->addWidget(m_busy);
    layout->addWidget(m_requests);
    layout->addWidget(m_connection);
    layout->addWidget(m_environment);

    connect(m_status, &EnvironmentStatus::environmentChanged, this, &EnvironmentStatusPanel::updateEnvironment);
    connect(m_status, &EnvironmentStatus::connectionChanged, this, &EnvironmentStatusPanel::updateConnection);
    m_inFlightDelay.setSingleShot(true);
    m_inFlightDelay.setInterval(kInFlightDelayMs);
    connect(&m_inFlightDelay, &QTimer::timeout, this, &EnvironmentStatusPanel::showInFlight);
    connect(m_status, &EnvironmentStatus::inFlightChanged, this, &EnvironmentStatusPanel::updateInFlight);
    updateEnvironment();
    updateConnection();
    showInFlight();
}

void EnvironmentStatusPanel::updateEnvironment()
{
    const QString color = environmentColor(static_cast<int>(m_status->kind()));
    const QString name = m_status->name().isEmpty() ? EnvironmentStatus::kindLabel(m_status->kind())
                                                     : m_status->name();
    m_environment->setText(QStringLiteral("<span style='color:%1'>&#9679;</span> %2")
                               .arg(color, name.toHtmlEscaped()));
    m_environment->setToolTip(tr("Environment: %1 (%2)")
                                  .arg(name, EnvironmentStatus::kindLabel(m_status->kind())));
}

void EnvironmentStatusPanel::updateConnection()
{
    m_connection->setText(EnvironmentStatus::connectionLabel(m_status->connection()));
    m_connection->setToolTip(m_status->connectionMessage());
}

void EnvironmentStatusPanel::updateInFlight(int count)
{
    // Shown a moment later, never per request: a list loading page after page flips the count
    // between 0 and 1 hundreds of times a second, and relaying out the status bar each time
    // would stall the window.
    Q_UNUSED(count) // read again when the delay ends
    if (!m_inFlightDelay.isActive())
        m_inFlightDelay.start();
}

void EnvironmentStatusPanel::showInFlight()
{
    const int count = m_status->inFlight();
    if (m_busy->isHidden() == (count > 0)) {
        m_busy->setVisible(count > 0);
        m_requests->setVisible(count > 0);
    }
    const QString text = models::countOf(count, tr("request"), tr("requests"));
    if (m_requests->text() != text)
        m_requests->setText(text);
}

QString EnvironmentStatusPanel::environmentText() const { return m_environment->text(); }
QString EnvironmentStatusPanel::connectionText() const { return m_connection->text(); }
bool EnvironmentStatusPanel::busyVisible() const { return !m_busy->isHidden(); }

} // namespace sk::ui
