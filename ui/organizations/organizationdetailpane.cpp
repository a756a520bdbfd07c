#include "ui/organizations/organizationdetailpane.h"

#include "ui/widgets/textstyle.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/connectionsservice.h"
#include "services/resources/directoriesservice.h"
#include "services/resources/organizationsservice.h"
#include "services/resources/usersservice.h"
#include "ui/organizations/domainspanel.h"
#include "ui/organizations/metadataeditor.h"
#include "ui/organizations/sessionpolicypanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sk::ui {

using entities::Organization;
using services::EnvironmentStatus;

namespace {
QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QString dash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QPushButton *actionButton(const QString &icon, const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(QIcon(icon), text, parent);
    button->setObjectName(QString::fromLatin1(name));
    return button;
}
} // namespace

OrganizationDetailPane::OrganizationDetailPane(services::Services *services, EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_status(status)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("organizationDetail"));
    auto *placeholder = new QLabel(tr("Select an organization to see its details."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setStyleSheet(textStyle(TextRole::Muted));

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(12, 10, 12, 12);
    column->setSpacing(10);
    column->addWidget(buildHeader());
    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("organizationDetailError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(textStyle(TextRole::Error));
    m_error->hide();
    column->addWidget(m_error);
    column->addWidget(buildDetails());
    column->addWidget(buildCounts());
    column->addWidget(buildFeatures());
    column->addWidget(buildMetadata());
    m_domains = new DomainsPanel(services, status, content);
    column->addWidget(m_domains);
    m_sessionPolicy = new SessionPolicyPanel(services, status, content);
    column->addWidget(m_sessionPolicy);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_status, &EnvironmentStatus::writableChanged, this, &OrganizationDetailPane::updateWritable);
    connect(m_domains, &DomainsPanel::failed, this, &OrganizationDetailPane::showError);
    connect(m_sessionPolicy, &SessionPolicyPanel::failed, this, &OrganizationDetailPane::showError);
    updateWritable();
}

QWidget *OrganizationDetailPane::buildHeader()
{
    auto *header = new QWidget(this);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("organizationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_subtitle = valueLabel(header);
    m_subtitle->setStyleSheet(textStyle(TextRole::Muted));

    m_edit = actionButton(QStringLiteral(":/icons/edit.svg"), tr("Edit…"), "detailEdit", header);
    m_portal = actionButton(QStringLiteral(":/icons/link.svg"), tr("Portal link…"), "detailPortalLink", header);
    m_clients = actionButton(QStringLiteral(":/icons/key.svg"), tr("API clients…"), "detailApiClients", header);
    m_delete = actionButton(QStringLiteral(":/icons/delete.svg"), tr("Delete…"), "detailDelete", header);
    connect(m_edit, &QPushButton::clicked, this, &OrganizationDetailPane::editRequested);
    connect(m_portal, &QPushButton::clicked, this, &OrganizationDetailPane::portalLinkRequested);
    connect(m_clients, &QPushButton::clicked, this, &OrganizationDetailPane::apiClientsRequested);
    connect(m_delete, &QPushButton::clicked, this, &OrganizationDetailPane::deleteRequested);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_portal);
    buttons->addWidget(m_clients);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    return header;
}

QWidget *OrganizationDetailPane::buildDetails()
{
    auto *box = new QGroupBox(tr("Details"), this);
    m_details = new QFormLayout(box);
    const QStringList labels = {tr("ID"),         tr("External ID"), tr("Slug"),   tr("Region"),
                                tr("Logo URL"),   tr("Created"),     tr("Updated")};
    for (const QString &label : labels) {
        QLabel *value = valueLabel(box);
        m_detailValues << value;
        m_details->addRow(label, value);
    }
    m_detailValues.first()->setObjectName(QStringLiteral("organizationIdValue"));
    return box;
}

QWidget *OrganizationDetailPane::buildCounts()
{
    auto *box = new QGroupBox(tr("Related"), this);
    auto *layout = new QHBoxLayout(box);
    auto link = [box, layout](const char *name) {
        auto *label = new QLabel(box);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        layout->addWidget(label);
        return label;
    };
    m_members = link("membersLink");
    layout->addSpacing(16);
    m_connections = link("connectionsLink");
    layout->addSpacing(16);
    m_directories = link("directoriesLink");
    layout->addStretch(1);
    connect(m_members, &QLabel::linkActivated, this, [this] {
        if (m_organization)
            emit membersRequested(models::text(m_organization->id), models::text(m_organization->displayName));
    });
    connect(m_connections, &QLabel::linkActivated, this, [this] {
        if (m_organization)
            emit connectionsRequested(models::text(m_organization->id));
    });
    connect(m_directories, &QLabel::linkActivated, this, [this] {
        if (m_organization)
            emit directoriesRequested(models::text(m_organization->id));
    });
    return box;
}

QWidget *OrganizationDetailPane::buildFeatures()
{
    auto *box = new QGroupBox(tr("Features"), this);
    m_sso = new QCheckBox(tr("Enterprise SSO"), box);
    m_sso->setObjectName(QStringLiteral("featureSso"));
    m_dirSync = new QCheckBox(tr("Directory sync (SCIM)"), box);
    m_dirSync->setObjectName(QStringLiteral("featureDirSync"));
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(m_sso);
    layout->addWidget(m_dirSync);
    layout->addStretch(1);
    // clicked, not toggled: only the user's clicks send anything.
    connect(m_sso, &QCheckBox::clicked, this, [this](bool on) { setFeature(entities::features::kSso, on); });
    connect(m_dirSync, &QCheckBox::clicked, this, [this](bool on) { setFeature(entities::features::kDirSync, on); });
    return box;
}

QWidget *OrganizationDetailPane::buildMetadata()
{
    auto *box = new QGroupBox(tr("Metadata"), this);
    m_metadata = new MetadataEditor(box);
    m_metadata->setObjectName(QStringLiteral("detailMetadata"));
    m_saveMetadata = new QPushButton(tr("Save metadata"), box);
    m_saveMetadata->setObjectName(QStringLiteral("saveMetadata"));
    m_discardMetadata = new QPushButton(tr("Discard"), box);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_discardMetadata);
    buttons->addWidget(m_saveMetadata);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_metadata);
    layout->addLayout(buttons);
    connect(m_metadata, &MetadataEditor::edited, this, &OrganizationDetailPane::updateWritable);
    connect(m_saveMetadata, &QPushButton::clicked, this, &OrganizationDetailPane::saveMetadata);
    connect(m_discardMetadata, &QPushButton::clicked, this, [this] {
        if (m_organization)
            m_metadata->setMetadata(m_organization->metadata);
        updateWritable();
    });
    return box;
}

