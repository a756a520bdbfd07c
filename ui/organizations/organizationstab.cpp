#include "ui/organizations/organizationstab.h"

#include "models/organizations/organizationsmodel.h"
#include "services/core/environmentstatus.h"
#include "ui/consoletabs.h"
#include "ui/widgets/emptystatewidget.h"
#include "ui/widgets/resourcetableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sk::ui {

using models::OrganizationsModel;
using models::PagedTableModel;
using services::EnvironmentStatus;

OrganizationsTab::OrganizationsTab(api::ApiClient *client, EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_status(status)
    , m_model(new OrganizationsModel(client, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_view(new ResourceTableView(QStringLiteral("organizations"), this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("organizationsTab"));
    const TabInfo &info = consoleTabs().at(int(TabId::Organizations));
    m_empty->setIcon(info.iconPath);
    m_empty->setTitle(info.emptyTitle);
    m_empty->setMessage(info.emptyMessage);

    m_search->setObjectName(QStringLiteral("organizationSearch"));
    m_search->setPlaceholderText(tr("Search organizations by name, or paste an org_ or external ID"));
    m_search->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("organizationSummary"));

    m_view->setObjectName(QStringLiteral("organizationsView"));
    m_view->setPagedModel(m_model);
    m_view->setDefaultColumnWidths({240, 190, 110, 170, 70, 60, 110, 130});

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 8, 8, 4);
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_summary);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(m_view, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(tablePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_view, &ResourceTableView::refreshRequested, this, &OrganizationsTab::refresh);
    connect(m_model, &PagedTableModel::stateChanged, this, &OrganizationsTab::updateSummary);
    connect(m_model, &PagedTableModel::totalSizeChanged, this, &OrganizationsTab::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrganizationsTab::updateSummary);
    connect(m_status, &EnvironmentStatus::connectionChanged, this, &OrganizationsTab::onConnectionChanged);
    connect(m_status, &EnvironmentStatus::environmentChanged, this, [this] {
        m_loadedOnce = false; // another environment: its rows, not the last one's
        m_search->clear();
        onConnectionChanged();
    });
    onConnectionChanged();
}

void OrganizationsTab::refresh()
{
    if (m_status->connection() == EnvironmentStatus::Connection::Connected)
        m_model->reload();
}

void OrganizationsTab::onConnectionChanged()
{
    const bool connected = m_status->connection() == EnvironmentStatus::Connection::Connected;
    if (connected && !m_loadedOnce) {
        m_loadedOnce = true;
        m_stack->setCurrentIndex(1);
        m_model->reload();
    } else if (!connected && !m_loadedOnce) {
        m_stack->setCurrentIndex(0);
    }
}

void OrganizationsTab::updateSummary()
{
    const int loaded = m_model->entityCount();
    const int total = m_model->totalSize();
    QString text;
    if (m_model->state() == PagedTableModel::State::Failed)
        text = tr("Loading failed");
    else if (!m_model->search().isEmpty())
        text = tr("%n match(es)", nullptr, total);
    else if (loaded < total)
        text = tr("%1 of %n organization(s) loaded", nullptr, total).arg(loaded);
    else
        text = tr("%n organization(s)", nullptr, total);
    m_summary->setText(text);
}

} // namespace sk::ui
