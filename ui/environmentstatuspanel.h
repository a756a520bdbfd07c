#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace sk::services {
class EnvironmentStatus;
}

namespace sk::ui {

// The permanent right-hand part of the status bar: which environment, whether it is reachable,
// and a busy indicator with the number of requests in flight.
class EnvironmentStatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentStatusPanel(services::EnvironmentStatus *status, QWidget *parent = nullptr);

    QString environmentText() const;
    QString connectionText() const;
    bool busyVisible() const;

private:
    void updateEnvironment();
    void updateConnection();
    void updateInFlight(int count);
    void showInFlight();

    services::EnvironmentStatus *m_status;
    QLabel *m_environment = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_requests = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer m_inFlightDelay;
    static constexpr int kInFlightDelayMs = 150;
};

QString environmentColor(int kind); // colour of the environment kind's chip, as #rrggbb

} // namespace sk::ui
