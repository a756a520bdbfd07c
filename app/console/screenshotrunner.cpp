#include "app/console/screenshotrunner.h"

#include "ui/mainwindow.h"

#include <QImage>
#include <QPixmap>
#include <QSaveFile>

#include <cstdio>

namespace sk::app {

namespace {
constexpr int kPollMs = 50;
constexpr int kSettleTicks = 6;     // idle for 300 ms in a row
constexpr int kTimeoutMs = 120000;  // a huge sandbox can take a while to page in
} // namespace

ScreenshotRunner::ScreenshotRunner(ui::MainWindow *window, QString file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
{
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotRunner::poll);
}

void ScreenshotRunner::start()
{
    m_timer.start();
}

void ScreenshotRunner::poll()
{
    m_elapsedMs += kPollMs;
    m_idleTicks = m_window->isIdle() ? m_idleTicks + 1 : 0;
    if (m_idleTicks >= kSettleTicks) {
        m_timer.stop();
        capture();
    } else if (m_elapsedMs >= kTimeoutMs) {
        m_timer.stop();
        std::fprintf(stderr, "scalekit-console: the window was still loading after %d s; no screenshot written\n",
                     kTimeoutMs / 1000);
        emit finished(1);
    }
}

void ScreenshotRunner::capture()
{
    const QImage image = m_window->grab().toImage();
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        std::fprintf(stderr, "scalekit-console: cannot write %s: %s\n", qUtf8Printable(m_file),
                     qUtf8Printable(file.errorString()));
        emit finished(1);
        return;
    }
    emit finished(0);
}

} // namespace sk::app
