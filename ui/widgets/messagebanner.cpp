#include "ui/widgets/messagebanner.h"

#include "ui/widgets/statuscolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace sk::ui {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

models::StatusTone toneOf(MessageBanner::Level level)
{
    switch (level) {
    case MessageBanner::Level::Info: return models::StatusTone::Pending;
    case MessageBanner::Level::Warning: return models::StatusTone::Warning;
    case MessageBanner::Level::Danger: return models::StatusTone::Danger;
    }
    return models::StatusTone::Neutral;
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    connect(m_action, &QToolButton::clicked, this, &MessageBanner::actionTriggered);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &actionText)
{
    m_level = level;
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    // A hidden banner needs no colours yet: a style sheet is costly to apply (the window clears
    // several banners while it starts), and the colours follow the level it is shown with.
    if (!text.isEmpty())
        applyColours();
    setVisible(!text.isEmpty());
}

void MessageBanner::applyColours()
{
    const QPalette pal = palette();
    const QColor tone = statusColor(toneOf(m_level), pal);
    const QColor base = pal.color(QPalette::Window);
    // By class, not object name: callers name their banners.
    setStyleSheet(QStringLiteral("sk--ui--MessageBanner { background: %1; border-bottom: 1px solid %2; }"
                                 " sk--ui--MessageBanner QLabel { color: %3; }")
                      .arg(mix(base, tone, 0.16).name(), mix(base, tone, 0.6).name(),
                           pal.color(QPalette::WindowText).name()));
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !styleSheet().isEmpty()) {
        // The style sheet itself changes the palette: only follow the application's theme.
        if (!property("sk_applying").toBool()) {
            setProperty("sk_applying", true);
            applyColours();
            setProperty("sk_applying", false);
        }
    }
}

QString MessageBanner::text() const { return m_label->text(); }

} // namespace sk::ui
