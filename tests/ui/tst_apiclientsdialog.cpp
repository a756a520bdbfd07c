// ApiClientsDialog driven offscreen against a real sandbox: the organization's clients and their
// secrets, creating a client (its secret shown once, masked until Reveal, gone when the dialog
// closes and absent from every later GET), editing, adding and deleting secrets, deleting the
// client, and a read-only profile without write actions. With SK_SCREENSHOT_DIR set, the
// dialogs are saved as PNGs.
#include "tests/integration/servicetest.h"
#include "tests/ui/uitestsupport.h"

#include "models/organizations/clientsecretsmodel.h"
#include "models/organizations/organizationclientsmodel.h"
#include "services/core/environmentstatus.h"
#include "services/resources/organizationclientsservice.h"
#include "services/resources/organizationsservice.h"
#include "ui/organizations/apiclientformdialog.h"
#include "ui/organizations/apiclientsdialog.h"
#include "ui/organizations/newsecretdialog.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/fielderrors.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/secretfield.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>

using namespace sk;
using models::OrganizationClientsModel;
using models::PagedTableModel;
using services::Callback;
using services::EnvironmentStatus;
using services::OrganizationClientsService;
using sk::test::await;
using ui::ApiClientsDialog;
using ui::ConfirmByTypingDialog;

namespace {

// Every text any line edit or label under `root` shows or holds.
bool widgetsContain(QWidget *root, const QString &needle)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (edit->text().contains(needle))
            return true;
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->text().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestApiClientsDialog : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    EnvironmentStatus m_status;
    QString m_organizationId;
    QString m_clientId;   // created by createShowsTheSecretOnce
    QString m_firstSecret; // its secret, kept by the test only to prove it is gone everywhere else

    std::unique_ptr<ApiClientsDialog> openDialog()
    {
        auto dialog = std::make_unique<ApiClientsDialog>(m_fixture.services(), &m_status, m_organizationId,
                                                         QStringLiteral("Test organization"));
        dialog->show();
        return dialog;
    }

    std::string clientJson()
    {
        auto fetched = await<entities::M2MClient>([this](QObject *owner, Callback<entities::M2MClient> done) {
            return OrganizationClientsService(m_fixture.client())
                .get(m_organizationId.toStdString(), m_clientId.toStdString(), owner, std::move(done));
        });
        return fetched ? nlohmann::json(fetched.value()).dump() : std::string();
    }

private slots:
    void initTestCase()
    {
        std::string organizationId;
        m_fixture.sandbox().setRequestLog(true);
        QVERIFY2(test::startUiTest(m_fixture, m_status, &organizationId), qPrintable(m_fixture.errorString()));
        m_organizationId = QString::fromStdString(organizationId);
    }

    void init()
    {
        m_status.setReadOnly(false);
        ConfirmByTypingDialog::setNextAnswer(std::nullopt);
    }

