// The Roles and permissions window driven offscreen against a real sandbox: the environment's
// roles with inherited permissions marked, an organization's scope, creating a role whose
// request fails on the server (typed values kept, the violation next to its field), editing,
// deleting with reassignment of the role's users, the Permissions page, and read-only profiles
// without write actions. With SK_SCREENSHOT_DIR set, the window and dialogs are saved as PNGs.
#include "tests/integration/servicetest.h"
#include "tests/ui/uitestsupport.h"

#include "models/roles/permissionsmodel.h"
#include "models/roles/rolepermissionsmodel.h"
#include "models/roles/rolesmodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/organizationsservice.h"
#include "services/resources/rolesservice.h"
#include "services/resources/usersservice.h"
#include "ui/roles/deleteroledialog.h"
#include "ui/roles/permissiondialog.h"
#include "ui/roles/permissionpicker.h"
#include "ui/roles/permissionspage.h"
#include "ui/roles/roledialog.h"
#include "ui/roles/rolespage.h"
#include "ui/roles/roleswindow.h"
#include "ui/mainwindow.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/fielderrors.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourcetableview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>

using namespace sk;
using models::PagedTableModel;
using models::RolesModel;
using services::Callback;
using services::EnvironmentStatus;
using services::RolesService;
using sk::test::await;
using ui::ConfirmByTypingDialog;
using ui::RolesWindow;

namespace {

void checkPermission(ui::PermissionPicker *picker, const QString &name, bool on)
{
    for (int i = 0; i < picker->list()->count(); ++i) {
        QListWidgetItem *item = picker->list()->item(i);
        if (item->data(Qt::UserRole).toString() == name)
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

template <typename Dialog>
Dialog *waitForDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = parent->findChild<Dialog *>()) != nullptr; }, 5000))
        return nullptr;
    return dialog;
}

} // namespace

class TestRolesWindow : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    EnvironmentStatus m_status;
    std::string m_organizationId;

    RolesService roles() const { return RolesService(m_fixture.client()); }

    bool createRole(const std::string &name, const std::optional<std::string> &extends)
    {
        entities::CreateRole role;
        role.name = name;
        role.displayName = name;
        role.extends = extends;
        role.permissions = {"users:read"};
        return bool(await<entities::Role>([&](QObject *owner, Callback<entities::Role> done) {
            return roles().create(role, owner, std::move(done));
        }));
    }

    std::unique_ptr<RolesWindow> openWindow()
    {
        auto window = std::make_unique<RolesWindow>(m_fixture.services(), &m_status);
        window->show();
        return window;
    }

