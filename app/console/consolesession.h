#pragma once

#include "app/console/consoleoptions.h"

#include <QObject>

#include "services/api/connectionsettings.h"

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace sk::api {
class ApiClient;
struct ConnectionSettings;
}

namespace sk::services {
class EnvironmentStatus;
class ProfileStore;
class SecretStore;
class Services;
}
namespace sk::ui {
class MainWindow;
class ProfileController;
}

namespace sk::app {

// The composition root of the GUI: owns the one QNetworkAccessManager, the environment status,
// the embedded sandbox when asked for, and the main window, and wires them together.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(ConsoleOptions options, QObject *parent = nullptr);
    ~ConsoleSession() override;

    ui::MainWindow *window() const { return m_window.get(); }
    services::EnvironmentStatus *status() const { return m_status; }
    void show();

private:
    void connectEnvironment();
    void startSandbox();
    // Points the client at an environment and checks it answers (token + one page).
    void useEnvironment(const api::ConnectionSettings &settings);
    void checkConnection();

    ConsoleOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    api::ApiClient *m_client = nullptr;
    std::unique_ptr<services::Services> m_services; // every resource service, built once
    services::EnvironmentStatus *m_status = nullptr;
    services::ProfileStore *m_profileStore = nullptr;
    services::SecretStore *m_secretStore = nullptr;
    ui::ProfileController *m_profiles = nullptr;
    class EmbeddedSandbox *m_sandbox = nullptr;
    std::optional<api::ConnectionSettings> m_sandboxSettings; // once the sandbox is up
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace sk::app
