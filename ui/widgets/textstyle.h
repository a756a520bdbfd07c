#pragma once

#include <QColor>
#include <QString>

class QLabel;

namespace sk::ui {

// Colours for text that carries meaning (a muted hint, an error, a success, a warning), taken
// from the application palette and the status colours, so that dark themes read well. Use
// these instead of hex colours in style sheets.
enum class TextRole { Muted, Error, Success, Warning };

QColor textColor(TextRole role);
// "color: #rrggbb;" for a style sheet.
QString textStyle(TextRole role);

// A detail pane's heading and the muted line under it: the title larger, bold and selectable.
void setDetailHeading(QLabel *title, QLabel *subtitle);

} // namespace sk::ui
