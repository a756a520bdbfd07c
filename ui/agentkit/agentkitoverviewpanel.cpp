#include "ui/agentkit/agentkitoverviewpanel.h"

#include "models/agentkit/accountsoverview.h"
#include "models/core/displayformat.h"
#include "ui/agentkit/expirytimeline.h"
#include "ui/agentkit/statuscounts.h"
#include "ui/agentkit/statusheatmap.h"
#include "ui/widgets/textstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

using models::AccountsOverview;

AgentKitOverviewPanel::AgentKitOverviewPanel(AccountsOverview *overview, QWidget *parent)
    : QWidget(parent)
    , m_overview(overview)
    , m_counts(new StatusCounts(this))
    , m_heatmap(new StatusHeatmap(this))
    , m_timeline(new ExpiryTimeline(this))
    , m_progress(new QLabel(this))
    , m_stop(new QToolButton(this))
    , m_refresh(new QToolButton(this))
{
    setObjectName(QStringLiteral("agentkitOverview"));
    m_counts->setObjectName(QStringLiteral("agentkitStatusCounts"));
    m_heatmap->setObjectName(QStringLiteral("agentkitHeatmap"));
    m_timeline->setObjectName(QStringLiteral("agentkitTimeline"));
    m_progress->setObjectName(QStringLiteral("agentkitOverviewProgress"));
    m_progress->setStyleSheet(textStyle(TextRole::Muted));
    m_stop->setText(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("agentkitOverviewStop"));
    m_refresh->setText(tr("Recount"));
    m_refresh->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setObjectName(QStringLiteral("agentkitOverviewRefresh"));
    for (SummaryView *view : std::initializer_list<SummaryView *>{m_counts, m_heatmap, m_timeline})
        view->follow(overview);
    m_heatmap->setEmptyText(tr("Counting connected accounts…"));

    auto *title = new QLabel(tr("<b>Connected accounts by status</b>"), this);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_progress, 1);
    header->addWidget(m_stop);
    header->addWidget(m_refresh);

    // The heatmap grows with the connections: it scrolls when the panel is short.
    auto *heatmapArea = new QScrollArea(this);
    heatmapArea->setObjectName(QStringLiteral("agentkitHeatmapArea"));
    heatmapArea->setWidget(m_heatmap);
    heatmapArea->setWidgetResizable(true);
    heatmapArea->setFrameShape(QFrame::NoFrame);
    heatmapArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *pictures = new QHBoxLayout;
    pictures->addWidget(heatmapArea, 3);
    pictures->addWidget(m_timeline, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(header);
    layout->addWidget(m_counts);
    layout->addLayout(pictures, 1);

    connect(m_stop, &QToolButton::clicked, overview, &AccountsOverview::cancel);
    connect(m_refresh, &QToolButton::clicked, overview, &AccountsOverview::refresh);
    connect(overview, &AccountsOverview::changed, this, [this] {
        // Every connection keeps a readable row: the area scrolls instead of squeezing them.
        m_heatmap->setMinimumHeight(m_heatmap->sizeHint().height());
    });
    connect(overview, &AccountsOverview::progress, this, &AgentKitOverviewPanel::updateProgress);
    connect(overview, &AccountsOverview::started, this, &AgentKitOverviewPanel::updateProgress);
    connect(overview, &AccountsOverview::finished, this, &AgentKitOverviewPanel::updateProgress);
    connect(overview, &AccountsOverview::cancelled, this, &AgentKitOverviewPanel::updateProgress);
    connect(overview, &AccountsOverview::failed, this, &AgentKitOverviewPanel::updateProgress);
    updateProgress();
}

void AgentKitOverviewPanel::updateProgress()
{
    const QLocale locale;
    const qint64 loaded = m_overview->loaded();
    const qint64 total = m_overview->total();
    QString text;
    switch (m_overview->state()) {
    case AccountsOverview::State::Idle: text = tr("Not counted yet."); break;
    case AccountsOverview::State::Loading:
        text = total >= 0 ? tr("Counting… %1 of %2 accounts (%3%)")
                                .arg(locale.toString(loaded), locale.toString(total))
                                .arg(total > 0 ? loaded * 100 / total : 100)
                          : tr("Counting… %1 accounts").arg(locale.toString(loaded));
        break;
    case AccountsOverview::State::Finished:
        text = tr("All %1 counted; %2 need attention.")
                   .arg(models::countOf(loaded, tr("account"), tr("accounts")),
                        locale.toString(m_overview->summary().needingAttention()));
        break;
    case AccountsOverview::State::Cancelled:
        text = tr("Stopped after %1: the counts are partial.").arg(models::countOf(loaded, tr("account"), tr("accounts")));
        break;
    case AccountsOverview::State::Failed:
        text = tr("Counting failed after %1: %2")
                   .arg(models::countOf(loaded, tr("account"), tr("accounts")),
                        m_overview->error() ? m_overview->error()->sentence() : QString());
        break;
    }
    m_progress->setText(text);
    m_stop->setVisible(m_overview->isLoading());
    m_refresh->setVisible(!m_overview->isLoading());
}

} // namespace sk::ui
