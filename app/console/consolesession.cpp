#include "app/console/consolesession.h"

#include "services/core/environmentstatus.h"
#include "ui/mainwindow.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace sk::app {

using services::EnvironmentStatus;

ConsoleSession::ConsoleSession(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_status(new EnvironmentStatus(this))
    , m_window(std::make_unique<ui::MainWindow>(m_status))
{
    const bool screenshot = !m_options.screenshotFile.isEmpty();
    m_window->setPersistSettings(!screenshot);
    if (!screenshot)
        m_window->restoreSettings();
    if (m_options.tab)
        m_window->showTab(*m_options.tab);
    if (m_options.size)
        m_window->resize(*m_options.size);
    connectEnvironment();
}

ConsoleSession::~ConsoleSession() = default;

void ConsoleSession::show()
{
    m_window->show();
}

void ConsoleSession::connectEnvironment()
{
    if (m_options.sandbox) {
        m_status->setEnvironment(tr("Sandbox"), EnvironmentStatus::Kind::Sandbox);
        m_status->setConnection(EnvironmentStatus::Connection::Unavailable,
                                tr("The embedded sandbox is not part of this build yet, so there "
                                   "is no data to show."));
        return;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString url = env.value(QStringLiteral("SCALEKIT_ENV_URL"),
                                  env.value(QStringLiteral("SCALEKIT_ENVIRONMENT_URL")));
    if (!url.isEmpty()) {
        m_status->setEnvironment(url, EnvironmentStatus::Kind::Development);
        m_status->setConnection(EnvironmentStatus::Connection::Unavailable,
                                tr("Connecting to a Scalekit environment is not part of this build yet."));
    }
}

} // namespace sk::app
