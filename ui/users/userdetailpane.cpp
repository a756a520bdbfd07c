#include "ui/users/userdetailpane.h"

#include "ui/widgets/textstyle.h"

#include "ui/widgets/statusbadgedelegate.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "models/users/userformat.h"
#include "services/resources/usersservice.h"
#include "ui/users/usersessionspanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sk::ui {

using entities::OrganizationMembership;
using entities::User;
using models::formatTimestamp;
using models::text;

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *cell(const QString &value, const QString &tooltip = {})
{
    auto *item = new QTableWidgetItem(value);
    item->setToolTip(tooltip.isEmpty() ? value : tooltip);
    return item;
}

QLabel *selectableLabel(const QString &value, QWidget *parent)
{
    auto *label = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

UserDetailPane::UserDetailPane(services::Services *services, services::EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_stack(new QStackedWidget(this))
    , m_name(new QLabel(this))
    , m_email(new QLabel(this))
    , m_id(new QLabel(this))
    , m_organization(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_sessions(new UserSessionsPanel(services, status, this))
{
    setObjectName(QStringLiteral("userDetailPane"));
    auto *placeholder = new QLabel(tr("Select a user to see their profile, memberships, roles and sessions."), this);
    placeholder->setObjectName(QStringLiteral("userDetailPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setStyleSheet(textStyle(TextRole::Muted) + QStringLiteral(" padding: 24px;"));

    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setObjectName(QStringLiteral("userDetailName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email->setObjectName(QStringLiteral("userDetailEmail"));
    m_email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setObjectName(QStringLiteral("userDetailId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setStyleSheet(textStyle(TextRole::Muted));
    m_organization->setObjectName(QStringLiteral("userDetailOrganization"));
    m_organization->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organization->setMinimumContentsLength(24);

    auto *orgRow = new QHBoxLayout;
    orgRow->addWidget(new QLabel(tr("Organization:"), this));
    orgRow->addWidget(m_organization, 1);

    m_tabs->setObjectName(QStringLiteral("userDetailPages"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildProfilePage(), tr("Profile"));
    m_tabs->addTab(buildMembershipsPage(), tr("Memberships"));
    m_tabs->addTab(buildRolesPage(), tr("Roles && permissions"));
    m_tabs->addTab(m_sessions, tr("Sessions"));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 8, 8, 0);
    detailLayout->addWidget(m_name);
    detailLayout->addWidget(m_email);
    detailLayout->addWidget(m_id);
    detailLayout->addLayout(orgRow);
    detailLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_organization, &QComboBox::currentIndexChanged, this, [this] {
        loadRolesAndPermissions();
        const QString org = currentOrganizationId();
        for (int row = 0; row < m_memberships->rowCount(); ++row) {
            if (m_memberships->item(row, 0)->data(Qt::UserRole).toString() == org && m_memberships->currentRow() != row)
                m_memberships->selectRow(row);
        }
        emit currentOrganizationChanged(org);
    });
    connect(m_memberships, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            setCurrentOrganization(m_memberships->item(row, 0)->data(Qt::UserRole).toString());
    });
}

QWidget *UserDetailPane::buildProfilePage()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_profileForm = new QFormLayout;
    m_profileForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_attributes = makeTable({tr("Kind"), tr("Key"), tr("Value")}, content);
    m_attributes->setObjectName(QStringLiteral("userAttributesTable"));
    m_attributes->setColumnWidth(0, 130);
    m_attributes->setColumnWidth(1, 140);
    m_attributes->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->addLayout(m_profileForm);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Custom attributes and metadata:"), content));
    layout->addWidget(m_attributes);
    layout->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

QWidget *UserDetailPane::buildMembershipsPage()
{
    m_memberships = makeTable({tr("Organization"), tr("Status"), tr("Roles"), tr("Joined"), tr("Invite expires"),
                               tr("Provisioning")},
                              this);
    m_memberships->setObjectName(QStringLiteral("userMembershipsTable"));
    m_memberships->setItemDelegate(new StatusBadgeDelegate(m_memberships));
    m_memberships->setColumnWidth(0, 170);
    m_memberships->setColumnWidth(1, 110);
    m_memberships->setColumnWidth(2, 130);
    m_memberships->setColumnWidth(3, 120);
    m_memberships->setColumnWidth(4, 120);
    return m_memberships;
}

QWidget *UserDetailPane::buildRolesPage()
{
    auto *page = new QWidget(this);
    m_rolesStatus = new QLabel(page);
    m_rolesStatus->setObjectName(QStringLiteral("userRolesStatus"));
    m_rolesStatus->setWordWrap(true);
    m_roles = new QListWidget(page);
    m_roles->setObjectName(QStringLiteral("userRolesList"));
    m_roles->setMaximumHeight(110);
    m_permissions = makeTable({tr("Permission"), tr("Description")}, page);
    m_permissions->setObjectName(QStringLiteral("userPermissionsTable"));
    m_permissions->setColumnWidth(0, 200);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_rolesStatus);
    layout->addWidget(new QLabel(tr("Roles in this organization:"), page));
    layout->addWidget(m_roles);
    layout->addWidget(new QLabel(tr("Effective permissions (including inherited ones):"), page));
    layout->addWidget(m_permissions, 1);
    return page;
}

void UserDetailPane::setUser(const User *user, const QString &preferredOrganizationId)
{
    if (!user) {
        m_user.reset();
        delete m_rolesRequests.data();
        m_stack->setCurrentIndex(0);
        m_sessions->setUser({}, {});
        return;
    }
    const bool sameUser = m_user && m_user->id == user->id;
    m_user = *user;
    showUser(preferredOrganizationId);
    if (!sameUser) {
        QHash<QString, QString> names;
        for (const OrganizationMembership &m : user->memberships)
            names.insert(text(m.organizationId), models::membershipOrganizationName(m));
        m_sessions->setUser(text(user->id), text(user->email), names);
    }
}

void UserDetailPane::refreshUser(const User &user)
{
    if (!m_user || m_user->id != user.id)
        return;
    const QString org = currentOrganizationId();
    m_user = user;
    showUser(org);
}

void UserDetailPane::showUser(const QString &organizationId)
{
    const User &user = *m_user;
    m_stack->setCurrentIndex(1);
    const QString name = models::userDisplayName(user);
    m_name->setText(name.isEmpty() ? text(user.email) : name);
    m_email->setText(text(user.email));
    m_id->setText(text(user.id));
    fillProfile();
    fillMemberships();

    QSignalBlocker block(m_organization);
    m_organization->clear();
    int current = 0;
    for (const OrganizationMembership &m : user.memberships) {
        if (text(m.organizationId) == organizationId)
            current = m_organization->count();
        m_organization->addItem(models::membershipOrganizationName(m) + QStringLiteral(" — ")
                                    + models::membershipStatusText(m.membershipStatus),
                                text(m.organizationId));
        m_organization->setItemData(m_organization->count() - 1, text(m.organizationId), Qt::ToolTipRole);
    }
    if (user.memberships.empty())
        m_organization->addItem(tr("Not a member of any organization"), QString());
    m_organization->setEnabled(!user.memberships.empty());
    m_organization->setCurrentIndex(current);
    block.unblock();
    if (m_memberships->rowCount() > current)
        m_memberships->selectRow(current);
    loadRolesAndPermissions();
    emit currentOrganizationChanged(currentOrganizationId());
}

void UserDetailPane::fillProfile()
{
    while (m_profileForm->rowCount() > 0)
        m_profileForm->removeRow(0);
    const User &user = *m_user;
    const auto &p = user.userProfile;
    const auto row = [this](const QString &label, const QString &value) {
        m_profileForm->addRow(label, selectableLabel(value, m_profileForm->parentWidget()));
    };
    row(tr("Name"), text(p.name));
    row(tr("Given name"), text(p.givenName));
    row(tr("Family name"), text(p.familyName));
    row(tr("Preferred username"), text(p.preferredUsername));
    row(tr("Email verified"), p.emailVerified ? tr("Yes") : tr("No"));
    row(tr("Phone"), p.phoneNumber.empty() ? QString()
                                           : text(p.phoneNumber) + (p.phoneNumberVerified ? tr(" (verified)") : QString()));
    row(tr("Locale"), text(p.locale));
    row(tr("Gender"), text(p.gender));
    row(tr("Picture"), text(p.picture));
    QStringList groups;
    for (const std::string &group : p.groups)
        groups << text(group);
    row(tr("Groups"), groups.join(QStringLiteral(", ")));
    row(tr("External ID"), text(user.externalId));
    row(tr("Created"), formatTimestamp(user.createTime));
    row(tr("Updated"), formatTimestamp(user.updateTime));
    row(tr("Last login"), user.lastLoginTime.isSet() ? formatTimestamp(user.lastLoginTime) : tr("Never"));
    QStringList identities;
    for (const entities::ExternalIdentity &identity : p.externalIdentities) {
        identities << tr("%1 via %2 (%3), last login %4")
                          .arg(text(identity.connectionUserId), text(identity.connectionProvider.displayName()),
                               text(identity.connectionId), formatTimestamp(identity.lastLoginTime));
    }
    row(tr("Linked identities"), identities.join(u'\n'));

    m_attributes->setRowCount(0);
    const auto addPairs = [this](const QString &kind, const json::StringMap &pairs) {
        for (const auto &[key, value] : pairs) {
            const int r = m_attributes->rowCount();
            m_attributes->insertRow(r);
            m_attributes->setItem(r, 0, cell(kind));
            m_attributes->setItem(r, 1, cell(text(key)));
            m_attributes->setItem(r, 2, cell(text(value)));
        }
    };
    addPairs(tr("Custom attribute"), p.customAttributes);
    addPairs(tr("Metadata"), user.metadata);
    addPairs(tr("Profile metadata"), p.metadata);
    // As tall as its rows: the page scrolls, not the table.
    const int rows = std::max(1, m_attributes->rowCount());
    m_attributes->setFixedHeight(m_attributes->horizontalHeader()->sizeHint().height()
                                 + rows * m_attributes->verticalHeader()->defaultSectionSize()
                                 + 2 * m_attributes->frameWidth());
}

void UserDetailPane::fillMemberships()
{
    m_memberships->setRowCount(0);
    for (const OrganizationMembership &m : m_user->memberships) {
        const int r = m_memberships->rowCount();
        m_memberships->insertRow(r);
        auto *org = cell(models::membershipOrganizationName(m), text(m.organizationId));
        org->setData(Qt::UserRole, text(m.organizationId));
        m_memberships->setItem(r, 0, org);
        auto *status = cell(models::membershipStatusText(m.membershipStatus));
        status->setData(models::kStatusBadgeRole,
                        QVariant::fromValue(models::StatusBadge{models::membershipStatusText(m.membershipStatus),
                                                                models::membershipStatusAdvice(m.membershipStatus),
                                                                models::membershipStatusTone(m.membershipStatus)}));
        m_memberships->setItem(r, 1, status);
        m_memberships->setItem(r, 2, cell(models::joinRoleNames(m.roles)));
        m_memberships->setItem(r, 3, cell(formatTimestamp(m.joinTime)));
        m_memberships->setItem(r, 4, cell(formatTimestamp(m.expiresAt)));
        m_memberships->setItem(r, 5, cell(text(m.provisioningMethod)));
    }
}

QString UserDetailPane::currentOrganizationId() const
{
    return m_user ? m_organization->currentData().toString() : QString();
}

const OrganizationMembership *UserDetailPane::currentMembership() const
{
    const QString org = currentOrganizationId();
    return m_user && !org.isEmpty() ? m_user->membership(org.toStdString()) : nullptr;
}

void UserDetailPane::setCurrentOrganization(const QString &organizationId)
{
    const int index = m_organization->findData(organizationId);
    if (index >= 0 && index != m_organization->currentIndex())
        m_organization->setCurrentIndex(index);
}

void UserDetailPane::loadRolesAndPermissions()
{
    delete m_rolesRequests.data();
    m_roles->clear();
    m_permissions->setRowCount(0);
    const OrganizationMembership *membership = currentMembership();
    if (!membership) {
        m_rolesStatus->setText(tr("The user belongs to no organization, so has no roles."));
        return;
    }
    m_rolesRequests = new QObject(this);
    m_rolesStatus->setText(tr("Loading roles and permissions in %1…").arg(models::membershipOrganizationName(*membership)));
    const std::string org = membership->organizationId;
    const std::string userId = m_user->id;
    services::UsersService &users = m_services->users();
    users.roles(org, userId, m_rolesRequests, [this](api::Result<std::vector<entities::RoleRef>> result) {
        if (!result) {
            m_rolesStatus->setText(tr("Roles could not be loaded: %1").arg(result.error().sentence()));
            return;
        }
        for (const entities::RoleRef &role : result.value()) {
            auto *item = new QListWidgetItem(text(role.displayName.empty() ? role.name : role.displayName), m_roles);
            item->setToolTip(text(role.name));
            item->setData(Qt::UserRole, text(role.name));
        }
    });
    users.permissions(org, userId, m_rolesRequests, [this](api::Result<std::vector<entities::UserPermission>> result) {
        if (!result) {
            m_rolesStatus->setText(tr("Permissions could not be loaded: %1").arg(result.error().sentence()));
            return;
        }
        for (const entities::UserPermission &permission : result.value()) {
            const int r = m_permissions->rowCount();
            m_permissions->insertRow(r);
            m_permissions->setItem(r, 0, cell(text(permission.name)));
            m_permissions->setItem(r, 1, cell(text(permission.description)));
        }
        m_rolesStatus->setText(models::countOf(qint64(result.value().size()), tr("effective permission"), tr("effective permissions")) + u'.');
    });
}

} // namespace sk::ui
