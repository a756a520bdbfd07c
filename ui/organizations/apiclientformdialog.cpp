#include "ui/organizations/apiclientformdialog.h"

#include "services/resources/services.h"

#include "services/resources/organizationclientsservice.h"
#include "ui/widgets/fielderrors.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sk::ui {

using entities::M2MClient;

namespace {

std::vector<std::string> splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    std::vector<std::string> out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        out.push_back(part.toStdString());
    return out;
}

QString joinList(const std::vector<std::string> &values)
{
    QStringList out;
    for (const std::string &v : values)
        out << QString::fromStdString(v);
    return out.join(u' ');
}

} // namespace

ApiClientFormDialog::ApiClientFormDialog(services::Services *services, const QString &organizationId,
                                         const std::optional<M2MClient> &existing, QWidget *parent)
    : RequestDialog(parent)
    , m_services(services)
    , m_organizationId(organizationId)
    , m_existing(existing)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_scopes(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_expiry(new QSpinBox(this))
    , m_claims(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("apiClientFormDialog"));
    setWindowTitle(isEdit() ? tr("Edit API client %1").arg(QString::fromStdString(existing->name)) : tr("New API client"));
    setSubmitText(isEdit() ? tr("Save") : tr("Create client"));

    m_name->setObjectName(QStringLiteral("clientName"));
    m_name->setMaxLength(kMaxNameLength);
    m_description->setObjectName(QStringLiteral("clientDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(60);
    m_scopes->setObjectName(QStringLiteral("clientScopes"));
    m_scopes->setPlaceholderText(tr("e.g. read:users write:users"));
    m_audience->setObjectName(QStringLiteral("clientAudience"));
    m_audience->setPlaceholderText(tr("e.g. https://api.example.com"));
    m_expiry->setObjectName(QStringLiteral("clientExpiry"));
    m_expiry->setRange(kMinExpirySeconds, kMaxExpirySeconds);
    m_expiry->setSingleStep(300);
    m_expiry->setSuffix(tr(" s"));
    m_expiry->setValue(kDefaultExpirySeconds);
    m_claims->setObjectName(QStringLiteral("clientClaims"));
    m_claims->setTabChangesFocus(true);
    m_claims->setFixedHeight(60);
    m_claims->setPlaceholderText(tr("One key=value a line, e.g. tenant=acme"));

    if (isEdit()) {
        m_name->setText(QString::fromStdString(existing->name));
        m_description->setPlainText(QString::fromStdString(existing->description));
        m_scopes->setText(joinList(existing->scopes));
        m_audience->setText(joinList(existing->audience));
        if (existing->expiry > 0)
            m_expiry->setValue(int(std::clamp<std::int64_t>(existing->expiry, kMinExpirySeconds, kMaxExpirySeconds)));
        QStringList claims;
        for (const entities::CustomClaim &claim : existing->customClaims)
            claims << QString::fromStdString(claim.key) + u'=' + QString::fromStdString(claim.value);
        m_claims->setPlainText(claims.join(u'\n'));
    }

    FieldErrors *errors = fieldErrors();
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), errors->addField(QStringLiteral("name"), m_name));
    form->addRow(tr("Description"), m_description);
    form->addRow(QString(), errors->addField(QStringLiteral("description"), m_description));
    form->addRow(tr("Scopes"), m_scopes);
    form->addRow(QString(), errors->addField(QStringLiteral("scopes"), m_scopes));
    form->addRow(tr("Audience"), m_audience);
    form->addRow(QString(), errors->addField(QStringLiteral("audience"), m_audience));
    form->addRow(tr("Token lifetime"), m_expiry);
    form->addRow(QString(), errors->addField(QStringLiteral("expiry"), m_expiry));
    form->addRow(tr("Custom claims"), m_claims);
    form->addRow(QString(), errors->addField(QStringLiteral("custom_claims"), m_claims));
    bodyLayout()->addLayout(form);
    resize(500, 420);
}

std::optional<std::vector<entities::CustomClaim>> ApiClientFormDialog::parseClaims(QString *problem) const
{
    std::vector<entities::CustomClaim> claims;
    const QStringList lines = m_claims->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString key = eq < 0 ? line : line.left(eq).trimmed();
        if (eq < 0 || key.isEmpty() || key.size() > kMaxClaimKeyLength) {
            *problem = tr("Write each claim as key=value, with a key of 1 to 128 characters (\"%1\").").arg(line);
            return std::nullopt;
        }
        claims.push_back({key.toStdString(), line.mid(eq + 1).trimmed().toStdString()});
    }
    return claims;
}

bool ApiClientFormDialog::validate()
{
    FieldErrors *errors = fieldErrors();
    bool ok = true;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name.size() > kMaxNameLength) {
        errors->setFieldError(QStringLiteral("name"), tr("Enter a name of 1 to 128 characters."));
        ok = false;
    }
    if (m_description->toPlainText().size() > kMaxDescriptionLength) {
        errors->setFieldError(QStringLiteral("description"), tr("At most 512 characters."));
        ok = false;
    }
    QString problem;
    if (!parseClaims(&problem)) {
        errors->setFieldError(QStringLiteral("custom_claims"), problem);
        ok = false;
    }
    return ok;
}

entities::OrganizationClient ApiClientFormDialog::body() const
{
    entities::OrganizationClient body;
    body.name = m_name->text().trimmed().toStdString();
    body.description = m_description->toPlainText().toStdString();
    body.scopes = splitList(m_scopes->text());
    body.audience = splitList(m_audience->text());
    body.expiry = m_expiry->value();
    QString ignored;
    body.customClaims = parseClaims(&ignored).value_or(std::vector<entities::CustomClaim>{});
    return body;
}

api::ApiCall *ApiClientFormDialog::submit()
{
    services::OrganizationClientsService &service = m_services->organizationClients();
    const std::string org = m_organizationId.toStdString();
    if (isEdit()) {
        return service.update(org, m_existing->clientId, body(), this,
                              completion<M2MClient>([this](const M2MClient &client) { emit updated(client); }));
    }
    using Response = entities::CreateOrganizationClientResponse;
    return service.create(org, body(), this, completion<Response>([this](Response &response) {
        QString secret = QString::fromStdString(response.plainSecret);
        std::fill(response.plainSecret.begin(), response.plainSecret.end(), '\0');
        emit created(response.client, secret);
        secret.fill(u'\0');
    }));
}

} // namespace sk::ui
