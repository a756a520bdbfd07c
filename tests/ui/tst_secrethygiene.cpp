// Secret hygiene of the GUI (issue 14): with HOME, the XDG folders and TMPDIR in one scratch
// directory and every logging category on, the widgets that handle a client secret, an access
// token, an admin-portal link, a magic link, an MCP instance URL, a connected account's tokens, a
// SCIM bearer token or an API-client secret are driven against a real scalekit-sandbox on
// 127.0.0.1 (whose own files are elsewhere): the profile dialog (secret to the keychain), the
// portal link dialog, the AgentKit tab (Reveal of an account's tokens, an authorization link, the
// bulk links), the MCP tab (Reveal and Copy of an instance URL), the Directories tab (a rotated
// SCIM token, revealed and copied), the API clients dialog (a new client's secret and an added
// one, revealed and copied), Copy as JSON of each, and the real scalekit-console binary showing
// each tab from the saved profile. Then every file under the scratch directory, every message that went
// through Qt's message handler, the child's output and every Copy as JSON text are searched for
// each secret (as given, percent-encoded, JSON-escaped, by their last 16 characters, and by
// pattern): none may be there. tst_clisecrethygiene does the same for the CLI.
//
// Allowed on purpose: the keychain holds the client secret (gnome-keyring's files are outside the
// scratch directory); a secret field's own Copy puts that secret on the clipboard (checked to be
// exactly it); the bulk links CSV is a secrets file, created 0600 (its mode is checked instead).
#include "models/agentkit/bulkreauth.h"
#include "models/agentkit/connectedaccountsmodel.h"
#include "models/agentkit/connectedaccountstatus.h"
#include "models/directories/directoriesmodel.h"
#include "models/mcp/mcpinstancesmodel.h"
#include "models/organizations/organizationclientsmodel.h"
#include "services/api/logredaction.h"
#include "services/credentials/profilestore.h"
#include "services/credentials/secretstore.h"
#include "tests/integration/modeltest.h"
#include "tests/integration/servicetest.h"
#include "tests/support/consolerun.h"
#include "tests/support/sandboxsecrets.h"
#include "tests/support/scratchhome.h"
#include "tests/ui/uitestsupport.h"
#include "ui/agentkit/agentkittab.h"
#include "ui/agentkit/authlinkdialog.h"
#include "ui/agentkit/bulkreauthdialog.h"
#include "ui/agentkit/connectedaccountdetailpane.h"
#include "ui/directories/directoriestab.h"
#include "ui/mainwindow.h"
#include "ui/mcp/mcpinstancedetailpane.h"
#include "ui/mcp/mcptab.h"
#include "ui/organizations/apiclientformdialog.h"
#include "ui/organizations/apiclientsdialog.h"
#include "ui/organizations/newsecretdialog.h"
#include "ui/organizations/portallinkdialog.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/profiles/profiledialog.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/secretfield.h"

#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sk;
using models::PagedTableModel;
using test::SecretScan;
namespace kind = test::secretkind;

Q_LOGGING_CATEGORY(lcPlant, "sk.hygiene.plant")

namespace {

const QString kClientSecret = u"hygiene/Gui+Secret&0b7e4d2a9c51f386=y"_s;
const QString kProfile = u"hygiene-gui"_s;

// Every message any thread sends through Qt's message handler while the test runs.
QMutex g_mutex;
QByteArray g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_mutex);
        g_messages
            += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    }
    if (type != QtDebugMsg && type != QtInfoMsg
        && g_previous) // Qt's info and debug lines would drown the log
        g_previous(type, context, message);
}

