// The Directories tab against a real sandbox: the environment-wide scan and one organization's
// directories, the detail (SCIM endpoint with Copy, the token's last characters only, role
// assignments, attribute mappings, a stale warning), users paged to the end and filtered by
// group, enable/disable round trip, sync, and a rotated SCIM token shown once (masked until
// Reveal) and then gone. What the sandbox received is checked, not only what the widgets show.

#include "models/directories/directoriesmodel.h"
#include "models/directories/directoryformat.h"
#include "models/directories/directorymembersmodel.h"
#include "services/core/environmentstatus.h"
#include "tests/integration/modeltest.h"
#include "tests/ui/uitestsupport.h"
#include "ui/directories/directoriestab.h"
#include "ui/directories/directorydetailpane.h"
#include "ui/directories/directorymemberspanel.h"
#include "ui/organizations/newsecretdialog.h"
#include "ui/users/organizationfilter.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/providericon.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/statuscolors.h"
// After the Qt headers: moc 6.4 cannot parse <concepts> when nlohmann/json.hpp comes first.
#include "models/core/displayformat.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace sk;
using models::DirectoriesModel;
using models::PagedTableModel;
using ui::DirectoriesTab;
namespace format = sk::models::directoryformat;

class TestDirectoriesTab : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    services::EnvironmentStatus m_status;
    std::unique_ptr<DirectoriesTab> m_tab;

    bool scanComplete() const { return test::settleComplete(*m_tab->model(), 60000); }

    // Selects the directory with the most users; returns its id.
    std::string selectBiggest()
    {
        DirectoriesModel *model = m_tab->model();
        int best = -1;
        for (int row = 0; row < model->entityCount(); ++row) {
            if (best < 0 || model->directoryAt(row)->totalUsers > model->directoryAt(best)->totalUsers)
                best = row;
        }
        if (best < 0)
            return {};
        m_tab->view()->selectSourceRow(best);
        return model->directoryAt(best)->id;
    }

    const entities::Directory *directory(const std::string &id) const
    {
        const int row = m_tab->model()->rowOf(id);
        return row >= 0 ? m_tab->model()->directoryAt(row) : nullptr;
    }

