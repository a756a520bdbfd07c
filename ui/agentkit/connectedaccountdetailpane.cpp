#include "ui/agentkit/connectedaccountdetailpane.h"

#include "models/agentkit/connectedaccountsmodel.h"
#include "models/agentkit/connectedaccountstatus.h"
#include "models/core/displayformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/agentkit/identifieraccountspanel.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/statuscolors.h"
#include "ui/widgets/textstyle.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sk::ui {

using entities::ConnectedAccount;
using models::text;

namespace {
std::optional<bool> g_revealAnswer;

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

void ConnectedAccountDetailPane::setRevealAnswerForTesting(std::optional<bool> answer)
{
    g_revealAnswer = answer;
}

ConnectedAccountDetailPane::ConnectedAccountDetailPane(services::Services *services,
                                                       services::EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_environment(status)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_fields(new QFormLayout)
    , m_apiConfig(new QPlainTextEdit(this))
    , m_detailsBox(new QGroupBox(tr("Authorization details"), this))
    , m_detailsForm(new QFormLayout)
    , m_detailsNote(new QLabel(this))
    , m_reveal(new QPushButton(QIcon(QStringLiteral(":/icons/reveal.svg")), tr("Reveal…"), this))
    , m_authLink(new QPushButton(QIcon(QStringLiteral(":/icons/link.svg")), tr("Authorization link…"), this))
    , m_disconnect(new QPushButton(tr("Disconnect"), this))
    , m_tools(new QPushButton(tr("Tools…"), this))
    , m_delete(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete…"), this))
    , m_identifierAccounts(new IdentifierAccountsPanel(services, this))
{
    setObjectName(QStringLiteral("connectedAccountDetail"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setStyleSheet(textStyle(TextRole::Muted));
    m_status->setObjectName(QStringLiteral("accountStatusBadge"));
    m_advice->setWordWrap(true);
    m_advice->setObjectName(QStringLiteral("accountStatusAdvice"));
    m_apiConfig->setReadOnly(true);
    m_apiConfig->setMaximumHeight(110);
    m_apiConfig->setObjectName(QStringLiteral("accountApiConfig"));
    m_reveal->setObjectName(QStringLiteral("revealAuthorizationDetails"));
    m_authLink->setObjectName(QStringLiteral("accountAuthLink"));
    m_disconnect->setObjectName(QStringLiteral("accountDisconnect"));
    m_tools->setObjectName(QStringLiteral("accountTools"));
    m_tools->setToolTip(tr("This account's tools, runnable as its user."));
    m_delete->setObjectName(QStringLiteral("accountDelete"));
    m_detailsNote->setWordWrap(true);
    m_detailsNote->setStyleSheet(textStyle(TextRole::Muted));
    m_detailsNote->setText(
        tr("Tokens and keys are fetched only when you reveal them, are never kept, and are "
           "cleared when you select another account."));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_authLink);
    actions->addWidget(m_disconnect);
    actions->addWidget(m_tools);
    actions->addStretch(1);
    actions->addWidget(m_delete);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_advice, 1);

    auto *detailsLayout = new QVBoxLayout(m_detailsBox);
    detailsLayout->addWidget(m_detailsNote);
    detailsLayout->addLayout(m_detailsForm);
    detailsLayout->addWidget(m_reveal, 0, Qt::AlignLeft);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(statusRow);
    layout->addLayout(actions);
    layout->addLayout(m_fields);
    layout->addWidget(m_identifierAccounts);
    m_apiConfigLabel = new QLabel(tr("API config"), content);
    layout->addWidget(m_apiConfigLabel);
    layout->addWidget(m_apiConfig);
    layout->addWidget(m_detailsBox);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_authLink, &QPushButton::clicked, this, &ConnectedAccountDetailPane::authLinkRequested);
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectedAccountDetailPane::disconnectRequested);
    connect(m_tools, &QPushButton::clicked, this, &ConnectedAccountDetailPane::toolsRequested);
    connect(m_delete, &QPushButton::clicked, this, &ConnectedAccountDetailPane::deleteRequested);
    connect(m_reveal, &QPushButton::clicked, this, &ConnectedAccountDetailPane::revealDetails);
    connect(m_identifierAccounts, &IdentifierAccountsPanel::authLinkRequested, this,
            &ConnectedAccountDetailPane::authLinkRequestedFor);
    connect(m_environment, &services::EnvironmentStatus::writableChanged, this,
            &ConnectedAccountDetailPane::updateButtons);
    setAccount(std::nullopt);
}

void ConnectedAccountDetailPane::setAccount(const std::optional<ConnectedAccount> &account)
{
    ++m_generation;
    clearDetails();
    m_account = account;
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_identifierAccounts->setIdentifier(account ? account->identifier : std::string());
    if (!account) {
        m_title->setText(tr("No connected account selected"));
        m_subtitle->clear();
        m_status->clear();
        m_advice->clear();
        m_apiConfig->clear();
        updateButtons();
        return;
    }
    const ConnectedAccount &a = *account;
    m_title->setText(text(a.identifier));
    m_subtitle->setText(tr("%1 · %2").arg(text(a.connector), text(a.provider)));
    const models::StatusBadge badge = models::ConnectedAccountStatus::badge(a.status);
    const QColor fill = statusColor(badge.tone, palette());
    m_status->setText(QStringLiteral(" %1 ").arg(badge.text));
    m_status->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 8px; padding: 2px 8px;")
                                .arg(fill.name(), textColorOn(fill).name()));
    m_advice->setText(badge.tooltip);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto add = [this](const QString &label, const QString &value) {
        QLabel *v = valueLabel(this);
        v->setText(value.isEmpty() ? QStringLiteral("—") : value);
        m_fields->addRow(label, v);
    };
    add(tr("ID"), text(a.id));
    add(tr("Connection ID"), text(a.connectionId));
    add(tr("Auth type"), models::ConnectedAccountsModel::authTypeText(a.authorizationType));
    const QString expires = a.tokenExpiresAt.isSet()
        ? tr("%1 (%2)").arg(models::formatTimestamp(a.tokenExpiresAt),
                            models::ConnectedAccountsModel::relativeTime(a.tokenExpiresAt, now))
        : QString();
    add(tr("Token expires"), expires);
    add(tr("Last used"), a.lastUsedAt.isSet() ? models::formatTimestamp(a.lastUsedAt) : tr("never"));
    add(tr("Updated"), models::formatTimestamp(a.updatedAt));
    const bool hasConfig = !a.apiConfig.is_null() && !a.apiConfig.empty();
    m_apiConfig->setPlainText(hasConfig ? QString::fromStdString(a.apiConfig.dump(2)) : QString());
    m_apiConfig->setVisible(hasConfig);
    m_apiConfigLabel->setVisible(hasConfig);
    updateButtons();
}

