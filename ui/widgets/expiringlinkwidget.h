#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTimer;

namespace sk::ui {

class QrCodeWidget;
class SecretField;

// A link someone else opens (an authorization or authentication link): masked with Reveal,
// Copy and Open, a QR code drawn only while revealed, and a countdown to its expiry. When it
// expires the link leaves memory (and expired() is emitted); clear() wipes it at once. Without
// a stated expiry the countdown line says so and when the link was fetched.
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

    SecretField *linkField() const { return m_link; }
    QrCodeWidget *qrCode() const { return m_qr; }
    QLabel *countdown() const { return m_countdown; }

signals:
    void expired();

private:
    void updateCountdown();
    void wipe();

    SecretField *m_link;
    QrCodeWidget *m_qr;
    QLabel *m_countdown;
    QTimer *m_tick;
    QDateTime m_expiresAt;
    QDateTime m_fetchedAt;
};

} // namespace sk::ui
