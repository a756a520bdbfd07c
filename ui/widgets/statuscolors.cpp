#include "ui/widgets/statuscolors.h"

#include <cmath>

namespace sk::ui {

using models::StatusTone;

namespace {

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor statusColor(StatusTone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case StatusTone::Good: return dark ? QColor(0x4c, 0xaf, 0x6e) : QColor(0x2e, 0x7d, 0x32);
    case StatusTone::Pending: return dark ? QColor(0x64, 0x9c, 0xe8) : QColor(0x1f, 0x5f, 0xbf);
    case StatusTone::Warning: return dark ? QColor(0xe0, 0xa4, 0x30) : QColor(0xb2, 0x6a, 0x00);
    case StatusTone::Danger: return dark ? QColor(0xe5, 0x63, 0x5a) : QColor(0xc6, 0x28, 0x28);
    case StatusTone::Neutral: {
        // Between the window and the text: a quiet grey that follows the theme.
        const QColor a = palette.color(QPalette::Window);
        const QColor b = palette.color(QPalette::WindowText);
        return QColor((a.red() + 2 * b.red()) / 3, (a.green() + 2 * b.green()) / 3, (a.blue() + 2 * b.blue()) / 3);
    }
    case StatusTone::Unknown: return dark ? QColor(0xb3, 0x88, 0xd9) : QColor(0x7b, 0x4f, 0xa6);
    }
    return palette.color(QPalette::Mid);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textColorOn(const QColor &background)
{
    return contrastRatio(background, Qt::white) >= contrastRatio(background, Qt::black) ? QColor(Qt::white)
                                                                                        : QColor(Qt::black);
}

QString badgeStyleSheet(models::StatusTone tone, const QPalette &palette)
{
    const QColor fill = statusColor(tone, palette);
    return QStringLiteral("background: %1; color: %2; border-radius: 8px; padding: 2px 8px;")
        .arg(fill.name(), textColorOn(fill).name());
}

} // namespace sk::ui
