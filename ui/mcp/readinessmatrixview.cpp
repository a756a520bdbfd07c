#include "ui/mcp/readinessmatrixview.h"

#include "models/mcp/mcpreadiness.h"
#include "models/mcp/mcpreadinessmatrix.h"
#include "ui/widgets/statuscolors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace sk::ui {

using models::McpReadiness;

ReadinessMatrixView::ReadinessMatrixView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("mcpReadinessMatrix"));
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(120);
}

void ReadinessMatrixView::setMatrix(const models::McpReadinessMatrix *matrix)
{
    m_matrix = matrix;
    matrixChanged();
}

void ReadinessMatrixView::matrixChanged()
{
    int widest = fontMetrics().horizontalAdvance(tr("User"));
    if (m_matrix) {
        const int rows = std::min(m_matrix->rowCount(), 2000); // enough to size the column
        for (int row = 0; row < rows; ++row)
            widest = std::max(widest, fontMetrics().horizontalAdvance(m_matrix->users().at(row)));
    }
    m_labelWidth = std::clamp(widest + 16, 120, 280);
    updateScrollBars();
    viewport()->update();
}

int ReadinessMatrixView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

QSize ReadinessMatrixView::sizeHint() const
{
    return { 800, 260 };
}

void ReadinessMatrixView::updateScrollBars()
{
    const int rows = m_matrix ? m_matrix->rowCount() : 0;
    const int columns = m_matrix ? m_matrix->columnCount() : 0;
    const int visibleRows = std::max(1, (viewport()->height() - headerHeight()) / kRowHeight);
    verticalScrollBar()->setRange(0, std::max(0, rows - visibleRows));
    verticalScrollBar()->setPageStep(visibleRows);
    const int contentWidth = columns * kCellWidth;
    const int visibleWidth = std::max(0, viewport()->width() - labelWidth());
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - visibleWidth));
    horizontalScrollBar()->setPageStep(visibleWidth);
    horizontalScrollBar()->setSingleStep(kCellWidth / 4);
}

QRect ReadinessMatrixView::cellRect(int row, int column) const
{
    const int y = headerHeight() + (row - verticalScrollBar()->value()) * kRowHeight;
    const int x = labelWidth() + column * kCellWidth - horizontalScrollBar()->value();
    return { x, y, kCellWidth, kRowHeight };
}

QPoint ReadinessMatrixView::cellAt(const QPoint &pos) const
{
    if (!m_matrix || pos.x() < labelWidth() || pos.y() < headerHeight())
        return { -1, -1 };
    const int row = (pos.y() - headerHeight()) / kRowHeight + verticalScrollBar()->value();
    const int column = (pos.x() - labelWidth() + horizontalScrollBar()->value()) / kCellWidth;
    if (row >= m_matrix->rowCount() || column >= m_matrix->columnCount())
        return { -1, -1 };
    return { column, row };
}

void ReadinessMatrixView::scrollToRow(int row)
{
    const int first = verticalScrollBar()->value();
    if (row < first || row >= first + verticalScrollBar()->pageStep())
        verticalScrollBar()->setValue(row);
}

