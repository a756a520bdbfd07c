#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace sk::ui {
class MainWindow;
}

namespace sk::app {

// Waits until the window has nothing in flight (and stays so for a moment), grabs it into a
// PNG and reports the exit code: 0 written, 1 not written (with the reason on stderr).
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    ScreenshotRunner(ui::MainWindow *window, QString file, QObject *parent = nullptr);
    void start();

signals:
    void finished(int exitCode);

private:
    void poll();
    void capture();

    ui::MainWindow *m_window;
    QString m_file;
    QTimer m_timer;
    int m_idleTicks = 0;
    int m_elapsedMs = 0;
};

} // namespace sk::app
