#pragma once

#include <QList>
#include <QTableView>

class QAction;
class QSortFilterProxyModel;

namespace sk::models {
class PagedTableModel;
}

namespace sk::ui {

class EntitySortProxy;

// The table every tab lists its entities in: a PagedTableModel behind a sorting proxy (sorted
// on raw values, server order until a header is clicked), rows selected whole, and the same
// actions everywhere:
//   Enter           open the detail of the current row
//   Ctrl+C          copy its ID
//   Ctrl+Shift+C    copy it as JSON (the model's JsonRole)
//   context menu    those, Refresh, and whatever the tab adds with addContextAction()
// setFilterText() narrows the rows shown to the loaded ones whose text matches (no request; the
// "Loading…" / "failed" row stays). Double-clicking the "load failed" row retries. The header's layout
// (order, widths, hidden columns, sort) is saved under "tables/<settingsKey>" and restored when the model is
// set.
class ResourceTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ResourceTableView(const QString &settingsKey, QWidget *parent = nullptr);
    ~ResourceTableView() override;

    void setPagedModel(models::PagedTableModel *model);
    models::PagedTableModel *pagedModel() const { return m_model; }
    QSortFilterProxyModel *proxy() const;

    // Widths applied before any saved layout (index = column).
    void setDefaultColumnWidths(const QList<int> &widths);
    void saveLayout() const;
    void restoreLayout();
    // Layout persistence is on by default; screenshots and throwaway windows turn it off.
    static void setLayoutPersistence(bool on);
    static bool layoutPersistenceEnabled();

    // The model row of the current (selected) entity, or -1 (none, or the status row).
    int currentSourceRow() const;
    QString currentId() const;
    // Selects the entity at a model row and scrolls to it.
    void selectSourceRow(int row);

    // Shows only the loaded entities whose displayed text contains `text`, ignoring case
    // (models::TextMatcher, PagedTableModel::rowMatches()); rows that arrive later are filtered
    // as they come. Empty: every row. The status row always stays.
    void setFilterText(const QString &text);
    QString filterText() const;
    bool isFiltered() const { return !filterText().isEmpty(); }
    // The entities shown (the status row not counted).
    int shownEntityCount() const;

    // When rows arrive and nothing is selected, select the first (so the detail pane beside
    // the table is never blank while there is something to show). Off by default.
    void setSelectFirstRow(bool on) { m_selectFirstRow = on; }

    void addContextAction(QAction *action);
    void addContextSeparator();

    QAction *openAction() const { return m_open; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *copyJsonAction() const { return m_copyJson; }
    QAction *refreshAction() const { return m_refresh; }

signals:
    void openRequested(int sourceRow);
    void currentSourceRowChanged(int sourceRow); // -1 when nothing is selected
    void refreshRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onActivated(const QModelIndex &index);
    void selectFirstShownRow();
    void updateActions();
    QString settingsGroup() const;

    QString m_settingsKey;
    models::PagedTableModel *m_model = nullptr;
    EntitySortProxy *m_proxy = nullptr;
    QList<int> m_defaultWidths;
    bool m_selectFirstRow = false;
    QList<QAction *> m_extraActions; // nullptr marks a separator
    QAction *m_open = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_copyJson = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace sk::ui
