#pragma once

#include "app/console/consoleoptions.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace sk::services {
class EnvironmentStatus;
}
namespace sk::ui {
class MainWindow;
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
    void show();

private:
    void connectEnvironment();

    ConsoleOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    services::EnvironmentStatus *m_status = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace sk::app
