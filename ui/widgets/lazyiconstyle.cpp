#include "ui/widgets/lazyiconstyle.h"

#include <QIconEngine>
#include <QPointer>

#include <functional>
#include <utility>

namespace sk::ui {

namespace {

// An icon made on first use (painted, sized, turned into a pixmap).
class LazyIconEngine : public QIconEngine
{
public:
    explicit LazyIconEngine(std::function<QIcon()> make)
        : m_make(std::move(make))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        // size is in device pixels here; QIcon sets the ratio of what it gets back.
        return icon().pixmap(size / scale, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString key() const override { return QStringLiteral("sk-lazy"); }
    QIconEngine *clone() const override
    {
        auto *copy = new LazyIconEngine(m_make);
        copy->m_icon = m_icon;
        return copy;
    }
    bool isNull() override { return false; }

private:
    const QIcon &icon()
    {
        if (!m_made) {
            m_icon = m_make();
            m_made = true;
        }
        return m_icon;
    }

    std::function<QIcon()> m_make;
    QIcon m_icon;
    bool m_made = false;
};

} // namespace

QIcon LazyIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                  const QWidget *widget) const
{
    if (standardIcon != SP_ToolBarHorizontalExtensionButton && standardIcon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    // The base style may go (setBaseStyle): ask it through this style, if it is still there.
    QPointer<const LazyIconStyle> self(this);
    QPointer<const QWidget> owner(widget);
    return QIcon(new LazyIconEngine([self, owner, standardIcon] {
        return self ? self->baseStyle()->standardIcon(standardIcon, nullptr, owner) : QIcon();
    }));
}

} // namespace sk::ui
