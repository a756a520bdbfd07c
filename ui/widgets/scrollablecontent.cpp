#include "ui/widgets/scrollablecontent.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace sk::ui {

void setScrollableContent(QWidget *pane, QWidget *content)
{
    auto *scroll = new QScrollArea(pane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(pane);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

} // namespace sk::ui
