#include "ui/widgets/emptystatewidget.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

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
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap = QIcon(resourcePath).pixmap(QSize(kIconSize, kIconSize), dpr);
    m_icon->setPixmap(pixmap);
}

void EmptyStateWidget::setTitle(const QString &title) { m_title->setText(title); }
namespace {
// A word-wrapped label under an alignment flag does not get its height-for-width from the
// layout, so give it the height its text needs at its fixed width.
void setWrappedText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setMinimumHeight(text.isEmpty() ? 0 : label->heightForWidth(label->width()));
    label->setVisible(!text.isEmpty());
}
} // namespace

void EmptyStateWidget::setMessage(const QString &message) { setWrappedText(m_message, message); }
void EmptyStateWidget::setHint(const QString &hint) { setWrappedText(m_hint, hint); }

QString EmptyStateWidget::title() const { return m_title->text(); }
QString EmptyStateWidget::message() const { return m_message->text(); }

} // namespace sk::ui
