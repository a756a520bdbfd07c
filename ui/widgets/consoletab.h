#pragma once

#include "ui/consoletabs.h"

#include <QString>

namespace sk::models {
class PagedTableModel;
}

namespace sk::ui {

// What the main window (and --measure-load) needs from every tab, whatever it shows. Every
// ResourcePage is one; MainWindow loops over them for F5 and for links between tabs.
class ConsoleTab
{
public:
    virtual ~ConsoleTab() = default;

    virtual TabId tabId() const = 0;
    // Reloads what the tab shows from the environment, keeping the selection when it can.
    virtual void refresh() = 0;
    // Shows the tab filtered to one organization (a link such as "2 SSO connections" in the
    // organization detail). A tab that has no organization filter just shows itself.
    virtual void showOrganization(const QString &organizationId, const QString &displayName) = 0;
    // The tab's main list, for "Load all" and --measure-load.
    virtual models::PagedTableModel *listModel() const = 0;
    // Whether the tab is still computing something in the background besides its list (the
    // AgentKit overview paging every account), for --measure-load.
    virtual bool hasBackgroundWork() const { return false; }
};

} // namespace sk::ui
