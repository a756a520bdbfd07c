#include "ui/widgets/resourcetableview.h"

#include "ui/widgets/statusbadgedelegate.h"

#include "models/core/pagedtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>

namespace sk::ui {

using models::PagedTableModel;

// Sorts on raw values, keeps the "Loading…" / "failed" row last in either order and always
// shown, and keeps the entities the filter matches (PagedTableModel::rowMatches()).
class EntitySortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    const models::TextMatcher &matcher() const { return m_matcher; }
    void setMatcher(models::TextMatcher matcher)
    {
        m_matcher = std::move(matcher);
        // The whole mapping again in one pass (a layout change), not a row removal per gap
        // between matches as invalidateRowsFilter() would emit: O(rows), whatever matches.
        invalidate();
    }

    // While filtered, the view does not page on its own: its few rows would leave it "at the
    // bottom", and it would load page after page unasked. Load all brings the rest.
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return m_matcher.isEmpty() && QSortFilterProxyModel::canFetchMore(parent);
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            QSortFilterProxyModel::fetchMore(parent);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_matcher.isEmpty() || sourceParent.isValid())
            return true;
        const auto *model = static_cast<const PagedTableModel *>(sourceModel());
        return model->isStatusRow(sourceRow) || model->rowMatches(sourceRow, m_matcher);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftStatus = left.data(PagedTableModel::StatusRowRole).toBool();
        const bool rightStatus = right.data(PagedTableModel::StatusRowRole).toBool();
        if (leftStatus != rightStatus)
            return (sortOrder() == Qt::AscendingOrder) ? rightStatus : leftStatus;
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    models::TextMatcher m_matcher;
};

namespace {
bool &layoutPersistence()
{
    static bool on = true;
    return on;
}
} // namespace

ResourceTableView::ResourceTableView(const QString &settingsKey, QWidget *parent)
    : QTableView(parent)
    , m_settingsKey(settingsKey)
    , m_proxy(new EntitySortProxy(this))
{
    m_proxy->setSortRole(PagedTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setItemDelegate(new StatusBadgeDelegate(this)); // status columns paint as badges
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);

    m_open = new QAction(tr("Open details") + QStringLiteral("\t") + tr("Enter"), this);
    m_open->setObjectName(QStringLiteral("actionOpenDetails"));
    connect(m_open, &QAction::triggered, this, [this] {
        if (const int row = currentSourceRow(); row >= 0)
            emit openRequested(row);
    });

    m_copyId = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy ID"), this);
    m_copyId->setObjectName(QStringLiteral("actionCopyId"));
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyId->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyId, &QAction::triggered, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            QApplication::clipboard()->setText(id);
    });
    addAction(m_copyId);

    m_copyJson = new QAction(tr("Copy as JSON"), this);
    m_copyJson->setObjectName(QStringLiteral("actionCopyJson"));
    m_copyJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyJson->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyJson, &QAction::triggered, this, [this] {
        const int row = currentSourceRow();
        if (row < 0 || !m_model)
            return;
        const QString json = m_model->index(row, 0).data(PagedTableModel::JsonRole).toString();
        if (!json.isEmpty())
            QApplication::clipboard()->setText(json);
    });
    addAction(m_copyJson);

    auto *stop = new QAction(tr("Stop loading"), this);
    stop->setObjectName(QStringLiteral("actionStopLoading"));
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    stop->setShortcutContext(Qt::WidgetShortcut);
    connect(stop, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->cancelLoading();
    });
    addAction(stop);

    m_refresh = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("actionRefreshTable"));
    connect(m_refresh, &QAction::triggered, this, &ResourceTableView::refreshRequested);

    connect(this, &QAbstractItemView::activated, this, &ResourceTableView::onActivated);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        // Show or hide columns; the first one always stays.
        QMenu menu(this);
        for (int column = 1; column < model()->columnCount(); ++column) {
            QAction *toggle = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!isColumnHidden(column));
            connect(toggle, &QAction::toggled, this, [this, column](bool on) { setColumnHidden(column, !on); });
        }
        menu.addSeparator();
        QAction *reset = menu.addAction(tr("Reset columns"));
        connect(reset, &QAction::triggered, this, [this] {
            horizontalHeader()->reset();
            for (int column = 0; column < horizontalHeader()->count(); ++column) {
                setColumnHidden(column, false);
                horizontalHeader()->moveSection(horizontalHeader()->visualIndex(column), column);
                if (column < m_defaultWidths.size())
                    setColumnWidth(column, m_defaultWidths.at(column));
            }
            sortByColumn(-1, Qt::AscendingOrder);
        });
        menu.exec(horizontalHeader()->mapToGlobal(pos));
    });
    updateActions();
}

ResourceTableView::~ResourceTableView()
{
    saveLayout();
}

void ResourceTableView::setPagedModel(PagedTableModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        emit currentSourceRowChanged(currentSourceRow());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResourceTableView::selectFirstShownRow);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        emit currentSourceRowChanged(-1);
    });
    restoreLayout();
}

