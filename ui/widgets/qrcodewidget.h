#pragma once

#include <QImage>
#include <QWidget>

namespace sk::ui {

// Draws text as a QR code (libqrencode, error correction M) so a link can move to a phone.
// The code is a secret when the text is: while masked, only a placeholder is drawn.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    void clear() { setText({}); }
    void setMasked(bool masked);
    bool isMasked() const { return m_masked; }
    bool hasCode() const { return !m_code.isNull(); }
    // The code as a 1-pixel-per-module image (black on white, no quiet zone); null when empty.
    QImage codeImage() const { return m_code; }

    // Encodes text; a null image when it cannot be encoded.
    static QImage encode(const QString &text);

    QSize sizeHint() const override { return {180, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_code;
    bool m_masked = true;
};

} // namespace sk::ui