QByteArray capturedMessages()
{
    const QMutexLocker lock(&g_mutex);
    return g_messages;
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ScratchHome m_home {m_dir.filePath(u"scratch"_s)};
    test::ServiceFixture m_fixture {test::hygieneSandboxArguments(kClientSecret)};
    services::EnvironmentStatus m_status;
    SecretScan m_scan;
    QList<QPair<QString, QByteArray>> m_outputs; // "what" -> text: child output, Copy as JSON
    QSet<QString> m_secretFiles;

    QString configFile() const { return m_home.path(u"config/Scalekit/scalekit-console.conf"_s); }

    // A secret shown once (a NewSecretDialog): searched for from now on, revealed, copied by
    // the field's own Copy (on purpose), then the dialog closed, which wipes it.
    void showOnce(QPointer<ui::NewSecretDialog> dialog, const QString &secretKind, const QString &shot)
    {
        QVERIFY(dialog);
        ui::SecretField *field = dialog->secretField();
        const QString secret = field->secret();
        QVERIFY2(secret.startsWith(u"snd_"_s), qPrintable(secret));
        m_scan.add(secretKind, secret);
        QVERIFY(!field->displayedText().contains(secret));
        field->revealButton()->click();
        QCOMPARE(field->displayedText(), secret);
        field->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), secret);
        QVERIFY(test::screenshot(dialog, shot));
        dialog->doneButton()->click();
        QTRY_VERIFY(dialog.isNull());
    }

    QString firstOrganization()
    {
        const auto orgs = test::await<services::OrganizationsService::OrganizationPage>(
            [this](QObject *owner, auto done) {
                return services::OrganizationsService(m_fixture.client())
                    .list({1, {}}, {}, owner, std::move(done));
            });
        return orgs && !orgs.value().items.empty() ? QString::fromStdString(orgs.value().items.front().id)
                                                   : QString();
    }

    // Copy as JSON of the view's current row, as the clipboard then holds it.
    QString copyAsJson(ui::ResourceTableView *view, const QString &what)
    {
        QApplication::clipboard()->clear();
        view->copyJsonAction()->trigger();
        const QString json = QApplication::clipboard()->text();
        m_outputs.append({u"Copy as JSON of "_s + what, json.toUtf8()});
        return json;
    }

    static int rowWith(models::ConnectedAccountsModel *model, bool active)
    {
        for (int row = 0; row < model->entityCount(); ++row) {
            const QString status = models::ConnectedAccountStatus::keyOf(model->accountAt(row)->status);
            if ((status == u"ACTIVE"_s) == active
                && (!active
                    || model->accountAt(row)->authorizationType.value == entities::ConnectorType::OAuth))
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("SK_KEEP_SCRATCH")); // to look at what was written
        QVERIFY(m_home.create());
        // The sandbox runs in the environment the test started with: its files are not the app's.
        m_fixture.sandbox().setEnvironment(QProcessEnvironment::systemEnvironment());
        m_home.applyToThisProcess();
        QLoggingCategory::setFilterRules(u"*=true"_s); // the variable was read before main() set it
        g_previous = qInstallMessageHandler(capture);
        api::installLogRedaction(); // in front of the capture, as main() puts it in front of stderr
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        QCOMPARE(m_fixture.sandbox().clientSecret(), kClientSecret);
        m_status.setEnvironment(u"Sandbox"_s, services::EnvironmentStatus::Kind::Sandbox);
        m_status.setConnection(services::EnvironmentStatus::Connection::Connected);
        test::addSecretPatterns(m_scan);
        m_scan.add(kind::clientSecret, kClientSecret);
    }

    // Add an environment in the profile dialog: the secret goes to the keychain, the rest to
    // the settings file the real binary reads below.
    void theProfileDialogKeepsTheSecretInTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a Secret Service: run it through tests/run-in-session.sh");
        QNetworkAccessManager network;
        services::ProfileStore store(configFile());
        services::SecretStore secrets;
        ui::MainWindow window(&m_status);
        window.setPersistSettings(false);
        ui::ProfileController controller(&store, &secrets, &network, &window);
        controller.setProcessEnvironment(QProcessEnvironment());
        QSignalSpy chosen(&controller, &ui::ProfileController::environmentChosen);
        controller.start();
        controller.addEnvironment();
        auto *dialog = window.findChild<ui::ProfileDialog *>();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(kProfile);
        dialog->urlEdit()->setText(m_fixture.sandbox().url().toString());
        dialog->clientIdEdit()->setText(m_fixture.sandbox().clientId());
        dialog->secretEdit()->setText(kClientSecret);
        dialog->saveButton()->click();
        QVERIFY(chosen.wait(20000));
        QVERIFY(store.contains(kProfile));
        QCOMPARE(secrets.state(), services::SecretStore::State::Available); // in the keychain, not memory
    }

    void thePortalLinkDialog()
    {
        const QString organization = firstOrganization();
        QVERIFY(!organization.isEmpty());
        ui::PortalLinkDialog dialog(m_fixture.services(), &m_status, organization, u"Acme"_s);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QSignalSpy generated(&dialog, &ui::PortalLinkDialog::linkGenerated);
        dialog.generateButton()->click();
        QVERIFY(generated.wait(20000));
        const QString link = dialog.linkField()->secret();
        QVERIFY2(link.contains(u"/magicLink/"_s), qPrintable(link));
        m_scan.add(kind::portalLink, link);
        dialog.linkField()->revealButton()->click();
        QCOMPARE(dialog.linkField()->displayedText(), link);
        dialog.linkField()->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), link); // the field's own Copy: on purpose
        // Open hands it to the desktop; with no browser (as here) Qt's warning names the URL, which
        // the console's message handler redacts (services/api/logredaction.h).
        dialog.linkField()->openButton()->click();
        QVERIFY(test::screenshot(&dialog, u"hygiene-portal-link"_s));
        dialog.reject();
    }

    // An account's tokens revealed, an authorization link, the bulk links file, Copy as JSON.
    void theAgentKitTab()
    {
        ui::AgentKitTab tab(m_fixture.services(), &m_status);
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        models::ConnectedAccountsModel *model = tab.model();
        QVERIFY(test::settle(*model));

        const int active = rowWith(model, true);
        QVERIFY(active >= 0);
        tab.view()->selectSourceRow(active);
        ui::ConnectedAccountDetailPane *detail = tab.detail();
        ui::ConnectedAccountDetailPane::setRevealAnswerForTesting(true);
        detail->revealButton()->click();
        QVERIFY(QTest::qWaitFor([detail] { return !detail->secretFields().isEmpty(); }, 10000));
        for (ui::SecretField *field : detail->secretFields()) {
            m_scan.add(kind::accountToken, field->secret());
            field->revealButton()->click();
            QVERIFY(field->isRevealed());
            QCOMPARE(field->displayedText(), field->secret());
        }
        QVERIFY(test::screenshot(&tab, u"hygiene-agentkit-revealed"_s));
        const QString json = copyAsJson(tab.view(), u"an account"_s);
        QVERIFY2(json.contains(QString::fromStdString(model->accountAt(active)->id)), qPrintable(json));
        ui::ConnectedAccountDetailPane::setRevealAnswerForTesting(std::nullopt);

        const int expired = rowWith(model, false);
        QVERIFY(expired >= 0);
        tab.view()->selectSourceRow(expired);
        tab.authLinkAction()->trigger();
        auto *dialog = tab.findChild<ui::AuthLinkDialog *>();
        QVERIFY(dialog);
        QSignalSpy generated(dialog, &ui::AuthLinkDialog::linkGenerated);
        dialog->generateButton()->click();
        QVERIFY(generated.wait(20000));
        const QString link = dialog->linkField()->secret();
        QVERIFY2(link.contains(u"/connect/"_s), qPrintable(link));
        m_scan.add(kind::magicLink, link);
        dialog->linkField()->revealButton()->click();
        dialog->linkField()->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), link);
        dialog->linkField()->openButton()->click(); // Qt's warning names the link: redacted
        dialog->reject();

        tab.bulkLinksAction()->trigger();
        auto *bulk = tab.findChild<ui::BulkReauthDialog *>();
        QVERIFY(bulk);
        QSignalSpy finished(bulk->job(), &models::BulkReauth::finished);
        bulk->generateButton()->click();
        QVERIFY(finished.wait(60000));
        QVERIFY(bulk->job()->linked() > 0);
        const QString csv = m_home.path(u"home/links.csv"_s);
        QVERIFY(bulk->saveTo(csv));
        QCOMPARE(test::fileMode(csv), 0600);
        m_secretFiles.insert(QFileInfo(csv).absoluteFilePath());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QByteArray &row : file.readAll().trimmed().split('\n').mid(1))
            m_scan.add(kind::magicLink, QString::fromUtf8(row.split(',').value(3)).remove(u'"'));
        bulk->reject();
    }

    void theMcpTab()
    {
        ui::McpTab tab(m_fixture.services(), &m_status);
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(test::settle(*tab.model()));
        tab.view()->selectSourceRow(0);
        ui::SecretField *url = tab.detail()->urlField();
        QVERIFY(!url->secret().isEmpty());
        m_scan.add(kind::mcpUrl, url->secret());
        ui::McpInstanceDetailPane::setRevealAnswerForTesting(true);
        url->revealButton()->click();
        ui::McpInstanceDetailPane::setRevealAnswerForTesting(std::nullopt);
        QVERIFY(url->isRevealed());
        QCOMPARE(url->displayedText(), url->secret());
        url->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), url->secret());
        if (!url->openButton()->isHidden())
            url->openButton()->click();
        QVERIFY(test::screenshot(&tab, u"hygiene-mcp-revealed"_s));
        QVERIFY(copyAsJson(tab.view(), u"an MCP instance"_s).contains(u"[secret]"_s));
    }

    // A SCIM token made or rotated in the Directories tab: revealed, copied; Copy as JSON of its
    // directory.
    void theDirectoriesTab()
    {
        ui::DirectoriesTab tab(m_fixture.services(), &m_status);
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(test::settleComplete(*tab.model(), 60000));
        QVERIFY(tab.model()->entityCount() > 0);
        tab.view()->selectSourceRow(0);
        ui::ConfirmByTypingDialog::setNextAnswer(true);
        tab.rotateAction()->trigger();
        ui::ConfirmByTypingDialog::setNextAnswer(std::nullopt);
        QPointer<ui::NewSecretDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = tab.findChild<ui::NewSecretDialog *>()) != nullptr, 20000);
        showOnce(dialog, kind::scimToken, u"hygiene-directory-token"_s);
        QVERIFY(copyAsJson(tab.view(), u"a directory"_s).contains(u"secret_suffix"_s));
    }

    // A new API client's secret, then a second one added: revealed, copied; Copy as JSON of the
    // client.
    void theApiClientsDialog()
    {
        const QString organization = firstOrganization();
        QVERIFY(!organization.isEmpty());
        ui::ApiClientsDialog dialog(m_fixture.services(), &m_status, organization, u"Acme"_s);
        dialog.show();
        QVERIFY(test::settleComplete(*dialog.model()));
        dialog.openCreateDialog();
        auto *form = dialog.findChild<ui::ApiClientFormDialog *>();
        QVERIFY(form);
        form->nameEdit()->setText(u"Hygiene deployer"_s);
        form->submitNow();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.newSecretDialog() != nullptr, 20000);
        showOnce(dialog.newSecretDialog(), kind::apiClientSecret, u"hygiene-api-client-secret"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.view()->currentSourceRow() >= 0, 10000);
        dialog.addSecret();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.newSecretDialog() != nullptr, 20000);
        showOnce(dialog.newSecretDialog(), kind::apiClientSecret, u"hygiene-api-client-second"_s);
        QVERIFY(m_scan.count(kind::apiClientSecret) == 2);
        QVERIFY(copyAsJson(dialog.view(), u"an API client"_s).contains(u"Hygiene deployer"_s));
    }

    // The real binary, from the profile saved above (its secret read from the keychain), shows
    // each tab that handles a secret, with every category on.
    void theRealBinaryShowsEachTab()
    {
        if (!QFileInfo::exists(configFile()))
            QSKIP("no saved profile (the profile dialog step was skipped)");
        const QProcessEnvironment env = m_home.apply(test::consoleEnvironment({}, {}, {}));
        for (const QString &tab : {u"organizations"_s, u"directories"_s, u"agentkit"_s, u"mcp"_s}) {
            const QString shot = m_home.path(u"home/"_s + tab + u".png"_s);
            const test::ConsoleRun run = test::runConsole({u"--profile"_s, kProfile, u"--screenshot"_s, shot,
                                                           u"--tab"_s, tab, u"--size"_s, u"1200x800"_s},
                                                          env);
            m_outputs.append({u"stdout of the GUI on "_s + tab, run.out});
            m_outputs.append({u"stderr of the GUI on "_s + tab, run.err});
            QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
            QVERIFY(QFileInfo(shot).size() > 0);
            QVERIFY2(run.err.contains("qt.") && run.err.contains("sk.api"), "the categories were not on");
        }
    }

    void noSecretAnywhere()
    {
        QString error;
        QVERIFY2(test::collectSandboxSecrets(m_fixture.sandbox(), m_scan, &error), qPrintable(error));
        for (const QString &k : kind::all)
            QVERIFY2(m_scan.count(k) > 0, qPrintable(k));
        const QByteArray messages = capturedMessages();
        QVERIFY2(messages.contains("qt.") && messages.contains("sk.api"), "the categories were not on");

        int files = 0;
        QList<SecretScan::Finding> found = m_scan.scanTree(m_home.root(), m_secretFiles, &files);
        found += m_scan.scan(u"Qt's message handler"_s, messages);
        std::printf("HYGIENE searched %d files, %lld bytes of messages, %lld outputs for: %s\n", files,
                    qlonglong(messages.size()), qlonglong(m_outputs.size()), qPrintable(m_scan.summary()));
        std::fflush(stdout);
        QVERIFY2(files >= 5, qPrintable(QString::number(files))); // settings, profile list, screenshots
        for (const auto &[what, bytes] : std::as_const(m_outputs))
            found += m_scan.scan(what, bytes);
        QVERIFY2(found.isEmpty(), qPrintable(SecretScan::describe(found)));
    }

    // The search can fail: a secret planted in a file or a log message is found.
    void aPlantedSecretIsFound_data()
    {
        QTest::addColumn<bool>("inAFile");
        QTest::newRow("file") << true;
        QTest::newRow("message") << false;
    }
    void aPlantedSecretIsFound()
    {
        QFETCH(bool, inAFile);
        const QString path = m_home.path(u"state/planted.log"_s);
        if (inAFile) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x" + QUrl::toPercentEncoding(kClientSecret) + "\n");
        } else {
            qCDebug(lcPlant) << "planted" << kClientSecret;
        }
        const QList<SecretScan::Finding> found = inAFile ? m_scan.scanTree(m_home.root(), m_secretFiles)
                                                         : m_scan.scan(u"messages"_s, capturedMessages());
        QFile::remove(path);
        QVERIFY2(std::any_of(found.cbegin(), found.cend(),
                             [](const SecretScan::Finding &f) { return f.kind == kind::clientSecret; }),
                 qPrintable(SecretScan::describe(found)));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QVERIFY(m_fixture.sandbox().stop());
    }
};

QTEST_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
