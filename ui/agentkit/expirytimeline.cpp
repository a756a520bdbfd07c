#include "ui/agentkit/expirytimeline.h"

#include "ui/widgets/statuscolors.h"

#include <QLocale>
#include <QPainter>

namespace sk::ui {

using models::AccountsSummary;
using models::StatusTone;

namespace {

constexpr int kMargin = 4;
constexpr double kExpiredUnits = 2.0; // the expired bar is two days wide
constexpr double kGapUnits = 1.0;     // between the expired bar and day 0
constexpr double kUnits = kExpiredUnits + kGapUnits + AccountsSummary::kDays;

} // namespace

ExpiryTimeline::ExpiryTimeline(QWidget *parent)
    : SummaryView(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Token expiry over the next 30 days"));
    setEmptyText(tr("No connected accounts."));
}

qint64 ExpiryTimeline::countOfDay(int day) const
{
    return day == kExpiredDay ? summary().expiredTokens() : summary().expiringOnDay(day);
}

QRectF ExpiryTimeline::chartArea() const
{
    const int line = fontMetrics().height();
    return QRectF(kMargin, kMargin + line + 2, width() - 2 * kMargin, height() - 2 * kMargin - 2 * line - 6);
}

double ExpiryTimeline::unit() const
{
    return chartArea().width() / kUnits;
}

QRect ExpiryTimeline::itemRect(int index) const
{
    if (index < 0 || index >= itemCount())
        return {};
    const QRectF area = chartArea();
    const double u = unit();
    const int day = dayOfItem(index);
    const double left = day == kExpiredDay ? area.left() : area.left() + (kExpiredUnits + kGapUnits + day) * u;
    const double width = day == kExpiredDay ? kExpiredUnits * u : u;
    return QRectF(left, area.top() - fontMetrics().height() - 2, width, area.height() + fontMetrics().height() + 2)
        .toAlignedRect();
}

QString ExpiryTimeline::itemToolTip(int index) const
{
    const int day = dayOfItem(index);
    const qint64 count = countOfDay(day);
    const QLocale locale;
    if (day == kExpiredDay) {
        return tr("<b>%n token(s) already expired</b> (as of %1).<br>Their accounts fail tool calls until the token is "
                  "refreshed or the user re-authorizes.<br><i>Click to list them.</i>",
                  nullptr, int(count))
            .arg(locale.toString(summary().asOfDateTime(), QLocale::ShortFormat));
    }
    const QString from = locale.toString(summary().dayStart(day), QStringLiteral("ddd d MMM hh:mm"));
    const QString to = locale.toString(summary().dayStart(day + 1), QStringLiteral("ddd d MMM hh:mm"));
    const QString when = day == 0 ? tr("In the next 24 hours") : tr("In %n day(s)", nullptr, day);
    return tr("<b>%1</b>: %n token(s) expire<br>%2 – %3<br><i>Click to list them.</i>", nullptr, int(count))
        .arg(when, from, to);
}

QColor ExpiryTimeline::barColor(int day) const
{
    const QPalette &pal = palette();
    if (day == kExpiredDay)
        return statusColor(StatusTone::Danger, pal);
    if (day == 0)
        return statusColor(StatusTone::Warning, pal);
    if (day < 7)
        return SummaryView::mix(pal.color(QPalette::Base), statusColor(StatusTone::Warning, pal), 0.6);
    return SummaryView::mix(pal.color(QPalette::Base), statusColor(StatusTone::Neutral, pal), 0.45);
}

QSize ExpiryTimeline::sizeHint() const
{
    return {int(kUnits * 16) + 2 * kMargin, 8 * fontMetrics().height()};
}

QSize ExpiryTimeline::minimumSizeHint() const
{
    return {int(kUnits * 6) + 2 * kMargin, 5 * fontMetrics().height()};
}

void ExpiryTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (paintEmpty(painter))
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRectF area = chartArea();
    const double u = unit();

    qint64 dayMax = 1;
    for (int day = 0; day < AccountsSummary::kDays; ++day)
        dayMax = std::max(dayMax, summary().expiringOnDay(day));
    const qint64 expiredMax = std::max(dayMax, summary().expiredTokens());

    // Baseline, and a divider between the expired bar (its own scale) and the days.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(QPointF(area.left(), area.bottom() + 0.5), QPointF(area.right(), area.bottom() + 0.5));
    const double divider = area.left() + (kExpiredUnits + kGapUnits / 2) * u;
    painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawLine(QPointF(divider, area.top()), QPointF(divider, area.bottom()));

    for (int index = 0; index < itemCount(); ++index) {
        const int day = dayOfItem(index);
        const qint64 count = countOfDay(day);
        const double scale = double(day == kExpiredDay ? expiredMax : dayMax);
        const QRectF slot = itemRect(index);
        const double barWidth = std::max(2.0, slot.width() - std::max(2.0, slot.width() * 0.18));
        const double barHeight = count > 0 ? std::max(2.0, area.height() * double(count) / scale) : 0.0;
        const QRectF bar(slot.center().x() - barWidth / 2, area.bottom() - barHeight, barWidth, barHeight);
        QColor color = barColor(day);
        if (index == hoveredItem())
            color = isDarkPalette(pal) ? color.lighter(125) : color.darker(120);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(bar, std::min(2.0, barWidth / 3), std::min(2.0, barWidth / 3));

        const QString text = QString::number(count);
        if (count > 0 && (fm.horizontalAdvance(text) <= slot.width() + 2 || day == kExpiredDay || day == 0)) {
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawText(QRectF(slot.center().x() - 40, bar.top() - fm.height() - 1, 80, fm.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, text);
        }
    }

    // Axis: "Expired" under its bar, "Now" under day 0, then a date every week.
    const QLocale locale;
    painter.setPen(pal.color(QPalette::PlaceholderText));
    const double labelTop = area.bottom() + 4;
    const auto label = [&](const QRectF &slot, const QString &text, Qt::Alignment align) {
        const double width = fm.horizontalAdvance(text) + 4;
        const double left = align & Qt::AlignHCenter ? slot.center().x() - width / 2 : slot.left();
        painter.drawText(QRectF(std::max(area.left(), std::min(left, area.right() - width)), labelTop, width, fm.height()),
                         Qt::AlignLeft | Qt::AlignTop, text);
    };
    label(itemRect(itemOfDay(kExpiredDay)), tr("Expired"), Qt::AlignHCenter);
    label(itemRect(itemOfDay(0)), tr("Now"), Qt::AlignLeft);
    for (int day = 7; day < AccountsSummary::kDays; day += 7)
        label(itemRect(itemOfDay(day)), locale.toString(summary().dayStart(day).date(), QStringLiteral("d MMM")),
              Qt::AlignLeft);
    paintCurrent(painter);
}

} // namespace sk::ui
