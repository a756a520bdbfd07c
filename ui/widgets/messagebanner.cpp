#include "ui/widgets/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace sk::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label, 1);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text)
{
    m_level = level;
    m_label->setText(text);
    QString background;
    QString border;
    switch (level) {
    case Level::Info: background = QStringLiteral("#e8f0fe"); border = QStringLiteral("#aac4f5"); break;
    case Level::Warning: background = QStringLiteral("#fff4e0"); border = QStringLiteral("#f0c674"); break;
    case Level::Danger: background = QStringLiteral("#fde8e8"); border = QStringLiteral("#e08080"); break;
    }
    // By class, not object name: callers name their banners.
    setStyleSheet(QStringLiteral("sk--ui--MessageBanner { background: %1; border-bottom: 1px solid %2; }"
                                 " sk--ui--MessageBanner QLabel { color: #202124; }")
                      .arg(background, border));
    setVisible(!text.isEmpty());
}

QString MessageBanner::text() const { return m_label->text(); }

} // namespace sk::ui