void ResourceTableView::selectFirstShownRow()
{
    if (!m_selectFirstRow || currentSourceRow() >= 0 || !m_model || m_model->entityCount() == 0)
        return;
    const QModelIndex first = m_proxy->index(0, 0);
    if (!first.isValid() || first.data(PagedTableModel::StatusRowRole).toBool())
        return;
    setCurrentIndex(first);
    selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ResourceTableView::setDefaultColumnWidths(const QList<int> &widths)
{
    m_defaultWidths = widths;
    for (int column = 0; column < widths.size(); ++column)
        setColumnWidth(column, widths.at(column));
    restoreLayout();
}

QString ResourceTableView::settingsGroup() const
{
    return QStringLiteral("tables/") + m_settingsKey;
}

void ResourceTableView::saveLayout() const
{
    if (!layoutPersistence() || !model() || m_settingsKey.isEmpty())
        return;
    QSettings settings;
    settings.setValue(settingsGroup() + QStringLiteral("/header"), horizontalHeader()->saveState());
}

void ResourceTableView::restoreLayout()
{
    if (!layoutPersistence() || !model() || m_settingsKey.isEmpty())
        return;
    QSettings settings;
    const QByteArray state = settings.value(settingsGroup() + QStringLiteral("/header")).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

void ResourceTableView::setLayoutPersistence(bool on)
{
    layoutPersistence() = on;
}

bool ResourceTableView::layoutPersistenceEnabled()
{
    return layoutPersistence();
}

QSortFilterProxyModel *ResourceTableView::proxy() const
{
    return m_proxy;
}

void ResourceTableView::setFilterText(const QString &text)
{
    if (text == m_proxy->matcher().text())
        return;
    const int before = currentSourceRow();
    m_proxy->setMatcher(models::TextMatcher(text));
    // The selected entity stays selected (and in view) while it matches. When it no longer
    // shows, the first that does is selected, so the detail pane never describes a hidden row.
    if (const int now = currentSourceRow(); now >= 0) {
        scrollTo(currentIndex());
        return;
    }
    selectFirstShownRow(); // says so through the selection model when it selects
    if (before >= 0 && currentSourceRow() < 0) { // nothing matches: nothing is selected
        selectionModel()->clear();
        updateActions();
        emit currentSourceRowChanged(-1);
    }
}

QString ResourceTableView::filterText() const
{
    return m_proxy->matcher().text();
}

int ResourceTableView::shownEntityCount() const
{
    if (!m_model)
        return 0;
    const int rows = m_proxy->rowCount();
    const int status = m_model->rowCount() - m_model->entityCount(); // 0 or 1, never filtered out
    return rows - status;
}

int ResourceTableView::currentSourceRow() const
{
    if (!m_model)
        return -1;
    const QModelIndex current = m_proxy->mapToSource(currentIndex());
    if (!current.isValid() || m_model->isStatusRow(current.row()))
        return -1;
    if (!selectionModel() || !selectionModel()->isRowSelected(currentIndex().row(), {}))
        return -1;
    return current.row();
}

QString ResourceTableView::currentId() const
{
    const int row = currentSourceRow();
    return row < 0 ? QString() : m_model->index(row, 0).data(PagedTableModel::IdRole).toString();
}

void ResourceTableView::selectSourceRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->entityCount())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    setCurrentIndex(index);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void ResourceTableView::addContextAction(QAction *action)
{
    m_extraActions << action;
    if (!action->shortcut().isEmpty() && action->shortcutContext() == Qt::WidgetShortcut)
        addAction(action);
}

void ResourceTableView::addContextSeparator()
{
    m_extraActions << nullptr;
}

void ResourceTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid() && !index.data(PagedTableModel::StatusRowRole).toBool())
        selectSourceRow(m_proxy->mapToSource(index).row());
    updateActions();
    QMenu menu(this);
    menu.addAction(m_open);
    menu.addSeparator();
    menu.addAction(m_copyId);
    menu.addAction(m_copyJson);
    if (!m_extraActions.isEmpty()) {
        menu.addSeparator();
        for (QAction *action : std::as_const(m_extraActions)) {
            if (action)
                menu.addAction(action);
            else
                menu.addSeparator();
        }
    }
    menu.addSeparator();
    menu.addAction(m_refresh);
    menu.exec(event->globalPos());
}

void ResourceTableView::onActivated(const QModelIndex &index)
{
    if (!m_model || !index.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(index);
    if (m_model->isStatusRow(source.row())) {
        m_model->retry();
        return;
    }
    emit openRequested(source.row());
}

void ResourceTableView::updateActions()
{
    const bool hasRow = currentSourceRow() >= 0;
    m_open->setEnabled(hasRow);
    m_copyId->setEnabled(hasRow);
    m_copyJson->setEnabled(hasRow);
}

} // namespace sk::ui
