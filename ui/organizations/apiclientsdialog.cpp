#include "ui/organizations/apiclientsdialog.h"

#include "ui/widgets/textstyle.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "models/organizations/clientsecretsmodel.h"
#include "models/organizations/organizationclientsmodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/organizationclientsservice.h"
#include "ui/organizations/apiclientformdialog.h"
#include "ui/organizations/newsecretdialog.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourcetableview.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sk::ui {

using entities::M2MClient;
using models::PagedTableModel;
using services::EnvironmentStatus;

namespace {

QPushButton *actionButton(const QString &icon, const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(QIcon(icon), text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

QString joined(const std::vector<std::string> &values)
{
    QStringList out;
    for (const std::string &v : values)
        out << QString::fromStdString(v).toHtmlEscaped();
    return out.isEmpty() ? QStringLiteral("—") : out.join(QStringLiteral(", "));
}

} // namespace

ApiClientsDialog::ApiClientsDialog(services::Services *services, EnvironmentStatus *status, const QString &organizationId,
                                   const QString &organizationName, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_status(status)
    , m_organizationId(organizationId)
    , m_model(new models::OrganizationClientsModel(&services->organizationClients(), this))
    , m_secretsModel(new models::ClientSecretsModel(this))
    , m_view(new ResourceTableView(QStringLiteral("organizationClients"), this))
    , m_secretsView(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_create(actionButton(QStringLiteral(":/icons/add.svg"), tr("New client…"), QStringLiteral("createClient"), this))
    , m_edit(actionButton(QStringLiteral(":/icons/edit.svg"), tr("Edit…"), QStringLiteral("editClient"), this))
    , m_addSecret(actionButton(QStringLiteral(":/icons/key.svg"), tr("Add secret"), QStringLiteral("addSecret"), this))
    , m_deleteSecret(actionButton(QStringLiteral(":/icons/delete.svg"), tr("Delete secret…"), QStringLiteral("deleteSecret"), this))
    , m_deleteClient(actionButton(QStringLiteral(":/icons/delete.svg"), tr("Delete client…"), QStringLiteral("deleteClient"), this))
{
    setObjectName(QStringLiteral("apiClientsDialog"));
    const QString orgLabel = organizationName.isEmpty() ? organizationId : organizationName;
    setWindowTitle(tr("API clients — %1").arg(orgLabel));

    auto *heading = new QLabel(tr("<b>API clients of %1</b> <span style=\"color:%3\">(%2)</span><br>"
                                  "Machine-to-machine clients get tokens for this organization with the "
                                  "client-credentials grant.")
                                   .arg(orgLabel.toHtmlEscaped(), organizationId.toHtmlEscaped(),
                                        textColor(TextRole::Muted).name()),
                               this);
    heading->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("clientsSummary"));
    m_banner->setObjectName(QStringLiteral("clientsBanner"));
    m_banner->hide();
    m_view->setObjectName(QStringLiteral("clientsView"));
    m_view->setPagedModel(m_model);
    m_view->setDefaultColumnWidths({160, 210, 160, 140, 70, 100, 130, 130});
    m_detail->setObjectName(QStringLiteral("clientDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secretsView->setObjectName(QStringLiteral("secretsView"));
    m_secretsView->setModel(m_secretsModel);
    m_secretsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_secretsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_secretsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_secretsView->verticalHeader()->hide();
    m_secretsView->horizontalHeader()->setStretchLastSection(true);
    m_secretsView->setColumnWidth(0, 110);
    m_secretsView->setColumnWidth(2, 130);
    m_secretsView->setColumnWidth(3, 130);
    m_secretsView->setColumnWidth(4, 130);

    auto *bar = new QHBoxLayout;
    for (QPushButton *button : {m_create, m_edit, m_addSecret, m_deleteSecret, m_deleteClient})
        bar->addWidget(button);
    bar->addStretch(1);
    bar->addWidget(m_summary);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detail);
    lowerLayout->addWidget(new QLabel(tr("Secrets (only their last characters are ever shown):"), this));
    lowerLayout->addWidget(m_secretsView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    connect(m_create, &QPushButton::clicked, this, &ApiClientsDialog::openCreateDialog);
    connect(m_edit, &QPushButton::clicked, this, &ApiClientsDialog::openEditDialog);
    connect(m_addSecret, &QPushButton::clicked, this, &ApiClientsDialog::addSecret);
    connect(m_deleteSecret, &QPushButton::clicked, this, &ApiClientsDialog::deleteSecret);
    connect(m_deleteClient, &QPushButton::clicked, this, &ApiClientsDialog::deleteClient);
    connect(m_view, &ResourceTableView::openRequested, this, &ApiClientsDialog::openEditDialog);
    connect(m_view, &ResourceTableView::refreshRequested, this, &ApiClientsDialog::refresh);
    connect(m_view, &ResourceTableView::currentSourceRowChanged, this, &ApiClientsDialog::showClient);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showClient(m_view->currentSourceRow()); });
    connect(m_secretsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApiClientsDialog::updateActions);
    connect(m_model, &PagedTableModel::stateChanged, this, [this](PagedTableModel::State state) {
        m_summary->setText(m_model->summaryText(false, tr("client"), tr("clients")));
        if (state == PagedTableModel::State::Complete && !m_pendingSelection.isEmpty())
            selectClient(m_pendingSelection);
    });
    connect(m_status, &EnvironmentStatus::writableChanged, this, &ApiClientsDialog::updateActions);
    // The organization belongs to the environment the dialog was opened for.
    connect(m_status, &EnvironmentStatus::environmentChanged, this, &QDialog::reject);
    resize(1100, 640);
    m_model->setOrganization(organizationId);
    showClient(-1);
}

const M2MClient *ApiClientsDialog::currentClient() const
{
    return m_model->clientAt(m_view->currentSourceRow());
}

void ApiClientsDialog::refresh()
{
    if (const M2MClient *client = currentClient())
        m_pendingSelection = QString::fromStdString(client->clientId);
    m_model->reload();
}

void ApiClientsDialog::selectClient(const QString &clientId)
{
    const int row = m_model->rowOfClient(clientId);
    if (row < 0) {
        m_pendingSelection = clientId;
        return;
    }
    m_pendingSelection.clear();
    m_view->selectSourceRow(row);
    showClient(row);
}

void ApiClientsDialog::showClient(int row)
{
    const M2MClient *client = m_model->clientAt(row);
    if (!client) {
        m_detail->setText(tr("Select a client to see its details and secrets."));
        m_secretsModel->setSecrets({});
        updateActions();
        return;
    }
    QStringList claims;
    for (const entities::CustomClaim &claim : client->customClaims)
        claims << QString::fromStdString(claim.key).toHtmlEscaped() + u'=' + QString::fromStdString(claim.value).toHtmlEscaped();
    m_detail->setText(tr("<b>%1</b> · <code>%2</code><br>Scopes: %3<br>Audience: %4<br>Custom claims: %5<br>"
                         "Token lifetime: %6 s")
                          .arg(QString::fromStdString(client->name).toHtmlEscaped(),
                               QString::fromStdString(client->clientId).toHtmlEscaped(), joined(client->scopes),
                               joined(client->audience),
                               claims.isEmpty() ? QStringLiteral("—") : claims.join(QStringLiteral(", ")))
                          .arg(client->expiry));
    m_secretsModel->setSecrets(client->secrets);
    updateActions();
}

void ApiClientsDialog::updateActions()
{
    const bool writable = m_status->canWrite() && !m_busy;
    const M2MClient *client = currentClient();
    const bool secretSelected = m_secretsView->selectionModel()->hasSelection();
    m_create->setEnabled(writable);
    m_edit->setEnabled(writable && client);
    m_addSecret->setEnabled(writable && client && int(client->secrets.size()) < kMaxSecrets);
    m_deleteSecret->setEnabled(writable && client && secretSelected);
    m_deleteClient->setEnabled(writable && client);
    m_addSecret->setToolTip(client && int(client->secrets.size()) >= kMaxSecrets
                                ? tr("A client can have at most %1 secrets; delete one first.").arg(kMaxSecrets)
                                : QString());
}

void ApiClientsDialog::showFailure(const QString &what, const QString &error)
{
    m_banner->showMessage(MessageBanner::Level::Danger, what + QStringLiteral(": ") + error);
    m_banner->show();
}

void ApiClientsDialog::showNewSecret(const QString &title, const M2MClient &client, const QString &secret)
{
    delete m_secretDialog.data();
    m_secretDialog = new NewSecretDialog(
        title,
        tr("Client <b>%1</b> (<code>%2</code>) of this organization. Use the client ID and this secret with the "
           "client-credentials grant.")
            .arg(QString::fromStdString(client.name).toHtmlEscaped(), QString::fromStdString(client.clientId)),
        secret, this);
    m_secretDialog->open();
}

void ApiClientsDialog::openCreateDialog()
{
    if (!m_status->canWrite())
        return;
    auto *dialog = new ApiClientFormDialog(m_services, m_organizationId, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiClientFormDialog::created, this, [this](const M2MClient &client, const QString &secret) {
        m_banner->hide();
        m_pendingSelection = QString::fromStdString(client.clientId);
        m_model->reload();
        showNewSecret(tr("Client created: copy its secret"), client, secret);
    });
    dialog->open();
}

void ApiClientsDialog::openEditDialog()
{
    const M2MClient *client = currentClient();
    if (!client || !m_edit->isEnabled())
        return;
    auto *dialog = new ApiClientFormDialog(m_services, m_organizationId, *client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiClientFormDialog::updated, this, [this](const M2MClient &updated) {
        m_banner->hide();
        m_model->updateClient(updated);
    });
    dialog->open();
}

void ApiClientsDialog::addSecret()
{
    const M2MClient *client = currentClient();
    if (!client || !m_addSecret->isEnabled())
        return;
    m_busy = true;
    updateActions();
    m_services->organizationClients().createSecret(
        m_organizationId.toStdString(), client->clientId, this,
        [this, current = *client](api::Result<entities::CreateClientSecretResponse> result) mutable {
            m_busy = false;
            if (!result) {
                showFailure(tr("Could not add a secret"), result.error().describe());
                updateActions();
                return;
            }
            m_banner->hide();
            auto &response = result.value();
            QString secret = QString::fromStdString(response.plainSecret);
            std::fill(response.plainSecret.begin(), response.plainSecret.end(), '\0');
            response.secret.plainSecret.reset();
            current.secrets.push_back(response.secret);
            m_model->updateClient(current);
            showNewSecret(tr("New secret: copy it now"), current, secret);
            secret.fill(u'\0');
        });
}

void ApiClientsDialog::deleteSecret()
{
    const M2MClient *client = currentClient();
    const QModelIndex index = m_secretsView->currentIndex();
    const entities::ClientSecret *secret = index.isValid() ? m_secretsModel->secretAt(index.row()) : nullptr;
    if (!client || !secret || !m_deleteSecret->isEnabled())
        return;
    const QString label = QStringLiteral("••••") + QString::fromStdString(secret->secretSuffix);
    const QString suffix = QString::fromStdString(secret->secretSuffix);
    const bool last = client->secrets.size() == 1;
    if (!ConfirmByTypingDialog::confirmWrite(
            this, *m_status, tr("Delete secret"),
            tr("Delete the secret %1 of %2? Anything still using it stops getting tokens.%3")
                .arg(label, QString::fromStdString(client->name),
                     last ? tr(" It is the client's only secret.") : QString()),
            suffix, tr("Delete secret")))
        return;
    m_busy = true;
    updateActions();
    m_services->organizationClients().removeSecret(
        m_organizationId.toStdString(), client->clientId, secret->id, this,
        [this, current = *client, secretId = secret->id](api::Result<api::Empty> result) mutable {
            m_busy = false;
            if (!result) {
                showFailure(tr("Could not delete the secret"), result.error().describe());
                updateActions();
                return;
            }
            m_banner->hide();
            std::erase_if(current.secrets, [&](const entities::ClientSecret &s) { return s.id == secretId; });
            m_model->updateClient(current);
        });
}

void ApiClientsDialog::deleteClient()
{
    const M2MClient *client = currentClient();
    if (!client || !m_deleteClient->isEnabled())
        return;
    const QString name = QString::fromStdString(client->name);
    if (!ConfirmByTypingDialog::confirmWrite(
            this, *m_status, tr("Delete API client"),
            tr("Delete the API client %1 (%2) and all its secrets? Services using it stop getting tokens.")
                .arg(name, QString::fromStdString(client->clientId)),
            name, tr("Delete client")))
        return;
    m_busy = true;
    updateActions();
    m_services->organizationClients().remove(
        m_organizationId.toStdString(), client->clientId, this, [this](api::Result<api::Empty> result) {
            m_busy = false;
            if (!result) {
                showFailure(tr("Could not delete the client"), result.error().describe());
                updateActions();
                return;
            }
            m_banner->hide();
            m_model->reload();
        });
}

} // namespace sk::ui
