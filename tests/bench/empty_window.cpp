// The start-up baseline of tests/bench/bench_startup.sh: an empty QMainWindow of the console's
// size, shown the same way (offscreen), printing the time from process start to its first
// paint in ms, measured as the console's --measure-load does (/proc/self/stat start time).
// Built by the script with the system Qt, outside the project, so nothing of ours loads.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("{\"first_paint_ms\": %.1f}\n", msSinceProcessStart());
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    FirstPaint filter;
    window.installEventFilter(&filter);
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
