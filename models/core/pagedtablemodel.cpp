#include "models/core/pagedtablemodel.h"

#include "models/core/displayformat.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QCoreApplication>

namespace sk::models {

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_loadingRowTimer.setSingleShot(true);
    m_loadingRowTimer.setInterval(kLoadingRowDelayMs);
    connect(&m_loadingRowTimer, &QTimer::timeout, this, &PagedTableModel::showLoadingRow);
}

PagedTableModel::~PagedTableModel()
{
    closeScope();
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_entityCount + (hasStatusRow() ? 1 : 0);
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() < m_entityCount)
        return role == StatusRowRole ? QVariant(false) : entityData(index.row(), index.column(), role);

    // The status row: its text in the first column only.
    switch (role) {
    case StatusRowRole:
        return true;
    case Qt::DisplayRole:
        if (index.column() != 0)
            return {};
        if (m_state == State::Failed)
            return QCoreApplication::translate("sk::models::PagedTableModel", "Loading failed: %1 Double-click to retry.")
                .arg(m_error ? m_error->sentence() : QString());
        return QCoreApplication::translate("sk::models::PagedTableModel", "Loading… (Esc stops)");
    case Qt::ToolTipRole:
        return m_state == State::Failed && m_error ? QVariant(m_error->describe()) : QVariant();
    case Qt::ForegroundRole:
    {
        // From the palette, so the row reads on dark themes too.
        const QPalette palette = QGuiApplication::palette();
        if (m_state != State::Failed)
            return palette.color(QPalette::Disabled, QPalette::Text);
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        return dark ? QColor(0xe5, 0x63, 0x5a) : QColor(0xc6, 0x28, 0x28);
    }
    default:
        return {};
    }
}

bool PagedTableModel::rowMatches(int row, const TextMatcher &matcher) const
{
    if (matcher.isEmpty())
        return true;
    const int columns = columnCount();
    for (int column = 0; column < columns; ++column) {
        if (matcher.matches(entityData(row, column, Qt::DisplayRole).toString()))
            return true;
    }
    return false;
}

Qt::ItemFlags PagedTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.row() >= m_entityCount)
        return Qt::ItemIsEnabled; // the status row cannot be selected
    return QAbstractTableModel::flags(index);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return m_state == State::Idle && (!m_started || !m_nextToken.empty());
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_error.reset();
    setState(State::Loading);
    m_loadingRowTimer.start();
    closeScope();
    QObject *scope = new QObject(this);
    m_scope = scope;
    requestPage(m_nextToken, scope);
    // Loading everything: decode these pages on a worker so the GUI thread only inserts rows.
    if (m_loadingAll && m_scope == scope) {
        const auto calls = scope->findChildren<api::ApiCall *>(Qt::FindDirectChildrenOnly);
        for (api::ApiCall *call : calls)
            call->setDecodeOnWorker(true);
    }
}

void PagedTableModel::closeScope()
{
    if (!m_scope)
        return;
    QObject *scope = m_scope;
    m_scope = nullptr;
    // Unfinished requests go now (an ApiCall destroyed before it completes calls nothing back);
    // a finished one may be delivering this very moment, so the scope itself goes later.
    const auto calls = scope->findChildren<api::ApiCall *>();
    for (api::ApiCall *call : calls) {
        if (!call->isFinished())
            delete call;
    }
    scope->deleteLater();
}

void PagedTableModel::setLoadingAll(bool on)
{
    if (on == m_loadingAll)
        return;
    m_loadingAll = on;
    emit loadingAllChanged(on);
}

void PagedTableModel::loadAll()
{
    if (m_state == State::Complete)
        return;
    setLoadingAll(true);
    if (m_state == State::Failed)
        retry();
    else if (m_state == State::Idle)
        fetchMore();
    // Loading: the page in flight goes on, and pageLoaded() asks for the next one.
}

void PagedTableModel::reload()
{
    closeScope();
    setLoadingAll(false);
    m_loadingRowTimer.stop();
    beginResetModel();
    clearEntities();
    m_entityCount = 0;
    m_nextToken.clear();
    m_started = false;
    m_showLoadingRow = false;
    m_error.reset();
    m_state = State::Idle;
    endResetModel();
    emit stateChanged(m_state);
    fetchMore();
}

void PagedTableModel::retry()
{
    if (m_state != State::Failed)
        return;
    m_error.reset();
    hideStatusRow(); // back to Idle; a view may already fetch again while the row goes
    fetchMore();     // does nothing if it did
}

