#include "ui/widgets/qrcodewidget.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace sk::ui {

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(140, 140);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QImage QrCodeWidget::encode(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    const int width = code->width;
    QImage image(width, width, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, (code->data[y * width + x] & 1) ? 1 : 0);
    }
    return image;
}

void QrCodeWidget::setText(const QString &text)
{
    m_code = encode(text);
    update();
}

void QrCodeWidget::setMasked(bool masked)
{
    m_masked = masked;
    update();
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int side = qMin(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    painter.fillRect(square, Qt::white);
    painter.setPen(QColor(0xc8, 0xcd, 0xd3));
    painter.drawRect(square.adjusted(0, 0, -1, -1));
    if (m_code.isNull() || m_masked) {
        painter.setPen(QColor(0x80, 0x86, 0x8b));
        painter.drawText(square.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_code.isNull() ? tr("No link") : tr("QR code hidden.\nReveal the link to show it."));
        return;
    }
    // A quiet zone of 4 modules, then whole pixels per module so the code stays sharp.
    const int modules = m_code.width() + 8;
    const int scale = qMax(1, side / modules);
    const int drawn = scale * m_code.width();
    const QRect target(square.center().x() - drawn / 2, square.center().y() - drawn / 2, drawn, drawn);
    painter.drawImage(target, m_code);
}

} // namespace sk::ui