    void createShowsTheSecretOnce()
    {
        auto dialog = openDialog();
        QVERIFY(test::settleComplete(*dialog->model()));
        const int before = dialog->model()->entityCount();
        QVERIFY(dialog->createButton()->isEnabled());
        QVERIFY(!dialog->editButton()->isEnabled()); // nothing selected yet
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        auto *form = dialog->findChild<ui::ApiClientFormDialog *>();
        QVERIFY(form && form->isVisible());
        QCOMPARE(form->expirySpin()->value(), 3600);

        // Bad input stays client-side and loses nothing.
        form->claimsEdit()->setPlainText(QStringLiteral("no equals sign"));
        form->submitNow();
        QVERIFY(!form->isBusy());
        QVERIFY(!form->fieldErrors()->fieldError(QStringLiteral("name")).isEmpty());
        QVERIFY(!form->fieldErrors()->fieldError(QStringLiteral("custom_claims")).isEmpty());
        QCOMPARE(form->claimsEdit()->toPlainText(), QStringLiteral("no equals sign"));
        QVERIFY(test::saveScreenshot(form, QStringLiteral("api-client-form-errors")));

        form->nameEdit()->setText(QStringLiteral("CI deployer"));
        form->descriptionEdit()->setPlainText(QStringLiteral("Deploys from CI"));
        form->scopesEdit()->setText(QStringLiteral("deploy:write, read:users"));
        form->audienceEdit()->setText(QStringLiteral("https://api.example.com"));
        form->expirySpin()->setValue(7200);
        form->claimsEdit()->setPlainText(QStringLiteral("env=ci\nteam = platform"));
        QVERIFY(test::saveScreenshot(form, QStringLiteral("api-client-form")));
        form->submitNow();
        QVERIFY(QTest::qWaitFor([&dialog] { return dialog->newSecretDialog() != nullptr; }, 10000));

        QPointer<ui::NewSecretDialog> shown = dialog->newSecretDialog();
        ui::SecretField *field = shown->secretField();
        const QString secret = field->secret();
        QVERIFY(secret.startsWith(QStringLiteral("snd_")));
        QVERIFY(!field->isRevealed()); // masked until asked
        QVERIFY(!field->displayedText().contains(secret));
        QVERIFY(shown->warningLabel()->text().contains(QStringLiteral("will not be shown again")));
        QVERIFY(test::saveScreenshot(shown, QStringLiteral("new-secret-dialog")));
        QTest::mouseClick(field->revealButton(), Qt::LeftButton);
        QVERIFY(field->isRevealed());
        QCOMPARE(field->displayedText(), secret);
        QTest::mouseClick(field->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), secret);
        QApplication::clipboard()->clear();

        // The new client is listed and selected; nothing in the list holds the secret.
        QVERIFY(test::settleComplete(*dialog->model()));
        QCOMPARE(dialog->model()->entityCount(), before + 1);
        QVERIFY(QTest::qWaitFor([&dialog] { return dialog->view()->currentSourceRow() >= 0; }, 5000));
        const entities::M2MClient *created = dialog->model()->clientAt(dialog->view()->currentSourceRow());
        QCOMPARE(created->name, std::string("CI deployer"));
        QCOMPARE(created->scopes, (std::vector<std::string>{"deploy:write", "read:users"}));
        QCOMPARE(created->expiry, std::int64_t(7200));
        QCOMPARE(created->customClaims.size(), std::size_t(2));
        QCOMPARE(created->customClaims.at(1).value, std::string("platform"));
        m_clientId = QString::fromStdString(created->clientId);
        QCOMPARE(dialog->secretsModel()->rowCount(), 1);
        QVERIFY(dialog->secretsModel()->index(0, 0).data().toString().endsWith(secret.right(4)));
        for (int row = 0; row < dialog->model()->entityCount(); ++row)
            QVERIFY(!dialog->model()->index(row, 0).data(PagedTableModel::JsonRole).toString().contains(secret));

