#include "ui/widgets/resourcepage.h"

#include "models/core/pagedtablemodel.h"
#include "services/core/environmentstatus.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourceicon.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/tabframe.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace sk::ui {

using models::PagedTableModel;
using services::EnvironmentStatus;

ResourcePage::ResourcePage(TabId tab, const QString &key, EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_tab(tab)
    , m_key(key)
    , m_status(status)
    , m_view(new ResourceTableView(key, this))
    , m_toolbar(new QToolBar(this))
    , m_filters(new QHBoxLayout)
    , m_summary(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_searchDelay(new QTimer(this))
    , m_summaryDelay(new QTimer(this))
{
    setObjectName(key + QStringLiteral("Tab"));
    m_view->setObjectName(key + QStringLiteral("View"));
    m_view->setSelectFirstRow(true);
    m_toolbar->setObjectName(key + QStringLiteral("Toolbar"));
    m_toolbar->setIconSize(QSize(18, 18));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_summary->setObjectName(key + QStringLiteral("Summary"));
    m_banner->setObjectName(key + QStringLiteral("Banner"));
    m_splitter->setObjectName(key + QStringLiteral("Splitter"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &ResourcePage::applySearchNow);
    m_summaryDelay->setSingleShot(true);
    m_summaryDelay->setInterval(100);
    connect(m_summaryDelay, &QTimer::timeout, this, &ResourcePage::updateSummary);
}

ResourcePage::~ResourcePage()
{
    if (ResourceTableView::layoutPersistenceEnabled()) {
        QSettings().setValue(m_key + QStringLiteral("/splitter"), m_splitter->saveState());
        if (m_vertical)
            QSettings().setValue(m_key + QStringLiteral("/overviewSplitter"), m_vertical->saveState());
    }
}

void ResourcePage::setListModel(PagedTableModel *model, const QList<int> &defaultColumnWidths)
{
    m_model = model;
    m_view->setPagedModel(model);
    m_view->setDefaultColumnWidths(defaultColumnWidths);
    connect(model, &PagedTableModel::stateChanged, this, &ResourcePage::onModelStateChanged);
    connect(model, &PagedTableModel::totalSizeChanged, this, &ResourcePage::updateSummary);
    connect(model, &PagedTableModel::loadingAllChanged, this, &ResourcePage::updateSummary);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        // Loading everything: the count in the summary changes ten times a second at most
        // (relaying out the line per page would stall the window).
        if (m_model->isLoadingAll()) {
            if (!m_summaryDelay->isActive())
                m_summaryDelay->start();
        } else {
            updateSummary();
        }
        trySelectPending();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ResourcePage::updateSummary);
}

void ResourcePage::setSummaryNouns(const QString &singular, const QString &plural)
{
    m_singular = singular;
    m_plural = plural;
}

void ResourcePage::enableSearch(const QString &placeholder)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(m_key + QStringLiteral("Search"));
    m_search->setPlaceholderText(placeholder);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applySearchNow();
    });
    m_filters->addWidget(m_search, 1);
}

void ResourcePage::addFilterWidget(QWidget *widget)
{
    m_filters->addWidget(widget);
}

void ResourcePage::setDetailPane(QWidget *pane, int minimumWidth)
{
    pane->setMinimumWidth(minimumWidth);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({760, 520});
    if (const QByteArray state = QSettings().value(m_key + QStringLiteral("/splitter")).toByteArray(); !state.isEmpty())
        m_splitter->restoreState(state);
}

void ResourcePage::setOverviewPanel(QWidget *panel)
{
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(m_key + QStringLiteral("OverviewSplitter"));
    m_vertical->setChildrenCollapsible(true);
    m_vertical->addWidget(panel);
    m_vertical->setSizes({340, 480});
    if (const QByteArray state = QSettings().value(m_key + QStringLiteral("/overviewSplitter")).toByteArray();
        !state.isEmpty())
        m_vertical->restoreState(state);
}

