#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sk::ui {

// The six tabs of the main window, in their fixed order. The key is the stable name used on
// the command line (--tab) and in saved settings; titles and texts are for people.
enum class TabId { Organizations, Users, Connections, Directories, AgentKit, Mcp };

struct TabInfo
{
    TabId id;
    QString key;
    QString title;
    QString iconPath;
    QString emptyTitle;
    QString emptyMessage;
};

const QList<TabInfo> &consoleTabs();
std::optional<TabId> tabFromKey(const QString &key);
QString tabKeys(); // "organizations|users|..." for help texts

} // namespace sk::ui
