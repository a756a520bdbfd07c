#include "ui/roles/rolespage.h"

#include "ui/widgets/textstyle.h"

#include "services/resources/services.h"

#include "models/core/displayformat.h"
#include "models/roles/rolepermissionsmodel.h"
#include "models/roles/rolesmodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/organizationsservice.h"
#include "services/resources/rolesservice.h"
#include "ui/roles/deleteroledialog.h"
#include "ui/roles/roledialog.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourcetableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sk::ui {

using models::PagedTableModel;
using models::RolesModel;
using services::EnvironmentStatus;

namespace {

constexpr int kOrganizationsToList = 100;

QPushButton *toolButton(const QString &icon, const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(QIcon(icon), text, parent);
    button->setObjectName(objectName);
    return button;
}

QLabel *detailLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RolesPage::RolesPage(services::Services *services, EnvironmentStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_status(status)
    , m_model(new RolesModel(&services->roles(), this))
    , m_permissionsModel(new models::RolePermissionsModel(this))
    , m_scope(new QComboBox(this))
    , m_new(toolButton(QStringLiteral(":/icons/add.svg"), tr("New role…"), QStringLiteral("newRole"), this))
    , m_edit(toolButton(QStringLiteral(":/icons/edit.svg"), tr("Edit…"), QStringLiteral("editRole"), this))
    , m_delete(toolButton(QStringLiteral(":/icons/delete.svg"), tr("Delete…"), QStringLiteral("deleteRole"), this))
    , m_refresh(toolButton(QStringLiteral(":/icons/refresh.svg"), tr("Refresh"), QStringLiteral("refreshRoles"), this))
    , m_defaults(toolButton(QStringLiteral(":/icons/users.svg"), tr("Make default"), QStringLiteral("roleDefaults"), this))
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_view(new ResourceTableView(QStringLiteral("roles"), this))
    , m_title(detailLabel(QStringLiteral("roleTitle"), this))
    , m_description(detailLabel(QStringLiteral("roleDescriptionLabel"), this))
    , m_extends(detailLabel(QStringLiteral("roleExtendsLabel"), this))
    , m_users(detailLabel(QStringLiteral("roleUsersLabel"), this))
    , m_permissions(new QTableView(this))
{
    setObjectName(QStringLiteral("rolesPage"));
    m_scope->setObjectName(QStringLiteral("roleScope"));
    m_scope->setMinimumContentsLength(28);
    m_scope->addItem(tr("Environment roles"), QString());
    m_summary->setObjectName(QStringLiteral("rolesSummary"));
    m_banner->setObjectName(QStringLiteral("rolesBanner"));
    m_banner->hide();
    auto *defaultsMenu = new QMenu(m_defaults);
    m_memberDefault = defaultsMenu->addAction(tr("Default role for new members"));
    m_memberDefault->setObjectName(QStringLiteral("makeMemberDefault"));
    m_creatorDefault = defaultsMenu->addAction(tr("Default role for organization creators"));
    m_creatorDefault->setObjectName(QStringLiteral("makeCreatorDefault"));
    m_defaults->setMenu(defaultsMenu);

    m_view->setObjectName(QStringLiteral("rolesView"));
    m_view->setPagedModel(m_model);
    m_view->setDefaultColumnWidths({130, 120, 95, 90, 90, 85, 80, 220});

    m_permissions->setObjectName(QStringLiteral("rolePermissionsView"));
    m_permissions->setModel(m_permissionsModel);
    m_permissions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_permissions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_permissions->verticalHeader()->hide();
    m_permissions->setWordWrap(false);
    m_permissions->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_permissions->horizontalHeader()->setSectionResizeMode(models::RolePermissionsModel::Name, QHeaderView::ResizeToContents);
    m_permissions->horizontalHeader()->setSectionResizeMode(models::RolePermissionsModel::Description, QHeaderView::Stretch);
    m_permissions->horizontalHeader()->setSectionResizeMode(models::RolePermissionsModel::GrantedBy, QHeaderView::ResizeToContents);
    m_title->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    auto *legend = new QLabel(tr("Greyed rows are inherited from the roles this one extends."), this);
    legend->setStyleSheet(textStyle(TextRole::Muted));
    legend->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Scope:"), this));
    bar->addWidget(m_scope);
    bar->addSpacing(12);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addWidget(m_defaults);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    bar->addWidget(m_summary);

    auto *detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("roleDetail"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_description);
    detailLayout->addWidget(m_extends);
    detailLayout->addWidget(m_users);
    detailLayout->addWidget(m_permissions, 1);
    detailLayout->addWidget(legend);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 380});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &RolesPage::onScopeChanged);
    connect(m_new, &QPushButton::clicked, this, &RolesPage::openCreateDialog);
    connect(m_edit, &QPushButton::clicked, this, &RolesPage::openEditDialog);
    connect(m_delete, &QPushButton::clicked, this, &RolesPage::openDeleteDialog);
    connect(m_refresh, &QPushButton::clicked, this, &RolesPage::refresh);
    connect(m_memberDefault, &QAction::triggered, this, [this] { makeDefault(false); });
    connect(m_creatorDefault, &QAction::triggered, this, [this] { makeDefault(true); });
    connect(m_view, &ResourceTableView::refreshRequested, this, &RolesPage::refresh);
    connect(m_view, &ResourceTableView::openRequested, this, &RolesPage::openEditDialog);
    connect(m_view, &ResourceTableView::currentSourceRowChanged, this, &RolesPage::showRole);
    connect(m_model, &PagedTableModel::stateChanged, this, &RolesPage::updateSummary);
    connect(m_model, &PagedTableModel::stateChanged, this, [this](PagedTableModel::State state) {
        if (state == PagedTableModel::State::Complete && !m_pendingSelection.isEmpty())
            selectRole(m_pendingSelection);
    });
    connect(m_status, &EnvironmentStatus::writableChanged, this, &RolesPage::updateActions);
    connect(m_status, &EnvironmentStatus::connectionChanged, this, &RolesPage::onConnectionChanged);
    connect(m_status, &EnvironmentStatus::environmentChanged, this, [this] {
        m_loadedOnce = false; // another environment: its organizations and roles
        const QSignalBlocker blocker(m_scope);
        while (m_scope->count() > 1)
            m_scope->removeItem(1);
        m_scope->setCurrentIndex(0);
        onConnectionChanged();
    });
    showRole(-1);
    onConnectionChanged();
}

