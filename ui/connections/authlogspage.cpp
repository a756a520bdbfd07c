#include "ui/connections/authlogspage.h"

#include "models/connections/authlogsmodel.h"
#include "services/resources/services.h"
#include "ui/connections/authlogdetailpane.h"
#include "ui/widgets/tabframe.h"

#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>

namespace sk::ui {

AuthLogsPage::AuthLogsPage(services::Services *services, services::EnvironmentStatus *status, QWidget *parent)
    : ResourcePage(TabId::Connections, QStringLiteral("authlogs"), status, parent)
    , m_services(services)
    , m_model(new models::AuthLogsModel(&services->authLogs(), this))
    , m_detail(new AuthLogDetailPane(services, this))
    , m_range(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_organization(new QLineEdit(this))
    , m_connection(new QLineEdit(this))
{
    setListModel(m_model, { 130, 90, 220, 170, 240, 80, 170 });
    setSummaryNouns(tr("sign-in request"), tr("sign-in requests"));
    enableSearch(tr("Email"));
    m_range->setObjectName(QStringLiteral("authLogsRange"));
    m_range->addItem(tr("Any time"), 0);
    m_range->addItem(tr("Last 24 hours"), 1);
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_statusFilter->setObjectName(QStringLiteral("authLogsStatus"));
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const QString &key : models::AuthLogsModel::statusKeys())
        m_statusFilter->addItem(models::AuthLogsModel::statusBadge(key.toStdString()).text, key);
    m_organization->setObjectName(QStringLiteral("authLogsOrganization"));
    m_organization->setPlaceholderText(tr("org_… (any organization)"));
    m_organization->setClearButtonEnabled(true);
    m_connection->setObjectName(QStringLiteral("authLogsConnection"));
    m_connection->setPlaceholderText(tr("conn_… (any connection)"));
    m_connection->setClearButtonEnabled(true);
    addFilterWidget(m_range);
    addFilterWidget(m_statusFilter);
    addFilterWidget(m_organization);
    addFilterWidget(m_connection);
    setDetailPane(m_detail, 360);
    connect(m_range, &QComboBox::activated, this, &AuthLogsPage::applyFilter);
    connect(m_statusFilter, &QComboBox::activated, this, &AuthLogsPage::applyFilter);
    connect(m_organization, &QLineEdit::editingFinished, this, &AuthLogsPage::applyFilter);
    connect(m_connection, &QLineEdit::editingFinished, this, &AuthLogsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuthLogsPage::nameOrganizations);
    finishSetup();
}

void AuthLogsPage::nameOrganizations()
{
    // Each organization's name once, for the rows loaded so far (at most kMaxNamed).
    for (int row = 0; row < m_model->entityCount() && m_asked.size() < kMaxNamed; ++row) {
        const std::string id = m_model->logAt(row)->organizationId;
        if (id.empty() || m_asked.contains(QString::fromStdString(id)))
            continue;
        m_asked.insert(QString::fromStdString(id));
        if (!m_names)
            m_names = new QObject(this);
        m_services->organizations().get(id, m_names, [this, id](api::Result<entities::Organization> org) {
            if (org)
                m_model->setOrganizationName(id, QString::fromStdString(org.value().displayName));
        });
    }
}

void AuthLogsPage::filterTo(const QString &organizationId, const QString &connectionId)
{
    m_organization->setText(organizationId);
    m_connection->setText(connectionId);
    applyFilter();
}

void AuthLogsPage::onLoadRequested()
{
    applyFilter();
}

void AuthLogsPage::onEnvironmentReset()
{
    ResourcePage::onEnvironmentReset();
    delete m_names.data(); // the last environment's lookups
    m_asked.clear();
    m_organization->clear();
    m_connection->clear();
    m_detail->setLog(std::nullopt);
}

void AuthLogsPage::onSearchChanged(const QString &)
{
    applyFilter();
}

bool AuthLogsPage::isSearching() const
{
    return m_model->filter().isFiltered();
}

void AuthLogsPage::applyFilter()
{
    if (!frame()->hasLoaded())
        return;
    models::AuthLogsFilter filter;
    filter.server.email = searchField()->text().trimmed().toStdString();
    if (const QString status = m_statusFilter->currentData().toString(); !status.isEmpty())
        filter.server.statuses << status;
    if (const int days = m_range->currentData().toInt(); days > 0) {
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-days);
        filter.server.startTime = entities::Timestamp(since.toMSecsSinceEpoch() * 1'000'000LL);
    }
    filter.organizationId = m_organization->text().trimmed().toStdString();
    filter.connectionId = m_connection->text().trimmed().toStdString();
    m_model->setFilter(filter);
    updateSummary();
}

void AuthLogsPage::onCurrentRowChanged(int row)
{
    if (const entities::AuthLogRequest *log = m_model->logAt(row))
        m_detail->setLog(*log);
    else
        m_detail->setLog(std::nullopt);
}

} // namespace sk::ui
