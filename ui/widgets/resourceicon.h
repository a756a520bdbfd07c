#pragma once

#include <QIcon>
#include <QString>

namespace sk::ui {

// The icon of a resource file (":/icons/NAME.svg"), one per path for the whole program: Qt parses
// an SVG file each time a QIcon is made from it, and the window makes the tab icons twice (the
// tabs and the View menu) before its first frame.
QIcon resourceIcon(const QString &path);

} // namespace sk::ui
