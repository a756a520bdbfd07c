#include "app/console/measureloadrunner.h"

#include "app/console/firstframeprobe.h"
#include "models/core/pagedtablemodel.h"
#include "services/core/environmentstatus.h"
#include "ui/mainwindow.h"
#include "ui/widgets/resourcepage.h"
#include "ui/widgets/resourcetableview.h"

#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>

#include <cmath>
#include <cstdio>
#include <malloc.h>
#include <nlohmann/json.hpp>

namespace sk::app {

namespace {
constexpr int kTickMs = 5;
constexpr int kTimeoutMs = 10 * 60 * 1000;
} // namespace

MeasureLoadRunner::MeasureLoadRunner(ui::MainWindow *window, services::EnvironmentStatus *status,
                                     ui::TabId tab, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_status(status)
    , m_tab(tab)
{
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &MeasureLoadRunner::onTick);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(m_loadStartedMs
                 ? QStringLiteral("the list did not finish loading in time")
                 : QStringLiteral("no environment answered in time: %1").arg(m_status->connectionMessage()),
             3);
    });
}

qint64 MeasureLoadRunner::residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0: read them whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

qint64 MeasureLoadRunner::heapBytesInUse()
{
    // Every arena's allocated bytes (glibc): the data alive now, without the freed memory the
    // allocator keeps for reuse, which RSS counts too.
    return qint64(mallinfo2().uordblks);
}

void MeasureLoadRunner::start()
{
    m_window->showTab(m_tab);
    // The first complete frame (the window and all its children painted), as the empty
    // window of tests/bench/bench_startup.sh measures it. The tab is built just after it
    // (MainWindow::buildCurrentTabAfterFirstFrame): its list is watched from then on.
    new startup::FirstFrameProbe(
        m_window,
        [this](double ms) {
            m_firstPaintMs = ms;
            m_firstPaintCpuMs = startup::cpuMsSinceProcessStart();
            QMetaObject::invokeMethod(this, &MeasureLoadRunner::watchModel, Qt::QueuedConnection);
        },
        this);
    m_deadline.start();
    // An environment that cannot be reached ends the measurement at once, not at the deadline.
    auto giveUpIfFailed = [this] {
        if (!m_loadStartedMs && m_status->connection() == services::EnvironmentStatus::Connection::Failed)
            fail(QStringLiteral("no environment: %1").arg(m_status->connectionMessage()), 3);
    };
    connect(m_status, &services::EnvironmentStatus::connectionChanged, this, giveUpIfFailed);
    QTimer::singleShot(0, this, giveUpIfFailed); // it may have failed already (an unknown --profile)
}

void MeasureLoadRunner::watchModel()
{
    ui::ConsoleTab *tab = m_window->tab(m_tab);
    if (!tab || !tab->listModel()) {
        fail(
            QStringLiteral("the %1 tab has no list to measure yet").arg(ui::consoleTabs().at(int(m_tab)).key),
            2);
        return;
    }
    m_model = tab->listModel();
    connect(m_model, &models::PagedTableModel::stateChanged, this, &MeasureLoadRunner::onStateChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_loadStartedMs && !m_firstRowsMs && m_model->entityCount() > 0) {
            m_firstRowsMs = double(m_clock.nsecsElapsed()) / 1e6;
            m_model->loadAll();
        }
    });
    onStateChanged();
}

void MeasureLoadRunner::onStateChanged()
{
    using State = models::PagedTableModel::State;
    if (m_done || !m_model)
        return;
    // Loads before the environment is connected (a view asking early) do not count.
    const bool connected = m_status->connection() == services::EnvironmentStatus::Connection::Connected;
    if (m_model->state() == State::Loading && !m_loadStartedMs && connected) {
        m_loadStartedMs = startup::msSinceProcessStart();
        m_baselineRss = residentBytes();
        m_baselineHeap = heapBytesInUse();
        m_clock.start();
        m_lastTickNs = 0;
        m_ticker.start();
        return;
    }
    if (!m_loadStartedMs)
        return;
    if (m_model->state() == State::Complete && m_phase == Phase::Loading) {
        if (!m_firstRowsMs) // an empty list: complete without rows
            m_firstRowsMs = double(m_clock.nsecsElapsed()) / 1e6;
        m_allRowsMs = double(m_clock.nsecsElapsed()) / 1e6;
        m_rowsRss = residentBytes();
        m_rowsHeap = heapBytesInUse();
        m_phase = Phase::Background;
        finishBackground();
    } else if (m_model->state() == State::Failed) {
        fail(m_model->lastError() ? m_model->lastError()->describe()
                                  : QStringLiteral("the list failed to load"),
             1);
    }
}

namespace {
// The CPU time the calling thread has used. A tick late by more than the GUI thread's CPU time
// since the last tick was waiting for a core (another process had it), not working.
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}
} // namespace

