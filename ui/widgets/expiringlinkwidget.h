#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;

namespace sk::ui {

class QrCodeWidget;
class SecretField;

// A link someone else opens (an authorization or authentication link): masked with Reveal,
// Copy and Open, a QR code drawn only while revealed, and a countdown to its expiry. When it
// expires the link leaves memory (and expired() is emitted); clear() wipes it at once. Without
// a stated expiry the countdown line says so and when the link was fetched. Used by the
// authorization link dialog, the MCP auth-state panel and the admin-portal link dialog; between
// links a dialog may put its own line in countdown().
class ExpiringLinkWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ExpiringLinkWidget(QWidget *parent = nullptr);
    ~ExpiringLinkWidget() override;

    // Shows the link masked; expiresAt may be invalid (no stated expiry).
    void setLink(const QString &link, const QDateTime &expiresAt);
    void clear();
    bool hasLink() const;
    QDateTime expiresAt() const { return m_expiresAt; }
    // Whole seconds until expiry, rounded up (0 once expired or without an expiry).
    int secondsLeft() const;
    // From how many seconds left the countdown turns to the warning colour (default 60; a
    // one-minute link sets less, or it would warn from the start).
    void setUrgentSeconds(int seconds) { m_urgentSeconds = seconds; }
    // Test seam: the clock the countdown reads (default: the current UTC time).
    void setClock(std::function<QDateTime()> clock);

    SecretField *linkField() const { return m_link; }
    QrCodeWidget *qrCode() const { return m_qr; }
    QLabel *countdown() const { return m_countdown; }
    // What the QR code is for, beside it (empty without a link).
    QLabel *qrHint() const { return m_qrHint; }

signals:
    void expired();

private:
    void updateCountdown();
    void wipe();
    void updateQrHint();

    SecretField *m_link;
    QrCodeWidget *m_qr;
    QLabel *m_countdown;
    QLabel *m_qrHint;
    QTimer *m_tick;
    QDateTime m_expiresAt;
    QDateTime m_fetchedAt;
    int m_urgentSeconds = 60;
    std::function<QDateTime()> m_clock;
};

} // namespace sk::ui
