#include "ui/agentkit/statusheatmap.h"

#include "models/agentkit/connectedaccountstatus.h"
#include "ui/widgets/statuscolors.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace sk::ui {

using models::ConnectedAccountStatus;
using models::ConnectionCounts;

namespace {

constexpr int kMargin = 4;
constexpr int kPad = 6;

} // namespace

StatusHeatmap::StatusHeatmap(QWidget *parent)
    : SummaryView(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Connected accounts by connection and status"));
}

void StatusHeatmap::summaryChanged()
{
    m_connections = summary().connections();
    m_statuses = summary().statuses();
    m_maxCount = 0;
    for (const models::ConnectionCounts &counts : summary().byConnection()) {
        for (const qint64 n : counts.byStatus)
            m_maxCount = std::max(m_maxCount, n);
    }
    relayout();
    SummaryView::summaryChanged();
}

int StatusHeatmap::cellIndex(const QString &connection, const QString &status) const
{
    const qsizetype row = m_connections.indexOf(connection);
    const qsizetype column = m_statuses.indexOf(status);
    if (row < 0 || column < 0)
        return -1;
    return int(row * m_statuses.size() + column);
}

int StatusHeatmap::rowHeight() const
{
    return fontMetrics().height() + 2 * kPad;
}

int StatusHeatmap::headerHeight() const
{
    return m_headerLines * fontMetrics().height() + 2 * kPad + 4;
}

int StatusHeatmap::preferredLabelWidth() const
{
    int width = fontMetrics().horizontalAdvance(tr("Connection"));
    for (const QString &connection : m_connections) {
        const ConnectionCounts *counts = summary().connection(connection);
        width = std::max(width, fontMetrics().horizontalAdvance(connection)
                                    + fontMetrics().horizontalAdvance(QString::number(counts ? counts->total : 0)) + 3 * kPad);
    }
    return width + 2 * kPad;
}

int StatusHeatmap::preferredCellWidth() const
{
    int width = fontMetrics().horizontalAdvance(QString::number(std::max<qint64>(m_maxCount, 100000))) + 2 * kPad;
    for (const QString &status : m_statuses)
        width = std::max(width, fontMetrics().horizontalAdvance(ConnectedAccountStatus::badge(status).text) + 2 * kPad);
    return width;
}

void StatusHeatmap::relayout()
{
    const int available = width() - 2 * kMargin;
    m_labelWidth = std::min(preferredLabelWidth(), std::max(available * 2 / 5, 60));
    const int columns = std::max<int>(1, int(m_statuses.size()));
    m_cellWidth = std::max(24, (available - m_labelWidth) / columns);
    m_headerLines = 1;
    for (const QString &status : m_statuses) {
        if (fontMetrics().horizontalAdvance(ConnectedAccountStatus::badge(status).text) > m_cellWidth - 8)
            m_headerLines = 2;
    }
}

QRect StatusHeatmap::headerRect(int column) const
{
    return {kMargin + m_labelWidth + column * m_cellWidth, kMargin, m_cellWidth, headerHeight()};
}

QRect StatusHeatmap::labelRect(int row) const
{
    return {kMargin, kMargin + headerHeight() + row * rowHeight(), m_labelWidth, rowHeight()};
}

QRect StatusHeatmap::itemRect(int index) const
{
    if (index < 0 || index >= itemCount())
        return {};
    const int columns = int(m_statuses.size());
    const int row = index / columns;
    const int column = index % columns;
    return QRect(kMargin + m_labelWidth + column * m_cellWidth, kMargin + headerHeight() + row * rowHeight(), m_cellWidth,
                 rowHeight())
        .adjusted(2, 2, -2, -2);
}

QString StatusHeatmap::itemToolTip(int index) const
{
    if (index < 0 || index >= itemCount())
        return {};
    const int columns = int(m_statuses.size());
    const QString connection = m_connections.at(index / columns);
    const QString status = m_statuses.at(index % columns);
    const models::StatusBadge badge = ConnectedAccountStatus::badge(status);
    const qint64 count = summary().count(connection, status);
    const models::ConnectionCounts *counts = summary().connection(connection);
    const qint64 total = counts ? counts->total : 0;
    const QString share = total > 0 ? QStringLiteral(" (%1%)").arg(100.0 * double(count) / double(total), 0, 'f', 1) : QString();
    return tr("<b>%1</b> · %2<br>%3 of %4 accounts%5<br><br>%6<br><i>Click to list these accounts.</i>")
        .arg(connection.toHtmlEscaped(), badge.text.toHtmlEscaped())
        .arg(count)
        .arg(total)
        .arg(share, badge.tooltip.toHtmlEscaped());
}