private slots:
    void initTestCase()
    {
        m_fixture.sandbox().setRequestLog(true);
        std::string organizationId;
        QVERIFY2(test::startUiTest(m_fixture, m_status, &organizationId),
                 qPrintable(m_fixture.errorString()));
        m_tab = std::make_unique<DirectoriesTab>(m_fixture.services(), &m_status);
        m_tab->resize(1400, 900);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        QVERIFY(scanComplete());
        QVERIFY(m_tab->model()->entityCount() >= 4);
    }

    void theScanListsEveryOrganizationsDirectories()
    {
        DirectoriesModel *model = m_tab->model();
        QVERIFY(model->isEnvironmentWide());
        QVERIFY(model->organizationsScanned() > 0);
        const QString summary = m_tab->summaryLabel()->text();
        QVERIFY2(summary.contains(models::countOf(model->entityCount(), QStringLiteral("directory"),
                                                  QStringLiteral("directories"))),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("organizations")), qPrintable(summary));
        QVERIFY(!selectBiggest().empty());
        QVERIFY(test::settle(*m_tab->detail()->groupsPanel()->model()));
        QVERIFY2(!m_tab->detail()->roleAssignmentsLabel()->text().contains(QStringLiteral("dirgroup_")),
                 qPrintable(m_tab->detail()->roleAssignmentsLabel()->text())); // names, not IDs
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("directories-tab")));
    }

    // The provider column uses the shared tile (ui/widgets/providericon), as the Connections and
    // AgentKit tabs do: every directory provider of the API has its brand colour, painted in the
    // cell; an unknown one keeps the generic icon and reads its raw name.
    void providersShowTheSharedIcon()
    {
        for (const auto &entry : entities::kDirectoryProviderNames) {
            const QString key = QString::fromLatin1(entry.name.data(), qsizetype(entry.name.size()));
            if (entry.value != entities::DirectoryProvider::Unspecified)
                QVERIFY2(ui::isKnownProvider(key), qPrintable(key));
        }
        const auto unknown = entities::Enum<entities::DirectoryProvider>::fromRaw("ACME_IDP");
        QVERIFY(!ui::isKnownProvider(format::providerKey(unknown)));
        QCOMPARE(ui::providerIcon(format::providerKey(unknown)).pixmap(24, 24).toImage(),
                 QIcon(QStringLiteral(":/icons/plug.svg")).pixmap(24, 24).toImage());
        QVERIFY(format::providerText(unknown).contains(QStringLiteral("ACME_IDP")));

        ui::ResourceTableView *view = m_tab->view();
        const int row = view->currentSourceRow() == 0 ? 1 : 0; // a selected icon is tinted
        const QModelIndex shown
            = view->proxy()->mapFromSource(m_tab->model()->index(row, DirectoriesModel::Provider));
        const QString key = shown.data(models::kProviderKeyRole).toString();
        QCOMPARE(
            key,
            QString::fromStdString(std::string(m_tab->model()->directoryAt(row)->directoryProvider.name())));
        QVERIFY2(ui::isKnownProvider(key), qPrintable(key));
        QVERIFY2(test::cellPaintsColor(view, shown, ui::providerColor(key).rgb()), qPrintable(key));
    }

    void theDetailShowsTheScimSetupButNeverTheToken()
    {
        const std::string id = selectBiggest();
        const entities::Directory d = *directory(id);
        ui::DirectoryDetailPane *detail = m_tab->detail();
        QVERIFY(detail->directory() && detail->directory()->id == id);
        QCOMPARE(detail->endpointLabel()->text(), QString::fromStdString(d.directoryEndpoint));
        QTest::mouseClick(detail->copyEndpointButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromStdString(d.directoryEndpoint));
        const auto *secret = format::activeSecret(d);
        QVERIFY(secret);
        QVERIFY(detail->tokenLabel()->text().contains(QStringLiteral("…")
                                                      + QString::fromStdString(secret->secretSuffix)));
        QVERIFY(!detail->attributeMappingsLabel()->text().isEmpty());
        QVERIFY(detail->attributeMappingsLabel()->text().contains(QStringLiteral("name.givenName")));
        QVERIFY(!detail->roleAssignmentsLabel()->text().isEmpty());
        QCOMPARE(detail->statusLabel()->text().trimmed(), format::statusBadge(d.status).text);
        // Copy as JSON carries no token either.
        const QString json
            = m_tab->model()
                  ->data(m_tab->model()->index(m_tab->model()->rowOf(id), 0), PagedTableModel::JsonRole)
                  .toString();
        QVERIFY(json.contains(QString::fromStdString(secret->secretSuffix)));
        QVERIFY(!json.contains(QStringLiteral("plain_secret")));
    }

    void aStaleDirectoryWarns()
    {
        m_tab->statusFilter()->setCurrentIndex(
            m_tab->statusFilter()->findData(models::DirectoryFilter::kStale));
        emit m_tab->statusFilter()->activated(m_tab->statusFilter()->currentIndex());
        DirectoriesModel *model = m_tab->model();
        QVERIFY(model->entityCount() > 0);
        m_tab->view()->selectSourceRow(0);
        QVERIFY(format::isStale(*model->directoryAt(0), model->now()));
        QVERIFY2(m_tab->detail()->syncLabel()->text().contains(QStringLiteral("more than a day")),
                 qPrintable(m_tab->detail()->syncLabel()->text()));
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("directories-stale")));
        m_tab->statusFilter()->setCurrentIndex(0);
        emit m_tab->statusFilter()->activated(0);
    }

    void usersArePagedToTheEndAndFilteredByGroup()
    {
        const std::string id = selectBiggest();
        const int total = directory(id)->totalUsers;
        ui::DirectoryDetailPane *detail = m_tab->detail();
        detail->pages()->setCurrentIndex(ui::DirectoryDetailPane::kUsersPage);
        ui::DirectoryMembersPanel *users = detail->usersPanel();
        QVERIFY(test::settle(*users->model()));
        QCOMPARE(users->model()->entityCount(), models::DirectoryUsersModel::kPageSize);
        QVERIFY(users->loadAllButton()->isEnabled());
        QTest::mouseClick(users->loadAllButton(), Qt::LeftButton);
        QVERIFY(test::settleComplete(*users->model()));
        QCOMPARE(users->model()->entityCount(), total);
        QVERIFY2(users->summaryLabel()->text().contains(QString::number(total)),
                 qPrintable(users->summaryLabel()->text()));
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("directories-users")));

        // The group filter is filled from the Groups page.
        ui::DirectoryMembersPanel *groups = detail->groupsPanel();
        QVERIFY(test::settle(*groups->model()));
        QVERIFY(users->groupFilter()->count() > 1);
        const QString groupId = users->groupFilter()->itemData(1).toString();
        users->groupFilter()->setCurrentIndex(1);
        emit users->groupFilter()->activated(1);
        users->model()->loadAll();
        QVERIFY(test::settleComplete(*users->model()));
        QVERIFY(users->model()->entityCount() > 0 && users->model()->entityCount() < total);
        for (int row = 0; row < users->model()->entityCount(); ++row) {
            const auto &g = users->usersModel()->userAt(row)->groups;
            QVERIFY(std::any_of(g.begin(), g.end(),
                                [&](const auto &x) { return QString::fromStdString(x.id) == groupId; }));
        }
        QVERIFY(
            m_fixture.sandbox().countRequests(QStringLiteral("GET"), QStringLiteral("directory_group_id="))
            >= 0);
        detail->pages()->setCurrentIndex(0);
    }

    void disableAndEnableRoundTrip()
    {
        const std::string id = selectBiggest();
        QVERIFY(directory(id)->enabled);
        QCOMPARE(m_tab->toggleAction()->text(), QStringLiteral("Disable…"));
        const int disables
            = m_fixture.sandbox().countRequests(QStringLiteral("PATCH"), QStringLiteral(":disable"));
        ui::ConfirmByTypingDialog::setNextAnswer(true);
        m_tab->toggleAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!directory(id)->enabled, 20000);
        QCOMPARE(m_fixture.sandbox().countRequests(QStringLiteral("PATCH"), QStringLiteral(":disable")),
                 disables + 1);
        QTRY_COMPARE(m_tab->toggleAction()->text(), QStringLiteral("Enable…"));
        QVERIFY(!m_tab->syncAction()->isEnabled()); // a disabled directory does not sync
        QVERIFY(m_tab->banner()->isVisible());

        // Refused: nothing is sent.
        const int writes = m_fixture.sandbox().countWrites();
        ui::ConfirmByTypingDialog::setNextAnswer(false);
        m_tab->toggleAction()->trigger();
        QCOMPARE(m_fixture.sandbox().countWrites(), writes);

        ui::ConfirmByTypingDialog::setNextAnswer(true);
        m_tab->toggleAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(directory(id)->enabled, 20000);
        QVERIFY(m_tab->detail()->directory()->enabled);
    }

    void syncNowIsSent()
    {
        const std::string id = selectBiggest();
        const auto before = directory(id)->lastSyncedAt;
        const int syncs = m_fixture.sandbox().countRequests(QStringLiteral("GET"), QStringLiteral(":sync"));
        QVERIFY(m_tab->syncAction()->isEnabled());
        m_tab->syncAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(directory(id)->lastSyncedAt > before, 20000);
        QCOMPARE(m_fixture.sandbox().countRequests(QStringLiteral("GET"), QStringLiteral(":sync")),
                 syncs + 1);
    }

    void aRotatedTokenIsShownOnceThenGone()
    {
        const std::string id = selectBiggest();
        const std::string oldSuffix = format::activeSecret(*directory(id))->secretSuffix;
        const int regenerations
            = m_fixture.sandbox().countRequests(QStringLiteral("POST"), QStringLiteral("secrets:regenerate"));
        ui::ConfirmByTypingDialog::setNextAnswer(true);
        m_tab->rotateAction()->trigger();
        QPointer<ui::NewSecretDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_tab->findChild<ui::NewSecretDialog *>()) != nullptr, 20000);
        QCOMPARE(
            m_fixture.sandbox().countRequests(QStringLiteral("POST"), QStringLiteral("secrets:regenerate")),
            regenerations + 1);
        ui::SecretField *field = dialog->secretField();
        const QString token = field->secret();
        QVERIFY(token.size() > 20);
        QVERIFY(!field->isRevealed());
        QVERIFY(!field->displayedText().contains(token)); // masked until Reveal
        field->revealButton()->click();
        QCOMPARE(field->displayedText(), token);
        QVERIFY(test::screenshot(dialog, QStringLiteral("directories-new-token")));
        // The detail follows: the new token's last characters, never the token.
        QTRY_VERIFY_WITH_TIMEOUT(format::activeSecret(*directory(id))->secretSuffix != oldSuffix, 20000);
        const QString suffix = QString::fromStdString(format::activeSecret(*directory(id))->secretSuffix);
        QVERIFY(token.endsWith(suffix));
        QTRY_VERIFY(m_tab->detail()->tokenLabel()->text().contains(QStringLiteral("…") + suffix));
        QVERIFY(!m_tab->detail()->tokenLabel()->text().contains(token));

        QTest::mouseClick(dialog->doneButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // closed and deleted
        // Gone: no widget of the tab holds it any more.
        for (QLineEdit *edit : m_tab->findChildren<QLineEdit *>())
            QVERIFY(!edit->text().contains(token));
        for (QLabel *label : m_tab->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(token));
        QVERIFY(!m_tab->findChild<ui::NewSecretDialog *>());
    }

    void oneOrganizationFromShowOrganization()
    {
        const std::string id = selectBiggest();
        const entities::Directory d = *directory(id);
        const QString orgName = m_tab->model()->organizationName(d.organizationId);
        m_tab->showOrganization(QString::fromStdString(d.organizationId), orgName);
        QVERIFY(test::settleComplete(*m_tab->model()));
        QVERIFY(!m_tab->model()->isEnvironmentWide());
        QVERIFY(m_tab->model()->entityCount() >= 1);
        for (int row = 0; row < m_tab->model()->entityCount(); ++row)
            QCOMPARE(m_tab->model()->directoryAt(row)->organizationId, d.organizationId);
        QVERIFY2(m_tab->summaryLabel()->text().contains(orgName), qPrintable(m_tab->summaryLabel()->text()));
        QCOMPARE(m_tab->organizationFilter()->organizationId(), QString::fromStdString(d.organizationId));
    }

    // A dark palette: the status pills and the stale warning follow it and stay readable.
    void readsInADarkPalette()
    {
        const QPalette before = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        m_tab->showOrganization({}, {});
        QVERIFY(test::settleComplete(*m_tab->model(), 60000));
        m_tab->view()->selectSourceRow(1);
        selectBiggest();
        const QString style = m_tab->detail()->statusLabel()->styleSheet();
        const QColor fill(style.section(QStringLiteral("background: "), 1).section(u';', 0, 0));
        const QColor text(style.section(QStringLiteral("color: "), 1).section(u';', 0, 0));
        QVERIFY2(fill.isValid() && text.isValid(), qPrintable(style));
        QVERIFY2(ui::contrastRatio(fill, text) >= 4.5, qPrintable(style));
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("directories-dark")));
        QApplication::setPalette(before);
    }

    // Production: disabling and rotating ask for the directory's name typed; refused, nothing is sent.
    void productionAsksForTheNameTyped()
    {
        // Another environment: the tab starts again (on the same sandbox here).
        m_status.setEnvironment(QStringLiteral("Prod"), services::EnvironmentStatus::Kind::Production);
        QVERIFY(scanComplete());
        const std::string id = selectBiggest();
        const QString name = QString::fromStdString(directory(id)->name);
        for (QAction *action : {m_tab->toggleAction(), m_tab->rotateAction()}) {
            const int writes = m_fixture.sandbox().countWrites();
            const auto seen = test::refuseNextModal();
            action->trigger();
            QVERIFY(seen->shown);
            QCOMPARE(seen->className, QStringLiteral("sk::ui::ConfirmByTypingDialog"));
            QCOMPARE(seen->expected, name);
            QVERIFY(seen->disabledWhenEmpty && seen->disabledWhenWrong && seen->stayedOpen);
            QCOMPARE(m_fixture.sandbox().countWrites(), writes);
        }
        QVERIFY(directory(id)->enabled);
        m_status.setEnvironment(QStringLiteral("Sandbox"), services::EnvironmentStatus::Kind::Sandbox);
        QVERIFY(scanComplete());
    }

    void readOnlyDisablesEveryWrite()
    {
        selectBiggest();
        m_status.setReadOnly(true);
        QVERIFY(!m_tab->toggleAction()->isEnabled());
        QVERIFY(!m_tab->syncAction()->isEnabled());
        QVERIFY(!m_tab->rotateAction()->isEnabled());
        QVERIFY(!m_tab->detail()->rotateButton()->isEnabled());
        const int writes = m_fixture.sandbox().countWrites();
        for (QAction *action : {m_tab->toggleAction(), m_tab->syncAction(), m_tab->rotateAction()})
            action->trigger();
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_fixture.sandbox().countWrites(), writes);
        m_status.setReadOnly(false);
    }
};

QTEST_MAIN(TestDirectoriesTab)
#include "tst_directoriestab.moc"
