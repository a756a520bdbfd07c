#pragma once

// Small helpers for tests that drive real widgets offscreen: checked screenshots and answering
// modal dialogs.

#include "ui/widgets/confirmbytypingdialog.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QLineEdit>
#include <QPalette>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace sk::test {

// A dark theme's palette, for checking that colours follow it (badges and warnings must read
// on it too).
inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x27, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x94, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    p.setColor(QPalette::Button, QColor(0x2a, 0x2c, 0x30));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    return p;
}

// How many different colours a sample of the image's pixels has (a blank grab has one or two).
inline int distinctColours(const QImage &image, int step = 3)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// Shows the widget, grabs it and checks the picture: not null, the widget's size, and more than
// a few colours (not blank). With SK_SCREENSHOT_DIR set, also saves it as <dir>/<name>.png.
// Returns false (with a QWARN saying why) when any of that fails, set or not.
inline bool screenshot(QWidget *widget, const QString &name)
{
    const auto fail = [&name](const QString &why) {
        qWarning("screenshot %s: %s", qPrintable(name), qPrintable(why));
        return false;
    };
    if (!widget)
        return fail(QStringLiteral("no widget"));
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget->window()))
        return fail(QStringLiteral("the window was never exposed"));
    QApplication::processEvents();
    if (widget->width() <= 0 || widget->height() <= 0)
        return fail(QStringLiteral("the widget has no size"));
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull())
        return fail(QStringLiteral("the grab is null"));
    if (pixmap.deviceIndependentSize().toSize() != widget->size())
        return fail(QStringLiteral("the grab is %1x%2, the widget %3x%4")
                        .arg(pixmap.width()).arg(pixmap.height()).arg(widget->width()).arg(widget->height()));
    if (const int colours = distinctColours(pixmap.toImage()); colours <= 8)
        return fail(QStringLiteral("only %1 colours: it looks blank").arg(colours));
    const QString dir = qEnvironmentVariable("SK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return pixmap.save(QDir(dir).filePath(name + QStringLiteral(".png"))) || fail(QStringLiteral("cannot save it"));
}

// Runs `handle` on the first modal dialog of type T once it is shown (a modal exec() blocks
// the test's own code, so the answer is scheduled beforehand). Gives up after timeoutMs.
// Returns the timer that watches, to stop it early (delete it) when no dialog is due any more.
template <typename T>
QPointer<QTimer> whenModal(std::function<void(T *)> handle, int timeoutMs = 20000)
{
    auto *timer = new QTimer(QCoreApplication::instance()); // one never answered goes with the app
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
    return timer;
}

// What refuseNextModal() met.
struct RefusedModal
{
    bool shown = false;
    QString className;              // the dialog's class, e.g. "sk::ui::ConfirmByTypingDialog"
    QString expected;               // the text a ConfirmByTypingDialog asks for
    bool disabledWhenEmpty = false; // its Confirm button before anything is typed...
    bool disabledWhenWrong = false; // ...and with the expected text but its last character changed
    bool stayedOpen = false;        // clicking Confirm with the wrong text did not accept it
};

// Answers the next modal dialog, whatever it is, with Cancel. A ConfirmByTypingDialog first gets
// almost the right text typed and its Confirm clicked, to see that nothing gives way.
inline std::shared_ptr<RefusedModal> refuseNextModal(int timeoutMs = 20000)
{
    auto seen = std::make_shared<RefusedModal>();
    whenModal<QDialog>([seen](QDialog *dialog) {
        seen->shown = true;
        seen->className = QString::fromLatin1(dialog->metaObject()->className());
        if (auto *typed = qobject_cast<ui::ConfirmByTypingDialog *>(dialog)) {
            seen->expected = typed->expectedText();
            seen->disabledWhenEmpty = !typed->confirmButton()->isEnabled();
            QString wrong = seen->expected;
            if (!wrong.isEmpty())
                wrong.back() = wrong.back() == u'x' ? u'y' : u'x';
            QTest::keyClicks(typed->input(), wrong);
            seen->disabledWhenWrong = !typed->confirmButton()->isEnabled();
            QTest::mouseClick(typed->confirmButton(), Qt::LeftButton);
            seen->stayedOpen = typed->isVisible() && typed->result() != QDialog::Accepted;
        }
        dialog->reject();
    }, timeoutMs);
    return seen;
}

} // namespace sk::test
