#include "ui/organizations/organizationdialog.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "services/resources/organizationsservice.h"
#include "ui/organizations/metadataeditor.h"
#include "ui/widgets/fielderrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace sk::ui {

using entities::Organization;

namespace {
// The spec's slug pattern: DNS labels of lowercase letters, digits and inner hyphens.
const QRegularExpression &slugPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"));
    return pattern;
}

std::optional<std::string> optionalText(const QLineEdit *edit)
{
    const QString value = edit->text().trimmed();
    return value.isEmpty() ? std::nullopt : std::optional<std::string>(value.toStdString());
}
} // namespace

OrganizationDialog::OrganizationDialog(services::Services *services, const std::optional<Organization> &existing,
                                       QWidget *parent)
    : RequestDialog(parent)
    , m_services(services)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("organizationDialog"));
    setWindowTitle(existing ? tr("Edit organization — %1").arg(models::text(existing->displayName))
                            : tr("New organization"));
    setSubmitText(existing ? tr("Save") : tr("Create"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto field = [&](QLineEdit *&edit, const char *name, const QString &label, const QString &serverField,
                     int maxLength, const QString &placeholder) {
        edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(maxLength);
        edit->setPlaceholderText(placeholder);
        QLabel *error = fieldErrors()->addField(serverField, edit);
        form->addRow(label, edit);
        form->addRow(QString(), error);
    };
    field(m_name, "organizationName", tr("&Name"), QStringLiteral("display_name"), kMaxNameLength,
          tr("Acme Corporation (required, up to 200 characters)"));
    field(m_externalId, "organizationExternalId", tr("E&xternal ID"), QStringLiteral("external_id"),
          kMaxExternalIdLength, tr("Your system's ID for this customer (unique, optional)"));
    field(m_slug, "organizationSlug", tr("&Slug"), QStringLiteral("slug"), kMaxSlugLength,
          tr("acme or oauth.acme.com (lowercase letters, digits, hyphens, dots)"));
    field(m_logoUrl, "organizationLogoUrl", tr("&Logo URL"), QStringLiteral("logo_url"), kMaxLogoUrlLength,
          tr("https://cdn.example.com/logo.png"));

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("organizationRegion"));
    m_region->addItem(tr("US"), int(entities::RegionCode::Us));
    m_region->addItem(tr("EU"), int(entities::RegionCode::Eu));
    QLabel *regionError = fieldErrors()->addField(QStringLiteral("region_code"), m_region);
    if (!existing) {
        form->addRow(tr("&Region"), m_region);
        form->addRow(QString(), regionError);
    } else {
        m_region->hide();
    }

    m_metadata = new MetadataEditor(this);
    m_metadata->setObjectName(QStringLiteral("organizationMetadata"));
    QLabel *metadataError = fieldErrors()->addField(QStringLiteral("metadata"), m_metadata);
    form->addRow(tr("&Metadata"), m_metadata);
    form->addRow(QString(), metadataError);
    bodyLayout()->addLayout(form);

    if (existing) {
        m_name->setText(models::text(existing->displayName));
        m_externalId->setText(models::text(existing->externalId));
        m_slug->setText(models::text(existing->slug));
        m_logoUrl->setText(models::text(existing->logoUrl));
        m_metadata->setMetadata(existing->metadata);
    }
    resize(560, 520);
    m_name->setFocus();
}

bool OrganizationDialog::validate()
{
    bool ok = true;
    auto fail = [&](const QString &field, const QString &message) {
        fieldErrors()->setFieldError(field, message);
        ok = false;
    };
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        fail(QStringLiteral("display_name"), tr("A name is required."));
    else if (name.size() > kMaxNameLength)
        fail(QStringLiteral("display_name"), tr("At most %1 characters.").arg(kMaxNameLength));
    if (m_externalId->text().trimmed().size() > kMaxExternalIdLength)
        fail(QStringLiteral("external_id"), tr("At most %1 characters.").arg(kMaxExternalIdLength));
    const QString slug = m_slug->text().trimmed();
    if (!slug.isEmpty() && (slug.size() > kMaxSlugLength || !slugPattern().match(slug).hasMatch()))
        fail(QStringLiteral("slug"), tr("Use lowercase letters, digits and hyphens, in dot-separated labels "
                                        "(like acme or oauth.acme.com)."));
    const QString logo = m_logoUrl->text().trimmed();
    if (!logo.isEmpty()) {
        const QUrl url(logo, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
            fail(QStringLiteral("logo_url"), tr("Must be an https:// URL."));
    }
    if (const QStringList problems = m_metadata->problems(); !problems.isEmpty())
        fail(QStringLiteral("metadata"), problems.join(u'\n'));
    if (!ok)
        fieldErrors()->setGeneralError(tr("Please correct the fields marked in red."));
    return ok;
}

api::ApiCall *OrganizationDialog::submit()
{
    services::OrganizationsService &service = m_services->organizations();
    auto callback = [this](api::Result<Organization> result) { finish(std::move(result)); };
    if (!m_existing) {
        entities::CreateOrganization create;
        create.displayName = m_name->text().trimmed().toStdString();
        create.externalId = optionalText(m_externalId);
        create.slug = optionalText(m_slug);
        create.logoUrl = optionalText(m_logoUrl);
        create.regionCode = entities::Enum<entities::RegionCode>(entities::RegionCode(m_region->currentData().toInt()));
        create.metadata = m_metadata->metadata();
        return service.create(create, this, std::move(callback));
    }
    // Only what changed is sent; cleared text fields are sent empty (the API clears them).
    entities::UpdateOrganization update;
    const std::string name = m_name->text().trimmed().toStdString();
    if (name != m_existing->displayName)
        update.displayName = name;
    auto changed = [](const QLineEdit *edit, const std::optional<std::string> &before) -> std::optional<std::string> {
        const std::string now = edit->text().trimmed().toStdString();
        return now == before.value_or(std::string()) ? std::nullopt : std::optional<std::string>(now);
    };
    update.externalId = changed(m_externalId, m_existing->externalId);
    update.slug = changed(m_slug, m_existing->slug);
    update.logoUrl = changed(m_logoUrl, m_existing->logoUrl);
    if (m_metadata->metadata() != m_existing->metadata)
        update.metadata = m_metadata->metadata();
    if (update == entities::UpdateOrganization{}) {
        m_saved = m_existing;
        succeeded(); // nothing changed: nothing to send
        return nullptr;
    }
    return service.update(m_existing->id, update, this, std::move(callback));
}

void OrganizationDialog::finish(api::Result<Organization> result)
{
    if (!result) {
        failed(result.error());
        return;
    }
    m_saved = result.value();
    emit organizationSaved(*m_saved);
    succeeded();
}

} // namespace sk::ui
