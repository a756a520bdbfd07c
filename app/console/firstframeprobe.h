#pragma once

// The start-up clock shared by --measure-load (app/console/measureloadrunner.cpp) and the
// benchmark's empty window (tests/bench/empty_window.cpp, built outside the project with the
// system Qt): header-only and Qt-only, so both sides measure the same thing from the same origin.

#include <QByteArray>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QList>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <unistd.h>
#include <utility>

namespace sk::startup {

// Milliseconds since this process was started. The origin is SCALEKIT_EXEC_REALTIME_US when the
// launcher set it (CLOCK_REALTIME in microseconds, taken just before exec: bash's $EPOCHREALTIME,
// as tests/bench/bench_startup.sh does), else the start time the kernel keeps for the process
// (/proc/self/stat field 22, in clock ticks: 10 ms steps).
inline double msSinceProcessStart()
{
    if (const char *exec = std::getenv("SCALEKIT_EXEC_REALTIME_US"); exec && *exec) {
        // $EPOCHREALTIME is "seconds.micros"; a plain count of microseconds works too.
        const QByteArray text(exec);
        const int dot = text.indexOf('.');
        bool ok = false;
        double originUs = 0;
        if (dot < 0) {
            originUs = text.toDouble(&ok);
        } else {
            bool fracOk = false;
            const QByteArray frac = text.mid(dot + 1).leftJustified(6, '0').left(6);
            originUs = text.left(dot).toDouble(&ok) * 1e6 + frac.toDouble(&fracOk);
            ok = ok && fracOk;
        }
        if (ok) {
            timespec now {};
            clock_gettime(CLOCK_REALTIME, &now);
            return (double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3 - originUs) / 1000.0;
        }
    }
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')'); // the command name may hold spaces
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22, counted from field 3
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// CPU time this process has used so far (all its threads), in ms. Unlike the wall-clock figure it
// hardly moves when other programs share the cores, so a loaded machine still compares the work.
inline double cpuMsSinceProcessStart()
{
    timespec used {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &used);
    return double(used.tv_sec) * 1000.0 + double(used.tv_nsec) / 1e6;
}

// Calls back once, with msSinceProcessStart(), when the first frame of a top-level widget is
// complete: the window and every child painted into the backing store and flushed. The first
// paint event of the window alone comes before its children paint (their text, icons, the fonts
// they load), so the probe waits for the end of the backing-store sync that delivered it (the
// window's Expose, or the widget's UpdateRequest). Create it after show().
class FirstFrameProbe : public QObject
{
public:
    FirstFrameProbe(QWidget *window, std::function<void(double)> done, QObject *parent = nullptr)
        : QObject(parent)
        , m_window(window)
        , m_done(std::move(done))
    {
        m_window->installEventFilter(this);
        watchHandle();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_fired)
            return false;
        if (watched == m_window && event->type() == QEvent::Show)
            watchHandle();
        const bool sync = (watched == m_window && event->type() == QEvent::UpdateRequest)
            || (watched == m_handle && event->type() == QEvent::Expose);
        if (watched == m_window && event->type() == QEvent::Paint && m_syncDepth == 0) {
            fire(); // painted outside a sync (a direct repaint()): the paint is the frame
            return false;
        }
        if (watched == m_window && event->type() == QEvent::Paint)
            m_painted = true;
        if (!sync || m_syncDepth > 0)
            return false;
        // Deliver the event now (the filter passes it through the second time), then look.
        ++m_syncDepth;
        QCoreApplication::sendEvent(watched, event);
        --m_syncDepth;
        if (m_painted)
            fire();
        return true;
    }

private:
    void watchHandle()
    {
        if (!m_handle && m_window->windowHandle()) {
            m_handle = m_window->windowHandle();
            m_handle->installEventFilter(this);
        }
    }

    void fire()
    {
        m_fired = true;
        m_done(msSinceProcessStart());
    }

    QWidget *m_window;
    QWindow *m_handle = nullptr;
    std::function<void(double)> m_done;
    int m_syncDepth = 0;
    bool m_painted = false;
    bool m_fired = false;
};

// For the benchmark's own windows (tests/bench): prints {"first_paint_ms": ...,
// "first_paint_cpu_ms": ...} on stdout once the window's first frame is complete, then quits.
inline void printFirstFrameThenQuit(QWidget *window)
{
    new FirstFrameProbe(
        window,
        [](double ms) {
            std::printf("{\"first_paint_ms\": %.1f, \"first_paint_cpu_ms\": %.1f}\n", ms,
                        cpuMsSinceProcessStart());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        },
        window);
}

} // namespace sk::startup