void ReadinessMatrixView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    if (!m_matrix || m_matrix->rowCount() == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No MCP instances counted yet."));
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const int header = headerHeight();
    const int firstRow = verticalScrollBar()->value();
    const int lastRow
        = std::min(m_matrix->rowCount() - 1, firstRow + (viewport()->height() - header) / kRowHeight + 1);
    const int firstColumn = horizontalScrollBar()->value() / kCellWidth;
    const int lastColumn
        = std::min(m_matrix->columnCount() - 1,
                   (horizontalScrollBar()->value() + viewport()->width() - labelWidth()) / kCellWidth);
    // Status colours, once per paint.
    std::vector<QColor> fills;
    for (const QString &status : m_matrix->statuses())
        fills.push_back(statusColor(McpReadiness::statusBadge(status.toStdString()).tone, pal));

    // Cells, clipped to the area right of the labels and under the header.
    painter.save();
    painter.setClipRect(
        QRect(labelWidth(), header, viewport()->width() - labelWidth(), viewport()->height() - header));
    const QColor grid = pal.color(QPalette::Window);
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const QRect rect = cellRect(row, column).adjusted(1, 1, -1, -1);
            const auto cell = m_matrix->cell(row, column);
            if (cell.status < 0) {
                painter.fillRect(rect, grid);
                continue;
            }
            painter.fillRect(rect, fills[std::size_t(cell.status)]);
        }
    }
    for (const QPoint &mark : { m_hover, m_current }) {
        if (mark.x() >= 0 && mark.y() >= firstRow && mark.y() <= lastRow) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cellRect(mark.y(), mark.x()).adjusted(1, 1, -1, -1));
        }
    }
    painter.restore();

    // Row labels (users).
    painter.setPen(pal.color(QPalette::Text));
    painter.save();
    painter.setClipRect(QRect(0, header, labelWidth(), viewport()->height() - header));
    for (int row = firstRow; row <= lastRow; ++row) {
        const QRect label(6, cellRect(row, 0).top(), labelWidth() - 10, kRowHeight);
        painter.setPen(row == m_hover.y() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Text));
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(m_matrix->users().at(row), Qt::ElideMiddle, label.width()));
    }
    painter.restore();

    // Column headers (connections).
    painter.fillRect(QRect(0, 0, viewport()->width(), header), pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(6, 0, labelWidth() - 10, header), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("User \\ connection"));
    painter.setClipRect(QRect(labelWidth(), 0, viewport()->width() - labelWidth(), header));
    for (int column = firstColumn; column <= lastColumn; ++column) {
        const QRect rect(cellRect(0, column).left() + 2, 0, kCellWidth - 4, header);
        painter.setPen(column == m_hover.x() ? pal.color(QPalette::Highlight)
                                             : pal.color(QPalette::WindowText));
        painter.drawText(rect, Qt::AlignHCenter | Qt::AlignVCenter,
                         fm.elidedText(m_matrix->connections().at(column), Qt::ElideRight, rect.width()));
    }
}

void ReadinessMatrixView::activateCell(int row, int column)
{
    if (!m_matrix || m_matrix->cell(row, column).status < 0)
        return;
    m_current = { column, row };
    viewport()->update();
    emit cellActivated(m_matrix->instanceAt(row, column), m_matrix->users().at(row),
                       m_matrix->connections().at(column));
}

void ReadinessMatrixView::mousePressEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell.x() >= 0)
        activateCell(cell.y(), cell.x());
    QAbstractScrollArea::mousePressEvent(event);
}

void ReadinessMatrixView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell != m_hover) {
        m_hover = cell;
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void ReadinessMatrixView::keyPressEvent(QKeyEvent *event)
{
    if (!m_matrix || m_matrix->rowCount() == 0)
        return QAbstractScrollArea::keyPressEvent(event);
    QPoint next = m_current.x() < 0 ? QPoint(0, 0) : m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        next.rx() = std::max(0, next.x() - 1);
        break;
    case Qt::Key_Right:
        next.rx() = std::min(m_matrix->columnCount() - 1, next.x() + 1);
        break;
    case Qt::Key_Up:
        next.ry() = std::max(0, next.y() - 1);
        break;
    case Qt::Key_Down:
        next.ry() = std::min(m_matrix->rowCount() - 1, next.y() + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activateCell(next.y(), next.x());
        return;
    default:
        return QAbstractScrollArea::keyPressEvent(event);
    }
    m_current = next;
    scrollToRow(next.y());
    viewport()->update();
}

bool ReadinessMatrixView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_matrix) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() < 0 || m_matrix->cell(cell.y(), cell.x()).status < 0) {
            QToolTip::hideText();
            return true;
        }
        const QString status = m_matrix->status(cell.y(), cell.x());
        const models::StatusBadge badge = McpReadiness::statusBadge(status.toStdString());
        QToolTip::showText(
            help->globalPos(),
            tr("<b>%1</b> on <b>%2</b>: %3<br>%4<br><i>Click to open this user's auth state.</i>")
                .arg(m_matrix->users().at(cell.y()).toHtmlEscaped(),
                     m_matrix->connections().at(cell.x()).toHtmlEscaped(), badge.text.toHtmlEscaped(),
                     badge.tooltip.toHtmlEscaped()),
            viewport());
        return true;
    }
    if (event->type() == QEvent::Leave && m_hover.x() >= 0) {
        m_hover = { -1, -1 };
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ReadinessMatrixView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void ReadinessMatrixView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        matrixChanged();
}

} // namespace sk::ui
