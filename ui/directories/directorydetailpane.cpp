#include "ui/directories/directorydetailpane.h"

#include "models/core/displayformat.h"
#include "models/directories/directoryformat.h"
#include "services/core/environmentstatus.h"
#include "services/resources/services.h"
#include "ui/directories/directorymemberspanel.h"
#include "ui/widgets/statuscolors.h"
#include "ui/widgets/textstyle.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

using entities::Directory;
using models::text;
namespace format = models::directoryformat;

namespace {

QLabel *valueLabel(QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

void clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

void addRow(QFormLayout *form, const QString &label, const QString &value)
{
    QLabel *v = valueLabel(form->parentWidget());
    v->setText(orDash(value));
    form->addRow(label, v);
}

} // namespace

DirectoryDetailPane::DirectoryDetailPane(services::Services *services, services::EnvironmentStatus *status,
                                         QWidget *parent)
    : QWidget(parent)
    , m_environment(status)
    , m_pages(new QTabWidget(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_identity(new QFormLayout)
    , m_endpoint(valueLabel(this, QStringLiteral("directoryEndpoint")))
    , m_copyEndpoint(new QToolButton(this))
    , m_token(valueLabel(this, QStringLiteral("directoryToken")))
    , m_stats(new QFormLayout)
    , m_roles(valueLabel(this, QStringLiteral("directoryRoleAssignments")))
    , m_attributes(valueLabel(this, QStringLiteral("directoryAttributeMappings")))
    , m_toggle(new QPushButton(this))
    , m_syncNow(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Sync now"), this))
    , m_rotate(new QPushButton(QIcon(QStringLiteral(":/icons/key.svg")), tr("Rotate token…"), this))
    , m_users(new DirectoryMembersPanel(DirectoryMembersPanel::Kind::Users, &services->directories(), this))
    , m_groups(new DirectoryMembersPanel(DirectoryMembersPanel::Kind::Groups, &services->directories(), this))
{
    setObjectName(QStringLiteral("directoryDetail"));
    m_pages->setObjectName(QStringLiteral("directoryPages"));
    setDetailHeading(m_title, m_subtitle);
    m_subtitle->setObjectName(QStringLiteral("directorySubtitle"));
    m_subtitle->setToolTip(tr("Click the organization to see its members (Users tab)"));
    m_status->setObjectName(QStringLiteral("directoryStatusBadge"));
    m_advice->setWordWrap(true);
    m_sync->setObjectName(QStringLiteral("directorySync"));
    m_sync->setWordWrap(true);
    m_copyEndpoint->setObjectName(QStringLiteral("directoryCopyEndpoint"));
    m_copyEndpoint->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copyEndpoint->setToolTip(tr("Copy the SCIM endpoint"));
    m_toggle->setObjectName(QStringLiteral("directoryToggle"));
    m_syncNow->setObjectName(QStringLiteral("directorySyncNow"));
    m_rotate->setObjectName(QStringLiteral("directoryRotateToken"));
    m_rotate->setToolTip(tr("Make a new SCIM bearer token (shown once) and retire the current one"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_advice, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_toggle);
    actions->addWidget(m_syncNow);
    actions->addStretch(1);
    actions->addWidget(m_rotate);

    auto *identityBox = new QGroupBox(tr("Directory"), this);
    identityBox->setLayout(m_identity);

    auto *scimBox = new QGroupBox(tr("SCIM"), this);
    auto *scim = new QFormLayout(scimBox);
    auto *endpointRow = new QHBoxLayout;
    endpointRow->addWidget(m_endpoint, 1);
    endpointRow->addWidget(m_copyEndpoint, 0, Qt::AlignTop);
    scim->addRow(tr("Endpoint"), endpointRow);
    scim->addRow(tr("Bearer token"), m_token);
    auto *tokenNote
        = new QLabel(tr("Only the token's last characters are kept. A new token is shown once, when "
                        "you rotate it."),
                     scimBox);
    tokenNote->setWordWrap(true);
    tokenNote->setStyleSheet(textStyle(TextRole::Muted));
    scim->addRow(tokenNote);

    auto *statsBox = new QGroupBox(tr("Sync"), this);
    auto *statsLayout = new QVBoxLayout(statsBox);
    statsLayout->addWidget(m_sync);
    statsLayout->addLayout(m_stats);

    auto *rolesBox = new QGroupBox(tr("Group → role assignments"), this);
    (new QVBoxLayout(rolesBox))->addWidget(m_roles);
    auto *attributesBox = new QGroupBox(tr("Attribute mappings"), this);
    (new QVBoxLayout(attributesBox))->addWidget(m_attributes);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(statusRow);
    layout->addLayout(actions);
    layout->addWidget(statsBox);
    layout->addWidget(scimBox);
    layout->addWidget(identityBox);
    layout->addWidget(rolesBox);
    layout->addWidget(attributesBox);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_pages->addTab(scroll, tr("Overview"));
    m_pages->addTab(m_users, QIcon(QStringLiteral(":/icons/users.svg")), tr("Users"));
    m_pages->addTab(m_groups, tr("Groups"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_copyEndpoint, &QToolButton::clicked, this, [this] {
        if (m_directory)
            QGuiApplication::clipboard()->setText(text(m_directory->directoryEndpoint));
    });
    connect(m_toggle, &QPushButton::clicked, this, &DirectoryDetailPane::toggleRequested);
    connect(m_syncNow, &QPushButton::clicked, this, &DirectoryDetailPane::syncRequested);
    connect(m_rotate, &QPushButton::clicked, this, &DirectoryDetailPane::rotateTokenRequested);
    connect(m_subtitle, &QLabel::linkActivated, this, &DirectoryDetailPane::organizationRequested);
    // Group names for the role assignments and the users' group filter, as the groups load.
    connect(m_groups->model(), &QAbstractItemModel::rowsInserted, this,
            &DirectoryDetailPane::fillRoleAssignments);
    connect(m_groups->model(), &models::PagedTableModel::stateChanged, this,
            &DirectoryDetailPane::fillRoleAssignments);
    connect(m_groups, &DirectoryMembersPanel::groupOpened, this, [this](const QString &groupId) {
        m_users->showGroup(groupId);
        m_pages->setCurrentIndex(kUsersPage);
    });
    connect(m_environment, &services::EnvironmentStatus::writableChanged, this,
            &DirectoryDetailPane::updateButtons);
    setDirectory(std::nullopt);
}

void DirectoryDetailPane::setDirectory(const std::optional<Directory> &directory,
                                       const QString &organizationName)
{
    const bool sameDirectory = directory && m_directory && directory->id == m_directory->id;
    m_directory = directory;
    if (!sameDirectory) { // a refresh of the same directory keeps the members' filters and pages
        m_users->setDirectory(directory ? directory->organizationId : std::string(),
                              directory ? directory->id : std::string());
        m_groups->setDirectory(directory ? directory->organizationId : std::string(),
                               directory ? directory->id : std::string());
    }
    clearForm(m_identity);
    clearForm(m_stats);
    if (!directory) {
        m_title->setText(tr("No directory selected"));
        for (QLabel *label :
             { m_subtitle, m_status, m_advice, m_sync, m_endpoint, m_token, m_roles, m_attributes })
            label->clear();
        m_status->setStyleSheet({});
        updateButtons();
        return;
    }
    fillOverview(*directory, organizationName);
    updateButtons();
}

void DirectoryDetailPane::fillOverview(const Directory &d, const QString &organizationName)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_title->setText(text(d.name));
    const QString org = organizationName.isEmpty() ? text(d.organizationId) : organizationName;
    m_subtitle->setText(tr("%1 · %2 · <a href=\"%3\">%4</a>")
                            .arg(format::providerText(d.directoryProvider).toHtmlEscaped(),
                                 format::typeText(d.directoryType).toHtmlEscaped(),
                                 text(d.organizationId).toHtmlEscaped(), org.toHtmlEscaped()));
    const models::StatusBadge badge = format::statusBadge(d.status);
    m_status->setText(QStringLiteral(" %1 ").arg(badge.text));
    m_status->setStyleSheet(badgeStyleSheet(badge.tone, palette()));
    m_advice->setText(d.enabled ? badge.tooltip
                                : tr("Disabled: the identity provider's changes are not applied."));

    const models::StatusBadge sync = format::syncBadge(d, now);
    const bool stale = format::isStale(d, now);
    m_sync->setText(d.lastSyncedAt.isSet() ? tr("Last synced %1 (%2). %3")
                                                 .arg(sync.text, models::formatTimestamp(d.lastSyncedAt),
                                                      stale ? sync.tooltip : QString())
                                           : sync.tooltip);
    m_sync->setStyleSheet(stale ? textStyle(TextRole::Warning) : QString());
    addRow(m_stats, tr("Users"), QString::number(d.stats.totalUsers ? d.stats.totalUsers : d.totalUsers));
    addRow(m_stats, tr("Groups"), QString::number(d.stats.totalGroups ? d.stats.totalGroups : d.totalGroups));
    addRow(m_stats, tr("Users updated"), models::formatTimestamp(d.stats.userUpdatedAt));
    addRow(m_stats, tr("Groups updated"), models::formatTimestamp(d.stats.groupUpdatedAt));

    m_endpoint->setText(orDash(text(d.directoryEndpoint)));
    if (const entities::DirectorySecret *secret = format::activeSecret(d)) {
        QString token = tr("…%1, created %2")
                            .arg(text(secret->secretSuffix), models::formatTimestamp(secret->createTime));
        token += secret->expireTime.isSet() ? tr(", expires %1 (%2)")
                                                  .arg(models::formatTimestamp(secret->expireTime),
                                                       models::relativeTime(secret->expireTime, now))
                                            : tr(", does not expire");
        token += secret->lastUsedTime.isSet()
            ? tr(", last used %1").arg(models::relativeTime(secret->lastUsedTime, now))
            : tr(", never used");
        const auto retired
            = std::count_if(d.secrets.begin(), d.secrets.end(), [](const entities::DirectorySecret &s) {
                  return s.status != entities::DirectorySecretStatus::Active;
              });
        if (retired > 0)
            token += tr(" (%1 older token(s) inactive)").arg(retired);
        m_token->setText(token);
    } else {
        m_token->setText(d.secrets.empty() ? tr("No token yet: make one with Rotate token.")
                                           : tr("No active token: every token is inactive."));
    }

    addRow(m_identity, tr("ID"), text(d.id));
    addRow(m_identity, tr("Organization"),
           org == text(d.organizationId) ? org : tr("%1 (%2)").arg(org, text(d.organizationId)));
    addRow(m_identity, tr("Enabled"), models::yesNo(d.enabled));
    addRow(m_identity, tr("Status"), text(d.status));
    addRow(m_identity, tr("Contact"), text(d.email));
    addRow(m_identity, tr("Groups tracked"), text(d.groupsTracked));

    fillRoleAssignments();
    QStringList mappings;
    for (const auto &m : d.attributeMappings)
        mappings << QStringLiteral("%1 ← %2").arg(text(m.key).toHtmlEscaped(), text(m.mapTo).toHtmlEscaped());
    m_attributes->setText(mappings.isEmpty() ? tr("Default mappings.")
                                             : mappings.join(QStringLiteral("<br>")));
}

void DirectoryDetailPane::fillRoleAssignments()
{
    if (!m_directory)
        return;
    // Group names come from the Groups page as it loads; an ID stands in until then.
    auto *groups = m_groups->groupsModel();
    QStringList lines;
    QList<QPair<QString, QString>> groupList;
    for (int row = 0; row < groups->entityCount(); ++row) {
        if (const auto *g = groups->groupAt(row))
            groupList.append({ text(g->id), text(g->displayName) });
    }
    m_users->setGroups(groupList);
    for (const auto &a : m_directory->roleAssignments) {
        const int row = groups->rowOf(a.groupId);
        const bool loading = groups->state() == models::PagedTableModel::State::Loading;
        const QString group = row >= 0 ? text(groups->groupAt(row)->displayName)
            : loading                  ? tr("a group (loading its name…)")
                                       : text(a.groupId);
        lines
            << QStringLiteral("%1 → <b>%2</b>").arg(group.toHtmlEscaped(), text(a.roleName).toHtmlEscaped());
    }
    m_roles->setText(lines.isEmpty() ? tr("No group grants a role: members get the default role.")
                                     : lines.join(QStringLiteral("<br>")));
}

void DirectoryDetailPane::updateButtons()
{
    const bool has = m_directory.has_value();
    const bool writable = m_environment->canWrite();
    m_toggle->setText(has && m_directory->enabled ? tr("Disable…") : tr("Enable…"));
    m_toggle->setEnabled(has && writable);
    m_syncNow->setEnabled(has && writable && m_directory->enabled);
    m_syncNow->setToolTip(has && !m_directory->enabled ? tr("Enable the directory first")
                                                       : tr("Ask the directory to sync now"));
    m_rotate->setEnabled(has && writable);
    m_copyEndpoint->setEnabled(has && !m_directory->directoryEndpoint.empty());
}

} // namespace sk::ui
