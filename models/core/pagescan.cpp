#include "models/core/pagescan.h"

#include <QCoreApplication>

namespace sk::models {

PageScan::PageScan(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(100);
    connect(&m_changeTimer, &QTimer::timeout, this, &PageScan::changed);
}

PageScan::~PageScan()
{
    delete m_call.data(); // aborts silently
}

void PageScan::refresh()
{
    ++m_generation;
    delete m_call.data();
    resetData();
    m_seenTokens.clear();
    m_error.reset();
    m_total = -1;
    m_pagesRequested = 0;
    m_state = State::Loading;
    emit started();
    emit progress(0, -1);
    flushChanged();
    requestPage({});
}

void PageScan::cancel()
{
    if (m_state != State::Loading)
        return;
    ++m_generation;
    delete m_call.data(); // no callback runs, no further page is asked for
    stop(State::Cancelled);
    emit cancelled();
}

void PageScan::fail(const api::ApiError &error)
{
    m_error = error;
    stop(State::Failed);
    emit failed(*m_error);
}

void PageScan::pageDone(const PageEnd &end)
{
    const qint64 rows = loaded();
    const bool last = end.nextPageToken.empty();
    if (last)
        m_total = rows;
    else if (end.totalSize > 0)
        m_total = std::max<qint64>(end.totalSize, rows);
    const quint64 generation = m_generation;
    emit progress(rows, m_total);
    if (generation != m_generation || m_state != State::Loading)
        return; // a slot cancelled or restarted the scan
    if (last) {
        completeData();
        stop(State::Finished);
        emit finished();
        return;
    }
    if (!m_seenTokens.insert(end.nextPageToken).second) {
        fail(api::ApiError::make(
            api::ApiError::Kind::BadResponse,
            QCoreApplication::translate("sk::models::PageScan",
                                        "The server returned a page token it had already returned.")));
        return;
    }
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
    requestPage(end.nextPageToken);
}

void PageScan::stop(State state)
{
    m_state = state;
    flushChanged();
}

void PageScan::flushChanged()
{
    m_changeTimer.stop();
    emit changed();
}

} // namespace sk::models
