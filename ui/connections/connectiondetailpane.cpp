#include "ui/connections/connectiondetailpane.h"

#include "models/connections/connectionformat.h"
#include "models/core/displayformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/widgets/scrollablecontent.h"
#include "ui/widgets/statuscolors.h"
#include "ui/widgets/textstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

using entities::Connection;
using entities::ConnectionType;
using entities::ListConnection;
using models::text;
using models::yesNo;
namespace cf = models::connectionformat;

namespace {

void paintBadge(QLabel *label, const models::StatusBadge &badge)
{
    const QColor fill = statusColor(badge.tone, label->palette());
    label->setText(QStringLiteral(" %1 ").arg(badge.text));
    label->setToolTip(badge.tooltip);
    label->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 8px; padding: 2px 8px;")
                             .arg(fill.name(), textColorOn(fill).name()));
}

QString optionalText(const std::optional<std::string> &value)
{
    return value ? text(*value) : QString();
}

template<typename E> QString enumText(const entities::Enum<E> &value)
{
    return value.value == E::Unspecified ? QString() : text(value.displayName());
}

} // namespace

ConnectionDetailPane::ConnectionDetailPane(services::Services *services, services::EnvironmentStatus *status,
                                           QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_environment(status)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_enabled(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_certificateWarning(new QLabel(this))
    , m_loadNote(new QLabel(this))
    , m_toggle(new QPushButton(this))
    , m_test(new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("Test connection"), this))
    , m_domains(new QPushButton(tr("Domains…"), this))
    , m_logs(new QPushButton(tr("Sign-in logs"), this))
    , m_delete(new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete…"), this))
    , m_groupsHost(new QWidget(this))
    , m_groups(new QVBoxLayout(m_groupsHost))
{
    setObjectName(QStringLiteral("connectionDetail"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::RichText);
    m_title->setObjectName(QStringLiteral("connectionTitle"));
    connect(m_title, &QLabel::linkActivated, this, [this] {
        if (m_item)
            emit organizationRequested(text(m_item->organizationId), text(m_item->organizationName));
    });
    m_subtitle->setStyleSheet(textStyle(TextRole::Muted));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice->setWordWrap(true);
    m_certificateWarning->setObjectName(QStringLiteral("certificateWarning"));
    m_certificateWarning->setWordWrap(true);
    m_certificateWarning->setStyleSheet(textStyle(TextRole::Error) + QStringLiteral(" font-weight: bold;"));
    m_loadNote->setStyleSheet(textStyle(TextRole::Muted));
    m_loadNote->setWordWrap(true);
    m_toggle->setObjectName(QStringLiteral("connectionToggle"));
    m_test->setObjectName(QStringLiteral("connectionTest"));
    m_domains->setObjectName(QStringLiteral("connectionDomains"));
    m_logs->setObjectName(QStringLiteral("connectionLogs"));
    m_delete->setObjectName(QStringLiteral("connectionDelete"));
    m_groups->setContentsMargins(0, 0, 0, 0);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_enabled);
    statusRow->addWidget(m_advice, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_toggle);
    actions->addWidget(m_test);
    actions->addWidget(m_domains);
    actions->addWidget(m_logs);
    actions->addStretch(1);
    actions->addWidget(m_delete);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(statusRow);
    layout->addWidget(m_certificateWarning);
    layout->addLayout(actions);
    layout->addWidget(m_loadNote);
    layout->addWidget(m_groupsHost);
    layout->addStretch(1);
    setScrollableContent(this, content);

    connect(m_toggle, &QPushButton::clicked, this, &ConnectionDetailPane::toggleRequested);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDetailPane::testRequested);
    connect(m_domains, &QPushButton::clicked, this, &ConnectionDetailPane::domainsRequested);
    connect(m_logs, &QPushButton::clicked, this, &ConnectionDetailPane::logsRequested);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionDetailPane::deleteRequested);
    connect(m_environment, &services::EnvironmentStatus::writableChanged, this,
            &ConnectionDetailPane::updateButtons);
    setConnection(std::nullopt);
}

void ConnectionDetailPane::setConnection(const std::optional<ListConnection> &connection)
{
    const bool same = connection && m_item && m_item->id == connection->id;
    m_item = connection;
    if (!same) {
        delete m_request.data();
        m_full.reset();
    }
    rebuild();
    if (m_item && !same)
        fetch();
}

