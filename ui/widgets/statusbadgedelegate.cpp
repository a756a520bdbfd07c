#include "ui/widgets/statusbadgedelegate.h"

#include "models/core/statusbadge.h"
#include "ui/widgets/providericon.h"
#include "ui/widgets/statuscolors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace sk::ui {

using models::StatusBadge;
using models::StatusTone;

namespace {

constexpr int kHorizontalPadding = 7;
constexpr int kMargin = 3;

std::optional<StatusBadge> badgeOf(const QModelIndex &index)
{
    const QVariant value = index.data(models::kStatusBadgeRole);
    if (!value.canConvert<StatusBadge>())
        return std::nullopt;
    StatusBadge badge = value.value<StatusBadge>();
    if (badge.isNull())
        return std::nullopt;
    return badge;
}

} // namespace

void StatusBadgeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString provider = index.data(models::kProviderKeyRole).toString();
    if (!provider.isEmpty()) {
        option->icon = providerIcon(provider);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
}

void StatusBadgeDelegate::paintMix(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index, const QVariantList &mix) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString total = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    qint64 sum = 0;
    for (const QVariant &part : mix)
        sum += part.toMap().value(QStringLiteral("count")).toLongLong();
    painter->save();
    const QFontMetrics metrics(option.font);
    const int textWidth = metrics.horizontalAdvance(QStringLiteral("000000"));
    const QRect cell = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect bar(cell.left(), cell.center().y() - 4, std::max(0, cell.width() - textWidth - 6), 9);
    painter->setPen((option.state & QStyle::State_Selected) ? option.palette.color(QPalette::HighlightedText)
                                                            : option.palette.color(QPalette::Text));
    painter->drawText(QRect(bar.right() + 6, cell.top(), textWidth, cell.height()),
                      Qt::AlignVCenter | Qt::AlignRight, total);
    if (sum > 0 && bar.width() > 4) {
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath clip;
        clip.addRoundedRect(bar, 3, 3);
        painter->setClipPath(clip);
        double x = bar.left();
        for (const QVariant &part : mix) {
            const QVariantMap map = part.toMap();
            const qint64 count = map.value(QStringLiteral("count")).toLongLong();
            const double width = double(bar.width()) * double(count) / double(sum);
            painter->fillRect(
                QRectF(x, bar.top(), width, bar.height()),
                statusColor(StatusTone(map.value(QStringLiteral("tone")).toInt()), option.palette));
            x += width;
        }
    }
    painter->restore();
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (const QVariant mix = index.data(models::kStatusMixRole); mix.isValid()) {
        paintMix(painter, option, index, mix.toList());
        return;
    }
    const std::optional<StatusBadge> badge = badgeOf(index);
    if (!badge) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection as the style draws them, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QPalette &palette = option.palette;
    const QColor fill = statusColor(badge->tone, palette);
    QFont font = option.font;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.92);
    painter->save();
    painter->setFont(font);
    const QFontMetrics metrics = painter->fontMetrics();
    const QRect cell = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int width
        = std::min(cell.width(), metrics.horizontalAdvance(badge->text) + 2 * kHorizontalPadding + 2);
    const int height = std::min(cell.height(), metrics.height() + 4);
    const QRectF pill(cell.left(), cell.top() + (cell.height() - height) / 2.0, width, height);

    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(pill, height / 2.0, height / 2.0);
    QColor text;
    if (badge->tone == StatusTone::Unknown) {
        // Outlined: not a state the console knows, so it does not look like one.
        painter->setPen(QPen(fill, 1.4, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        text = (option.state & QStyle::State_Selected) ? palette.color(QPalette::HighlightedText) : fill;
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        text = textColorOn(fill);
    }
    painter->drawPath(path);
    painter->setPen(text);
    const QRectF textRect = pill.adjusted(kHorizontalPadding, 0, -kHorizontalPadding, 0);
    const QString label
        = metrics.elidedText(badge->text, Qt::ElideRight, int(std::ceil(textRect.width())) + 1);
    painter->drawText(textRect, Qt::AlignCenter, label);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (const std::optional<StatusBadge> badge = badgeOf(index)) {
        const QFontMetrics metrics(option.font);
        size.setWidth(std::max(size.width(),
                               metrics.horizontalAdvance(badge->text) + 2 * (kHorizontalPadding + kMargin)));
        size.setHeight(std::max(size.height(), metrics.height() + 4 + 2 * kMargin));
    }
    return size;
}

bool StatusBadgeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.data(Qt::ToolTipRole).toString().isEmpty()) {
        if (const std::optional<StatusBadge> badge = badgeOf(index); badge && !badge->tooltip.isEmpty()) {
            QToolTip::showText(event->globalPos(), badge->tooltip, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace sk::ui
