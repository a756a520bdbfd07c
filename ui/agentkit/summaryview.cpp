#include "ui/agentkit/summaryview.h"

#include "models/agentkit/accountsoverview.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace sk::ui {

SummaryView::SummaryView(QWidget *parent)
    : QWidget(parent)
    , m_summary(entities::Timestamp::now())
    , m_emptyText(tr("No connected accounts."))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
}

void SummaryView::setSummary(const models::AccountsSummary &summary)
{
    m_summary = summary;
    m_hovered = -1;
    m_current = std::clamp(m_current, 0, std::max(0, itemCount() - 1));
    summaryChanged();
}

void SummaryView::follow(const models::AccountsOverview *overview)
{
    if (m_overview)
        disconnect(m_overview, nullptr, this, nullptr);
    m_overview = overview;
    if (!overview)
        return;
    connect(overview, &models::AccountsOverview::changed, this, [this] {
        if (m_overview)
            setSummary(m_overview->summary());
    });
    setSummary(overview->summary());
}

void SummaryView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void SummaryView::summaryChanged()
{
    updateGeometry();
    update();
}

int SummaryView::itemAt(const QPoint &position) const
{
    for (int i = 0; i < itemCount(); ++i) {
        if (itemRect(i).contains(position))
            return i;
    }
    return -1;
}

void SummaryView::setCurrentItem(int index)
{
    if (itemCount() == 0)
        return;
    index = std::clamp(index, 0, itemCount() - 1);
    if (index == m_current)
        return;
    update(itemRect(m_current).adjusted(-3, -3, 3, 3));
    m_current = index;
    update(itemRect(m_current).adjusted(-3, -3, 3, 3));
}

void SummaryView::activate(int index)
{
    if (index < 0 || index >= itemCount())
        return;
    setCurrentItem(index);
    activateItem(index);
}

QColor SummaryView::mix(const QColor &from, const QColor &to, double t)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool SummaryView::paintEmpty(QPainter &painter) const
{
    if (!m_summary.isEmpty())
        return false;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    return true;
}

void SummaryView::paintCurrent(QPainter &painter) const
{
    if (!hasFocus() || m_current >= itemCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRoundedRect(QRectF(itemRect(m_current)).adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4);
    painter.restore();
}

bool SummaryView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = itemAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), itemToolTip(index), this, itemRect(index));
        }
        return true;
    }
    return QWidget::event(event);
}

void SummaryView::mouseMoveEvent(QMouseEvent *event)
{
    const int index = itemAt(event->position().toPoint());
    if (index != m_hovered) {
        if (m_hovered >= 0 && m_hovered < itemCount())
            update(itemRect(m_hovered).adjusted(-3, -3, 3, 3));
        m_hovered = index;
        if (index >= 0)
            update(itemRect(index).adjusted(-3, -3, 3, 3));
        setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void SummaryView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? itemAt(event->position().toPoint()) : -1;
    QWidget::mousePressEvent(event);
}

void SummaryView::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = itemAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0 && index == m_pressed)
        activate(index);
    m_pressed = -1;
    QWidget::mouseReleaseEvent(event);
}

void SummaryView::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void SummaryView::keyPressEvent(QKeyEvent *event)
{
    const int count = itemCount();
    if (count == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int row = itemsPerRow();
    switch (event->key()) {
    case Qt::Key_Left: setCurrentItem(m_current - 1); break;
    case Qt::Key_Right: setCurrentItem(m_current + 1); break;
    case Qt::Key_Up:
        if (row > 0 && m_current - row >= 0)
            setCurrentItem(m_current - row);
        break;
    case Qt::Key_Down:
        if (row > 0 && m_current + row < count)
            setCurrentItem(m_current + row);
        break;
    case Qt::Key_Home: setCurrentItem(0); break;
    case Qt::Key_End: setCurrentItem(count - 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: activate(m_current); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void SummaryView::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void SummaryView::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace sk::ui