void OrganizationDetailPane::setOrganization(const std::optional<Organization> &organization)
{
    const bool same = organization && m_organization && organization->id == m_organization->id;
    m_organization = organization;
    if (!same) {
        delete m_scope.data(); // abandon the last organization's requests
        m_scope = new QObject(this);
        m_error->hide();
    }
    m_stack->setCurrentIndex(m_organization ? 1 : 0);
    if (!m_organization) {
        m_domains->setOrganizationId({});
        m_sessionPolicy->setOrganizationId({});
        return;
    }
    showOrganization();
    if (!same) {
        m_metadata->setMetadata(m_organization->metadata);
        const QString id = models::text(m_organization->id);
        m_domains->setOrganizationId(id);
        m_sessionPolicy->setOrganizationId(id);
        loadCounts();
    }
    updateWritable();
}

void OrganizationDetailPane::showOrganization()
{
    const Organization &org = *m_organization;
    m_title->setText(models::text(org.displayName));
    m_subtitle->setText(models::text(org.id));
    const QStringList values = {models::text(org.id),
                                models::text(org.externalId),
                                models::text(org.slug),
                                models::text(org.regionCode.name()),
                                models::text(org.logoUrl),
                                models::formatTimestamp(org.createTime),
                                models::formatTimestamp(org.updateTime)};
    for (int i = 0; i < values.size(); ++i)
        m_detailValues.at(i)->setText(dash(values.at(i)));
    m_sso->setChecked(org.settings.featureEnabled(entities::features::kSso).value_or(false));
    m_dirSync->setChecked(org.settings.featureEnabled(entities::features::kDirSync).value_or(false));
    if (!m_metadata->isModified())
        m_metadata->setMetadata(org.metadata);
}

