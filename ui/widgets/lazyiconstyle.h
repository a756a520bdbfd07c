#pragma once

#include <QProxyStyle>

namespace sk::ui {

// The desktop's own style, except that the toolbar and menu bar "more" (extension) icons are
// loaded when first painted, not when a toolbar or menu bar is made. Qt reads them from PNG
// files by name, and reading a PNG so opens every image-format plugin (SVG, GIF, ICO, JPEG and
// their libraries) to ask it about the format first: about 5 ms before the first frame, for
// buttons that only show when a toolbar overflows (docs/startup.md). Installed by main().
class LazyIconStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace sk::ui
