#pragma once

#include <QStyledItemDelegate>

namespace sk::ui {

// Paints a status cell as a coloured pill with its label (models::kStatusBadgeRole), its colour
// taken from the status tone and checked against the current palette, and shows the badge's
// tooltip (what the value means, what to do). Cells without a badge paint as usual, so one
// delegate serves a whole view. Unknown values read "Unknown (RAW)" with an outlined pill.
// It also draws a provider's icon before a cell with models::kProviderKeyRole, and a cell with
// models::kStatusMixRole as a bar of status-coloured segments with the total beside it.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    void paintMix(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                  const QVariantList &mix) const;
};

} // namespace sk::ui
