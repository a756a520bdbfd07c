#pragma once

#include <QStyledItemDelegate>

namespace sk::ui {

// Paints a status cell as a coloured pill with its label (models::kStatusBadgeRole), its colour
// taken from the status tone and checked against the current palette, and shows the badge's
// tooltip (what the value means, what to do). Cells without a badge paint as usual, so one
// delegate serves a whole view. Unknown values read "Unknown (RAW)" with an outlined pill.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace sk::ui
