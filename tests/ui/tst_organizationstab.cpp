// The Organizations tab driven offscreen against a real sandbox over HTTP: paging to the end by
// scrolling, search, jumping to an org_ ID or an exact external ID, create (client-side limits),
// edit with a server field violation that keeps what was typed, delete with the cascade list and
// the typed confirmation, read-only mode, and the detail pane's sections. With
// SK_SCREENSHOT_DIR set, the tab and its dialogs are saved as PNG files there.
#include "models/organizations/organizationsmodel.h"

#include "services/resources/services.h"
#include "services/core/environmentstatus.h"
#include "services/resources/organizationsservice.h"
#include "services/resources/usersservice.h"
#include "tests/support/sandboxprocess.h"
#include "tests/ui/uitest.h"
#include "ui/organizations/apiclientsdialog.h"
#include "ui/organizations/domainspanel.h"
#include "ui/organizations/metadataeditor.h"
#include "ui/organizations/organizationdeletion.h"
#include "ui/organizations/organizationdetailpane.h"
#include "ui/organizations/organizationdialog.h"
#include "ui/organizations/organizationstab.h"
#include "ui/organizations/portallinkdialog.h"
#include "ui/organizations/sessionpolicypanel.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/fielderrors.h"
#include "ui/widgets/resourcetableview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace sk;
using models::OrganizationsModel;
using models::PagedTableModel;
using services::EnvironmentStatus;
using ui::OrganizationsTab;

class TestOrganizationsTab : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<EnvironmentStatus> m_status;
    std::unique_ptr<OrganizationsTab> m_tab;

    static bool settle(const OrganizationsModel *model)
    {
        return QTest::qWaitFor([model] { return model->state() != PagedTableModel::State::Loading; }, 30000);
    }

    void search(const QString &text)
    {
        m_tab->searchField()->setText(text);
        QTest::keyClick(m_tab->searchField(), Qt::Key_Return);
        QVERIFY(settle(m_tab->model()));
    }

    entities::Organization fetch(const std::string &id, int *httpStatus = nullptr)
    {
        std::optional<api::Result<entities::Organization>> answer;
        services::OrganizationsService(m_client.get()).get(id, this, [&answer](auto result) { answer = std::move(result); });
        [&] { QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000)); }();
        if (httpStatus)
            *httpStatus = answer && !*answer ? answer->error().httpStatus : 200;
        return answer && *answer ? answer->value() : entities::Organization{};
    }

    int rowOfName(const QString &name) const
    {
        const OrganizationsModel *model = m_tab->model();
        for (int row = 0; row < model->entityCount(); ++row) {
            if (model->index(row, OrganizationsModel::DisplayName).data().toString() == name)
                return row;
        }
        return -1;
    }

    void selectFirstRow()
    {
        m_tab->searchField()->clear();
        search(QString());
        m_tab->view()->selectSourceRow(0);
        QVERIFY(m_tab->detail()->organization().has_value());
    }

