#include "app/console/consolesession.h"

#include "app/console/embeddedsandbox.h"
#include "models/core/displayformat.h"
#include "services/api/apiclient.h"
#include "services/core/environmentstatus.h"
#include "services/credentials/profilestore.h"
#include "services/credentials/secretstore.h"
#include "services/resources/services.h"
#include "ui/agentkit/agentkittab.h"
#include "ui/directories/directoriestab.h"
#include "ui/connections/connectionstab.h"
#include "ui/mainwindow.h"
#include "ui/mcp/mcptab.h"
#include "ui/organizations/organizationstab.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/roles/roleswindow.h"
#include "ui/users/userstab.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourceicon.h"
#include "ui/widgets/resourcetableview.h"

#include <QAction>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace sk::app {

using services::EnvironmentStatus;

ConsoleSession::ConsoleSession(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_client(new api::ApiClient(m_network, this))
    , m_services(std::make_unique<services::Services>(m_client))
    , m_status(new EnvironmentStatus(this))
    , m_window(std::make_unique<ui::MainWindow>(m_status))
{
    // Each tab is built when first shown: start-up builds one, and only visited tabs load.
    services::Services *services = m_services.get();
    m_window->installTab(ui::TabId::Organizations, [=, this] { return new ui::OrganizationsTab(services, m_status); });
    m_window->installTab(ui::TabId::Users, [=, this] { return new ui::UsersTab(services, m_status); });
    m_window->installTab(ui::TabId::Connections, [=, this] { return new ui::ConnectionsTab(services, m_status); });
    m_window->installTab(ui::TabId::Directories, [=, this] { return new ui::DirectoriesTab(services, m_status); });
    m_window->installTab(ui::TabId::AgentKit, [=, this] { return new ui::AgentKitTab(services, m_status); });
    m_window->installTab(ui::TabId::Mcp, [=, this] { return new ui::McpTab(services, m_status); });

    QAction *roles = m_window->toolsMenu()->addAction(ui::resourceIcon(QStringLiteral(":/icons/users.svg")),
                                                      tr("&Roles and permissions…"));
    roles->setObjectName(QStringLiteral("actionRolesAndPermissions"));
    roles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)); // Ctrl+Shift+R changes roles in Users
    connect(roles, &QAction::triggered, this, [this] {
        auto *window = m_window->findChild<ui::RolesWindow *>(); // one, opened on first use
        if (!window)
            window = new ui::RolesWindow(m_services.get(), m_status, m_window.get());
        window->show();
        window->raise();
        window->activateWindow();
    });

    m_profileStore = new services::ProfileStore(this);
    m_secretStore = new services::SecretStore(this);
    m_profiles = new ui::ProfileController(m_profileStore, m_secretStore, m_network, m_window.get(), this);
    m_profiles->attachSwitcher(m_window->environmentButton());
    m_window->insertBanner(m_profiles->keychainBanner());
    connect(m_profiles, &ui::ProfileController::environmentChosen, this,
            [this](const services::Profile &profile, const api::ConnectionSettings &settings) {
                m_status->setEnvironment(profile.displayName(), ui::ProfileController::statusKind(profile));
                useEnvironment(settings);
            });
    connect(m_profiles, &ui::ProfileController::readOnlyChanged, m_status, &EnvironmentStatus::setReadOnly);
    connect(m_profiles, &ui::ProfileController::sandboxRequested, this, &ConsoleSession::startSandbox);
    connect(m_profiles, &ui::ProfileController::activationFailed, this, [this](const QString &message) {
        m_status->setConnection(EnvironmentStatus::Connection::Failed, message);
    });

    // The tab the window opens on is built just after the first frame (which shows its empty
    // state, as the built tab does until the environment answers): docs/startup.md.
    m_window->buildCurrentTabAfterFirstFrame();
    // A screenshot or a measurement uses a throwaway window: nothing restored, nothing saved.
    const bool screenshot = !m_options.screenshotFile.isEmpty() || m_options.measureLoadTab.has_value();
    m_window->setPersistSettings(!screenshot);
    ui::ResourceTableView::setLayoutPersistence(!screenshot);
    if (!screenshot)
        m_window->restoreSettings();
    if (m_options.tab)
        m_window->showTab(*m_options.tab);
    if (m_options.size)
        m_window->resize(*m_options.size);

    connect(m_client, &api::ApiClient::inFlightChanged, m_status, &EnvironmentStatus::setInFlight);
    connect(m_window.get(), &ui::MainWindow::refreshRequested, this, &ConsoleSession::checkConnection);
    connectEnvironment();
}