void OrganizationDetailPane::loadCounts()
{
    const std::string id = m_organization->id;
    m_pendingCounts = 3;
    const QString loading = tr("loading…");
    m_members->setText(tr("Members: %1").arg(loading));
    m_connections->setText(tr("SSO connections: %1").arg(loading));
    m_directories->setText(tr("Directories: %1").arg(loading));
    auto show = [this](QLabel *label, const QString &one, const QString &many, std::optional<int> count) {
        --m_pendingCounts;
        label->setText(count ? QStringLiteral("<a href=\"open\">%1</a>").arg(models::countOf(*count, one, many).toHtmlEscaped())
                             : many + QStringLiteral(": ") + tr("failed to load"));
    };
    m_services->users().listOrganizationUsers(
        id, {1, {}}, m_scope, [this, show](api::Result<entities::Page<entities::User>> result) {
            show(m_members, tr("member"), tr("members"),
                 result ? std::optional<int>(std::max<int>(result.value().totalSize, int(result.value().items.size())))
                        : std::nullopt);
        });
    m_services->connections().list(
        {id, {}, {}}, m_scope, [this, show](api::Result<std::vector<entities::ListConnection>> result) {
            show(m_connections, tr("SSO connection"), tr("SSO connections"),
                 result ? std::optional<int>(int(result.value().size())) : std::nullopt);
        });
    m_services->directories().list(
        id, m_scope, [this, show](api::Result<std::vector<entities::Directory>> result) {
            show(m_directories, tr("directory"), tr("directories"),
                 result ? std::optional<int>(int(result.value().size())) : std::nullopt);
        });
}

void OrganizationDetailPane::setFeature(std::string_view feature, bool enabled)
{
    if (!m_organization || !m_status->canWrite())
        return;
    entities::OrganizationSettings settings;
    settings.features.push_back({std::string(feature), enabled});
    m_sso->setEnabled(false);
    m_dirSync->setEnabled(false);
    m_services->organizations().updateSettings(
        m_organization->id, settings, m_scope, [this](api::Result<Organization> result) {
            if (!result) {
                showError(tr("Could not change the feature: %1").arg(result.error().describe()));
                showOrganization(); // back to what the server has
            } else {
                applyServerOrganization(result.value());
            }
            updateWritable();
        });
}

void OrganizationDetailPane::saveMetadata()
{
    if (!m_organization || !m_status->canWrite())
        return;
    if (const QStringList problems = m_metadata->problems(); !problems.isEmpty()) {
        showError(problems.join(u'\n'));
        return;
    }
    entities::UpdateOrganization update;
    update.metadata = m_metadata->metadata();
    m_saveMetadata->setEnabled(false);
    m_services->organizations().update(
        m_organization->id, update, m_scope, [this](api::Result<Organization> result) {
            if (!result) {
                showError(tr("Could not save the metadata: %1").arg(result.error().describe()));
            } else {
                m_metadata->setModified(false);
                applyServerOrganization(result.value());
                m_metadata->setMetadata(result.value().metadata);
            }
            updateWritable();
        });
}

void OrganizationDetailPane::applyServerOrganization(const Organization &organization)
{
    m_error->hide();
    m_organization = organization;
    showOrganization();
    emit organizationChanged(organization);
}

void OrganizationDetailPane::updateWritable()
{
    const bool writable = m_status->canWrite() && m_organization.has_value();
    m_edit->setEnabled(writable);
    m_portal->setEnabled(writable);
    m_clients->setEnabled(m_organization.has_value());
    m_delete->setEnabled(writable);
    m_sso->setEnabled(writable);
    m_dirSync->setEnabled(writable);
    m_metadata->setEditable(writable);
    m_saveMetadata->setEnabled(writable && m_metadata->isModified());
    m_discardMetadata->setEnabled(m_metadata->isModified());
    const QString why = m_status->isReadOnly() ? tr("This environment is read-only.") : QString();
    for (QWidget *widget : {static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_portal),
                            static_cast<QWidget *>(m_delete)})
        widget->setToolTip(why);
}

void OrganizationDetailPane::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace sk::ui
