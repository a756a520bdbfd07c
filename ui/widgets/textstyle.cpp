#include "ui/widgets/textstyle.h"

#include "ui/widgets/statuscolors.h"

#include <QApplication>
#include <QLabel>

namespace sk::ui {

QColor textColor(TextRole role)
{
    const QPalette palette = QApplication::palette();
    switch (role) {
    case TextRole::Muted: return palette.color(QPalette::Active, QPalette::PlaceholderText);
    case TextRole::Error: return statusColor(models::StatusTone::Danger, palette);
    case TextRole::Success: return statusColor(models::StatusTone::Good, palette);
    case TextRole::Warning: return statusColor(models::StatusTone::Warning, palette);
    }
    return palette.color(QPalette::WindowText);
}

QString textStyle(TextRole role)
{
    return QStringLiteral("color: %1;").arg(textColor(role).name());
}

void setDetailHeading(QLabel *title, QLabel *subtitle)
{
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subtitle->setStyleSheet(textStyle(TextRole::Muted));
}

} // namespace sk::ui