ConsoleSession::~ConsoleSession()
{
    m_window.reset(); // the window goes before the services it shows
}

void ConsoleSession::show()
{
    m_window->show();
}

void ConsoleSession::connectEnvironment()
{
    if (m_options.sandbox) {
        m_profiles->markSandboxActive();
        startSandbox();
        return;
    }
    if (!m_options.profile.isEmpty()) {
        m_profiles->activate(m_options.profile);
        return;
    }
    if (m_options.screenshotFile.isEmpty() && !m_options.measureLoadTab) {
        m_profiles->start(); // the last profile, else SCALEKIT_* variables, else the first-run choice
        return;
    }
    // A screenshot never opens a dialog: it uses the SCALEKIT_* variables or shows no environment.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString url = env.value(QStringLiteral("SCALEKIT_ENV_URL"),
                                  env.value(QStringLiteral("SCALEKIT_ENVIRONMENT_URL")));
    if (url.isEmpty())
        return; // nothing configured: the empty states say how to connect
    const api::ConnectionSettings settings{QUrl(url, QUrl::StrictMode), env.value(QStringLiteral("SCALEKIT_CLIENT_ID")),
                                           env.value(QStringLiteral("SCALEKIT_CLIENT_SECRET"))};
    const QString host = settings.environmentUrl.host();
    const bool production = host.endsWith(QStringLiteral(".scalekit.com"));
    m_status->setEnvironment(host.isEmpty() ? url : host,
                             production ? EnvironmentStatus::Kind::Production : EnvironmentStatus::Kind::Development);
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        m_status->setConnection(EnvironmentStatus::Connection::Failed,
                                tr("Cannot use the environment from SCALEKIT_ENV_URL: %1").arg(problem));
        return;
    }
    useEnvironment(settings);
}

void ConsoleSession::startSandbox()
{
    m_status->setEnvironment(tr("Sandbox"), EnvironmentStatus::Kind::Sandbox);
    if (m_sandboxSettings) { // already running: switch back to it
        useEnvironment(*m_sandboxSettings);
        return;
    }
    if (m_sandbox)
        return; // still starting
    m_status->setConnection(EnvironmentStatus::Connection::Connecting, tr("Starting the embedded sandbox…"));
    m_sandbox = new EmbeddedSandbox(m_options.sandboxOptions, this);
    connect(m_sandbox, &EmbeddedSandbox::ready, this,
            [this](const QUrl &url, const QString &clientId, const QString &clientSecret) {
                m_sandboxSettings = api::ConnectionSettings{url, clientId, clientSecret};
                if (m_status->kind() == EnvironmentStatus::Kind::Sandbox)
                    useEnvironment(*m_sandboxSettings);
            });
    connect(m_sandbox, &EmbeddedSandbox::failed, this, [this](const QString &error) {
        m_status->setConnection(EnvironmentStatus::Connection::Failed,
                                tr("The embedded sandbox did not start: %1").arg(error));
    });
    m_sandbox->start();
}

void ConsoleSession::useEnvironment(const api::ConnectionSettings &settings)
{
    m_client->setSettings(settings);
    checkConnection();
}

void ConsoleSession::checkConnection()
{
    if (m_client->settings().environmentUrl.isEmpty())
        return;
    m_status->setConnection(EnvironmentStatus::Connection::Connecting, tr("Connecting…"));
    m_services->organizations().list({1, {}}, {}, this, [this](api::Result<entities::Page<entities::Organization>> page) {
        if (!page) {
            m_status->setConnection(EnvironmentStatus::Connection::Failed, page.error().describe());
            return;
        }
        const int total = page.value().totalSize; // may be unknown: counts are informational
        m_status->setConnection(EnvironmentStatus::Connection::Connected,
                                total < 0 ? tr("Connected.")
                                          : models::countOf(total, tr("organization"), tr("organizations"))
                                                + tr(" in this environment."));
    });
}

} // namespace sk::app