QAction *ResourcePage::addPageAction(const QString &icon, const QString &text, const QString &objectName,
                                     const QKeySequence &shortcut, ActionPlace place)
{
    auto *action
        = new QAction(resourceIcon(QStringLiteral(":/icons/") + icon + QStringLiteral(".svg")), text, this);
    action->setObjectName(objectName);
    const QString plain = QString(text).remove(u'…');
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // One context for every tab: anywhere in this page, never in another tab. A line edit
        // keeps the editing keys it uses (Del, Ctrl+C...) through ShortcutOverride.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(plain + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + u')');
    } else {
        action->setToolTip(plain);
    }
    addAction(action); // the page holds it, so the shortcut works with focus anywhere inside
    if (place != ActionPlace::ContextMenu)
        m_toolbar->addAction(action);
    if (place != ActionPlace::Toolbar)
        m_view->addContextAction(action);
    return action;
}

void ResourcePage::addToolbarSeparator()
{
    m_toolbar->addSeparator();
}

void ResourcePage::addContextSeparator()
{
    m_view->addContextSeparator();
}

void ResourcePage::finishSetup()
{
    Q_ASSERT(m_model);
    m_loadAll = new QAction(resourceIcon(QStringLiteral(":/icons/loadall.svg")), tr("Load all"), this);
    m_loadAll->setObjectName(m_key + QStringLiteral("LoadAll"));
    m_loadAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_loadAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_loadAll->setToolTip(tr("Load every remaining page (%1; Esc stops)")
                              .arg(m_loadAll->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_loadAll);
    connect(m_loadAll, &QAction::triggered, m_model, &PagedTableModel::loadAll);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_toolbar->addAction(m_loadAll);

    if (m_splitter->count() == 0)
        m_splitter->addWidget(m_view);

    m_filters->setContentsMargins(8, 2, 8, 4);
    if (!m_search)
        m_filters->addStretch(1);
    createFilterField();
    m_filters->addSpacing(12);
    m_filters->addWidget(m_summary);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolbar);
    layout->addLayout(m_filters);
    layout->addWidget(m_banner);
    if (m_vertical) {
        m_vertical->addWidget(m_splitter);
        m_vertical->setStretchFactor(0, 2);
        m_vertical->setStretchFactor(1, 3);
        if (QSettings().value(m_key + QStringLiteral("/overviewSplitter")).toByteArray().isEmpty())
            m_vertical->setSizes({340, 480});
        layout->addWidget(m_vertical, 1);
    } else {
        layout->addWidget(m_splitter, 1);
    }

    m_frame = new TabFrame(m_tab, m_status, content, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_frame);

    connect(m_view, &ResourceTableView::refreshRequested, this, &ResourcePage::refresh);
    connect(m_view, &ResourceTableView::currentSourceRowChanged, this, [this](int row) {
        onCurrentRowChanged(row);
        updateActions();
    });
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        if (m_listFailureShown && m_model->state() == PagedTableModel::State::Failed)
            m_model->retry();
    });
    connect(m_status, &EnvironmentStatus::connectionChanged, this, &ResourcePage::updateActions);
    connect(m_status, &EnvironmentStatus::writableChanged, this, &ResourcePage::updateActions);
    connect(m_frame, &TabFrame::loadRequested, this, &ResourcePage::onLoadRequested);
    connect(m_frame, &TabFrame::environmentReset, this, &ResourcePage::onEnvironmentReset);
    m_frame->start();
    updateSummary();
    updateActions();
}

