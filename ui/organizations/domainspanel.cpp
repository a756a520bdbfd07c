#include "ui/organizations/domainspanel.h"

#include "ui/widgets/textstyle.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/domainsservice.h"
#include "ui/widgets/confirmbytypingdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sk::ui {

using entities::Domain;
using entities::DomainType;
using entities::VerificationStatus;

namespace {
QString typeLabel(const entities::Enum<DomainType> &type)
{
    switch (type.value) {
    case DomainType::OrganizationDomain: return DomainsPanel::tr("Organization domain");
    case DomainType::AllowedEmailDomain: return DomainsPanel::tr("Allowed email domain");
    default: return models::text(type.name());
    }
}

QColor statusColour(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Verified:
    case VerificationStatus::AutoVerified: return {0x1f, 0x6f, 0x3f};
    case VerificationStatus::Failed: return {0xb0, 0x2a, 0x2a};
    case VerificationStatus::Pending: return {0x9a, 0x67, 0x00};
    default: return {0x60, 0x68, 0x70};
    }
}
} // namespace

DomainsPanel::DomainsPanel(services::Services *services, services::EnvironmentStatus *status, QWidget *parent)
    : QGroupBox(tr("Domains"), parent)
    , m_services(services)
    , m_status(status)
    , m_table(new QTableWidget(0, 4, this))
    , m_domain(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_add(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add"), this))
    , m_delete(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this))
    , m_verify(new QPushButton(tr("Verify"), this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("domainsPanel"));
    m_table->setObjectName(QStringLiteral("domainsTable"));
    m_table->setHorizontalHeaderLabels({tr("Domain"), tr("Type"), tr("Verification"), tr("Created")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 180);
    m_table->horizontalHeader()->resizeSection(1, 150);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(100);
    m_domain->setObjectName(QStringLiteral("domainInput"));
    m_domain->setPlaceholderText(tr("example.com"));
    m_domain->setMinimumWidth(120);
    m_type->setObjectName(QStringLiteral("domainType"));
    m_type->addItem(tr("Organization domain"), int(DomainType::OrganizationDomain));
    m_type->addItem(tr("Allowed email domain"), int(DomainType::AllowedEmailDomain));
    m_add->setObjectName(QStringLiteral("domainAdd"));
    m_delete->setObjectName(QStringLiteral("domainDelete"));
    m_verify->setObjectName(QStringLiteral("domainVerify"));
    m_verify->setToolTip(tr("Check the domain's DNS TXT record now"));
    m_state->setObjectName(QStringLiteral("domainsState"));
    m_state->setWordWrap(true);
    m_state->setStyleSheet(textStyle(TextRole::Muted));

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_verify);
    stateRow->addWidget(m_delete);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_domain, 1);
    addRow->addWidget(m_type);
    addRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(stateRow);
    layout->addLayout(addRow);

    connect(m_add, &QPushButton::clicked, this, &DomainsPanel::addDomain);
    connect(m_domain, &QLineEdit::returnPressed, this, &DomainsPanel::addDomain);
    connect(m_domain, &QLineEdit::textChanged, this, &DomainsPanel::updateButtons);
    connect(m_delete, &QPushButton::clicked, this, &DomainsPanel::deleteSelected);
    connect(m_verify, &QPushButton::clicked, this, &DomainsPanel::verifySelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DomainsPanel::updateButtons);
    connect(m_status, &services::EnvironmentStatus::writableChanged, this, &DomainsPanel::updateButtons);
    updateButtons();
}

void DomainsPanel::setOrganizationId(const QString &organizationId)
{
    m_organizationId = organizationId;
    reload();
}

void DomainsPanel::reload()
{
    delete m_scope.data();
    m_scope = new QObject(this);
    m_rows.clear();
    fill();
    if (m_organizationId.isEmpty())
        return;
    loadPage(0);
}

void DomainsPanel::loadPage(int pageNumber)
{
    m_loading = true;
    m_state->setText(tr("Loading domains…"));
    services::DomainListQuery query;
    query.pageSize = kPageSize;
    query.pageNumber = pageNumber;
    m_services->domains().list(
        m_organizationId.toStdString(), query, m_scope,
        [this, pageNumber](api::Result<entities::NumberedPage<Domain>> result) {
            if (!result) {
                m_loading = false;
                m_state->setText(tr("Domains could not be loaded: %1").arg(result.error().sentence()));
                return;
            }
            auto &items = result.value().items;
            const bool more = int(items.size()) == kPageSize;
            std::move(items.begin(), items.end(), std::back_inserter(m_rows));
            if (more) {
                loadPage(pageNumber + 1); // numbered pages: the last one is short
                return;
            }
            m_loading = false;
            fill();
        });
}