private slots:
    void initTestCase()
    {
        m_fixture.sandbox().setRequestLog(true);
        QVERIFY2(test::startUiTest(m_fixture, m_status, &m_organizationId), qPrintable(m_fixture.errorString()));
    }

    void init()
    {
        m_status.setReadOnly(false);
        ConfirmByTypingDialog::setNextAnswer(std::nullopt);
    }

    void showsInheritedPermissions()
    {
        auto window = openWindow();
        ui::RolesPage *page = window->rolesPage();
        QVERIFY(test::settleComplete(*page->model()));
        page->selectRole(QStringLiteral("admin"));
        QVERIFY(page->detailTitle()->text().contains(QStringLiteral("(admin)")));
        const models::RolePermissionsModel *permissions = page->permissionsModel();
        QVERIFY(permissions->ownCount() > 0);
        QVERIFY(permissions->rowCount() > permissions->ownCount());
        const QModelIndex inherited = permissions->index(permissions->rowCount() - 1, models::RolePermissionsModel::GrantedBy);
        QCOMPARE(inherited.data().toString(), QStringLiteral("inherited from member"));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("roleExtendsLabel"))->text().contains(QStringLiteral("Extends member")));
        QVERIFY(QTest::qWaitFor([page] { return page->usersLabel()->text().startsWith(QStringLiteral("Held by")); }, 10000));
        QVERIFY(page->newButton()->isEnabled());
        QVERIFY(page->editButton()->isEnabled());
        QVERIFY(page->deleteButton()->isEnabled());
        window->resize(1200, 620);
        QVERIFY(test::saveScreenshot(window.get(), QStringLiteral("roles-window")));
    }

    void createKeepsInputOnServerError()
    {
        QVERIFY(createRole("doomed_base", std::nullopt));
        auto window = openWindow();
        ui::RolesPage *page = window->rolesPage();
        QVERIFY(test::settleComplete(*page->model()));
        QTest::mouseClick(page->newButton(), Qt::LeftButton);
        auto *dialog = waitForDialog<ui::RoleDialog>(page);
        QVERIFY(dialog);
        QVERIFY(!dialog->isEdit());
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->permissionPicker()->isLoaded(); }, 10000));

        // Client-side limits first: nothing is sent.
        dialog->nameEdit()->setText(QStringLiteral("bad name!"));
        dialog->submitNow();
        QVERIFY(!dialog->isBusy());
        QVERIFY(!dialog->fieldErrors()->fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY(!dialog->fieldErrors()->fieldError(QStringLiteral("display_name")).isEmpty());

        dialog->nameEdit()->setText(QStringLiteral("child_role"));
        dialog->displayNameEdit()->setText(QStringLiteral("Child role"));
        dialog->descriptionEdit()->setPlainText(QStringLiteral("Made by the UI test"));
        dialog->extendsCombo()->setCurrentIndex(dialog->extendsCombo()->findData(QStringLiteral("doomed_base")));
        checkPermission(dialog->permissionPicker(), QStringLiteral("billing:read"), true);
        QCOMPARE(dialog->permissionPicker()->checked(), QStringList{QStringLiteral("billing:read")});

        // The base disappears behind the dialog's back: the server rejects `extends`.
        auto removed = await<api::Empty>([this](QObject *owner, Callback<api::Empty> done) {
            return roles().remove("doomed_base", {}, owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        dialog->submitNow();
        QVERIFY(dialog->isBusy());
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 10000));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->fieldErrors()->fieldError(QStringLiteral("extends")).contains(QStringLiteral("doomed_base")));
        auto *extendsError = dialog->findChild<QLabel *>(QStringLiteral("fieldError_extends"));
        QVERIFY(extendsError && !extendsError->isHidden());
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("child_role"));
        QCOMPARE(dialog->displayNameEdit()->text(), QStringLiteral("Child role"));
        QCOMPARE(dialog->descriptionEdit()->toPlainText(), QStringLiteral("Made by the UI test"));
        QCOMPARE(dialog->permissionPicker()->checked(), QStringList{QStringLiteral("billing:read")});
        QVERIFY(test::saveScreenshot(dialog, QStringLiteral("role-dialog-server-error")));

        dialog->extendsCombo()->setCurrentIndex(dialog->extendsCombo()->findData(QStringLiteral("viewer")));
        QPointer<ui::RoleDialog> guard(dialog);
        dialog->submitNow();
        QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }, 10000)); // accepted and closed
        QVERIFY(QTest::qWaitFor([page] { return page->model()->rowOfRole(QStringLiteral("child_role")) >= 0; }, 10000));
        QVERIFY(test::settleComplete(*page->model()));
        const entities::Role *role = page->model()->roleAt(page->model()->rowOfRole(QStringLiteral("child_role")));
        QCOMPARE(role->extends.value_or(""), std::string("viewer"));
        QCOMPARE(RolesModel::ownPermissions(*role).size(), std::size_t(1));
        QVERIFY(QTest::qWaitFor([page] { return page->detailTitle()->text().contains(QStringLiteral("child_role")); }, 5000));
    }

    void editChangesPermissions()
    {
        auto window = openWindow();
        ui::RolesPage *page = window->rolesPage();
        QVERIFY(test::settleComplete(*page->model()));
        page->selectRole(QStringLiteral("child_role"));
        QVERIFY(page->editButton()->isEnabled());
        QTest::mouseClick(page->editButton(), Qt::LeftButton);
        auto *dialog = waitForDialog<ui::RoleDialog>(page);
        QVERIFY(dialog && dialog->isEdit());
        QVERIFY(!dialog->nameEdit()->isEnabled());
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->permissionPicker()->isLoaded(); }, 10000));
        QCOMPARE(dialog->permissionPicker()->checked(), QStringList{QStringLiteral("billing:read")});
        dialog->displayNameEdit()->setText(QStringLiteral("Child role (edited)"));
        checkPermission(dialog->permissionPicker(), QStringLiteral("billing:read"), false);
        checkPermission(dialog->permissionPicker(), QStringLiteral("users:invite"), true);
        checkPermission(dialog->permissionPicker(), QStringLiteral("agents:run"), true);
        QVERIFY(test::saveScreenshot(dialog, QStringLiteral("role-dialog-edit")));
        QPointer<ui::RoleDialog> guard(dialog);
        dialog->submitNow();
        QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }, 10000));

        auto fetched = await<entities::Role>([this](QObject *owner, Callback<entities::Role> done) {
            return roles().get("child_role", "permissions", owner, std::move(done));
        });
        SK_VERIFY_OK(fetched);
        QCOMPARE(fetched.value().displayName, std::string("Child role (edited)"));
        std::set<std::string> names;
        for (const auto &p : fetched.value().permissions)
            names.insert(p.name);
        QCOMPARE(names, (std::set<std::string>{"users:invite", "agents:run"}));

        // Taking every permission away: an environment role loses them one by one.
        QVERIFY(QTest::qWaitFor([page] { return page->model()->state() == PagedTableModel::State::Complete
                                                && page->model()->rowOfRole(QStringLiteral("child_role")) >= 0; }, 10000));
        page->selectRole(QStringLiteral("child_role"));
        page->openEditDialog();
        dialog = waitForDialog<ui::RoleDialog>(page);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->permissionPicker()->isLoaded(); }, 10000));
        checkPermission(dialog->permissionPicker(), QStringLiteral("users:invite"), false);
        checkPermission(dialog->permissionPicker(), QStringLiteral("agents:run"), false);
        guard = dialog;
        dialog->submitNow();
        QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }, 10000));
        auto emptied = await<RolesService::RolePermissions>([this](QObject *owner, Callback<RolesService::RolePermissions> done) {
            return roles().permissions("child_role", owner, std::move(done));
        });
        SK_VERIFY_OK(emptied);
        QVERIFY(emptied.value().empty());
    }

    void deleteReassignsUsers()
    {
        QVERIFY(createRole("temp_role", std::nullopt));
        entities::CreateUser user;
        user.email = "temp.role.holder@example.com";
        user.membership = entities::CreateMembership{{entities::RoleRef{{}, "temp_role", {}}}, {}, std::nullopt};
        auto created = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return services::UsersService(m_fixture.client()).createInOrganization(m_organizationId, user, false, owner, std::move(done));
        });
        SK_VERIFY_OK(created);

        auto window = openWindow();
        ui::RolesPage *page = window->rolesPage();
        QVERIFY(test::settleComplete(*page->model()));

        // A role others extend cannot go: the dialog says so and offers no Delete.
        page->selectRole(QStringLiteral("member"));
        page->openDeleteDialog();
        auto *blocked = waitForDialog<ui::DeleteRoleDialog>(page);
        QVERIFY(blocked);
        QVERIFY(QTest::qWaitFor([blocked] { return blocked->dependentsKnown() && !blocked->dependentsLabel()->isHidden(); }, 10000));
        QVERIFY(blocked->dependentsLabel()->text().contains(QStringLiteral("admin")));
        QVERIFY(!blocked->submitButton()->isEnabled());
        static_cast<QDialog *>(blocked)->reject();
        QVERIFY(QTest::qWaitFor([page] { return !page->findChild<ui::DeleteRoleDialog *>(); }, 5000));

        page->selectRole(QStringLiteral("temp_role"));
        QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
        auto *dialog = waitForDialog<ui::DeleteRoleDialog>(page);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->usersCount() == 1; }, 10000));
        QVERIFY(dialog->usersLabel()->text().contains(QStringLiteral("1 user")));
        QCOMPARE(dialog->reassignCombo()->currentData().toString(), QStringLiteral("member")); // the default member role
        QCOMPARE(dialog->reassignCombo()->findData(QStringLiteral("temp_role")), -1);

        // Nobody to move them to: refused before anything is sent.
        dialog->reassignCombo()->setCurrentIndex(0);
        dialog->submitNow();
        QVERIFY(!dialog->isBusy());
        QVERIFY(!dialog->fieldErrors()->fieldError(QStringLiteral("reassign_role_name")).isEmpty());

        dialog->reassignCombo()->setCurrentIndex(dialog->reassignCombo()->findData(QStringLiteral("viewer")));
        QVERIFY(test::saveScreenshot(dialog, QStringLiteral("delete-role-dialog")));
        // Declining the confirmation sends nothing.
        const int writes = m_fixture.sandbox().countWrites();
        QVERIFY(writes >= 0);
        ConfirmByTypingDialog::setNextAnswer(false);
        dialog->submitNow();
        QVERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_fixture.sandbox().countWrites(), writes);

        ConfirmByTypingDialog::setNextAnswer(true);
        QPointer<ui::DeleteRoleDialog> guard(dialog);
        dialog->submitNow();
        QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }, 10000));
        QVERIFY(QTest::qWaitFor([page] { return page->model()->state() == PagedTableModel::State::Complete
                                                && page->model()->rowOfRole(QStringLiteral("temp_role")) < 0; }, 10000));
        QVERIFY(page->model()->rowOfRole(QStringLiteral("viewer")) >= 0);

        auto held = await<std::vector<entities::RoleRef>>([&](QObject *owner, Callback<std::vector<entities::RoleRef>> done) {
            return services::UsersService(m_fixture.client()).roles(m_organizationId, created.value().id, owner, std::move(done));
        });
        SK_VERIFY_OK(held);
        QCOMPARE(held.value().size(), std::size_t(1));
        QCOMPARE(held.value().front().name, std::string("viewer"));
    }

    void organizationScopeCreatesOrganizationRoles()
    {
        auto window = openWindow();
        ui::RolesPage *page = window->rolesPage();
        window->showOrganization(QString::fromStdString(m_organizationId), QStringLiteral("Test organization"));
        QCOMPARE(page->organizationId(), QString::fromStdString(m_organizationId));
        QCOMPARE(page->model()->organizationId(), QString::fromStdString(m_organizationId));
        QVERIFY(test::settleComplete(*page->model()));

        // Environment roles are changed in the environment's scope only.
        page->selectRole(QStringLiteral("viewer"));
        QVERIFY(!page->editButton()->isEnabled());
        QVERIFY(!page->deleteButton()->isEnabled());

        page->openCreateDialog();
        auto *dialog = waitForDialog<ui::RoleDialog>(page);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("organization")));
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->permissionPicker()->isLoaded(); }, 10000));
        dialog->nameEdit()->setText(QStringLiteral("org_auditor"));
        dialog->displayNameEdit()->setText(QStringLiteral("Org auditor"));
        dialog->extendsCombo()->setCurrentIndex(dialog->extendsCombo()->findData(QStringLiteral("viewer")));
        checkPermission(dialog->permissionPicker(), QStringLiteral("audit_logs:read"), true);
        QVERIFY(test::saveScreenshot(dialog, QStringLiteral("role-dialog-organization")));
        QPointer<ui::RoleDialog> guard(dialog);
        dialog->submitNow();
        QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }, 10000));
        QVERIFY(QTest::qWaitFor([page] { return page->model()->state() == PagedTableModel::State::Complete
                                                && page->model()->rowOfRole(QStringLiteral("org_auditor")) >= 0; }, 10000));
        const int row = page->model()->rowOfRole(QStringLiteral("org_auditor"));
        QCOMPARE(page->model()->index(row, RolesModel::Scope).data().toString(), QStringLiteral("Organization"));
        page->selectRole(QStringLiteral("org_auditor"));
        QVERIFY(page->editButton()->isEnabled());
        QVERIFY(QTest::qWaitFor([page] { return page->usersLabel()->text().startsWith(QStringLiteral("Held by 0")); }, 10000));
        QVERIFY(test::saveScreenshot(window.get(), QStringLiteral("roles-window-organization")));

        // An organization role is deleted in its organization.
        page->openDeleteDialog();
        auto *remove = waitForDialog<ui::DeleteRoleDialog>(page);
        QVERIFY(remove);
        QVERIFY(QTest::qWaitFor([remove] { return remove->usersCount() == 0; }, 10000));
        ConfirmByTypingDialog::setNextAnswer(true);
        QPointer<ui::DeleteRoleDialog> removeGuard(remove);
        remove->submitNow();
        QVERIFY(QTest::qWaitFor([&removeGuard] { return removeGuard.isNull(); }, 10000));
        QVERIFY(QTest::qWaitFor([page] { return page->model()->state() == PagedTableModel::State::Complete
                                                && page->model()->rowOfRole(QStringLiteral("org_auditor")) < 0; }, 10000));
    }

    void permissionsPageCreatesEditsAndDeletes()
    {
        auto window = openWindow();
        window->showPermissions();
        ui::PermissionsPage *page = window->permissionsPage();
        QVERIFY(test::settleComplete(*page->model()));
        QTest::mouseClick(page->newButton(), Qt::LeftButton);
        auto *dialog = waitForDialog<ui::PermissionDialog>(page);
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("invoices read"));
        dialog->submitNow();
        QVERIFY(!dialog->isBusy());
        QVERIFY(!dialog->fieldErrors()->fieldError(QStringLiteral("name")).isEmpty());
        dialog->nameEdit()->setText(QStringLiteral("invoices:read"));
        dialog->descriptionEdit()->setPlainText(QStringLiteral("Read invoices"));
        QVERIFY(test::saveScreenshot(dialog, QStringLiteral("permission-dialog")));
        QPointer<ui::PermissionDialog> guard(dialog);
        dialog->submitNow();
        QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }, 10000));
        QVERIFY(QTest::qWaitFor([page] { return page->model()->state() == PagedTableModel::State::Complete
                                                && page->model()->rowOfPermission(QStringLiteral("invoices:read")) >= 0; }, 10000));

        page->view()->selectSourceRow(page->model()->rowOfPermission(QStringLiteral("invoices:read")));
        QVERIFY(page->editButton()->isEnabled());
        page->openEditDialog();
        dialog = waitForDialog<ui::PermissionDialog>(page);
        QVERIFY(dialog && dialog->isEdit());
        dialog->descriptionEdit()->setPlainText(QStringLiteral("Read and download invoices"));
        guard = dialog;
        dialog->submitNow();
        QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }, 10000));
        const int row = page->model()->rowOfPermission(QStringLiteral("invoices:read"));
        QCOMPARE(page->model()->index(row, models::PermissionsModel::Description).data().toString(),
                 QStringLiteral("Read and download invoices"));

        page->view()->selectSourceRow(row);
        ConfirmByTypingDialog::setNextAnswer(true);
        QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([page] { return page->model()->state() == PagedTableModel::State::Complete
                                                && page->model()->rowOfPermission(QStringLiteral("invoices:read")) < 0; }, 10000));
        QVERIFY(test::saveScreenshot(window.get(), QStringLiteral("permissions-page")));
    }

    void toolsMenuSitsBeforeHelp()
    {
        EnvironmentStatus status;
        ui::MainWindow window(&status);
        window.setPersistSettings(false);
        QMenu *tools = window.toolsMenu();
        QCOMPARE(window.toolsMenu(), tools); // created once
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles.indexOf(QStringLiteral("&Tools")) + 1, titles.indexOf(QStringLiteral("&Help")));
    }

    void readOnlyDisablesWrites()
    {
        m_status.setReadOnly(true);
        auto window = openWindow();
        ui::RolesPage *roles = window->rolesPage();
        QVERIFY(test::settleComplete(*roles->model()));
        roles->selectRole(QStringLiteral("viewer"));
        QVERIFY(!roles->newButton()->isEnabled());
        QVERIFY(!roles->editButton()->isEnabled());
        QVERIFY(!roles->deleteButton()->isEnabled());
        const int writes = m_fixture.sandbox().countWrites();
        roles->openCreateDialog(); // even when called directly, nothing opens
        QVERIFY(!roles->findChild<ui::RoleDialog *>());
        ui::PermissionsPage *permissions = window->permissionsPage();
        QVERIFY(test::settleComplete(*permissions->model()));
        permissions->view()->selectSourceRow(0);
        QVERIFY(!permissions->newButton()->isEnabled());
        QVERIFY(!permissions->editButton()->isEnabled());
        QVERIFY(!permissions->deleteButton()->isEnabled());
        QCOMPARE(m_fixture.sandbox().countWrites(), writes);

        m_status.setReadOnly(false); // writableChanged: the actions come back
        QVERIFY(roles->newButton()->isEnabled());
        QVERIFY(roles->editButton()->isEnabled());
        QVERIFY(permissions->newButton()->isEnabled());
        QVERIFY(permissions->editButton()->isEnabled());
    }

    void defaultsFollowTheScope()
    {
        auto window = openWindow();
        ui::RolesPage *page = window->rolesPage();
        RolesModel *model = page->model();
        QVERIFY(test::settleComplete(*model));
        const auto defaultsOf = [model](const char *name) {
            return model->index(model->rowOfRole(QString::fromLatin1(name)), RolesModel::Defaults).data().toString();
        };
        const auto makeMemberDefault = [page, model](const char *name) {
            page->selectRole(QString::fromLatin1(name));
            QVERIFY(page->memberDefaultAction()->isEnabled());
            page->memberDefaultAction()->trigger();
            QVERIFY(QTest::qWaitFor([page, model, name] {
                const entities::Role *role = model->roleAt(model->rowOfRole(QString::fromLatin1(name)));
                return model->state() == PagedTableModel::State::Complete && role && role->defaultMember;
            }, 10000));
            QCOMPARE(page->banner()->level(), ui::MessageBanner::Level::Info);
        };

        // The environment: viewer for new members, then back to member.
        makeMemberDefault("viewer");
        QCOMPARE(defaultsOf("viewer"), QStringLiteral("members"));
        QCOMPARE(defaultsOf("member"), QString());
        QCOMPARE(defaultsOf("admin"), QStringLiteral("creator"));
        QVERIFY(page->banner()->text().contains(QStringLiteral("viewer")));
        page->selectRole(QStringLiteral("viewer"));
        QVERIFY(!page->memberDefaultAction()->isEnabled()); // already the default
        QVERIFY(page->creatorDefaultAction()->isEnabled());
        QVERIFY(test::saveScreenshot(window.get(), QStringLiteral("roles-window-defaults")));
        makeMemberDefault("member");
        QCOMPARE(defaultsOf("viewer"), QString());

        // An organization: its own default, which the environment does not share.
        window->showOrganization(QString::fromStdString(m_organizationId), QStringLiteral("Test organization"));
        QVERIFY(test::settleComplete(*model));
        QCOMPARE(defaultsOf("member"), QStringLiteral("members"));
        makeMemberDefault("viewer");
        QCOMPARE(defaultsOf("member"), QString());
        page->selectRole(QStringLiteral("admin"));
        QVERIFY(!page->creatorDefaultAction()->isEnabled()); // creators are an environment setting
        page->showEnvironment();
        QVERIFY(QTest::qWaitFor([model] { return model->state() == PagedTableModel::State::Complete
                                                 && model->organizationId().isEmpty(); }, 10000));
        QCOMPARE(defaultsOf("member"), QStringLiteral("members"));
        QCOMPARE(defaultsOf("viewer"), QString());
    }
};

QTEST_MAIN(TestRolesWindow)
#include "tst_roleswindow.moc"
