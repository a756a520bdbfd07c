#pragma once

#include "ui/agentkit/summaryview.h"

namespace sk::ui {

// One chip per connected-account status with its count ("Active 1,188"): every spec status
// (0 included, drawn faded) and any unknown status that occurs ("unknown (RAW)"). Chips flow
// onto more lines when narrow. Hover: what the status means and what to do. Click, Enter or
// Space: statusActivated(status key), for filtering the accounts table.
class StatusCounts : public SummaryView
{
    Q_OBJECT

public:
    explicit StatusCounts(QWidget *parent = nullptr);

    QStringList statuses() const { return m_statuses; }
    QRect chipRect(const QString &status) const { return itemRect(int(m_statuses.indexOf(status))); }

    int itemCount() const override { return int(m_statuses.size()); }
    QRect itemRect(int index) const override;
    QString itemToolTip(int index) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void statusActivated(const QString &status);

protected:
    void activateItem(int index) override { emit statusActivated(m_statuses.at(index)); }
    void summaryChanged() override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QList<QRect> layoutFor(int width) const;
    QSize chipSize(int index) const;
    QString countText(int index) const;

    QStringList m_statuses;
    QList<QRect> m_rects;
};

} // namespace sk::ui