QString RolesPage::organizationId() const
{
    return m_scope->currentData().toString();
}

void RolesPage::onConnectionChanged()
{
    if (m_status->connection() == EnvironmentStatus::Connection::Connected && !m_loadedOnce) {
        m_loadedOnce = true;
        loadOrganizations();
        m_model->setOrganization(organizationId());
    }
    updateActions();
}

void RolesPage::loadOrganizations()
{
    m_services->organizations().list(
        {kOrganizationsToList, {}}, {}, this, [this](api::Result<services::OrganizationsService::OrganizationPage> result) {
            if (!result)
                return; // the environment entry still works; showOrganization() adds others
            const QSignalBlocker blocker(m_scope);
            for (const entities::Organization &org : result.value().items) {
                const QString id = QString::fromStdString(org.id);
                if (m_scope->findData(id) < 0)
                    m_scope->addItem(QIcon(QStringLiteral(":/icons/organizations.svg")),
                                     QString::fromStdString(org.displayName), id);
            }
        });
}

void RolesPage::showOrganization(const QString &organizationId, const QString &displayName)
{
    int index = m_scope->findData(organizationId);
    if (index < 0) {
        m_scope->addItem(QIcon(QStringLiteral(":/icons/organizations.svg")),
                         displayName.isEmpty() ? organizationId : displayName, organizationId);
        index = m_scope->count() - 1;
    }
    m_scope->setCurrentIndex(index);
    onScopeChanged();
}

void RolesPage::showEnvironment()
{
    m_scope->setCurrentIndex(0);
}

void RolesPage::onScopeChanged()
{
    m_banner->hide();
    m_loadedOnce = m_loadedOnce || m_status->connection() == EnvironmentStatus::Connection::Connected;
    m_model->setOrganization(organizationId());
    m_new->setText(organizationId().isEmpty() ? tr("New role…") : tr("New organization role…"));
    updateActions();
}

void RolesPage::refresh()
{
    if (const entities::Role *role = m_model->roleAt(m_view->currentSourceRow()))
        m_pendingSelection = QString::fromStdString(role->name);
    m_model->reload();
}

void RolesPage::selectRole(const QString &name)
{
    const int row = m_model->rowOfRole(name);
    if (row < 0) {
        m_pendingSelection = name;
        return;
    }
    m_pendingSelection.clear();
    m_view->selectSourceRow(row);
    showRole(row);
}

void RolesPage::showRole(int row)
{
    delete m_countCall.data();
    const entities::Role *role = m_model->roleAt(row);
    if (!role) {
        m_title->setText(tr("No role selected"));
        m_description->setText(tr("Select a role to see its permissions, including the ones it inherits."));
        m_extends->clear();
        m_users->clear();
        m_permissionsModel->clear();
        updateActions();
        return;
    }
    m_title->setText(tr("%1 (%2)").arg(QString::fromStdString(role->displayName), QString::fromStdString(role->name)));
    m_description->setText(role->description.empty() ? tr("No description.") : QString::fromStdString(role->description));
    // The inheritance chain, as far as the loaded roles tell.
    QStringList chain;
    const entities::Role *current = role;
    for (int depth = 0; current && current->extends && depth < 16; ++depth) {
        chain << QString::fromStdString(*current->extends);
        current = m_model->roleAt(m_model->rowOfRole(chain.constLast()));
    }
    m_permissionsModel->setRole(*role);
    m_extends->setText(chain.isEmpty() ? tr("Extends no role; %1 of its own.")
                                             .arg(models::countOf(m_permissionsModel->ownCount(), tr("permission"), tr("permissions")))
                                       : tr("Extends %1: %2 own and %3 inherited.")
                                             .arg(chain.join(QStringLiteral(" → ")))
                                             .arg(m_permissionsModel->ownCount())
                                             .arg(models::countOf(m_permissionsModel->rowCount() - m_permissionsModel->ownCount(),
                                                                 tr("permission"), tr("permissions"))));
    m_users->setText(tr("Counting users…"));
    services::RolesService &service = m_services->roles();
    auto showCount = [this](api::Result<std::int64_t> result) {
        m_users->setText(result ? tr("Held by %1.").arg(models::countOf(result.value(), tr("user"), tr("users")))
                                : tr("Users: unknown (%1)").arg(result.error().sentence()));
    };
    if (role->isOrgRole && !organizationId().isEmpty())
        m_countCall = service.organizationRoleUsersCount(organizationId().toStdString(), role->name, this, std::move(showCount));
    else
        m_countCall = service.usersCount(role->name, this, std::move(showCount));
    updateActions();
}