void MeasureLoadRunner::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    if (m_lastTickNs > 0) {
        const double lateMs = double(now - m_lastTickNs) / 1e6 - kTickMs;
        m_maxStallMs = std::max(m_maxStallMs, lateMs);
        m_maxBusyMs = std::max(m_maxBusyMs, double(cpu - m_lastTickCpuNs) / 1e6);
    }
    m_lastTickNs = now;
    m_lastTickCpuNs = cpu;
    if (m_phase == Phase::Background)
        finishBackground();
    else if (m_phase == Phase::Scrolling)
        scrollStep();
}

void MeasureLoadRunner::finishBackground()
{
    const ui::ConsoleTab *tab = m_window->tab(m_tab);
    if (tab && tab->hasBackgroundWork())
        return; // checked again on the next tick
    if (tab && !m_backgroundDoneMs)
        m_backgroundDoneMs = double(m_clock.nsecsElapsed()) / 1e6;
    m_loadStallMs = m_maxStallMs;
    m_maxStallMs = 0;
    m_loadBusyMs = m_maxBusyMs;
    m_maxBusyMs = 0;
    m_phase = Phase::Scrolling;
}

void MeasureLoadRunner::scrollStep()
{
    // Twenty steps from the top of the table to its bottom, each painted at once.
    constexpr int kSteps = 20;
    auto *page = dynamic_cast<ui::ResourcePage *>(m_window->tab(m_tab));
    if (!page || m_scrollStep > kSteps) {
        report();
        return;
    }
    QScrollBar *bar = page->view()->verticalScrollBar();
    bar->setValue(bar->maximum() * m_scrollStep / kSteps);
    page->view()->viewport()->repaint();
    ++m_scrollStep;
}

void MeasureLoadRunner::report()
{
    m_done = true;
    const double allMs = m_allRowsMs;
    m_ticker.stop();
    const qint64 rss = m_rowsRss;
    const int rows = m_model->entityCount();
    const auto round1 = [](double v) { return std::round(v * 10.0) / 10.0; };
    nlohmann::json line = {
        {"tab", ui::consoleTabs().at(int(m_tab)).key.toStdString()},
        {"first_paint_ms", round1(m_firstPaintMs.value_or(-1))},
        {"first_paint_cpu_ms", round1(m_firstPaintCpuMs)},
        {"load_started_ms", round1(*m_loadStartedMs)},
        {"first_rows_ms", round1(*m_firstRowsMs)},
        {"all_rows_ms", round1(allMs)},
        {"rows", rows},
        {"rows_per_s", allMs > 0 ? std::round(rows / (allMs / 1000.0)) : 0.0},
        {"max_gui_stall_ms", round1(std::max(0.0, m_loadStallMs))},
        {"background_done_ms",
         m_backgroundDoneMs ? nlohmann::json(round1(*m_backgroundDoneMs)) : nlohmann::json()},
        {"max_scroll_stall_ms", round1(std::max(0.0, m_maxStallMs))},
        // The longest GUI-thread CPU time between two ticks: the part of a stall that is our own
        // work, whatever else the machine runs (max_gui_stall_ms also counts waiting for a core).
        {"max_gui_busy_ms", round1(m_loadBusyMs)},
        {"max_scroll_busy_ms", round1(m_maxBusyMs)},
        {"rss_mb", round1(double(rss) / (1024.0 * 1024.0))},
        {"rss_baseline_mb", round1(double(m_baselineRss) / (1024.0 * 1024.0))},
        {"bytes_per_row", rows > 0 ? std::round(double(rss - m_baselineRss) / rows) : 0.0},
        {"heap_bytes_per_row", rows > 0 ? std::round(double(m_rowsHeap - m_baselineHeap) / rows) : 0.0},
    };
    if (!m_filterText.isEmpty())
        measureFilter(line);
    std::fputs((line.dump() + "\n").c_str(), stdout);
    std::fflush(stdout);
    emit finished(0);
}

void MeasureLoadRunner::measureFilter(nlohmann::json &line)
{
    auto *page = dynamic_cast<ui::ResourcePage *>(m_window->tab(m_tab));
    if (!page)
        return;
    const auto ms
        = [](const QElapsedTimer &timer) { return std::round(double(timer.nsecsElapsed()) / 1e4) / 100.0; };
    ui::ResourceTableView *view = page->view();
    QElapsedTimer timer;
    timer.start();
    page->filterField()->setText(m_filterText); // filters at once, on textChanged
    const int shown = view->shownEntityCount();
    line["filter_ms"] = ms(timer);
    view->viewport()->repaint();
    line["filter_paint_ms"] = ms(timer);
    line["filter_rows"] = shown;
    timer.restart();
    page->filterField()->clear();
    view->shownEntityCount();
    line["unfilter_ms"] = ms(timer);
}

void MeasureLoadRunner::fail(const QString &message, int code)
{
    if (m_done)
        return;
    m_done = true;
    m_ticker.stop();
    const nlohmann::json line = {{"error", message.toStdString()}};
    std::fputs((line.dump() + "\n").c_str(), stdout);
    std::fflush(stdout);
    emit finished(code);
}

} // namespace sk::app
