#include "ui/agentkit/appconnectionspanel.h"

#include "models/agentkit/appconnectionsmodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/agentkit/appconnectiondetail.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/textstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace sk::ui {

using models::AppConnectionsModel;

AppConnectionsPanel::AppConnectionsPanel(services::Services *services, services::EnvironmentStatus *status,
                                         QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_status(status)
    , m_model(new AppConnectionsModel(&services->connections(), this))
    , m_view(new ResourceTableView(QStringLiteral("agentkitConnections"), this))
    , m_detail(new AppConnectionDetail(this))
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("agentkitConnectionsPanel"));
    m_view->setObjectName(QStringLiteral("agentkitConnectionsTable"));
    m_view->setPagedModel(m_model);
    m_view->setDefaultColumnWidths({160, 105, 85, 80, 110, 105, 150, 100, 190});
    m_view->setSelectFirstRow(true);
    m_summary->setStyleSheet(textStyle(TextRole::Muted));
    m_summary->setObjectName(QStringLiteral("agentkitConnectionsSummary"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_view, &ResourceTableView::currentSourceRowChanged, this, &AppConnectionsPanel::showSelected);
    connect(m_view, &ResourceTableView::refreshRequested, this, &AppConnectionsPanel::reload);
    connect(m_model, &models::PagedTableModel::stateChanged, this, &AppConnectionsPanel::updateSummaryLine);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AppConnectionsPanel::showSelected);
    connect(m_detail, &AppConnectionDetail::enableRequested, this, &AppConnectionsPanel::setSelectedEnabled);
    connect(m_detail, &AppConnectionDetail::showAccountsRequested, this,
            &AppConnectionsPanel::showAccountsRequested);
    connect(m_detail, &AppConnectionDetail::toolsRequested, this, &AppConnectionsPanel::toolsRequested);
    connect(m_banner, &MessageBanner::actionTriggered, this, &AppConnectionsPanel::reload);
    connect(m_status, &services::EnvironmentStatus::writableChanged, this,
            [this] { m_detail->setWritable(m_status->canWrite()); });
    m_detail->setWritable(m_status->canWrite());
    updateSummaryLine();
}

void AppConnectionsPanel::reload()
{
    m_banner->showMessage(MessageBanner::Level::Info, {});
    m_model->reload();
    m_model->loadAll(); // a few dozen at most: the whole list, so the counts line up
}

void AppConnectionsPanel::clear()
{
    m_model->cancelLoading();
    m_detail->setConnection(std::nullopt);
}

void AppConnectionsPanel::setSummary(const models::AccountsSummary &summary)
{
    m_model->setSummary(summary);
}

void AppConnectionsPanel::showSelected()
{
    const entities::Connection *c = m_model->connectionAt(m_view->currentSourceRow());
    m_detail->setConnection(c ? std::optional<entities::Connection>(*c) : std::nullopt);
}

void AppConnectionsPanel::updateSummaryLine()
{
    int disabled = 0;
    for (int row = 0; row < m_model->entityCount(); ++row)
        disabled += m_model->connectionAt(row)->enabled ? 0 : 1;
    QString text = m_model->summaryText(false, tr("connection"), tr("connections"));
    if (disabled > 0)
        text += tr("; %n disabled", nullptr, disabled);
    m_summary->setText(text);
    if (m_model->state() == models::PagedTableModel::State::Failed && m_model->lastError())
        m_banner->showMessage(
            MessageBanner::Level::Danger,
            tr("The connections could not be loaded: %1").arg(m_model->lastError()->sentence()), tr("Retry"));
}

void AppConnectionsPanel::setSelectedEnabled(bool enable)
{
    const entities::Connection *selected = m_model->connectionAt(m_view->currentSourceRow());
    if (!selected)
        return;
    const entities::Connection connection = *selected;
    const QString name = AppConnectionsModel::nameOf(connection);
    const QString message = enable
        ? tr("Enable the connection %1? Users can then authorize it and agents can use its tools.").arg(name)
        : tr("Disable the connection %1? Its users can no longer authorize it, and agents' calls through it "
             "fail until it is enabled again.")
              .arg(name);
    if (!ConfirmByTypingDialog::confirmWrite(this, *m_status,
                                             enable ? tr("Enable connection") : tr("Disable connection"),
                                             message, name, enable ? tr("Enable") : tr("Disable")))
        return;
    m_services->connections().setAppEnabled(
        connection.id, enable, this,
        [this, connection, enable, name](api::Result<entities::ToggleResult> result) {
            if (!result) {
                m_banner->showMessage(
                    MessageBanner::Level::Danger,
                    tr("%1 could not be %2: %3")
                        .arg(name, enable ? tr("enabled") : tr("disabled"), result.error().sentence()));
                return;
            }
            entities::Connection changed = connection;
            changed.enabled = result.value().enabled;
            m_model->updateConnection(changed);
            updateSummaryLine();
            m_banner->showMessage(MessageBanner::Level::Info,
                                  changed.enabled ? tr("%1 is enabled.").arg(name)
                                                  : tr("%1 is disabled.").arg(name));
        });
}

} // namespace sk::ui