void StatusHeatmap::activateItem(int index)
{
    const int columns = int(m_statuses.size());
    emit cellActivated(m_connections.at(index / columns), m_statuses.at(index % columns));
}

QSize StatusHeatmap::sizeHint() const
{
    const int columns = std::max<int>(1, int(m_statuses.size()));
    const int rows = std::max<int>(3, int(m_connections.size()));
    return {2 * kMargin + preferredLabelWidth() + columns * preferredCellWidth(),
            2 * kMargin + headerHeight() + rows * rowHeight()};
}

QSize StatusHeatmap::minimumSizeHint() const
{
    return {2 * kMargin + 120 + 5 * 28, 2 * kMargin + headerHeight() + 3 * rowHeight()};
}

void StatusHeatmap::resizeEvent(QResizeEvent *event)
{
    relayout();
    SummaryView::resizeEvent(event);
}

void StatusHeatmap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        relayout();
    SummaryView::changeEvent(event);
}

void StatusHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (paintEmpty(painter))
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor dim = pal.color(QPalette::PlaceholderText);
    const QFontMetrics fm = fontMetrics();

    // Header: the status label over a bar of its colour.
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(kMargin + kPad, kMargin, m_labelWidth - kPad, headerHeight() - 6),
                     Qt::AlignLeft | Qt::AlignBottom, tr("Connection"));
    for (int column = 0; column < int(m_statuses.size()); ++column) {
        const QRect header = headerRect(column);
        const models::StatusBadge badge = ConnectedAccountStatus::badge(m_statuses.at(column));
        painter.setPen(pal.color(QPalette::WindowText));
        const QRect textArea = header.adjusted(2, 0, -2, -6);
        if (m_headerLines > 1 && fm.horizontalAdvance(badge.text) > textArea.width())
            painter.drawText(textArea, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, badge.text);
        else
            painter.drawText(textArea, Qt::AlignHCenter | Qt::AlignBottom,
                             fm.elidedText(badge.text, Qt::ElideRight, textArea.width()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(statusColor(badge.tone, pal));
        painter.drawRoundedRect(QRectF(header.left() + 4, header.bottom() - 4, header.width() - 8, 3), 1.5, 1.5);
    }

    // Rows: the connection and its total, then one cell per status.
    for (int row = 0; row < int(m_connections.size()); ++row) {
        const QString &connection = m_connections.at(row);
        const QRect label = labelRect(row).adjusted(kPad, 0, -kPad, 0);
        const ConnectionCounts *counts = summary().connection(connection);
        const QString total = QString::number(counts ? counts->total : 0);
        const int totalWidth = fm.horizontalAdvance(total);
        painter.setPen(dim);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, total);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(label.adjusted(0, 0, -totalWidth - kPad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(connection, Qt::ElideMiddle, label.width() - totalWidth - kPad));

        for (int column = 0; column < int(m_statuses.size()); ++column) {
            const int index = row * int(m_statuses.size()) + column;
            const QRectF cell = QRectF(itemRect(index));
            const qint64 count = summary().count(connection, m_statuses.at(column));
            const QColor tone = statusColor(ConnectedAccountStatus::badge(m_statuses.at(column)).tone, pal);
            // Square-root scale: small counts stay visible next to large ones.
            const double strength = count > 0 && m_maxCount > 0
                                        ? 0.18 + 0.82 * std::sqrt(double(count) / double(m_maxCount))
                                        : 0.0;
            const QColor fill = count > 0 ? SummaryView::mix(base, tone, strength) : base;
            painter.setBrush(fill);
            painter.setPen(count > 0 ? Qt::NoPen : QPen(pal.color(QPalette::Mid), 1));
            painter.drawRoundedRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            if (index == hoveredItem()) {
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(pal.color(QPalette::WindowText), 1.5));
                painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 3, 3);
            }
            painter.setPen(count > 0 ? textColorOn(fill) : dim);
            painter.drawText(cell, Qt::AlignCenter, QString::number(count));
        }
    }
    paintCurrent(painter);
}

} // namespace sk::ui
