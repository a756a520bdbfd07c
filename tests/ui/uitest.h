#pragma once

// Small helpers for tests that drive real widgets offscreen.

#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace sk::test {

// With SK_SCREENSHOT_DIR set, renders the widget to <dir>/<name>.png (to be looked at).
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SK_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Runs `handle` on the first modal dialog of type T once it is shown (a modal exec() blocks
// the test's own code, so the answer is scheduled beforehand). Gives up after timeoutMs.
template <typename T>
void whenModal(std::function<void(T *)> handle, int timeoutMs = 20000)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, elapsed, timeoutMs] {
        *elapsed += timer->interval();
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        } else if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace sk::test