void DomainsPanel::fill()
{
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const Domain &domain = m_rows[std::size_t(row)];
        auto *name = new QTableWidgetItem(models::text(domain.domain));
        name->setData(Qt::UserRole, models::text(domain.id));
        auto *status = new QTableWidgetItem(models::text(domain.verificationStatus.name()));
        status->setForeground(statusColour(domain.verificationStatus.value));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(typeLabel(domain.domainType)));
        m_table->setItem(row, 2, status);
        m_table->setItem(row, 3, new QTableWidgetItem(models::formatTimestamp(domain.createTime)));
    }
    if (!m_loading)
        m_state->setText(m_rows.empty() ? tr("No domains yet.") : models::countOf(qint64(m_rows.size()), tr("domain"), tr("domains")));
    updateButtons();
}

void DomainsPanel::addDomain()
{
    const QString name = m_domain->text().trimmed().toLower();
    if (name.isEmpty() || m_organizationId.isEmpty() || !m_status->canWrite())
        return;
    entities::CreateDomain create;
    create.domain = name.toStdString();
    create.domainType = entities::Enum<DomainType>(DomainType(m_type->currentData().toInt()));
    m_add->setEnabled(false);
    m_services->domains().create(
        m_organizationId.toStdString(), create, {}, m_scope, [this](api::Result<Domain> result) {
            if (!result) {
                emit failed(tr("Could not add the domain: %1").arg(result.error().describe()));
                updateButtons(); // the typed domain stays for another try
                return;
            }
            m_domain->clear();
            m_rows.push_back(result.value());
            fill();
        });
}

void DomainsPanel::deleteSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_rows.size()) || !m_status->canWrite())
        return;
    const Domain domain = m_rows[std::size_t(row)];
    const QString name = models::text(domain.domain);
    if (!ConfirmByTypingDialog::confirmWrite(
            this, *m_status, tr("Delete domain"),
            tr("Delete the domain %1? Users with this email domain will no longer be routed to this "
               "organization's SSO.")
                .arg(name),
            name, tr("Delete domain")))
        return;
    m_delete->setEnabled(false);
    m_services->domains().remove(
        m_organizationId.toStdString(), domain.id, {}, m_scope, [this, id = domain.id](api::Result<api::Empty> result) {
            if (!result) {
                emit failed(tr("Could not delete the domain: %1").arg(result.error().describe()));
                updateButtons();
                return;
            }
            std::erase_if(m_rows, [&id](const Domain &d) { return d.id == id; });
            fill();
        });
}

void DomainsPanel::verifySelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_rows.size()) || !m_status->canWrite())
        return;
    const Domain domain = m_rows[std::size_t(row)];
    const QString name = models::text(domain.domain);
    m_verify->setEnabled(false);
    m_state->setText(tr("Checking %1…").arg(name));
    const std::string orgId = m_organizationId.toStdString();
    m_services->domains().verify(
        orgId, domain.id, m_scope, [this, domain, name, orgId](api::Result<bool> result) {
            if (!result) {
                emit failed(tr("Could not verify %1: %2").arg(name, result.error().describe()));
                fill();
                return;
            }
            const bool verified = result.value();
            // The row again, for its new status and time.
            m_services->domains().get(
                orgId, domain.id, m_scope, [this, name, verified, domain](api::Result<Domain> fresh) {
                    if (fresh) {
                        for (Domain &d : m_rows) {
                            if (d.id == fresh.value().id)
                                d = fresh.value();
                        }
                    }
                    fill();
                    m_state->setText(
                        verified ? tr("%1 is verified.").arg(name)
                                 : tr("%1 is not verified yet: publish the TXT record %2 with the value %3, "
                                      "then verify again (DNS changes can take a while).")
                                       .arg(name, models::text(domain.txtRecordKey),
                                            models::text(domain.txtRecordSecret)));
                });
        });
}

void DomainsPanel::updateButtons()
{
    const bool writable = m_status->canWrite() && !m_organizationId.isEmpty();
    m_domain->setEnabled(writable);
    m_type->setEnabled(writable);
    m_add->setEnabled(writable && !m_domain->text().trimmed().isEmpty());
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < int(m_rows.size()) && !m_table->selectedItems().isEmpty();
    m_delete->setEnabled(writable && selected);
    const bool unverified = selected
        && (m_rows[std::size_t(row)].verificationStatus == VerificationStatus::Pending
            || m_rows[std::size_t(row)].verificationStatus == VerificationStatus::Failed);
    m_verify->setEnabled(writable && unverified);
}

} // namespace sk::ui