void RolesPage::updateActions()
{
    const bool writable = m_status->canWrite();
    const entities::Role *role = m_model->roleAt(m_view->currentSourceRow());
    // In an organization's scope only its own roles are changed; environment roles are
    // changed in the environment scope.
    const bool changeable = role && (organizationId().isEmpty() || role->isOrgRole);
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && changeable);
    m_delete->setEnabled(writable && changeable);
    m_defaults->setEnabled(writable && role);
    m_memberDefault->setEnabled(writable && role && !role->defaultMember);
    m_creatorDefault->setEnabled(writable && role && organizationId().isEmpty() && !role->defaultCreator);
    const QString why = writable ? QString() : tr("This environment is read-only or not connected.");
    for (QPushButton *button : {m_new, m_edit, m_delete, m_defaults})
        button->setToolTip(why);
}

void RolesPage::updateSummary()
{
    if (m_model->state() == PagedTableModel::State::Failed)
        m_summary->setText(tr("Loading failed"));
    else
        m_summary->setText(models::countOf(m_model->entityCount(), tr("role"), tr("roles")));
}

QString RolesPage::defaultMemberRole() const
{
    for (int row = 0; row < m_model->entityCount(); ++row) {
        if (const entities::Role *role = m_model->roleAt(row); role && role->defaultMember)
            return QString::fromStdString(role->name);
    }
    return {};
}

void RolesPage::openCreateDialog()
{
    if (m_status->canWrite())
        openRoleDialog(std::nullopt);
}

void RolesPage::openEditDialog()
{
    const entities::Role *role = m_model->roleAt(m_view->currentSourceRow());
    if (role && m_edit->isEnabled())
        openRoleDialog(*role);
}

void RolesPage::openRoleDialog(const std::optional<entities::Role> &role)
{
    auto *dialog = new RoleDialog(m_services, organizationId(), role, m_model->names(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoleDialog::saved, this, [this](const entities::Role &saved) {
        m_pendingSelection = QString::fromStdString(saved.name);
        m_model->reload();
    });
    dialog->open();
}

void RolesPage::openDeleteDialog()
{
    const entities::Role *role = m_model->roleAt(m_view->currentSourceRow());
    if (!role || !m_delete->isEnabled())
        return;
    auto *dialog = new DeleteRoleDialog(m_services, m_status, organizationId(), *role, m_model->names(),
                                        defaultMemberRole(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteRoleDialog::deleted, this, [this] { m_model->reload(); });
    dialog->open();
}

void RolesPage::makeDefault(bool creator)
{
    const entities::Role *role = m_model->roleAt(m_view->currentSourceRow());
    QAction *action = creator ? m_creatorDefault : m_memberDefault;
    if (!role || !action->isEnabled())
        return;
    const QString name = QString::fromStdString(role->name);
    const QString scope = organizationId().isEmpty() ? tr("this environment") : m_scope->currentText();
    const QString done = creator ? tr("Users who create an organization now get %1.").arg(name)
                                 : tr("New members of %1 now get %2.").arg(scope, name);
    auto report = [this, name, done](const std::optional<api::ApiError> &error) {
        if (error) {
            m_banner->showMessage(MessageBanner::Level::Danger,
                                  tr("Could not make %1 the default: %2").arg(name, error->describe()));
        } else {
            m_banner->showMessage(MessageBanner::Level::Info, done);
            m_pendingSelection = name;
            m_model->reload();
        }
        m_banner->show();
    };
    services::RolesService &service = m_services->roles();
    if (!organizationId().isEmpty()) {
        service.setOrganizationDefaults(organizationId().toStdString(), role->name, this,
                                        [report](api::Result<entities::Role> result) {
                                            report(result ? std::nullopt : std::optional(result.error()));
                                        });
        return;
    }
    service.setDefaults(creator ? role->name : std::string(), creator ? std::string() : role->name, this,
                        [report](api::Result<services::DefaultRoles> result) {
                            report(result ? std::nullopt : std::optional(result.error()));
                        });
}

} // namespace sk::ui
