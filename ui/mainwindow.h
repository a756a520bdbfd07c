#pragma once

#include "ui/consoletabs.h"
#include "ui/widgets/consoletab.h"

#include <QMap>

#include <functional>

#include <QMainWindow>

class QMenu;
class QTabWidget;
class QToolButton;
class QVBoxLayout;

namespace sk::services {
class EnvironmentStatus;
}

namespace sk::ui {

class EmptyStateWidget;
class EnvironmentStatusPanel;
class MessageBanner;
class ProductionFrame;
class ResourcePage;

// The console's one main window: a toolbar with the environment switcher, the six tabs, and a
// status bar with the environment, its connection state and the requests in flight.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(services::EnvironmentStatus *status, QWidget *parent = nullptr);

    // Window geometry and the last tab are restored from and saved to QSettings unless
    // persistence is off (screenshots and tests of a throwaway window turn it off).
    void setPersistSettings(bool persist) { m_persistSettings = persist; }
    void restoreSettings();
    void saveSettings() const;

    // Puts a tab's real page in place of its placeholder; the window takes ownership. F5
    // refreshes every installed tab, and a tab's openTabRequested() shows the other tab
    // filtered to the organization it names.
    void installTab(ResourcePage *page);
    // The same, built only when it is first needed (shown, linked to, asked for with tab()):
    // start-up builds one tab, not six, and a tab loads its data when first visited.
    void installTab(TabId id, std::function<ResourcePage *()> make);
    // Start-up: until the window's first frame is painted, showing a tab selects its placeholder
    // (the same empty state the built page shows until its environment answers) without
    // building it; the current tab is built just after that frame. tab() still builds at once.
    void buildCurrentTabAfterFirstFrame() { m_buildAfterFirstFrame = true; }
    // The tab with this id (built now if it was installed lazily), or nullptr (a placeholder).
    ConsoleTab *tab(TabId id) const;
    // Whether the tab's page exists yet (a lazily installed one may not).
    bool isTabBuilt(TabId id) const { return m_pages.contains(id); }
    // Shows a tab filtered to one organization.
    void showOrganizationIn(TabId id, const QString &organizationId, const QString &displayName);
    void showTab(TabId id);
    TabId currentTab() const;
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    // The toolbar's environment button (ProfileSwitcher installs its menu there).
    QToolButton *environmentButton() const { return m_environmentButton; }
    // Adds a strip (e.g. the keychain banner) above the tabs, under the other banners.
    void insertBanner(QWidget *banner);
    // Production: a red frame, a banner and " — PRODUCTION" in the title (from the status kind).
    ProductionFrame *productionFrame() const { return m_productionFrame; }
    MessageBanner *productionBanner() const { return m_productionBanner; }
    EnvironmentStatusPanel *statusPanel() const { return m_statusPanel; }
    // The "&Tools" menu (before "&Help"), created on first use, for windows such as Roles.
    QMenu *toolsMenu();

    // True when nothing is loading: the screenshot runner waits for this.
    bool isIdle() const;

signals:
    void refreshRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createActions();
    void createTabs();
    void updateEnvironment();

    services::EnvironmentStatus *m_status;
    QTabWidget *m_tabs = nullptr;
    QToolButton *m_environmentButton = nullptr;
    MessageBanner *m_banner = nullptr;
    MessageBanner *m_productionBanner = nullptr;
    ProductionFrame *m_productionFrame = nullptr;
    QVBoxLayout *m_centralLayout = nullptr;
    EnvironmentStatusPanel *m_statusPanel = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    bool m_persistSettings = true;
    QMap<TabId, ResourcePage *> m_pages;
    QMap<TabId, std::function<ResourcePage *()>> m_factories; // lazily installed, not built yet
    bool m_replacingPlaceholder = false;
    bool m_buildAfterFirstFrame = false;
};

} // namespace sk::ui
