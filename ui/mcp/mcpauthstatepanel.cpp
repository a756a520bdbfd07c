#include "ui/mcp/mcpauthstatepanel.h"

#include "models/core/displayformat.h"
#include "models/mcp/mcpreadiness.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/widgets/expiringlinkwidget.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/statusbadgedelegate.h"
#include "ui/widgets/textstyle.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

using models::McpReadiness;
using models::text;

McpAuthStatePanel::McpAuthStatePanel(services::Services *services, services::EnvironmentStatus *status,
                                     QWidget *parent)
    : QGroupBox(tr("Auth state: why the instance is (not) ready"), parent)
    , m_services(services)
    , m_environment(status)
    , m_includeLinks(new QCheckBox(tr("Include auth links"), this))
    , m_refresh(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this))
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_linkTitle(new QLabel(this))
    , m_link(new ExpiringLinkWidget(this))
{
    setObjectName(QStringLiteral("mcpAuthState"));
    m_includeLinks->setObjectName(QStringLiteral("mcpIncludeAuthLinks"));
    m_includeLinks->setToolTip(
        tr("Ask for an authentication link for every connection that is not ACTIVE, to send "
           "to the user."));
    m_refresh->setObjectName(QStringLiteral("mcpAuthStateRefresh"));
    m_table->setObjectName(QStringLiteral("mcpAuthStateTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Connection"), tr("Provider"), tr("Status"), tr("Link"), tr("Account ID") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegate(new StatusBadgeDelegate(m_table));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Connection, 125);
    m_table->setColumnWidth(Provider, 95);
    m_table->setColumnWidth(Status, 150);
    m_table->setColumnWidth(Link, 55);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_note->setObjectName(QStringLiteral("mcpAuthStateNote"));
    m_note->setWordWrap(true);
    m_linkTitle->setWordWrap(true);
    m_link->setObjectName(QStringLiteral("mcpAuthLink"));
    m_link->linkField()->setObjectName(QStringLiteral("mcpAuthLinkField"));
    m_linkTitle->hide();
    m_link->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_includeLinks);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_table);
    layout->addWidget(m_linkTitle);
    layout->addWidget(m_link);

    connect(m_refresh, &QPushButton::clicked, this, &McpAuthStatePanel::refresh);
    connect(m_includeLinks, &QCheckBox::toggled, this, &McpAuthStatePanel::refresh);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) { showLink(row); });
    connect(m_environment, &services::EnvironmentStatus::writableChanged, this,
            &McpAuthStatePanel::updateEnabled);
    updateEnabled();
}

void McpAuthStatePanel::updateEnabled()
{
    const bool writable = m_environment->canWrite();
    m_includeLinks->setEnabled(writable && !m_instanceId.empty());
    if (!writable && m_includeLinks->isChecked())
        m_includeLinks->setChecked(false);
    m_includeLinks->setToolTip(writable ? m_includeLinks->toolTip()
                                        : tr("This environment is read-only: links cannot be asked for."));
    m_refresh->setEnabled(!m_instanceId.empty());
}

void McpAuthStatePanel::setInstance(const std::string &instanceId)
{
    if (instanceId == m_instanceId && !instanceId.empty())
        return;
    m_instanceId = instanceId;
    {
        const QSignalBlocker block(m_includeLinks);
        m_includeLinks->setChecked(false); // links are asked for per instance, never carried over
    }
    m_states.clear();
    fill();
    updateEnabled();
    if (!instanceId.empty())
        refresh();
    else
        m_note->clear();
}

void McpAuthStatePanel::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    if (m_stale)
        refresh();
}

