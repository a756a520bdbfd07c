#include "ui/agentkit/authlinkdialog.h"

#include "models/agentkit/connectedaccountstatus.h"
#include "models/core/displayformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/widgets/expiringlinkwidget.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/qrcodewidget.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/textstyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

AuthLinkDialog::AuthLinkDialog(services::Services *services, services::EnvironmentStatus *status,
                               const entities::ConnectedAccount &account, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_status(status)
    , m_account(account)
    , m_link(new ExpiringLinkWidget(this))
    , m_error(new QLabel(this))
    , m_generate(new QPushButton(QIcon(QStringLiteral(":/icons/link.svg")), tr("Generate link"), this))
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

    linkField()->setObjectName(QStringLiteral("authLink"));
    qrCode()->setObjectName(QStringLiteral("authLinkQr"));
    countdown()->setObjectName(QStringLiteral("authLinkCountdown"));
    m_error->setObjectName(QStringLiteral("authLinkError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(textStyle(TextRole::Error));
    m_error->hide();
    m_generate->setObjectName(QStringLiteral("authLinkGenerate"));
    m_generate->setDefault(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(state);
    layout->addWidget(m_generate, 0, Qt::AlignLeft);
    layout->addWidget(m_link, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 340);

    connect(m_generate, &QPushButton::clicked, this, &AuthLinkDialog::generate);
    connect(this, &QDialog::finished, m_link, &ExpiringLinkWidget::clear);
    m_generate->setEnabled(m_status->canWrite());
    if (!m_status->canWrite())
        countdown()->setText(tr("This environment is read-only: links cannot be generated."));
}

AuthLinkDialog::~AuthLinkDialog() = default;

SecretField *AuthLinkDialog::linkField() const
{
    return m_link->linkField();
}

QrCodeWidget *AuthLinkDialog::qrCode() const
{
    return m_link->qrCode();
}

QLabel *AuthLinkDialog::countdown() const
{
    return m_link->countdown();
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
        m_link->setLink(QString::fromStdString(link.link.reveal()), // shown masked until Reveal
                        link.expiry.isSet()
                            ? QDateTime::fromMSecsSinceEpoch(link.expiry.unixMillis(), Qt::UTC)
                            : QDateTime());
        emit linkGenerated();
    });
}

} // namespace sk::ui
