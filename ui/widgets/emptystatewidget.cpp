#include "ui/widgets/emptystatewidget.h"

#include "ui/widgets/resourceicon.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include <utility>

namespace sk::ui {

namespace {
constexpr int kIconSize = 72;
constexpr int kTextWidth = 480;
} // namespace

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    for (QLabel *label : {m_message, m_hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setFixedWidth(kTextWidth);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_message->setObjectName(QStringLiteral("emptyStateMessage"));
    m_hint->setObjectName(QStringLiteral("emptyStateHint"));
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_hint->setPalette(hintPalette);
    m_message->setPalette(hintPalette);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(3);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(m_message, 0, Qt::AlignHCenter);
    layout->addSpacing(10);
    layout->addWidget(m_hint, 0, Qt::AlignHCenter);
    layout->addStretch(4);
}

void EmptyStateWidget::setIcon(const QString &resourcePath)
{
    m_iconPath = resourcePath;
    m_icon->setPixmap(QPixmap());
    m_iconDirty = true;
    if (m_ready)
        finishLayout();
}

void EmptyStateWidget::setTitle(const QString &title) { m_title->setText(title); }
void EmptyStateWidget::setMessage(const QString &message) { setWrappedText(m_message, message); }
void EmptyStateWidget::setHint(const QString &hint) { setWrappedText(m_hint, hint); }

void EmptyStateWidget::setWrappedText(QLabel *label, const QString &text)
{
    // The window sets the hint of every empty state on each change of the environment: the
    // same rich text again is neither parsed nor laid out again.
    if (label->text() == text && !label->isHidden() == !text.isEmpty())
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    (label == m_message ? m_messageDirty : m_hintDirty) = true;
    if (m_ready)
        finishLayout();
}

QSize EmptyStateWidget::sizeHint() const
{
    return m_ready ? QWidget::sizeHint() : QSize(0, 0);
}

QSize EmptyStateWidget::minimumSizeHint() const
{
    return m_ready ? QWidget::minimumSizeHint() : QSize(0, 0);
}

void EmptyStateWidget::setVisible(bool visible)
{
    // Shown into a window on screen (a tab switch), or shown as a window: ready before its
    // layout runs.
    if (visible && (isWindow() || window()->isVisible()))
        makeReady();
    QWidget::setVisible(visible);
}

bool EmptyStateWidget::event(QEvent *event)
{
    // A window about to show polishes all its children before its layout runs: the page that
    // will be seen (not hidden) gets ready then. A page shown any other way, when it shows.
    if ((event->type() == QEvent::Polish && !isHidden()) || event->type() == QEvent::Show)
        makeReady();
    return QWidget::event(event);
}

void EmptyStateWidget::makeReady()
{
    if (!m_ready) {
        m_ready = true;
        updateGeometry(); // its size hints are real from now on
    }
    finishLayout();
}

void EmptyStateWidget::finishLayout()
{
    if (std::exchange(m_iconDirty, false) && !m_iconPath.isEmpty())
        m_icon->setPixmap(resourceIcon(m_iconPath).pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    // A word-wrapped label under an alignment flag does not get its height-for-width from the
    // layout, so give it the height its text needs at its fixed width. QLabel's height for a
    // width is at least its minimum height: reset it first, or a shorter text keeps the height
    // of the longer one before it.
    for (auto [label, dirty] : {std::pair {m_message, &m_messageDirty}, std::pair {m_hint, &m_hintDirty}}) {
        if (!std::exchange(*dirty, false))
            continue;
        label->setMinimumHeight(0);
        if (!label->text().isEmpty())
            label->setMinimumHeight(label->heightForWidth(label->width()));
    }
}

QString EmptyStateWidget::title() const { return m_title->text(); }
QString EmptyStateWidget::message() const { return m_message->text(); }

} // namespace sk::ui
