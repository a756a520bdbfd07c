#include "ui/widgets/resourceicon.h"

#include <QHash>

namespace sk::ui {

QIcon resourceIcon(const QString &path)
{
    static QHash<QString, QIcon> icons; // GUI thread only, as QIcon is
    auto it = icons.find(path);
    if (it == icons.end())
        it = icons.insert(path, QIcon(path));
    return *it;
}

} // namespace sk::ui
