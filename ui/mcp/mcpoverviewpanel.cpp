#include "ui/mcp/mcpoverviewpanel.h"

#include "models/core/displayformat.h"
#include "models/mcp/mcpconfigsmodel.h"
#include "models/mcp/mcpreadiness.h"
#include "models/mcp/mcpreadinessoverview.h"
#include "ui/mcp/readinessmatrixview.h"
#include "ui/widgets/statuscolors.h"
#include "ui/widgets/textstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

using models::McpReadinessOverview;

namespace {
const char *const kToneProperty = "statusTone";

// A small square of a tone's colour (recoloured when the palette changes: paintSwatches()).
QLabel *swatch(models::StatusTone tone, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFixedSize(12, 12);
    label->setProperty(kToneProperty, int(tone));
    return label;
}
} // namespace

McpOverviewPanel::McpOverviewPanel(McpReadinessOverview *overview, models::McpConfigsModel *configs,
                                   QWidget *parent)
    : QTabWidget(parent)
    , m_overview(overview)
    , m_matrix(new ReadinessMatrixView(this))
    , m_configs(new QTableView(this))
    , m_configsBar(new QToolBar(this))
    , m_progress(new QLabel(this))
    , m_stop(new QToolButton(this))
    , m_recount(new QToolButton(this))
{
    setObjectName(QStringLiteral("mcpOverview"));
    setDocumentMode(true);
    m_matrix->setMatrix(&overview->matrix());
    m_progress->setObjectName(QStringLiteral("mcpOverviewProgress"));
    m_progress->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_stop->setText(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("mcpOverviewStop"));
    m_recount->setText(tr("Recount"));
    m_recount->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_recount->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_recount->setObjectName(QStringLiteral("mcpOverviewRecount"));

    auto *readiness = new QWidget(this);
    auto *header = new QHBoxLayout;
    header->addWidget(
        new QLabel(tr("<b>Which users' agents are blocked on which connection</b>"), readiness));
    header->addSpacing(12);
    header->addWidget(m_progress, 1);
    header->addWidget(m_stop);
    header->addWidget(m_recount);
    auto *readinessLayout = new QVBoxLayout(readiness);
    readinessLayout->setContentsMargins(8, 4, 8, 4);
    readinessLayout->addLayout(header);
    readinessLayout->addWidget(legend());
    paintSwatches();
    readinessLayout->addWidget(m_matrix, 1);
    addTab(readiness, tr("Readiness"));

    m_configs->setObjectName(QStringLiteral("mcpConfigsTable"));
    m_configs->setModel(configs);
    m_configs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_configs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_configs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_configs->verticalHeader()->hide();
    m_configs->setWordWrap(false);
    m_configs->horizontalHeader()->setStretchLastSection(true);
    m_configs->setColumnWidth(models::McpConfigsModel::Name, 170);
    m_configs->setColumnWidth(models::McpConfigsModel::Description, 240);
    m_configs->setColumnWidth(models::McpConfigsModel::Connections, 420);
    m_configs->setColumnWidth(models::McpConfigsModel::Instances, 80);
    m_configsBar->setObjectName(QStringLiteral("mcpConfigsToolBar"));
    m_configsBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_configsBar->setIconSize(QSize(16, 16));
    auto *configsPage = new QWidget(this);
    auto *configsLayout = new QVBoxLayout(configsPage);
    configsLayout->setContentsMargins(8, 4, 8, 4);
    configsLayout->addWidget(m_configsBar);
    configsLayout->addWidget(m_configs, 1);
    addTab(configsPage, tr("Configs"));

    connect(m_stop, &QToolButton::clicked, overview, &McpReadinessOverview::cancel);
    connect(m_recount, &QToolButton::clicked, overview, &McpReadinessOverview::refresh);
    connect(overview, &McpReadinessOverview::changed, m_matrix, &ReadinessMatrixView::matrixChanged);
    for (auto signal : { &McpReadinessOverview::started, &McpReadinessOverview::finished,
                         &McpReadinessOverview::cancelled, &McpReadinessOverview::changed })
        connect(overview, signal, this, &McpOverviewPanel::updateProgress);
    connect(overview, &McpReadinessOverview::failed, this, &McpOverviewPanel::updateProgress);
    connect(overview, &McpReadinessOverview::progress, this, &McpOverviewPanel::updateProgress);
    updateProgress();
}

QWidget *McpOverviewPanel::legend()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    using models::StatusTone;
    const std::pair<StatusTone, QString> entries[] = {
        { StatusTone::Good, tr("ACTIVE") },
        { StatusTone::Pending, tr("pending") },
        { StatusTone::Warning, tr("expired") },
        { StatusTone::Danger, tr("disconnected / no account") },
        { StatusTone::Unknown, tr("unknown (never ready)") },
    };
    for (const auto &[tone, text] : entries) {
        m_swatches << swatch(tone, row);
        layout->addWidget(m_swatches.back());
        auto *label = new QLabel(text, row);
        label->setStyleSheet(textStyle(TextRole::Muted));
        layout->addWidget(label);
        layout->addSpacing(8);
    }
    auto *hint = new QLabel(
        tr("Blank: no instance of the user needs it. Click a cell for the user's auth state."), row);
    hint->setStyleSheet(textStyle(TextRole::Muted));
    hint->setSizePolicy(QSizePolicy::Ignored,
                        QSizePolicy::Preferred); // elided by the width, never widening the tab
    hint->setToolTip(hint->text());
    layout->addWidget(hint, 1);
    return row;
}

void McpOverviewPanel::paintSwatches()
{
    for (QLabel *label : std::as_const(m_swatches)) {
        const QColor fill
            = statusColor(models::StatusTone(label->property(kToneProperty).toInt()), palette());
        label->setStyleSheet(QStringLiteral("background: %1; border-radius: 2px;").arg(fill.name()));
    }
}

void McpOverviewPanel::changeEvent(QEvent *event)
{
    QTabWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintSwatches();
}

void McpOverviewPanel::updateProgress()
{
    const QLocale locale;
    const auto &matrix = m_overview->matrix();
    const qint64 loaded = m_overview->loaded();
    const qint64 total = m_overview->total();
    const QString instances = models::countOf(loaded, tr("instance"), tr("instances"));
    QString text;
    switch (m_overview->state()) {
    case McpReadinessOverview::State::Idle:
        text = tr("Not counted yet.");
        break;
    case McpReadinessOverview::State::Loading:
        text = total >= 0
            ? tr("Counting… %1 of %2 instances").arg(locale.toString(loaded), locale.toString(total))
            : tr("Counting… %1").arg(instances);
        break;
    case McpReadinessOverview::State::Finished:
        text = tr("%1 of %2: %3 ready, %4 blocked · %5 of %6 users fully ready")
                   .arg(instances, models::countOf(matrix.rowCount(), tr("user"), tr("users")))
                   .arg(locale.toString(matrix.readyInstanceCount()),
                        locale.toString(loaded - matrix.readyInstanceCount()),
                        locale.toString(matrix.readyUserCount()), locale.toString(matrix.rowCount()));
        break;
    case McpReadinessOverview::State::Cancelled:
        text = tr("Stopped after %1: the matrix is partial.").arg(instances);
        break;
    case McpReadinessOverview::State::Failed:
        text = tr("Counting failed after %1: %2")
                   .arg(instances, m_overview->error() ? m_overview->error()->sentence() : QString());
        break;
    }
    m_progress->setText(text);
    m_stop->setVisible(m_overview->isLoading());
    m_recount->setVisible(!m_overview->isLoading());
}

} // namespace sk::ui
