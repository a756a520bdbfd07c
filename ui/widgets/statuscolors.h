#pragma once

#include "models/core/statusbadge.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace sk::ui {

// The fill of a status badge (or heatmap cell) of this tone, chosen for the palette: stronger
// hues on light windows, lighter ones on dark windows.
QColor statusColor(models::StatusTone tone, const QPalette &palette);
// A style sheet that paints a QLabel as a status pill of this tone (detail panes).
QString badgeStyleSheet(models::StatusTone tone, const QPalette &palette);
// Black or white, whichever reads better on `background` (WCAG contrast).
QColor textColorOn(const QColor &background);
// The WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);
// Whether the palette is a dark theme (its window colour is dark).
bool isDarkPalette(const QPalette &palette);

} // namespace sk::ui