void ResourcePage::createFilterField()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(m_key + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(tr("Filter loaded rows"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(QStringLiteral(":/icons/filter.svg")), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(200);
    m_filter->setMaximumWidth(280);
    auto *focus = new QAction(tr("Filter loaded rows"), this);
    focus->setObjectName(m_key + QStringLiteral("FocusFilter"));
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    focus->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focus, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(focus);
    m_filter->setToolTip(
        tr("Show only the loaded rows whose text contains this, ignoring case; nothing is asked "
           "of the server (%1; Esc clears)")
            .arg(focus->shortcut().toString(QKeySequence::NativeText)));
    auto *clear = new QAction(m_filter);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clear);
    // Every keystroke at once: matching is fast enough (PagedTableModel::rowMatches()).
    connect(m_filter, &QLineEdit::textChanged, this, &ResourcePage::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, m_view, qOverload<>(&QWidget::setFocus));
    // An edited row may stop matching (or start): the count follows. Loading all, the model's
    // insertions update the summary ten times a second at most (setListModel()).
    const auto recount = [this] {
        if (m_view->isFiltered() && !m_model->isLoadingAll())
            updateSummary();
    };
    connect(m_view->proxy(), &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_view->proxy(), &QAbstractItemModel::rowsRemoved, this, recount);
    m_filters->addWidget(m_filter);
}

void ResourcePage::applyFilter()
{
    m_view->setFilterText(m_filter->text());
    updateSummary();
}

bool ResourcePage::isConnected() const
{
    return m_status->connection() == EnvironmentStatus::Connection::Connected;
}

void ResourcePage::refresh()
{
    if (!isConnected() || !m_frame->hasLoaded())
        return;
    const QString current = m_view->currentId();
    m_model->reload();
    if (!current.isEmpty())
        selectWhenLoaded(current);
}

void ResourcePage::showOrganization(const QString &, const QString &)
{
}

void ResourcePage::onLoadRequested()
{
    m_model->reload();
}

void ResourcePage::onEnvironmentReset()
{
    m_banner->showMessage(MessageBanner::Level::Info, QString());
    m_listFailureShown = false;
    m_pendingSelect.clear();
    m_searchDelay->stop();
    if (m_search) {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    if (m_filter)
        m_filter->clear(); // another environment's rows: start unfiltered
}

void ResourcePage::onSearchChanged(const QString &)
{
}

void ResourcePage::onCurrentRowChanged(int)
{
}

void ResourcePage::applySearchNow()
{
    if (m_search)
        onSearchChanged(m_search->text());
}

bool ResourcePage::isSearching() const
{
    return false;
}

QString ResourcePage::summaryText() const
{
    return m_model->summaryText(isSearching(), m_singular, m_plural);
}

void ResourcePage::updateSummary()
{
    if (!m_model)
        return;
    QString text = summaryText();
    if (m_view->isFiltered())
        text = tr("%1 of %2 loaded rows match · %3")
                   .arg(m_view->shownEntityCount())
                   .arg(m_model->entityCount())
                   .arg(text);
    if (m_model->isLoadingAll())
        text = tr("Loading all… %1 (Esc stops)").arg(text);
    m_summary->setText(text);
    m_loadAll->setEnabled(m_model->state() != PagedTableModel::State::Complete && !m_model->isLoadingAll());
}

void ResourcePage::selectWhenLoaded(const QString &id)
{
    m_pendingSelect = id;
    trySelectPending();
}

void ResourcePage::trySelectPending()
{
    if (m_pendingSelect.isEmpty())
        return;
    const int row = m_model->rowOfId(m_pendingSelect);
    if (row >= 0) {
        m_pendingSelect.clear();
        m_view->selectSourceRow(row);
        return;
    }
    // Give up once the first page is in (or failed) without it: reload() passes through Idle
    // with no rows before the first page arrives.
    const PagedTableModel::State state = m_model->state();
    if (state == PagedTableModel::State::Complete || state == PagedTableModel::State::Failed
        || (state == PagedTableModel::State::Idle && m_model->entityCount() > 0))
        m_pendingSelect.clear();
}

void ResourcePage::onModelStateChanged()
{
    updateSummary();
    trySelectPending();
    if (m_model->state() == PagedTableModel::State::Failed && m_model->lastError()) {
        m_listFailureShown = true;
        m_banner->showMessage(MessageBanner::Level::Danger,
                              tr("<b>The list did not load.</b> %1").arg(m_model->lastError()->sentence().toHtmlEscaped()),
                              tr("Retry"));
    } else if (m_listFailureShown && m_model->state() != PagedTableModel::State::Failed) {
        m_listFailureShown = false;
        m_banner->showMessage(MessageBanner::Level::Info, QString());
    }
}

void ResourcePage::showInfo(const QString &html)
{
    m_listFailureShown = false;
    m_banner->showMessage(MessageBanner::Level::Info, html);
}

void ResourcePage::showFailure(const QString &what, const QString &details)
{
    m_listFailureShown = false;
    m_banner->showMessage(MessageBanner::Level::Danger,
                          QStringLiteral("<b>") + what.toHtmlEscaped() + QStringLiteral("</b> ") + details.toHtmlEscaped());
}

} // namespace sk::ui
