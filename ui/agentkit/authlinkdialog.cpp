#include "ui/agentkit/authlinkdialog.h"

#include "models/agentkit/connectedaccountstatus.h"
#include "models/core/displayformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/qrcodewidget.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/textstyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

AuthLinkDialog::AuthLinkDialog(services::Services *services, services::EnvironmentStatus *status,
                               const entities::ConnectedAccount &account, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_status(status)
    , m_account(account)
    , m_link(new SecretField(this))
    , m_qr(new QrCodeWidget(this))
    , m_countdown(new QLabel(this))
    , m_error(new QLabel(this))
    , m_generate(new QPushButton(QIcon(QStringLiteral(":/icons/link.svg")), tr("Generate link"), this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("authLinkDialog"));
    const QString who = models::text(account.identifier);
    const QString connection = models::text(account.connector);
    setWindowTitle(tr("Authorization link — %1 on %2").arg(who, connection));

    auto *warning = new MessageBanner(this);
    warning->showMessage(MessageBanner::Level::Warning,
                         tr("Whoever opens this link connects <b>their</b> %1 account as %2's. Send it only to %2, "
                            "over a channel you trust.")
                             .arg(connection.toHtmlEscaped(), who.toHtmlEscaped()));
    const models::StatusBadge badge = models::ConnectedAccountStatus::badge(account.status);
    auto *state = new QLabel(tr("Now: <b>%1</b>. %2").arg(badge.text.toHtmlEscaped(), badge.tooltip.toHtmlEscaped()), this);
    state->setWordWrap(true);

    m_link->setObjectName(QStringLiteral("authLink"));
    m_link->setOpenable(true);
    m_qr->setObjectName(QStringLiteral("authLinkQr"));
    m_countdown->setObjectName(QStringLiteral("authLinkCountdown"));
    m_error->setObjectName(QStringLiteral("authLinkError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(textStyle(TextRole::Error));
    m_error->hide();
    m_generate->setObjectName(QStringLiteral("authLinkGenerate"));
    m_generate->setDefault(true);

    auto *column = new QVBoxLayout;
    column->addWidget(m_generate, 0, Qt::AlignLeft);
    column->addWidget(m_link);
    column->addWidget(m_countdown);
    column->addWidget(m_error);
    column->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addLayout(column, 1);
    row->addWidget(m_qr, 0, Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(state);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    resize(620, 340);

    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &AuthLinkDialog::updateCountdown);
    connect(m_generate, &QPushButton::clicked, this, &AuthLinkDialog::generate);
    connect(m_link->revealButton(), &QAbstractButton::toggled, m_qr, [this](bool revealed) { m_qr->setMasked(!revealed); });
    connect(this, &QDialog::finished, this, &AuthLinkDialog::wipe);
    m_generate->setEnabled(m_status->canWrite());
    if (!m_status->canWrite())
        m_countdown->setText(tr("This environment is read-only: links cannot be generated."));
}

AuthLinkDialog::~AuthLinkDialog()
{
    wipe();
}

void AuthLinkDialog::generate()
{
    if (!m_status->canWrite())
        return;
    m_generate->setEnabled(false);
    m_error->hide();
    const auto selector = services::AccountSelector::byConnector(m_account.connector, m_account.identifier);
    m_services->connectedAccounts().magicLink(selector, this, [this](api::Result<entities::MagicLink> result) {
        m_generate->setEnabled(m_status->canWrite());
        if (!result) {
            m_error->setText(tr("No link was generated: %1").arg(result.error().describe()));
            m_error->show();
            return;
        }
        const entities::MagicLink &link = result.value();
        m_link->setSecret(QString::fromStdString(link.link.reveal())); // shown masked until Reveal
        m_link->setRevealed(false);
        m_qr->setText(QString::fromStdString(link.link.reveal()));
        m_qr->setMasked(true);
        m_expiresAt = link.expiry.isSet() ? QDateTime::fromMSecsSinceEpoch(link.expiry.unixMillis(), Qt::UTC)
                                          : QDateTime();
        m_tick->start();
        updateCountdown();
        emit linkGenerated();
    });
}

void AuthLinkDialog::updateCountdown()
{
    if (!m_expiresAt.isValid()) {
        m_countdown->setText(tr("The link has no stated expiry."));
        return;
    }
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(m_expiresAt);
    if (seconds <= 0) {
        wipe();
        m_countdown->setText(tr("The link expired. Generate a new one."));
        m_countdown->setStyleSheet(textStyle(TextRole::Error));
        return;
    }
    const QString left = seconds >= 3600 ? tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60)
                                         : tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_countdown->setText(tr("Expires in %1 (at %2)").arg(left, m_expiresAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    m_countdown->setStyleSheet(textStyle(seconds <= 60 ? TextRole::Warning : TextRole::Success));
}

void AuthLinkDialog::wipe()
{
    m_tick->stop();
    m_link->clear();
    m_qr->clear();
}

} // namespace sk::ui