void ConnectionDetailPane::fetch()
{
    delete m_request.data();
    m_request = new QObject(this);
    const std::string id = m_item->id;
    m_loadNote->setText(tr("Loading the full configuration…"));
    m_services->connections().getSso(
        m_item->organizationId, id, m_request, [this, id](api::Result<Connection> result) {
            m_request->deleteLater();
            m_request.clear();
            if (!m_item || m_item->id != id)
                return;
            if (!result) {
                m_loadNote->setText(
                    tr("The full configuration did not load: %1").arg(result.error().describe()));
                return;
            }
            m_full = result.value();
            rebuild();
            emit loaded(*m_full);
        });
}

void ConnectionDetailPane::showConnection(const Connection &connection)
{
    if (!m_item || m_item->id != connection.id)
        return;
    m_full = connection;
    m_item->enabled = connection.enabled;
    m_item->status = connection.status;
    m_item->domains.clear();
    for (const entities::Domain &d : connection.domains)
        m_item->domains.push_back(d.domain);
    rebuild();
}

QString ConnectionDetailPane::fieldText(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

QGroupBox *ConnectionDetailPane::addGroup(const QString &title)
{
    auto *box = new QGroupBox(title, m_groupsHost);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_groups->addWidget(box);
    return box;
}

void ConnectionDetailPane::addField(QFormLayout *form, const QString &key, const QString &label,
                                    const QString &value, bool copyable)
{
    auto *shown = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
    shown->setObjectName(QStringLiteral("field_") + key);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown->setWordWrap(true);
    m_values.insert(key, shown);
    if (!copyable || value.isEmpty()) {
        form->addRow(label, shown);
        return;
    }
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(shown, 1);
    auto *copy = new QToolButton(row);
    copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    copy->setToolTip(tr("Copy %1").arg(label));
    copy->setObjectName(QStringLiteral("copy_") + key);
    connect(copy, &QToolButton::clicked, this, [value] { QApplication::clipboard()->setText(value); });
    layout->addWidget(copy);
    form->addRow(label, row);
}

void ConnectionDetailPane::rebuild()
{
    m_values.clear();
    while (QLayoutItem *item = m_groups->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_certificateWarning->hide();
    const bool has = m_item.has_value();
    for (QWidget *w : { static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_enabled),
                        static_cast<QWidget *>(m_advice), static_cast<QWidget *>(m_subtitle) })
        w->setVisible(has);
    if (!has) {
        m_title->setText(tr("No connection selected"));
        m_loadNote->setText(
            tr("Select a connection to see its identity provider, what to give the IdP, and its "
               "options."));
        updateButtons();
        return;
    }
    const ListConnection &c = *m_item;
    const QString org = c.organizationName.empty() ? text(c.organizationId) : text(c.organizationName);
    m_title->setText(QStringLiteral("<a href=\"org\">%1</a>").arg(org.toHtmlEscaped()));
    m_title->setToolTip(tr("Open the organization %1").arg(text(c.organizationId)));
    m_subtitle->setText(
        QStringLiteral("%1 · %2 · %3").arg(cf::providerName(c.provider), cf::typeName(c.type), text(c.id)));
    const models::StatusBadge status = cf::statusBadge(c.status);
    paintBadge(m_status, status);
    paintBadge(m_enabled, cf::enabledBadge(c.enabled));
    m_advice->setText(status.tooltip);
    if (!m_full && !isLoading())
        m_loadNote->clear();
    if (m_full)
        m_loadNote->clear();

    QStringList domains;
    for (const std::string &d : c.domains)
        domains << text(d);
    auto *general = static_cast<QFormLayout *>(addGroup(tr("Connection"))->layout());
    addField(general, QStringLiteral("organization_id"), tr("Organization ID"), text(c.organizationId), true);
    addField(general, QStringLiteral("id"), tr("Connection ID"), text(c.id), true);
    addField(general, QStringLiteral("domains"), tr("Domains"), domains.join(QStringLiteral(", ")));
    addField(general, QStringLiteral("created"), tr("Created"), models::formatTimestamp(c.createdAt));
    if (m_full) {
        const Connection &f = *m_full;
        addField(general, QStringLiteral("updated"), tr("Updated"), models::formatTimestamp(f.updateTime));
        addField(general, QStringLiteral("configuration_type"), tr("Configuration"),
                 enumText(f.configurationType));
        addField(general, QStringLiteral("debug_enabled"), tr("Debug mode"), yesNo(f.debugEnabled));
        addField(general, QStringLiteral("ui_button_title"), tr("Button title"), text(f.uiButtonTitle));
        QStringList mapping;
        for (const auto &[from, to] : f.attributeMapping)
            mapping << QStringLiteral("%1 ← %2").arg(text(from), text(to));
        addField(general, QStringLiteral("attribute_mapping"), tr("Attribute mapping"),
                 mapping.join(QLatin1Char('\n')));
        if (f.samlConfig)
            addSaml(*f.samlConfig);
        if (f.oidcConfig)
            addOidc(*f.oidcConfig);
        if (!f.samlConfig && !f.oidcConfig)
            m_loadNote->setText(
                tr("This %1 connection has no SAML or OIDC settings to show.").arg(cf::typeName(f.type)));
    }
    updateButtons();
}

void ConnectionDetailPane::addSaml(const entities::SamlConnectionConfig &saml)
{
    auto *idp = static_cast<QFormLayout *>(addGroup(tr("Identity provider (SAML)"))->layout());
    addField(idp, QStringLiteral("idp_entity_id"), tr("IdP entity ID"), optionalText(saml.idpEntityId), true);
    addField(idp, QStringLiteral("idp_sso_url"), tr("SSO URL"), optionalText(saml.idpSsoUrl), true);
    addField(idp, QStringLiteral("idp_metadata_url"), tr("Metadata URL"), optionalText(saml.idpMetadataUrl),
             true);
    addField(idp, QStringLiteral("idp_slo_url"), tr("Logout URL"), optionalText(saml.idpSloUrl));
    addField(idp, QStringLiteral("idp_sso_request_binding"), tr("SSO binding"),
             enumText(saml.idpSsoRequestBinding));

    const QDateTime at = now();
    QStringList warnings;
    if (saml.idpCertificates.empty())
        addField(idp, QStringLiteral("certificate_0"), tr("Certificate"), tr("none uploaded"));
    for (std::size_t i = 0; i < saml.idpCertificates.size(); ++i) {
        const entities::IdpCertificate &cert = saml.idpCertificates[i];
        const auto state = cf::certificateState(cert, at);
        const QString expiry = cf::certificateExpiryText(cert, at);
        const QString key = QStringLiteral("certificate_%1").arg(i);
        addField(idp, key,
                 saml.idpCertificates.size() > 1 ? tr("Certificate %1").arg(i + 1) : tr("Certificate"),
                 QStringLiteral("%1\n%2 · %3").arg(expiry, text(cert.issuer), text(cert.id)));
        if (state == cf::CertificateState::Expired || state == cf::CertificateState::ExpiresSoon) {
            m_values.value(key)->setStyleSheet(
                textStyle(state == cf::CertificateState::Expired ? TextRole::Error : TextRole::Warning));
            warnings
                << (state == cf::CertificateState::Expired
                        ? tr("A signing certificate has expired (%1): sign-ins signed with it fail.")
                              .arg(expiry)
                        : tr("A signing certificate %1: ask the customer to upload the new one before then.")
                              .arg(expiry));
        }
    }
    if (!warnings.isEmpty()) {
        m_certificateWarning->setText(QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
        m_certificateWarning->show();
    }

    auto *sp = static_cast<QFormLayout *>(addGroup(tr("Give these to the IdP (service provider)"))->layout());
    addField(sp, QStringLiteral("sp_entity_id"), tr("SP entity ID"), text(saml.spEntityId), true);
    addField(sp, QStringLiteral("sp_assertion_url"), tr("ACS URL"), text(saml.spAssertionUrl), true);
    addField(sp, QStringLiteral("sp_metadata_url"), tr("SP metadata URL"), text(saml.spMetadataUrl), true);

    auto *options = static_cast<QFormLayout *>(addGroup(tr("Options"))->layout());
    addField(options, QStringLiteral("saml_signing_option"), tr("Signing"), enumText(saml.samlSigningOption));
    addField(options, QStringLiteral("idp_name_id_format"), tr("NameID format"),
             enumText(saml.idpNameIdFormat));
    addField(options, QStringLiteral("want_request_signed"), tr("Sign requests"),
             yesNo(saml.wantRequestSigned));
    addField(options, QStringLiteral("assertion_encrypted"), tr("Encrypted assertions"),
             yesNo(saml.assertionEncrypted));
    addField(options, QStringLiteral("force_authn"), tr("Force re-authentication"), yesNo(saml.forceAuthn));
    addField(options, QStringLiteral("allow_idp_initiated_login"), tr("IdP-initiated login"),
             yesNo(saml.allowIdpInitiatedLogin));
    addField(options, QStringLiteral("default_redirect_uri"), tr("Default redirect"),
             optionalText(saml.defaultRedirectUri));
    addField(options, QStringLiteral("jit_provisioning"), tr("Just-in-time provisioning"),
             yesNo(saml.jitProvisioningWithSsoEnabled));
    addField(options, QStringLiteral("sync_user_profile"), tr("Sync profile on login"),
             yesNo(saml.syncUserProfileOnLogin));
}

void ConnectionDetailPane::addOidc(const entities::OidcConnectionConfig &oidc)
{
    auto *idp = static_cast<QFormLayout *>(addGroup(tr("Identity provider (OIDC)"))->layout());
    addField(idp, QStringLiteral("issuer"), tr("Issuer"), optionalText(oidc.issuer), true);
    addField(idp, QStringLiteral("discovery_endpoint"), tr("Discovery endpoint"),
             optionalText(oidc.discoveryEndpoint), true);
    addField(idp, QStringLiteral("authorize_uri"), tr("Authorize URL"), optionalText(oidc.authorizeUri));
    addField(idp, QStringLiteral("token_uri"), tr("Token URL"), optionalText(oidc.tokenUri));
    addField(idp, QStringLiteral("user_info_uri"), tr("User info URL"), optionalText(oidc.userInfoUri));
    addField(idp, QStringLiteral("jwks_uri"), tr("JWKS URL"), optionalText(oidc.jwksUri));
    addField(idp, QStringLiteral("client_id"), tr("Client ID"), optionalText(oidc.clientId), true);
    // The secret itself is never shown, copied or kept on screen: only whether there is one.
    addField(idp, QStringLiteral("client_secret"), tr("Client secret"),
             oidc.clientSecret.reveal().has_value() ? tr("set (never shown)") : tr("not set"));
    QStringList scopes;
    for (const auto &scope : oidc.scopes)
        scopes << text(scope.displayName());
    addField(idp, QStringLiteral("scopes"), tr("Scopes"), scopes.join(QLatin1Char(' ')));
    addField(idp, QStringLiteral("pkce_enabled"), tr("PKCE"), yesNo(oidc.pkceEnabled));
    addField(idp, QStringLiteral("token_auth_type"), tr("Token auth method"), enumText(oidc.tokenAuthType));

    auto *sp = static_cast<QFormLayout *>(addGroup(tr("Give this to the IdP"))->layout());
    addField(sp, QStringLiteral("redirect_uri"), tr("Redirect URI"), text(oidc.redirectUri), true);

    auto *options = static_cast<QFormLayout *>(addGroup(tr("Options"))->layout());
    addField(options, QStringLiteral("jit_provisioning"), tr("Just-in-time provisioning"),
             yesNo(oidc.jitProvisioningWithSsoEnabled));
    addField(options, QStringLiteral("sync_user_profile"), tr("Sync profile on login"),
             yesNo(oidc.syncUserProfileOnLogin));
    addField(options, QStringLiteral("idp_logout_required"), tr("IdP logout"), yesNo(oidc.idpLogoutRequired));
    addField(options, QStringLiteral("post_logout_redirect_uri"), tr("After logout"),
             optionalText(oidc.postLogoutRedirectUri));
}

void ConnectionDetailPane::updateButtons()
{
    const bool has = m_item.has_value();
    const bool writable = has && m_environment->canWrite();
    m_toggle->setText(has && m_item->enabled ? tr("Disable") : tr("Enable"));
    m_toggle->setEnabled(writable);
    m_test->setEnabled(m_full && !m_full->testConnectionUri.empty());
    m_domains->setEnabled(writable);
    m_logs->setEnabled(has);
    m_delete->setEnabled(writable);
    for (QPushButton *b : { m_toggle, m_test, m_domains, m_logs, m_delete })
        b->setVisible(has);
}

} // namespace sk::ui
