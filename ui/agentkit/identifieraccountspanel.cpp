#include "ui/agentkit/identifieraccountspanel.h"

#include "models/agentkit/connectedaccountsmodel.h"
#include "models/agentkit/connectedaccountstatus.h"
#include "models/core/displayformat.h"
#include "services/resources/services.h"
#include "ui/widgets/statusbadgedelegate.h"
#include "ui/widgets/textstyle.h"

#include <QDateTime>

#include <algorithm>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

using entities::ConnectedAccount;
using models::ConnectedAccountStatus;

IdentifierAccountsPanel::IdentifierAccountsPanel(services::Services *services, QWidget *parent)
    : QGroupBox(parent)
    , m_services(services)
    , m_table(new QTableWidget(0, 4, this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("identifierAccounts"));
    m_table->setObjectName(QStringLiteral("identifierAccountsTable"));
    m_table->setHorizontalHeaderLabels({tr("Connection"), tr("Status"), tr("Token expires"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setItemDelegate(new StatusBadgeDelegate(m_table));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 140);
    m_table->setColumnWidth(1, 150);
    m_table->setColumnWidth(2, 110);
    m_table->setMinimumHeight(120);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(textStyle(TextRole::Muted));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table);
    setIdentifier({});
}

void IdentifierAccountsPanel::setIdentifier(const std::string &identifier)
{
    const quint64 generation = ++m_generation;
    m_accounts.clear();
    m_table->setRowCount(0);
    setTitle(identifier.empty() ? tr("Every connection of this user")
                                : tr("Every connection of %1").arg(QString::fromStdString(identifier)));
    if (identifier.empty()) {
        m_note->clear();
        return;
    }
    m_note->setText(tr("Loading…"));
    services::ConnectedAccountFilter filter;
    filter.identifier = identifier;
    m_services->connectedAccounts().list(
        filter, {models::ConnectedAccountsModel::kPageSize, {}}, this,
        [this, generation](api::Result<entities::Page<ConnectedAccount>> page) {
            if (generation != m_generation)
                return; // another account was selected meanwhile
            if (!page) {
                m_note->setText(tr("Not loaded: %1").arg(page.error().describe()));
                return;
            }
            show(std::move(page.value().items));
        });
}

void IdentifierAccountsPanel::show(std::vector<ConnectedAccount> accounts)
{
    m_accounts = std::move(accounts);
    std::sort(m_accounts.begin(), m_accounts.end(), [](const ConnectedAccount &a, const ConnectedAccount &b) {
        return a.connector < b.connector;
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int blocked = 0;
    m_table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < int(m_accounts.size()); ++row) {
        const ConnectedAccount &a = m_accounts[std::size_t(row)];
        const QString key = ConnectedAccountStatus::keyOf(a.status);
        m_table->setItem(row, 0, new QTableWidgetItem(models::text(a.connector)));
        const models::StatusBadge badge = ConnectedAccountStatus::badge(key);
        auto *status = new QTableWidgetItem(badge.text);
        status->setData(models::kStatusBadgeRole, QVariant::fromValue(badge));
        status->setToolTip(badge.tooltip);
        m_table->setItem(row, 1, status);
        m_table->setItem(row, 2, new QTableWidgetItem(models::ConnectedAccountsModel::relativeTime(a.tokenExpiresAt, now)));
        if (ConnectedAccountStatus::needsAuthorization(key)) {
            ++blocked;
            auto *link = new QToolButton(m_table);
            link->setText(tr("Link…"));
            link->setToolTip(tr("A fresh authorization link for %1").arg(models::text(a.connector)));
            link->setObjectName(QStringLiteral("identifierLink_") + models::text(a.connector));
            connect(link, &QToolButton::clicked, this, [this, row] {
                if (row < int(m_accounts.size()))
                    emit authLinkRequested(m_accounts[std::size_t(row)]);
            });
            m_table->setCellWidget(row, 3, link);
        }
    }
    m_note->setText(blocked == 0 ? tr("Every connection is active: this user's agents can use all of them.")
                                 : tr("%1 of %2 need a new authorization before the user's agents can use them.")
                                       .arg(blocked)
                                       .arg(m_accounts.size()));
    emit loaded();
}

} // namespace sk::ui
