#include "ui/widgets/expiringlinkwidget.h"

#include "ui/widgets/qrcodewidget.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/textstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

ExpiringLinkWidget::ExpiringLinkWidget(QWidget *parent)
    : QWidget(parent)
    , m_link(new SecretField(this))
    , m_qr(new QrCodeWidget(this))
    , m_countdown(new QLabel(this))
    , m_qrHint(new QLabel(this))
    , m_tick(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_link->setOpenable(true);
    m_countdown->setWordWrap(true);
    m_qrHint->setObjectName(QStringLiteral("qrHint"));
    m_qrHint->setWordWrap(true);
    m_qrHint->setStyleSheet(textStyle(TextRole::Muted));
    // The link across the whole width (it is what gets copied); the countdown and what the code
    // is for on the left of the code, below it.
    auto *text = new QVBoxLayout;
    text->addWidget(m_countdown);
    text->addWidget(m_qrHint);
    text->addStretch(1);
    auto *below = new QHBoxLayout;
    below->addLayout(text, 1);
    below->addWidget(m_qr, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_link);
    layout->addLayout(below);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &ExpiringLinkWidget::updateCountdown);
    connect(m_link->revealButton(), &QAbstractButton::toggled, m_qr, [this](bool revealed) {
        m_qr->setMasked(!revealed);
        updateQrHint();
    });
}

ExpiringLinkWidget::~ExpiringLinkWidget()
{
    wipe();
}

void ExpiringLinkWidget::setLink(const QString &link, const QDateTime &expiresAt)
{
    m_link->setSecret(link); // masked until Reveal
    m_link->setRevealed(false);
    m_qr->setText(link);
    m_qr->setMasked(true);
    m_expiresAt = expiresAt;
    m_fetchedAt = m_clock();
    m_countdown->setStyleSheet(QString());
    updateQrHint();
    if (m_expiresAt.isValid())
        m_tick->start();
    else
        m_tick->stop();
    updateCountdown();
}

bool ExpiringLinkWidget::hasLink() const
{
    return !m_link->secret().isEmpty();
}

int ExpiringLinkWidget::secondsLeft() const
{
    if (!m_expiresAt.isValid())
        return 0;
    const qint64 ms = m_clock().msecsTo(m_expiresAt);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void ExpiringLinkWidget::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (hasLink())
        updateCountdown();
}

void ExpiringLinkWidget::clear()
{
    wipe();
    m_countdown->clear();
}

void ExpiringLinkWidget::updateCountdown()
{
    if (!m_expiresAt.isValid()) {
        m_countdown->setText(hasLink()
                                 ? tr("The link has no stated expiry (fetched at %1).")
                                       .arg(m_fetchedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                                 : QString());
        return;
    }
    if (!hasLink())
        return;
    const qint64 seconds = secondsLeft();
    if (seconds <= 0) {
        wipe();
        m_countdown->setText(tr("Expired at %1. Generate a new link.")
                                 .arg(m_expiresAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        m_countdown->setStyleSheet(textStyle(TextRole::Error));
        emit expired();
        return;
    }
    const QString left = seconds >= 3600
        ? tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60)
        : tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_countdown->setText(tr("Expires in %1 (at %2)")
                             .arg(left, m_expiresAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    m_countdown->setStyleSheet(textStyle(seconds <= m_urgentSeconds ? TextRole::Warning : TextRole::Success));
}

void ExpiringLinkWidget::updateQrHint()
{
    if (!hasLink())
        m_qrHint->clear();
    else if (m_link->isRevealed())
        m_qrHint->setText(
            tr("Scan the code to open the link on another device, such as a phone. "
               "Whoever sees the code can use the link: hide it before you share your screen."));
    else
        m_qrHint->setText(tr("Copy and Open work without revealing the link. Reveal it only to scan the "
                             "QR code from another device, such as a phone."));
}

void ExpiringLinkWidget::wipe()
{
    m_tick->stop();
    m_link->clear();
    m_qr->clear();
    updateQrHint();
}

} // namespace sk::ui