private slots:
    void initTestCase()
    {
        ui::ResourceTableView::setLayoutPersistence(false);
        m_sandbox = std::make_unique<test::SandboxProcess>(QStringList{QStringLiteral("--organizations"), QStringLiteral("230")});
        m_sandbox->setRequestLog(true);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<api::ApiClient>(&m_network);
        m_services = std::make_unique<services::Services>(m_client.get());
        m_client->setSettings({m_sandbox->url(), m_sandbox->clientId(), m_sandbox->clientSecret()});
        m_status = std::make_unique<EnvironmentStatus>();
        m_status->setEnvironment(QStringLiteral("Sandbox"), EnvironmentStatus::Kind::Sandbox);
        m_tab = std::make_unique<OrganizationsTab>(m_services.get(), m_status.get());
        m_tab->resize(1400, 850);
        m_tab->show();
        QVERIFY(!m_tab->newAction()->isEnabled()); // not connected yet: nothing to write to
        m_status->setConnection(EnvironmentStatus::Connection::Connected);
        QVERIFY(settle(m_tab->model()));
    }

    void cleanupTestCase()
    {
        m_tab.reset();
    }

    void scrollingPagesToTheEnd()
    {
        QAbstractItemModelTester tester(m_tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrganizationsModel *model = m_tab->model();
        QCOMPARE(model->totalSize(), 230);
        QCOMPARE(m_tab->summaryLabel()->text(), QStringLiteral("100 of 230 organizations loaded"));
        // The first organization is selected as soon as the rows arrive: the detail is never blank.
        QCOMPARE(m_tab->view()->currentSourceRow(), 0);
        QVERIFY(m_tab->detail()->organization().has_value());
        // The view asks for more as it reaches the bottom, a page at a time.
        QVERIFY(QTest::qWaitFor([&] {
            m_tab->view()->scrollToBottom();
            return model->state() == PagedTableModel::State::Complete;
        }, 30000));
        QCOMPARE(model->entityCount(), 230);
        QCOMPARE(m_tab->summaryLabel()->text(), QStringLiteral("230 organizations"));
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("organizations-tab")));
    }

    void searchByName()
    {
        const QString name = m_tab->model()->index(5, OrganizationsModel::DisplayName).data().toString();
        const QString word = name.section(u' ', 0, 0);
        QVERIFY(word.size() >= 3);
        search(word);
        QVERIFY(m_tab->model()->entityCount() >= 1);
        for (int row = 0; row < m_tab->model()->entityCount(); ++row) {
            QVERIFY2(m_tab->model()->index(row, 0).data().toString().contains(word, Qt::CaseInsensitive),
                     qPrintable(m_tab->model()->index(row, 0).data().toString()));
        }
        QVERIFY(m_tab->summaryLabel()->text().contains(QStringLiteral("match")));
        // Two characters are not a search: the whole list again.
        search(word.left(2));
        QCOMPARE(m_tab->model()->totalSize(), 230);
    }

    void orgIdJumpsToTheOrganization()
    {
        search(QString());
        const QString id = m_tab->model()->index(42, OrganizationsModel::Id).data().toString();
        const QString name = m_tab->model()->index(42, OrganizationsModel::DisplayName).data().toString();
        search(id);
        QCOMPARE(m_tab->model()->entityCount(), 1);
        QCOMPARE(m_tab->view()->currentId(), id);
        QVERIFY(m_tab->detail()->organization().has_value());
        QCOMPARE(QString::fromStdString(m_tab->detail()->organization()->displayName), name);
        // An unknown ID is an empty result, not a failure.
        search(QStringLiteral("org_doesnotexist1"));
        QCOMPARE(m_tab->model()->state(), PagedTableModel::State::Complete);
        QCOMPARE(m_tab->model()->entityCount(), 0);
    }

    void externalIdJumpsToTheOrganization()
    {
        search(QString());
        const QString externalId = m_tab->model()->index(7, OrganizationsModel::ExternalId).data().toString();
        const QString id = m_tab->model()->index(7, OrganizationsModel::Id).data().toString();
        QVERIFY(!externalId.isEmpty());
        search(externalId);
        QVERIFY(m_tab->model()->entityCount() >= 1);
        QCOMPARE(m_tab->model()->exactMatchRow(), 0);
        QCOMPARE(m_tab->view()->currentId(), id);
    }

    void copyIdAndJson()
    {
        selectFirstRow();
        const QString id = m_tab->view()->currentId();
        m_tab->view()->setFocus();
        m_tab->view()->copyIdAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), id);
        m_tab->view()->copyJsonAction()->trigger();
        const QString json = QApplication::clipboard()->text();
        QVERIFY(json.contains(QStringLiteral("\"id\": \"") + id + u'"'));
        QVERIFY(json.contains(QStringLiteral("\"display_name\"")));
    }

    void keyboardShortcuts()
    {
        selectFirstRow();
        m_tab->activateWindow();
        m_tab->view()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
        QTest::keyClick(m_tab->view(), Qt::Key_L, Qt::ControlModifier);
        auto *portal = m_tab->findChild<ui::PortalLinkDialog *>();
        QVERIFY(portal);
        QVERIFY(portal->isVisible());
        QVERIFY(test::screenshot(portal, QStringLiteral("portal-link-open")));
        portal->close();
        m_tab->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
        m_tab->view()->setFocus();
        QTest::keyClick(m_tab->view(), Qt::Key_F2);
        auto *edit = m_tab->findChild<ui::OrganizationDialog *>();
        QVERIFY(edit && edit->isEdit());
        edit->reject();
        QVERIFY(QTest::qWaitFor([this] { return !m_tab->findChild<ui::OrganizationDialog *>(); }, 5000));
    }

    void apiClientsOpenOnePerOrganization()
    {
        selectFirstRow();
        m_tab->apiClientsAction()->trigger();
        m_tab->apiClientsAction()->trigger(); // the same window again, not a second one
        const auto dialogs = m_tab->findChildren<ui::ApiClientsDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QCOMPARE(dialogs.first()->organizationId(), m_tab->view()->currentId());
        QVERIFY(dialogs.first()->isVisible());
        dialogs.first()->close();
        QVERIFY(QTest::qWaitFor([this] { return m_tab->findChildren<ui::ApiClientsDialog *>().isEmpty(); }, 5000));
    }

    void createValidatesBeforeSending()
    {
        search(QString());
        const int before = m_tab->model()->totalSize();
        m_tab->newAction()->trigger();
        auto *dialog = m_tab->findChild<ui::OrganizationDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // Empty name, a bad slug and a two-letter metadata key: nothing is sent.
        dialog->slugEdit()->setText(QStringLiteral("Not A Slug"));
        dialog->metadataEditor()->addPair(QStringLiteral("ab"), QStringLiteral("x"));
        dialog->submitNow();
        QVERIFY(!dialog->isBusy());
        QVERIFY(!dialog->fieldErrors()->fieldError(QStringLiteral("display_name")).isEmpty());
        QVERIFY(!dialog->fieldErrors()->fieldError(QStringLiteral("slug")).isEmpty());
        QVERIFY(dialog->fieldErrors()->fieldError(QStringLiteral("metadata")).contains(QStringLiteral("3–25")));
        QVERIFY(test::screenshot(dialog, QStringLiteral("organization-create-invalid")));

        dialog->nameEdit()->setText(QStringLiteral("Zeta Test Works"));
        dialog->slugEdit()->setText(QStringLiteral("zeta-test"));
        dialog->metadataEditor()->table()->item(0, 0)->setText(QStringLiteral("tier"));
        dialog->metadataEditor()->table()->item(0, 1)->setText(QStringLiteral("gold"));
        dialog->externalIdEdit()->setText(QStringLiteral("zeta-001"));
        QSignalSpy saved(dialog, &ui::OrganizationDialog::organizationSaved);
        dialog->submitNow();
        QVERIFY(saved.wait(20000));
        QVERIFY(dialog->saved().has_value());
        const entities::Organization org = *dialog->saved();
        QCOMPARE(org.displayName, std::string("Zeta Test Works"));
        QCOMPARE(org.metadata.at("tier"), std::string("gold"));
        QCOMPARE(m_tab->model()->totalSize(), before + 1);
        QCOMPARE(m_tab->view()->currentId(), QString::fromStdString(org.id)); // selected
        QCOMPARE(fetch(org.id).slug.value_or(std::string()), std::string("zeta-test")); // on the server
    }

    void editShowsServerViolationAndKeepsInput()
    {
        search(QStringLiteral("zeta-001"));
        QCOMPARE(m_tab->view()->currentId().left(4), QStringLiteral("org_"));
        const std::string id = m_tab->view()->currentId().toStdString();
        m_tab->editAction()->trigger();
        auto *dialog = m_tab->findChild<ui::OrganizationDialog *>();
        QVERIFY(dialog && dialog->isEdit());
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Zeta Test Works"));
        // Another organization's external ID: the server refuses with a field violation.
        dialog->nameEdit()->setText(QStringLiteral("Zeta Renamed"));
        dialog->externalIdEdit()->setText(QStringLiteral("crm-100000"));
        dialog->submitNow();
        QVERIFY(dialog->isBusy());
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 20000));
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->fieldErrors()->fieldError(QStringLiteral("external_id")).contains(QStringLiteral("already exists")),
                 qPrintable(dialog->fieldErrors()->fieldError(QStringLiteral("external_id"))));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Zeta Renamed")); // nothing typed is lost
        QCOMPARE(dialog->externalIdEdit()->text(), QStringLiteral("crm-100000"));
        QCOMPARE(fetch(id).displayName, std::string("Zeta Test Works")); // nothing half-saved
        QVERIFY(test::screenshot(dialog, QStringLiteral("organization-edit-violation")));

        // Typing in the field clears its error; a free ID saves.
        QTest::keyClick(dialog->externalIdEdit(), Qt::Key_Backspace);
        QVERIFY(dialog->fieldErrors()->fieldError(QStringLiteral("external_id")).isEmpty());
        dialog->externalIdEdit()->setText(QStringLiteral("zeta-002"));
        QSignalSpy saved(dialog, &ui::OrganizationDialog::organizationSaved);
        dialog->submitNow();
        QVERIFY(saved.wait(20000));
        QCOMPARE(fetch(id).externalId.value_or(std::string()), std::string("zeta-002"));
        const int row = m_tab->model()->rowOf(id);
        QCOMPARE(m_tab->model()->index(row, OrganizationsModel::DisplayName).data().toString(), QStringLiteral("Zeta Renamed"));
    }

    void detailPaneSections()
    {
        search(QString());
        // An organization with members: the seed puts users in the first ones.
        m_tab->view()->selectSourceRow(0);
        ui::OrganizationDetailPane *detail = m_tab->detail();
        QVERIFY(QTest::qWaitFor([detail] { return detail->pendingCounts() == 0; }, 20000));
        QVERIFY2(detail->membersLink()->text().contains(QStringLiteral("members")), qPrintable(detail->membersLink()->text()));
        QVERIFY(detail->connectionsLink()->text().contains(QStringLiteral("SSO connections")));
        QSignalSpy members(m_tab.get(), &OrganizationsTab::openTabRequested);
        emit detail->membersLink()->linkActivated(QStringLiteral("open"));
        QCOMPARE(members.count(), 1);
        QCOMPARE(members.at(0).at(0).value<ui::TabId>(), ui::TabId::Users);
        QCOMPARE(members.at(0).at(1).toString(), m_tab->view()->currentId());

        // Feature toggle: sent at once, and the server's answer shown.
        const std::string id = m_tab->view()->currentId().toStdString();
        const bool ssoBefore = detail->ssoToggle()->isChecked();
        detail->ssoToggle()->click();
        QVERIFY(QTest::qWaitFor([&] {
            return fetch(id).settings.featureEnabled(entities::features::kSso).value_or(false) == !ssoBefore;
        }, 20000));

        // Metadata: invalid keys are not sent; a valid pair is.
        ui::MetadataEditor *metadata = detail->metadataEditor();
        metadata->addPair(QStringLiteral("x"), QStringLiteral("y"));
        QVERIFY(detail->saveMetadataButton()->isEnabled());
        const int writes = m_sandbox->countWrites();
        detail->saveMetadataButton()->click();
        QVERIFY(detail->errorLabel()->isVisibleTo(detail));
        QCOMPARE(m_sandbox->countWrites(), writes);
        QVERIFY(fetch(id).metadata.count("x") == 0);
        const int last = metadata->table()->rowCount() - 1;
        metadata->table()->item(last, 0)->setText(QStringLiteral("segment"));
        metadata->table()->item(last, 1)->setText(QStringLiteral("enterprise"));
        detail->saveMetadataButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return fetch(id).metadata.count("segment") == 1; }, 20000));

        // Domains: add one with its type, then delete it.
        ui::DomainsPanel *domains = detail->domains();
        QVERIFY(QTest::qWaitFor([domains] { return !domains->isLoading(); }, 20000));
        const std::size_t domainsBefore = domains->domains().size();
        domains->domainEdit()->setText(QStringLiteral("zeta-example.com"));
        domains->typeCombo()->setCurrentIndex(1);
        domains->addButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return domains->domains().size() == domainsBefore + 1; }, 20000));
        QCOMPARE(domains->table()->item(int(domainsBefore), 0)->text(), QStringLiteral("zeta-example.com"));
        QCOMPARE(domains->table()->item(int(domainsBefore), 1)->text(), QStringLiteral("Allowed email domain"));
        domains->table()->selectRow(int(domainsBefore));
        // Verify: the pending domain's DNS record is checked now; the row shows the answer.
        QCOMPARE(domains->table()->item(int(domainsBefore), 2)->text(), QStringLiteral("PENDING"));
        QVERIFY(domains->verifyButton()->isEnabled());
        const int verifies = m_sandbox->countRequests(QStringLiteral("PATCH"), QStringLiteral(":verify"));
        domains->verifyButton()->click();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return domains->domains().back().verificationStatus == entities::VerificationStatus::Verified;
            },
            20000));
        QCOMPARE(m_sandbox->countRequests(QStringLiteral("PATCH"), QStringLiteral(":verify")), verifies + 1);
        QCOMPARE(domains->table()->item(int(domainsBefore), 2)->text(), QStringLiteral("VERIFIED"));
        QVERIFY2(domains->stateLabel()->text().contains(QStringLiteral("is verified")),
                 qPrintable(domains->stateLabel()->text()));
        domains->table()->selectRow(int(domainsBefore));
        QVERIFY(!domains->verifyButton()->isEnabled()); // nothing left to verify
        ui::ConfirmByTypingDialog::setNextAnswer(true);
        domains->deleteButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return domains->domains().size() == domainsBefore; }, 20000));

        // Session policy and user limit: a custom policy saved and read back.
        ui::SessionPolicyPanel *policy = detail->sessionPolicy();
        QVERIFY(QTest::qWaitFor([policy] { return !policy->isLoading(); }, 20000));
        policy->sourceCombo()->setCurrentIndex(1);
        policy->absoluteTimeout()->setValue(12);
        policy->absoluteUnit()->setCurrentIndex(1); // hours
        policy->maxUsers()->setValue(250);
        QVERIFY(policy->saveButton()->isEnabled());
        policy->saveButton()->click();
        QVERIFY(QTest::qWaitFor([policy] { return !policy->isLoading(); }, 20000));
        std::optional<entities::OrganizationSessionPolicy> stored;
        services::OrganizationsService(m_client.get()).sessionPolicy(id, this, [&stored](auto result) {
            if (result)
                stored = result.value();
        });
        QVERIFY(QTest::qWaitFor([&stored] { return stored.has_value(); }, 20000));
        QCOMPARE(stored->absoluteSessionTimeout.value_or(0), 12);
        QCOMPARE(stored->policySource.value, entities::SessionPolicyType::Custom);
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("organizations-detail")));
    }

    void deleteListsTheCascadeAndNeedsTheName()
    {
        search(QStringLiteral("zeta-002"));
        const std::string id = m_tab->view()->currentId().toStdString();
        QVERIFY(!id.empty());
        const QString name = QStringLiteral("Zeta Renamed");
        QString message;
        bool disabledWhenWrong = false;
        bool pictured = false;
        test::whenModal<ui::ConfirmByTypingDialog>([&](ui::ConfirmByTypingDialog *dialog) {
            message = dialog->findChild<QLabel *>(QStringLiteral("confirmMessage"))->text();
            pictured = test::screenshot(dialog, QStringLiteral("organization-delete-confirm"));
            dialog->input()->setText(QStringLiteral("Zeta"));
            disabledWhenWrong = !dialog->confirmButton()->isEnabled();
            dialog->input()->setText(name);
            dialog->confirmButton()->click();
        });
        const int before = m_tab->model()->entityCount();
        m_tab->deleteAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return m_tab->model()->entityCount() == before - 1; }, 30000));
        QVERIFY(disabledWhenWrong);
        QVERIFY(pictured);
        QVERIFY2(message.contains(QStringLiteral("SSO connection")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("membership")));
        QVERIFY(message.contains(QStringLiteral("belong to no other organization")));
        int status = 0;
        fetch(id, &status);
        QCOMPARE(status, 404);
        QVERIFY(!m_tab->detail()->organization().has_value());
    }

    void cancelledDeleteKeepsTheOrganization()
    {
        selectFirstRow();
        const std::string id = m_tab->view()->currentId().toStdString();
        const int deletes = m_sandbox->countRequests(QStringLiteral("DELETE"));
        QVERIFY(deletes >= 0);
        bool shown = false;
        test::whenModal<ui::ConfirmByTypingDialog>([&shown](ui::ConfirmByTypingDialog *dialog) {
            shown = true;
            dialog->reject();
        });
        m_tab->deleteAction()->trigger();
        QVERIFY2(QTest::qWaitFor([&shown] { return shown; }, 20000), "the confirmation never appeared");
        // A confirmed delete would end with the DELETE's answer: wait until the deletion is over.
        QVERIFY(QTest::qWaitFor([this] {
            return !QApplication::activeModalWidget() && m_tab->findChildren<ui::OrganizationDeletion *>().isEmpty()
                   && m_client->inFlight() == 0;
        }, 20000));
        QCOMPARE(m_sandbox->countRequests(QStringLiteral("DELETE")), deletes);
        int status = 0;
        fetch(id, &status);
        QCOMPARE(status, 200);
        QVERIFY(m_tab->model()->rowOf(id) >= 0);
    }

    void readOnlyDisablesEveryWrite()
    {
        selectFirstRow();
        QVERIFY(m_tab->editAction()->isEnabled());
        m_status->setReadOnly(true);
        QVERIFY(!m_tab->newAction()->isEnabled());
        QVERIFY(!m_tab->editAction()->isEnabled());
        QVERIFY(!m_tab->portalLinkAction()->isEnabled());
        QVERIFY(!m_tab->deleteAction()->isEnabled());
        QVERIFY(m_tab->apiClientsAction()->isEnabled()); // looking is fine
        QVERIFY(!m_tab->detail()->ssoToggle()->isEnabled());
        QVERIFY(!m_tab->detail()->domains()->addButton()->isEnabled());
        QVERIFY(!m_tab->detail()->sessionPolicy()->sourceCombo()->isEnabled());
        const int writes = m_sandbox->countWrites();
        for (QAction *action : {m_tab->newAction(), m_tab->editAction(), m_tab->portalLinkAction(), m_tab->deleteAction()})
            action->trigger(); // disabled: nothing opens, nothing is sent
        QVERIFY(!m_tab->findChild<ui::OrganizationDialog *>());
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_sandbox->countWrites(), writes);
        m_status->setReadOnly(false);
        QVERIFY(m_tab->editAction()->isEnabled());
    }
};

QTEST_MAIN(TestOrganizationsTab)
#include "tst_organizationstab.moc"