QString PagedTableModel::summaryText(bool searching, const QString &singular, const QString &plural) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("sk::models::PagedTableModel", text); };
    if (m_state == State::Failed)
        return tr("Loading failed");
    if (m_totalSize < 0) { // the server did not say how many
        const QString loaded = countOf(m_entityCount, searching ? tr("match") : singular, searching ? tr("matches") : plural);
        return m_state == State::Complete ? loaded : tr("%1 loaded, more to come").arg(loaded);
    }
    if (searching)
        return countOf(m_totalSize, tr("match"), tr("matches"));
    const QString all = countOf(m_totalSize, singular, plural);
    return m_entityCount < m_totalSize ? tr("%1 of %2 loaded").arg(m_entityCount).arg(all) : all;
}

void PagedTableModel::cancelLoading()
{
    setLoadingAll(false);
    if (m_state != State::Loading)
        return;
    closeScope();
    m_loadingRowTimer.stop();
    hideStatusRow();
    setState(State::Idle);
}

void PagedTableModel::beginAppend(int count)
{
    hideStatusRow();
    m_pendingAppend = count;
    beginInsertRows({}, m_entityCount, m_entityCount + count - 1);
}

void PagedTableModel::endAppend()
{
    m_entityCount += m_pendingAppend;
    m_pendingAppend = 0;
    endInsertRows();
}

void PagedTableModel::pageLoaded(const std::string &nextPageToken, int totalSize)
{
    closeScope(); // the page is in: whatever else its scope started must not land
    m_loadingRowTimer.stop();
    hideStatusRow();
    m_started = true; // only now: a first page that failed or was stopped is asked for again
    m_nextToken = nextPageToken;
    const bool complete = m_nextToken.empty();
    if (complete)
        setLoadingAll(false); // first: rows held back for a batch go in before the count and "complete"
    // Unknown stays unknown until the last page, which tells: the rows are all there is.
    const int total = complete ? m_entityCount : totalSize < 0 ? kUnknownTotal : std::max(totalSize, m_entityCount);
    if (total != m_totalSize) {
        m_totalSize = total;
        emit totalSizeChanged(m_totalSize);
    }
    setState(complete ? State::Complete : State::Idle);
    if (!complete && m_loadingAll)
        fetchMore();
}

void PagedTableModel::pageFailed(const api::ApiError &error)
{
    closeScope();
    m_loadingRowTimer.stop();
    setLoadingAll(false);
    if (error.kind == api::ApiError::Kind::Cancelled) {
        hideStatusRow();
        setState(State::Idle);
        return;
    }
    const bool hadRow = hasStatusRow();
    m_error = error;
    if (hadRow) {
        m_state = State::Failed;
        emit dataChanged(index(m_entityCount, 0), index(m_entityCount, columnCount() - 1));
    } else {
        beginInsertRows({}, m_entityCount, m_entityCount);
        m_state = State::Failed;
        endInsertRows();
    }
    m_showLoadingRow = false;
    emit stateChanged(m_state);
}

void PagedTableModel::entityChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void PagedTableModel::beginInsertEntities(int row, int count)
{
    m_pendingAppend = count;
    beginInsertRows({}, row, row + count - 1);
}

void PagedTableModel::endInsertEntities()
{
    m_entityCount += m_pendingAppend;
    if (m_totalSize >= 0)
        m_totalSize += m_pendingAppend;
    m_pendingAppend = 0;
    endInsertRows();
    emit totalSizeChanged(m_totalSize);
}

void PagedTableModel::beginRemoveEntities(int row, int count)
{
    m_pendingRemove = count;
    beginRemoveRows({}, row, row + count - 1);
}

void PagedTableModel::endRemoveEntities()
{
    m_entityCount -= m_pendingRemove;
    if (m_totalSize >= 0)
        m_totalSize = std::max(0, m_totalSize - m_pendingRemove);
    m_pendingRemove = 0;
    endRemoveRows();
    emit totalSizeChanged(m_totalSize);
}

void PagedTableModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(m_state);
}

void PagedTableModel::showLoadingRow()
{
    if (m_state != State::Loading || hasStatusRow())
        return;
    beginInsertRows({}, m_entityCount, m_entityCount);
    m_showLoadingRow = true;
    endInsertRows();
}

void PagedTableModel::hideStatusRow()
{
    if (!hasStatusRow())
        return;
    const bool wasFailed = m_state == State::Failed;
    beginRemoveRows({}, m_entityCount, m_entityCount);
    m_showLoadingRow = false;
    if (wasFailed)
        m_state = State::Idle;
    endRemoveRows();
    if (wasFailed && m_state == State::Idle)
        emit stateChanged(m_state);
}

} // namespace sk::models
