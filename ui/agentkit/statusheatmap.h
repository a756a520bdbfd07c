#pragma once

#include "ui/agentkit/summaryview.h"

namespace sk::ui {

// Connections (rows) by connected-account status (columns), each cell the number of accounts,
// filled with its status's colour (statusColor) more strongly the more accounts it holds. Every
// spec status has a column (0 included), unknown statuses get one where they occur. The row
// label shows the connection's total. Hover: a tooltip with the count, its share of the
// connection and what the status means. Click, Enter or Space: cellActivated() (the AgentKit
// tab filters its accounts table to that connection and status). Arrows move between cells.
class StatusHeatmap : public SummaryView
{
    Q_OBJECT

public:
    explicit StatusHeatmap(QWidget *parent = nullptr);

    QStringList connections() const { return m_connections; }
    QStringList statuses() const { return m_statuses; }
    // The item index of a cell (row-major), -1 if there is no such cell.
    int cellIndex(const QString &connection, const QString &status) const;
    QRect cellRect(const QString &connection, const QString &status) const { return itemRect(cellIndex(connection, status)); }

    int itemCount() const override { return int(m_connections.size() * m_statuses.size()); }
    QRect itemRect(int index) const override;
    QString itemToolTip(int index) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellActivated(const QString &connection, const QString &status);

protected:
    void activateItem(int index) override;
    int itemsPerRow() const override { return int(m_statuses.size()); }
    void summaryChanged() override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    int preferredLabelWidth() const;
    int preferredCellWidth() const;
    int rowHeight() const;
    int headerHeight() const;
    QRect headerRect(int column) const;
    QRect labelRect(int row) const;

    QStringList m_connections;
    QStringList m_statuses;
    qint64 m_maxCount = 0;
    int m_labelWidth = 0;
    int m_cellWidth = 0;
    int m_headerLines = 1; // status labels wrap onto two lines when the columns are narrow
};

} // namespace sk::ui
