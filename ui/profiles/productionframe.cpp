#include "ui/profiles/productionframe.h"

#include <QEvent>
#include <QPainter>

namespace sk::ui {

ProductionFrame::ProductionFrame(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("productionFrame"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    window->installEventFilter(this);
    hide();
}

QString ProductionFrame::titleSuffix()
{
    return tr(" — PRODUCTION");
}

QString ProductionFrame::decorateTitle(const QString &title, bool production)
{
    const QString suffix = titleSuffix();
    QString plain = title;
    if (plain.endsWith(suffix))
        plain.chop(suffix.size());
    return production ? plain + suffix : plain;
}

void ProductionFrame::setActive(bool active)
{
    m_active = active;
    setVisible(active);
    follow();
}

void ProductionFrame::follow()
{
    if (!parentWidget())
        return;
    setGeometry(parentWidget()->rect());
    if (m_active)
        raise();
}

bool ProductionFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget()) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::ChildAdded:
        case QEvent::LayoutRequest: follow(); break;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProductionFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = rect();
    const QColor red(color());
    painter.fillRect(QRect(area.left(), area.top(), area.width(), kWidth), red);
    painter.fillRect(QRect(area.left(), area.bottom() - kWidth + 1, area.width(), kWidth), red);
    painter.fillRect(QRect(area.left(), area.top(), kWidth, area.height()), red);
    painter.fillRect(QRect(area.right() - kWidth + 1, area.top(), kWidth, area.height()), red);
}

} // namespace sk::ui
