#include "ui/connections/connectiondomainsdialog.h"

#include "models/connections/connectionformat.h"
#include "models/core/displayformat.h"
#include "services/resources/services.h"
#include "ui/widgets/fielderrors.h"
#include "ui/widgets/textstyle.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

using entities::Domain;
using entities::VerificationStatus;
using models::text;

ConnectionDomainsDialog::ConnectionDomainsDialog(services::Services *services,
                                                 const entities::ListConnection &connection, QWidget *parent)
    : RequestDialog(parent)
    , m_services(services)
    , m_connection(connection)
    , m_list(new QListWidget(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionDomainsDialog"));
    const QString org = connection.organizationName.empty() ? text(connection.organizationId)
                                                            : text(connection.organizationName);
    setWindowTitle(tr("Domains of %1's %2 connection")
                       .arg(org, models::connectionformat::providerName(connection.provider)));
    auto *intro
        = new QLabel(tr("Users whose email is at a ticked domain sign in through this connection. Only "
                        "verified domains of %1 can be ticked.")
                         .arg(org.toHtmlEscaped()),
                     this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("connectionDomainList"));
    m_list->setMinimumHeight(160);
    m_note->setStyleSheet(textStyle(TextRole::Muted));
    m_note->setWordWrap(true);
    bodyLayout()->addWidget(intro);
    bodyLayout()->addWidget(m_list);
    bodyLayout()->addWidget(fieldErrors()->addField(QStringLiteral("domain_ids"), m_list));
    bodyLayout()->addWidget(m_note);
    setSubmitText(tr("Save domains"));
    submitButton()->setEnabled(false);
    resize(460, 360);
    loadDomains();
}

void ConnectionDomainsDialog::loadDomains()
{
    m_loading = new QObject(this);
    m_note->setText(tr("Loading the organization's domains…"));
    m_services->domains().list(
        m_connection.organizationId, { 100, 0, {}, {}, {} }, m_loading,
        [this](api::Result<entities::NumberedPage<Domain>> result) {
            m_loading->deleteLater();
            m_loading.clear();
            if (!result) {
                m_note->setText(tr("The domains did not load: %1").arg(result.error().describe()));
                return;
            }
            int verified = 0;
            for (const Domain &d : result.value().items) {
                const bool ok = d.verificationStatus.value == VerificationStatus::Verified
                    || d.verificationStatus.value == VerificationStatus::AutoVerified;
                auto *item = new QListWidgetItem(
                    ok ? text(d.domain)
                       : tr("%1 (%2: verify it first)")
                             .arg(text(d.domain), text(d.verificationStatus.displayName())),
                    m_list);
                item->setData(Qt::UserRole, text(d.id));
                item->setData(Qt::UserRole + 1, text(d.domain));
                const bool assigned
                    = std::find(m_connection.domains.begin(), m_connection.domains.end(), d.domain)
                    != m_connection.domains.end();
                item->setFlags(ok ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
                item->setCheckState(assigned ? Qt::Checked : Qt::Unchecked);
                verified += ok ? 1 : 0;
            }
            m_note->setText(
                result.value().items.empty()
                    ? tr("The organization has no domains yet: add and verify one in its detail first.")
                    : tr("%1 of %2 domains are verified.").arg(verified).arg(result.value().items.size()));
            submitButton()->setEnabled(true);
        });
}

void ConnectionDomainsDialog::setChecked(const QStringList &domains)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(domains.contains(item->data(Qt::UserRole + 1).toString()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
}

api::ApiCall *ConnectionDomainsDialog::submit()
{
    std::vector<std::string> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.push_back(m_list->item(i)->data(Qt::UserRole).toString().toStdString());
    }
    return m_services->connections().assignSsoDomains(
        m_connection.organizationId, m_connection.id, ids, this,
        completion<entities::Connection>([this](const entities::Connection &c) { emit assigned(c); }));
}

} // namespace sk::ui
