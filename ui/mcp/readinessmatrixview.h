#pragma once

#include <QAbstractScrollArea>
#include <QPoint>

namespace sk::models {
class McpReadinessMatrix;
}

namespace sk::ui {

// The MCP readiness matrix painted: users (rows) by connections (columns), each cell filled
// with the colour of the user's account status on that connection (statusColor of its tone,
// so light and dark palettes both read); a blank cell means none of the user's instances needs
// that connection. The user and connection labels stay in place while the cells scroll, and
// only the visible rows are painted, so thousands of users scroll smoothly. Hover: a tooltip
// with the user, the connection and what the status means. Click (or Enter on the current
// cell): cellActivated() with the instance that needs the connection.
class ReadinessMatrixView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ReadinessMatrixView(QWidget *parent = nullptr);

    // The matrix to show (not owned; call matrixChanged() after it changes).
    void setMatrix(const models::McpReadinessMatrix *matrix);
    void matrixChanged();

    // The cell at a viewport position, {-1,-1} if none; and a cell's rectangle in the viewport.
    QPoint cellAt(const QPoint &viewportPos) const;
    QRect cellRect(int row, int column) const;
    void activateCell(int row, int column);
    void scrollToRow(int row);

    static constexpr int kRowHeight = 18;
    static constexpr int kCellWidth = 96;

    QSize sizeHint() const override;

signals:
    void cellActivated(const QString &instanceId, const QString &user, const QString &connection);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateScrollBars();
    int labelWidth() const { return m_labelWidth; }
    int headerHeight() const;

    const models::McpReadinessMatrix *m_matrix = nullptr;
    int m_labelWidth = 200;
    QPoint m_hover { -1, -1 };
    QPoint m_current { -1, -1 };
};

} // namespace sk::ui