void McpAuthStatePanel::refresh()
{
    if (m_instanceId.empty())
        return;
    // :get_auth_state is a POST: a tab in the background asks nothing until it is looked at.
    m_stale = !isVisible();
    if (m_stale)
        return;
    const bool links = m_includeLinks->isChecked() && m_environment->canWrite();
    const quint64 generation = ++m_generation;
    m_note->setText(tr("Loading…"));
    m_note->setStyleSheet(textStyle(TextRole::Muted));
    m_refresh->setEnabled(false);
    m_services->mcp().instanceAuthState(
        m_instanceId, links, this,
        [this, generation](api::Result<std::vector<entities::McpConnectionAuthState>> result) {
            if (generation != m_generation)
                return; // another instance (or a newer refresh) meanwhile
            m_refresh->setEnabled(true);
            if (!result) {
                m_note->setText(tr("Not loaded: %1").arg(result.error().describe()));
                m_note->setStyleSheet(textStyle(TextRole::Error));
                return;
            }
            m_states = std::move(result).value();
            fill();
            emit loaded();
        });
}

void McpAuthStatePanel::fill()
{
    m_link->clear();
    m_link->hide();
    m_linkTitle->hide();
    m_linkRow = -1;
    m_table->setRowCount(int(m_states.size()));
    int firstLink = -1;
    for (int row = 0; row < int(m_states.size()); ++row) {
        const auto &s = m_states[std::size_t(row)];
        m_table->setItem(row, Connection, new QTableWidgetItem(text(s.connectionName)));
        m_table->setItem(row, Provider, new QTableWidgetItem(text(s.provider)));
        const models::StatusBadge badge = McpReadiness::statusBadge(s.connectedAccountStatus);
        auto *status = new QTableWidgetItem(badge.text);
        status->setData(models::kStatusBadgeRole, QVariant::fromValue(badge));
        status->setToolTip(badge.tooltip);
        m_table->setItem(row, Status, status);
        m_table->setItem(
            row, Account,
            new QTableWidgetItem(s.connectedAccountId.empty() ? tr("—") : text(s.connectedAccountId)));
        m_table->removeCellWidget(row, Link);
        if (!s.isActive() && !s.authenticationLink.reveal().empty()) {
            if (firstLink < 0)
                firstLink = row;
            auto *button = new QToolButton(m_table);
            button->setText(tr("Link…"));
            button->setObjectName(QStringLiteral("mcpLink_") + text(s.connectionName));
            button->setToolTip(tr("Show the authentication link for %1 below").arg(text(s.connectionName)));
            connect(button, &QToolButton::clicked, this, [this, row] { showLink(row); });
            m_table->setCellWidget(row, Link, button);
        }
    }
    // As tall as its rows: the grid never scrolls inside the scrolling detail pane.
    const int rowsHeight
        = std::max(m_table->verticalHeader()->length(), m_table->verticalHeader()->defaultSectionSize());
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rowsHeight
                            + 2 * m_table->frameWidth()
                            + m_table->horizontalScrollBar()->sizeHint().height());
    if (m_instanceId.empty())
        return;
    const McpReadiness readiness = McpReadiness::of(m_states);
    if (readiness.isReady()) {
        m_note->setText(tr("Ready: every connection has an ACTIVE account for this user."));
        m_note->setStyleSheet(textStyle(TextRole::Success));
    } else {
        m_note->setText(m_includeLinks->isChecked()
                            ? tr("%1. Send the user the link of each connection that is not ACTIVE.")
                                  .arg(readiness.text())
                            : tr("%1. Tick \"Include auth links\" for the links to send the user.")
                                  .arg(readiness.text()));
        m_note->setStyleSheet(textStyle(TextRole::Warning));
    }
    if (firstLink >= 0)
        showLink(firstLink);
}

void McpAuthStatePanel::showLink(int row)
{
    if (row < 0 || row >= int(m_states.size()))
        return;
    const auto &s = m_states[std::size_t(row)];
    if (s.isActive() || s.authenticationLink.reveal().empty())
        return;
    m_linkRow = row;
    m_table->selectRow(row);
    m_linkTitle->setText(
        tr("Authentication link for <b>%1</b> (%2): whoever opens it connects their account as this "
           "user's. Send it only to the user.")
            .arg(text(s.connectionName).toHtmlEscaped(), text(s.provider).toHtmlEscaped()));
    m_link->setLink(QString::fromStdString(s.authenticationLink.reveal()), QDateTime());
    m_linkTitle->show();
    m_link->show();
}

} // namespace sk::ui
