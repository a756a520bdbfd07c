#include "ui/profiles/profilechip.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace sk::ui {

QIcon ProfileChip::icon(const QString &color, bool production, int size)
{
    QIcon result;
    for (const int scale : {1, 2}) {
        QPixmap chip(size * scale, size * scale);
        chip.setDevicePixelRatio(scale);
        chip.fill(Qt::transparent);
        QPainter painter(&chip);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box(1.5, 1.5, size - 3, size - 3);
        if (production) {
            painter.setPen(QPen(QColor(color), 1.6));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(box);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(color));
            painter.drawEllipse(box.adjusted(3, 3, -3, -3));
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(color));
            painter.drawEllipse(box);
        }
        painter.end();
        result.addPixmap(chip);
    }
    return result;
}

QString ProfileChip::label(const services::Profile &profile)
{
    QStringList parts{profile.displayName(), services::Profile::kindLabel(profile.kind)};
    if (profile.readOnly)
        parts << QCoreApplication::translate("sk::ui::ProfileChip", "read-only");
    return parts.join(QStringLiteral(" · "));
}

} // namespace sk::ui
