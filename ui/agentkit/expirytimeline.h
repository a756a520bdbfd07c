#pragma once

#include "ui/agentkit/summaryview.h"

namespace sk::ui {

// Token expiry as bars: one "already expired" bar, then one bar per day for the next 30 days
// (day d covers AccountsSummary::dayStart(d) to dayStart(d + 1); day 0 is the next 24 hours),
// so an admin sees the wave before it breaks. The expired bar has its own scale (it is often
// much taller than any day). Colours: already expired in the danger tone, the next 24 hours in
// the warning tone, the rest of the week a lighter warning, later days a light neutral. Hover: a tooltip
// per bar. Click, Enter or Space: dayActivated(day), day -1 for the expired bar.
class ExpiryTimeline : public SummaryView
{
    Q_OBJECT

public:
    static constexpr int kExpiredDay = -1;

    explicit ExpiryTimeline(QWidget *parent = nullptr);

    // Item 0 is the expired bar, item d + 1 is day d.
    static int itemOfDay(int day) { return day + 1; }
    static int dayOfItem(int index) { return index - 1; }
    qint64 countOfDay(int day) const;

    int itemCount() const override { return models::AccountsSummary::kDays + 1; }
    QRect itemRect(int index) const override;
    QString itemToolTip(int index) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void dayActivated(int day);

protected:
    void activateItem(int index) override { emit dayActivated(dayOfItem(index)); }
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF chartArea() const;
    double unit() const;
    QColor barColor(int day) const;
};

} // namespace sk::ui
