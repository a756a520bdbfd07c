#pragma once

#include "ui/widgets/consoletab.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;
class QToolBar;

namespace sk::services {
class EnvironmentStatus;
}

namespace sk::ui {

class MessageBanner;
class ResourceTableView;
class TabFrame;

// The shape of every tab: a toolbar of actions, a debounced search and the tab's filters, the
// "Filter loaded rows" field, the summary line, one error banner (list failures with Retry, and the outcome
// of actions), the resource table and the detail pane beside it in a splitter whose position is saved, inside
// a TabFrame (the empty state until an environment is connected). A tab subclasses it, gives
// it its model, detail pane and actions, and reacts to the hooks below; see
// docs/adding-a-tab.md.
//
//     MyTab::MyTab(services::Services *services, services::EnvironmentStatus *status, QWidget *parent)
//         : ResourcePage(TabId::Mine, QStringLiteral("mine"), status, parent) ...
//     {
//         setListModel(m_model, {200, 120});
//         setSummaryNouns(tr("thing"), tr("things"));
//         enableSearch(tr("Search things"));
//         m_new = addPageAction(QStringLiteral("add"), tr("New"), QStringLiteral("actionNewThing"),
//                               QKeySequence::New, ActionPlace::Toolbar);
//         setDetailPane(m_detail);
//         finishSetup();
//     }
class ResourcePage : public QWidget, public ConsoleTab
{
    Q_OBJECT

public:
    ResourcePage(TabId tab, const QString &key, services::EnvironmentStatus *status, QWidget *parent = nullptr);
    ~ResourcePage() override;

    // ConsoleTab
    TabId tabId() const override { return m_tab; }
    void refresh() override;
    void showOrganization(const QString &organizationId, const QString &displayName) override;
    models::PagedTableModel *listModel() const override { return m_model; }

    ResourceTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    // "Filter loaded rows" (Ctrl+F, every tab): narrows the rows already loaded as you type, no
    // request; Esc clears it.
    QLineEdit *filterField() const { return m_filter; }
    QLabel *summaryLabel() const { return m_summary; }
    MessageBanner *banner() const { return m_banner; }
    QToolBar *toolBar() const { return m_toolbar; }
    QSplitter *splitter() const { return m_splitter; }
    TabFrame *frame() const { return m_frame; }
    QAction *loadAllAction() const { return m_loadAll; }
    services::EnvironmentStatus *environment() const { return m_status; }

    // Selects the entity with this id as soon as the list holds it; gives up once the list's
    // first page is in (or the load failed) without it.
    void selectWhenLoaded(const QString &id);
    // The outcome of an action, in the tab's banner (rich text: escape what you insert).
    void showInfo(const QString &html);
    void showFailure(const QString &what, const QString &details);

    // How long typing waits before the search runs.
    static constexpr int kSearchDelayMs = 250;

signals:
    // Asks the main window to show another tab, filtered to an organization when one is given.
    void openTabRequested(sk::ui::TabId tab, const QString &organizationId, const QString &organizationName);

protected:
    enum class ActionPlace { Toolbar, ContextMenu, ToolbarAndContextMenu };

    // Set-up, from the subclass's constructor, then finishSetup() last.
    void setListModel(models::PagedTableModel *model, const QList<int> &defaultColumnWidths);
    void setSummaryNouns(const QString &singular, const QString &plural);
    void enableSearch(const QString &placeholder);
    void addFilterWidget(QWidget *widget);
    void setDetailPane(QWidget *pane, int minimumWidth = 420);
    // A panel above the table and detail (an overview of the whole list), in a vertical
    // splitter whose position is saved with the other.
    void setOverviewPanel(QWidget *panel);
    // An action of the tab: its shortcut works anywhere in the page (and in no other tab), and
    // its tooltip names the shortcut.
    QAction *addPageAction(const QString &icon, const QString &text, const QString &objectName,
                           const QKeySequence &shortcut, ActionPlace place);
    // The same, triggering a slot of the tab.
    template <typename Tab>
    QAction *addPageAction(const QString &icon, const QString &text, const QString &objectName,
                           const QKeySequence &shortcut, ActionPlace place, void (Tab::*slot)())
    {
        QAction *action = addPageAction(icon, text, objectName, shortcut, place);
        connect(action, &QAction::triggered, static_cast<Tab *>(this), slot);
        return action;
    }
    void addToolbarSeparator();
    void addContextSeparator();
    void finishSetup();

    // Hooks. The defaults: load the model; forget the search and the banner; nothing.
    virtual void onLoadRequested();
    virtual void onEnvironmentReset();
    virtual void onSearchChanged(const QString &text);
    virtual void onCurrentRowChanged(int row);
    // Enable or disable the tab's actions (after a selection, connection or read-only change).
    virtual void updateActions() {}
    // The summary line; by default the model's own with the nouns of setSummaryNouns().
    virtual QString summaryText() const;
    // Whether the list currently shows a search's matches (the summary counts matches then).
    virtual bool isSearching() const;

    void updateSummary();
    bool isConnected() const;

private:
    void onModelStateChanged();
    void trySelectPending();
    void applySearchNow();
    void createFilterField();
    void applyFilter();

    TabId m_tab;
    QString m_key;
    services::EnvironmentStatus *m_status;
    models::PagedTableModel *m_model = nullptr;
    ResourceTableView *m_view;
    QToolBar *m_toolbar;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_filter = nullptr;
    QHBoxLayout *m_filters;
    QLabel *m_summary;
    MessageBanner *m_banner;
    QSplitter *m_splitter;
    QSplitter *m_vertical = nullptr; // overview above the table, when there is an overview
    TabFrame *m_frame = nullptr;
    QTimer *m_searchDelay;
    QTimer *m_summaryDelay;
    QAction *m_loadAll = nullptr;
    QString m_singular;
    QString m_plural;
    QString m_pendingSelect;
    bool m_listFailureShown = false;
};

} // namespace sk::ui
