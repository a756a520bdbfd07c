#pragma once

#include "ui/consoletabs.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace sk::models {
class PagedTableModel;
}
namespace sk::services {
class EnvironmentStatus;
}
namespace sk::ui {
class MainWindow;
}

namespace sk::app {

// --measure-load TAB: shows TAB, waits for its list to start loading, loads every row ("Load
// all"), then prints one JSON line and finishes:
//   first_paint_ms     process start to the window's first complete frame (app/console/
//                      firstframeprobe.h: SCALEKIT_EXEC_REALTIME_US, else the kernel's start time)
//   first_paint_cpu_ms the CPU time the process had used by then (all threads)
//   load_started_ms    process start to the list's first page request (the environment is up)
//   first_rows_ms      first page request to the first rows in the table
//   all_rows_ms        first page request to the last row
//   rows, rows_per_s   rows loaded, and rows per second over all_rows_ms
//   max_gui_stall_ms   the longest the GUI thread was late for a 5 ms timer while loading
//   rss_mb, rss_baseline_mb, bytes_per_row   resident memory at the end, just before the
//                      load, and the growth per row
// With setFilterText() (--measure-filter TEXT), after that: the text typed into the tab's
// "Filter loaded rows" field, and
//   filter_ms          setting the text to the rows filtered (the proxy's mapping rebuilt, the
//                      view told), on the GUI thread
//   filter_rows        the rows that match
//   filter_paint_ms    filter_ms and the table's repaint
//   unfilter_ms        clearing the field to every row shown again
// A failed load prints {"error": ...} and finishes with 1; no environment within the timeout, 3.
class MeasureLoadRunner : public QObject
{
    Q_OBJECT

public:
    MeasureLoadRunner(ui::MainWindow *window, services::EnvironmentStatus *status, ui::TabId tab,
                      QObject *parent = nullptr);

    void start();
    // Empty: no filter measured.
    void setFilterText(const QString &text) { m_filterText = text; }

    // This process's resident set size in bytes (VmRSS), or -1.
    static qint64 residentBytes();
    static qint64 heapBytesInUse();

signals:
    void finished(int exitCode);

private:
    void watchModel();
    void onStateChanged();
    void onTick();
    void measureFilter(nlohmann::json &line);
    void report();
    void finishBackground();
    void scrollStep();
    void fail(const QString &message, int code);

    ui::MainWindow *m_window;
    services::EnvironmentStatus *m_status;
    ui::TabId m_tab;
    models::PagedTableModel *m_model = nullptr;
    QTimer m_ticker;
    QTimer m_deadline;
    QElapsedTimer m_clock; // from the first page request
    qint64 m_lastTickNs = 0;
    double m_maxStallMs = 0;
    qint64 m_lastTickCpuNs = 0;
    double m_maxBusyMs = 0;
    double m_loadBusyMs = 0;
    std::optional<double> m_firstPaintMs;
    double m_firstPaintCpuMs = -1;
    std::optional<double> m_loadStartedMs;
    std::optional<double> m_firstRowsMs;
    qint64 m_baselineRss = -1;
    qint64 m_baselineHeap = 0;
    bool m_done = false;
    // After the list: the tab's background work (the AgentKit overview), then a scroll through
    // the whole table one step per tick, its stalls counted apart.
    enum class Phase { Loading, Background, Scrolling } m_phase = Phase::Loading;
    double m_allRowsMs = 0;
    qint64 m_rowsRss = -1;
    qint64 m_rowsHeap = 0;
    std::optional<double> m_backgroundDoneMs;
    double m_loadStallMs = 0;
    int m_scrollStep = 0;
    QString m_filterText;
};

} // namespace sk::app
