#pragma once

class QWidget;

namespace sk::ui {

// Puts `content` in a frameless, resizable scroll area filling `pane` (a detail pane whose
// groups may be taller than the window).
void setScrollableContent(QWidget *pane, QWidget *content);

} // namespace sk::ui
