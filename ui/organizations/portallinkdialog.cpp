#include "ui/organizations/portallinkdialog.h"

#include "models/core/displayformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/organizationsservice.h"
#include "services/resources/services.h"
#include "ui/widgets/expiringlinkwidget.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/qrcodewidget.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/textstyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

PortalLinkDialog::PortalLinkDialog(services::Services *services, services::EnvironmentStatus *status,
                                   const QString &organizationId, const QString &organizationName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_status(status)
    , m_organizationId(organizationId)
    , m_link(new ExpiringLinkWidget(this))
{
    setObjectName(QStringLiteral("portalLinkDialog"));
    setWindowTitle(tr("Admin portal link — %1").arg(organizationName));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *warning = new MessageBanner(this);
    warning->setObjectName(QStringLiteral("portalLinkWarning"));
    warning->showMessage(MessageBanner::Level::Warning,
                         tr("Anyone holding this link can change %1's SSO and SCIM settings. It can be "
                            "opened once, within one minute. Send it only to the customer's IT admin, "
                            "over a channel you trust.")
                             .arg(organizationName.toHtmlEscaped()));

    auto *features = new QGroupBox(tr("What the admin may configure"), this);
    m_sso = new QCheckBox(tr("Single sign-on (SSO)"), features);
    m_sso->setObjectName(QStringLiteral("portalFeatureSso"));
    m_sso->setChecked(true);
    m_dirSync = new QCheckBox(tr("Directory sync (SCIM)"), features);
    m_dirSync->setObjectName(QStringLiteral("portalFeatureDirSync"));
    m_dirSync->setChecked(true);
    auto *featureLayout = new QHBoxLayout(features);
    featureLayout->addWidget(m_sso);
    featureLayout->addWidget(m_dirSync);
    featureLayout->addStretch(1);

    m_generate = new QPushButton(QIcon(QStringLiteral(":/icons/link.svg")), tr("Generate link"), this);
    m_generate->setObjectName(QStringLiteral("portalGenerate"));
    m_generate->setDefault(true);

    m_revoke = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Revoke link"), this);
    m_revoke->setObjectName(QStringLiteral("portalRevoke"));
    m_revoke->setToolTip(tr("Stop this link from opening (say, it went to the wrong person)"));

    linkField()->setObjectName(QStringLiteral("portalLink"));
    qrCode()->setObjectName(QStringLiteral("portalQr"));
    countdownLabel()->setObjectName(QStringLiteral("portalCountdown"));
    QFont big = countdownLabel()->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    countdownLabel()->setFont(big);
    m_link->setUrgentSeconds(15); // the link lives one minute
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("portalError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(textStyle(TextRole::Error));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_generate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(features);
    layout->addWidget(m_link);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, 390); // the QR code whole under the link

    connect(m_link, &ExpiringLinkWidget::expired, this, [this] {
        m_linkId.clear();
        updateState();
        emit linkExpired();
    });
    connect(m_generate, &QPushButton::clicked, this, &PortalLinkDialog::generate);
    connect(m_revoke, &QPushButton::clicked, this, &PortalLinkDialog::revoke);
    connect(m_sso, &QCheckBox::toggled, this, &PortalLinkDialog::updateState);
    connect(m_dirSync, &QCheckBox::toggled, this, &PortalLinkDialog::updateState);
    connect(m_status, &services::EnvironmentStatus::writableChanged, this, &PortalLinkDialog::updateState);
    updateState();
    showIdleText();
}

PortalLinkDialog::~PortalLinkDialog()
{
    delete m_call.data();
}

SecretField *PortalLinkDialog::linkField() const
{
    return m_link->linkField();
}

QrCodeWidget *PortalLinkDialog::qrCode() const
{
    return m_link->qrCode();
}

QLabel *PortalLinkDialog::countdownLabel() const
{
    return m_link->countdown();
}

bool PortalLinkDialog::hasLink() const
{
    return m_link->hasLink();
}

QDateTime PortalLinkDialog::expiresAt() const
{
    return m_link->expiresAt();
}

int PortalLinkDialog::secondsLeft() const
{
    return m_link->secondsLeft();
}

void PortalLinkDialog::setClock(std::function<QDateTime()> clock)
{
    m_link->setClock(std::move(clock));
}

void PortalLinkDialog::generate()
{
    if (m_call || !m_status->canWrite())
        return;
    QStringList features;
    if (m_sso->isChecked())
        features << models::text(entities::features::kSso);
    if (m_dirSync->isChecked())
        features << models::text(entities::features::kDirSync);
    if (features.isEmpty())
        return;
    forgetLink();
    m_error->hide();
    services::OrganizationsService &service = m_services->organizations();
    m_call = service.generatePortalLink(
        m_organizationId.toStdString(), features, this, [this](api::Result<entities::PortalLink> result) {
            m_call = nullptr;
            if (!result) {
                if (result.error().kind != api::ApiError::Kind::Cancelled) {
                    m_error->setText(result.error().describe());
                    m_error->show();
                }
                updateState();
                return;
            }
            const entities::PortalLink &link = result.value();
            m_linkId = link.id;
            m_revoked = false;
            QDateTime expiresAt = models::toDateTime(link.expireTime);
            if (!expiresAt.isValid())
                expiresAt = QDateTime::currentDateTimeUtc().addSecs(60); // the documented lifetime
            QString location = QString::fromStdString(link.location);
            m_link->setLink(location, expiresAt);
            location.fill(u'\0');
            updateState();
            emit linkGenerated();
        });
    updateState();
}

void PortalLinkDialog::revoke()
{
    if (m_call || m_linkId.empty() || !hasLink() || !m_status->canWrite())
        return;
    m_error->hide();
    m_call = m_services->organizations().revokePortalLink(
        m_organizationId.toStdString(), m_linkId, this, [this](api::Result<api::Empty> result) {
            m_call = nullptr;
            if (!result) {
                if (result.error().kind != api::ApiError::Kind::Cancelled) {
                    m_error->setText(tr("The link was not revoked: %1").arg(result.error().describe()));
                    m_error->show();
                }
                updateState();
                return;
            }
            m_revoked = true;
            forgetLink();
            showIdleText();
            updateState();
            emit linkRevoked();
        });
    updateState();
}

// Between links: what links are like, or that the last one was revoked.
void PortalLinkDialog::showIdleText()
{
    if (m_revoked) {
        countdownLabel()->setText(tr("Revoked: the link no longer opens. Generate a new one if needed."));
    } else {
        countdownLabel()->setText(tr("Links open once and expire one minute after they are made."));
    }
    countdownLabel()->setStyleSheet(textStyle(TextRole::Muted) + QStringLiteral(" font-weight: normal;"));
}

void PortalLinkDialog::updateState()
{
    const bool writable = m_status->canWrite();
    const bool anyFeature = m_sso->isChecked() || m_dirSync->isChecked();
    m_generate->setEnabled(writable && anyFeature && !m_call);
    m_revoke->setEnabled(writable && hasLink() && !m_linkId.empty() && !m_call);
    m_generate->setText(m_call ? tr("Generating…") : hasLink() ? tr("Generate another") : tr("Generate link"));
    if (!writable)
        m_generate->setToolTip(tr("This environment is read-only or not connected."));
    else if (!anyFeature)
        m_generate->setToolTip(tr("Pick at least one feature."));
    else
        m_generate->setToolTip({});
}

void PortalLinkDialog::forgetLink()
{
    m_linkId.clear();
    m_link->clear();
}

void PortalLinkDialog::done(int result)
{
    forgetLink(); // the link leaves memory with the dialog
    delete m_call.data();
    QDialog::done(result);
}

} // namespace sk::ui