void ConnectedAccountDetailPane::updateButtons()
{
    const bool has = m_account.has_value();
    const bool writable = m_environment->canWrite();
    m_authLink->setEnabled(has && writable);
    m_disconnect->setEnabled(has && writable
                             && m_account->status.value != entities::ConnectorStatus::Disconnected);
    m_delete->setEnabled(has && writable);
    m_reveal->setEnabled(has);
    m_tools->setEnabled(has);
}

void ConnectedAccountDetailPane::revealDetails()
{
    if (!m_account)
        return;
    bool yes = false;
    if (g_revealAnswer) {
        yes = *g_revealAnswer;
        g_revealAnswer.reset();
    } else {
        yes = QMessageBox::question(
                  this, tr("Reveal authorization details"),
                  tr("This fetches %1's live tokens or keys for %2 from the environment and shows "
                     "them here (masked until you reveal each). Anyone who sees them can act as "
                     "this user. Continue?")
                      .arg(text(m_account->identifier), text(m_account->connector)))
            == QMessageBox::Yes;
    }
    if (!yes)
        return;
    const quint64 generation = m_generation;
    m_reveal->setEnabled(false);
    const auto selector = services::AccountSelector::byConnector(m_account->connector, m_account->identifier);
    m_services->connectedAccounts().auth(
        selector, this, [this, generation](api::Result<ConnectedAccount> result) {
            if (generation != m_generation)
                return; // another account was selected meanwhile: never show this one's secrets
            updateButtons();
            if (!result) {
                m_detailsNote->setText(tr("Not revealed: %1").arg(result.error().describe()));
                return;
            }
            if (result.value().authorizationDetails)
                showDetails(*result.value().authorizationDetails);
            else
                m_detailsNote->setText(tr("The account holds no authorization details."));
        });
}

void ConnectedAccountDetailPane::showDetails(const entities::AuthorizationDetails &details)
{
    auto secretRow = [this](const QString &label, const std::string &value) {
        if (value.empty())
            return;
        auto *field = new SecretField(this);
        field->setObjectName(QStringLiteral("authDetail_") + QString(label).remove(u' '));
        field->setSecret(QString::fromStdString(value));
        m_detailsForm->addRow(label, field);
        m_secrets << field;
    };
    if (details.oauthToken) {
        secretRow(tr("Access token"), details.oauthToken->accessToken.reveal());
        secretRow(tr("Refresh token"), details.oauthToken->refreshToken.reveal());
    }
    if (details.staticAuth && details.staticAuth->details.reveal().is_object()) {
        for (const auto &[key, value] : details.staticAuth->details.reveal().items())
            secretRow(QString::fromStdString(key),
                      value.is_string() ? value.get<std::string>() : value.dump());
    }
    if (details.googleDwd)
        secretRow(tr("Access token"), details.googleDwd->accessToken.reveal());
    if (details.trustedIdp) {
        secretRow(tr("Secret access key"), details.trustedIdp->secretAccessKey.reveal());
        secretRow(tr("Session token"), details.trustedIdp->sessionToken.reveal());
    }
    if (m_secrets.isEmpty())
        m_detailsNote->setText(tr("The account holds no authorization details."));
}

void ConnectedAccountDetailPane::clearDetails()
{
    for (SecretField *field : std::as_const(m_secrets))
        field->clear();
    while (m_detailsForm->rowCount() > 0)
        m_detailsForm->removeRow(0); // deletes the fields
    m_secrets.clear();
    m_detailsNote->setText(
        tr("Tokens and keys are fetched only when you reveal them, are never kept, and are "
           "cleared when you select another account."));
}

void ConnectedAccountDetailPane::hideEvent(QHideEvent *event)
{
    clearDetails(); // leaving the tab forgets them too
    QWidget::hideEvent(event);
}

} // namespace sk::ui