        // Done: the dialog goes, and the secret with it.
        QTest::mouseClick(shown->doneButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&shown] { return shown.isNull(); }, 5000));
        QVERIFY(!dialog->newSecretDialog());
        QVERIFY(!widgetsContain(dialog.get(), secret));
        QVERIFY(test::saveScreenshot(dialog.get(), QStringLiteral("api-clients-dialog")));

        // The API never returns it again.
        const std::string json = clientJson();
        QVERIFY(!json.empty());
        QVERIFY(json.find(secret.toStdString()) == std::string::npos);
        QVERIFY(json.find("plain_secret") == std::string::npos);
        m_firstSecret = secret;
    }

    void editUpdatesTheRow()
    {
        QVERIFY(!m_clientId.isEmpty());
        auto dialog = openDialog();
        QVERIFY(test::settleComplete(*dialog->model()));
        dialog->selectClient(m_clientId);
        QVERIFY(dialog->editButton()->isEnabled());
        QVERIFY(dialog->detailLabel()->text().contains(QStringLiteral("deploy:write")));
        dialog->openEditDialog();
        auto *form = dialog->findChild<ui::ApiClientFormDialog *>();
        QVERIFY(form && form->isEdit());
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("CI deployer"));
        QCOMPARE(form->scopesEdit()->text(), QStringLiteral("deploy:write read:users"));
        QCOMPARE(form->claimsEdit()->toPlainText(), QStringLiteral("env=ci\nteam=platform"));
        form->nameEdit()->setText(QStringLiteral("CI deployer (prod)"));
        form->scopesEdit()->setText(QStringLiteral("deploy:write"));
        QPointer<ui::ApiClientFormDialog> guard(form);
        form->submitNow();
        QVERIFY(QTest::qWaitFor([&guard] { return guard.isNull(); }, 10000));
        const int row = dialog->model()->rowOfClient(m_clientId);
        QCOMPARE(dialog->model()->index(row, OrganizationClientsModel::Name).data().toString(), QStringLiteral("CI deployer (prod)"));
        QCOMPARE(dialog->model()->index(row, OrganizationClientsModel::Scopes).data().toString(), QStringLiteral("deploy:write"));
        QVERIFY(dialog->detailLabel()->text().contains(QStringLiteral("CI deployer (prod)")));
    }

    void addAndDeleteSecrets()
    {
        QVERIFY(!m_clientId.isEmpty());
        auto dialog = openDialog();
        QVERIFY(test::settleComplete(*dialog->model()));
        dialog->selectClient(m_clientId);
        QCOMPARE(dialog->secretsModel()->rowCount(), 1);
        QVERIFY(!dialog->deleteSecretButton()->isEnabled()); // no secret selected

        QTest::mouseClick(dialog->addSecretButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&dialog] { return dialog->newSecretDialog() != nullptr; }, 10000));
        QPointer<ui::NewSecretDialog> shown = dialog->newSecretDialog();
        const QString second = shown->secretField()->secret();
        QVERIFY(second.startsWith(QStringLiteral("snd_")));
        QVERIFY(second != m_firstSecret);
        QVERIFY(!shown->secretField()->isRevealed());
        QCOMPARE(dialog->secretsModel()->rowCount(), 2);
        QCOMPARE(dialog->model()->index(dialog->model()->rowOfClient(m_clientId), OrganizationClientsModel::Secrets)
                     .data().toString(), QStringLiteral("2"));
        shown->close(); // closing any way wipes it
        QVERIFY(QTest::qWaitFor([&shown] { return shown.isNull(); }, 5000));
        QVERIFY(!widgetsContain(dialog.get(), second));

        // Delete the first secret: declined first, then confirmed.
        dialog->secretsView()->selectRow(0);
        QVERIFY(dialog->deleteSecretButton()->isEnabled());
        QVERIFY(test::saveScreenshot(dialog.get(), QStringLiteral("api-clients-two-secrets")));
        const int deletes = m_fixture.sandbox().countRequests(QStringLiteral("DELETE"));
        QVERIFY(deletes >= 0);
        ConfirmByTypingDialog::setNextAnswer(false);
        dialog->deleteSecret();
        QCOMPARE(m_fixture.sandbox().countRequests(QStringLiteral("DELETE")), deletes);
        QCOMPARE(dialog->secretsModel()->rowCount(), 2);
        ConfirmByTypingDialog::setNextAnswer(true);
        QTest::mouseClick(dialog->deleteSecretButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&dialog] { return dialog->secretsModel()->rowCount() == 1; }, 10000));
        QVERIFY(dialog->secretsModel()->index(0, 0).data().toString().endsWith(second.right(4)));

        const std::string json = clientJson();
        QVERIFY(json.find(second.toStdString()) == std::string::npos);
        QVERIFY(json.find(m_firstSecret.toStdString()) == std::string::npos);
        QVERIFY(json.find("plain_secret") == std::string::npos);
    }

    void deleteRemovesTheClient()
    {
        QVERIFY(!m_clientId.isEmpty());
        auto dialog = openDialog();
        QVERIFY(test::settleComplete(*dialog->model()));
        dialog->selectClient(m_clientId);
        ConfirmByTypingDialog::setNextAnswer(true);
        QTest::mouseClick(dialog->deleteClientButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&dialog, this] {
            return dialog->model()->state() == PagedTableModel::State::Complete && dialog->model()->rowOfClient(m_clientId) < 0;
        }, 10000));
        auto fetched = await<entities::M2MClient>([this](QObject *owner, Callback<entities::M2MClient> done) {
            return OrganizationClientsService(m_fixture.client())
                .get(m_organizationId.toStdString(), m_clientId.toStdString(), owner, std::move(done));
        });
        SK_VERIFY_FAILS(fetched, api::ApiError::Kind::NotFound);
    }

    void readOnlyDisablesWrites()
    {
        entities::OrganizationClient body;
        body.name = "Read-only check";
        auto created = await<entities::CreateOrganizationClientResponse>(
            [&](QObject *owner, Callback<entities::CreateOrganizationClientResponse> done) {
                return OrganizationClientsService(m_fixture.client())
                    .create(m_organizationId.toStdString(), body, owner, std::move(done));
            });
        SK_VERIFY_OK(created);
        m_status.setReadOnly(true);
        auto dialog = openDialog();
        QVERIFY(test::settleComplete(*dialog->model()));
        QVERIFY(dialog->model()->entityCount() > 0);
        dialog->view()->selectSourceRow(0);
        dialog->secretsView()->selectRow(0);
        for (QPushButton *button : {dialog->createButton(), dialog->editButton(), dialog->addSecretButton(),
                                    dialog->deleteSecretButton(), dialog->deleteClientButton()})
            QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        // Called directly too: nothing opens, nothing asks (a question would be refused and
        // noted), nothing is sent.
        const int writes = m_fixture.sandbox().countWrites();
        const auto asked = test::refuseNextModal(2000);
        dialog->openCreateDialog();
        dialog->addSecret();
        dialog->deleteSecret();
        dialog->deleteClient();
        QVERIFY(!asked->shown);
        QVERIFY(!dialog->findChild<ui::ApiClientFormDialog *>());
        QCOMPARE(m_fixture.sandbox().countWrites(), writes);

        m_status.setReadOnly(false);
        QVERIFY(dialog->createButton()->isEnabled());
        QVERIFY(dialog->editButton()->isEnabled());
        QVERIFY(dialog->deleteClientButton()->isEnabled());
    }

    void failedRequestShowsABannerAndKeepsWorking()
    {
        auto dialog = openDialog();
        QVERIFY(test::settleComplete(*dialog->model()));
        dialog->view()->selectSourceRow(0);
        const int secrets = dialog->secretsModel()->rowCount();
        m_fixture.client()->retryPolicy().maxAttempts = 1;
        QVERIFY(m_fixture.sandbox().setFaults("{\"error_rate\":1.0}"));
        QVERIFY(dialog->addSecretButton()->isEnabled());
        dialog->addSecret();
        QVERIFY(!dialog->addSecretButton()->isEnabled()); // while the call runs
        QVERIFY(QTest::qWaitFor([&dialog] { return !dialog->banner()->isHidden(); }, 10000));
        QVERIFY(m_fixture.sandbox().setFaults("{\"error_rate\":0}"));
        QCOMPARE(dialog->banner()->level(), ui::MessageBanner::Level::Danger);
        QVERIFY(dialog->banner()->text().startsWith(QStringLiteral("Could not add a secret")));
        QVERIFY(!dialog->newSecretDialog());
        QCOMPARE(dialog->secretsModel()->rowCount(), secrets);
        QVERIFY(dialog->addSecretButton()->isEnabled()); // nothing stays frozen
        QVERIFY(test::saveScreenshot(dialog.get(), QStringLiteral("api-clients-failure")));

        // Another environment: the organization's dialog closes.
        m_status.setEnvironment(QStringLiteral("Other"), EnvironmentStatus::Kind::Development);
        QVERIFY(!dialog->isVisible());
        m_status.setEnvironment(QStringLiteral("Sandbox"), EnvironmentStatus::Kind::Sandbox);
    }
};

QTEST_MAIN(TestApiClientsDialog)
#include "tst_apiclientsdialog.moc"
