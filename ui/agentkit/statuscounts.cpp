#include "ui/agentkit/statuscounts.h"

#include "models/agentkit/connectedaccountstatus.h"
#include "ui/widgets/statuscolors.h"

#include <QLocale>
#include <QPainter>

namespace sk::ui {

using models::ConnectedAccountStatus;

namespace {
constexpr int kMargin = 4;
constexpr int kSpacing = 8;
constexpr int kPadX = 10;
constexpr int kDot = 9;
} // namespace

StatusCounts::StatusCounts(QWidget *parent)
    : SummaryView(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Connected accounts by status"));
}

void StatusCounts::summaryChanged()
{
    m_statuses = summary().statuses();
    m_rects = layoutFor(width());
    SummaryView::summaryChanged();
}

QString StatusCounts::countText(int index) const
{
    return QLocale().toString(summary().statusTotal(m_statuses.at(index)));
}

QSize StatusCounts::chipSize(int index) const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm = fontMetrics();
    const int label = fm.horizontalAdvance(ConnectedAccountStatus::badge(m_statuses.at(index)).text);
    const int count = QFontMetrics(bold).horizontalAdvance(countText(index));
    return {kPadX + kDot + 6 + label + 8 + count + kPadX, fm.height() + 12};
}

QList<QRect> StatusCounts::layoutFor(int width) const
{
    QList<QRect> rects;
    int x = kMargin;
    int y = kMargin;
    for (int i = 0; i < int(m_statuses.size()); ++i) {
        const QSize size = chipSize(i);
        if (x > kMargin && x + size.width() > width - kMargin) {
            x = kMargin;
            y += size.height() + kSpacing;
        }
        rects << QRect(QPoint(x, y), size);
        x += size.width() + kSpacing;
    }
    return rects;
}

QRect StatusCounts::itemRect(int index) const
{
    return index >= 0 && index < int(m_rects.size()) ? m_rects.at(index) : QRect();
}

QString StatusCounts::itemToolTip(int index) const
{
    if (index < 0 || index >= itemCount())
        return {};
    const QString status = m_statuses.at(index);
    const models::StatusBadge badge = ConnectedAccountStatus::badge(status);
    const qint64 count = summary().statusTotal(status);
    const qint64 total = summary().total();
    return tr("<b>%1</b>: %2 of %3 accounts (%4%)<br><br>%5<br><i>Click to list these accounts.</i>")
        .arg(badge.text.toHtmlEscaped(), QLocale().toString(count), QLocale().toString(total))
        .arg(total > 0 ? 100.0 * double(count) / double(total) : 0.0, 0, 'f', 1)
        .arg(badge.tooltip.toHtmlEscaped());
}

int StatusCounts::heightForWidth(int width) const
{
    const QList<QRect> rects = layoutFor(width);
    return rects.isEmpty() ? fontMetrics().height() + 12 + 2 * kMargin : rects.last().bottom() + 1 + kMargin;
}

QSize StatusCounts::sizeHint() const
{
    int width = kMargin;
    for (int i = 0; i < int(m_statuses.size()); ++i)
        width += chipSize(i).width() + kSpacing;
    return {width + kMargin, fontMetrics().height() + 12 + 2 * kMargin};
}

QSize StatusCounts::minimumSizeHint() const
{
    return {160, fontMetrics().height() + 12 + 2 * kMargin};
}

void StatusCounts::resizeEvent(QResizeEvent *event)
{
    m_rects = layoutFor(width());
    SummaryView::resizeEvent(event);
    if (height() != heightForWidth(width()))
        updateGeometry();
}

void StatusCounts::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (paintEmpty(painter))
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < int(m_rects.size()); ++i) {
        const QRectF chip = QRectF(m_rects.at(i)).adjusted(0.5, 0.5, -0.5, -0.5);
        const QString status = m_statuses.at(i);
        const models::StatusBadge badge = ConnectedAccountStatus::badge(status);
        const bool empty = summary().statusTotal(status) == 0;
        const QColor tone = statusColor(badge.tone, pal);
        const QColor fill = mix(pal.color(QPalette::Base), tone, empty ? 0.04 : (i == hoveredItem() ? 0.34 : 0.2));
        painter.setBrush(fill);
        painter.setPen(QPen(empty ? pal.color(QPalette::Mid) : tone, 1));
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);

        const double dotTop = chip.center().y() - kDot / 2.0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(empty ? pal.color(QPalette::Mid) : tone);
        painter.drawEllipse(QRectF(chip.left() + kPadX, dotTop, kDot, kDot));

        // Text on the faint fill: the window text colour, checked against the fill.
        const QColor text = empty ? pal.color(QPalette::PlaceholderText)
                                  : (contrastRatio(pal.color(QPalette::WindowText), fill) >= 4.5
                                         ? pal.color(QPalette::WindowText)
                                         : textColorOn(fill));
        painter.setPen(text);
        const QRectF textArea = chip.adjusted(kPadX + kDot + 6, 0, -kPadX, 0);
        painter.setFont(font());
        painter.drawText(textArea, Qt::AlignLeft | Qt::AlignVCenter, badge.text);
        painter.setFont(bold);
        painter.drawText(textArea, Qt::AlignRight | Qt::AlignVCenter, countText(i));
    }
    painter.setFont(font());
    paintCurrent(painter);
}

} // namespace sk::ui
