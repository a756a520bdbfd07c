// The environment-profile widgets offscreen: the add/edit dialog (URL validation, suggested
// kind, masked secret, Test connection against a real sandbox), confirm-by-typing, the
// switcher menu and its shortcut, the first-run page, the production look of the main window,
// and the controller's add/switch/remove flow with the real keychain of the test session.
// With SK_SCREENSHOT_DIR set, the dialogs are also rendered to PNG files there.
#include "services/core/environmentstatus.h"
#include "services/credentials/profilestore.h"
#include "services/credentials/secretstore.h"
#include "tests/support/sandboxprocess.h"
#include "tests/ui/uitest.h"
#include "ui/mainwindow.h"
#include "ui/profiles/firstrunpage.h"
#include "ui/profiles/manageprofilesdialog.h"
#include "ui/profiles/productionframe.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/profiles/profiledialog.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using sk::services::EnvironmentStatus;
using sk::services::Profile;
using sk::services::ProfileStore;
using sk::services::SecretStore;
using namespace sk::ui;

namespace {

Profile makeProfile(const QString &name, const QString &url, Profile::Kind kind)
{
    Profile profile;
    profile.name = name;
    profile.environmentUrl = QUrl(url);
    profile.clientId = QStringLiteral("skc_") + name;
    profile.kind = kind;
    return profile;
}

void fill(ProfileDialog &dialog, const QString &name, const QString &url, const QString &clientId,
          const QString &secret)
{
    dialog.nameEdit()->setText(name);
    dialog.urlEdit()->setText(url);
    dialog.clientIdEdit()->setText(clientId);
    dialog.secretEdit()->setText(secret);
}

} // namespace

class TestProfileDialogs : public QObject
{
    Q_OBJECT

private:
    sk::test::SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("ScalekitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profiledialogs"));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void dialogValidatesTheUrlAndSuggestsTheKind()
    {
        ProfileDialog dialog(&m_network);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.testButton()->isEnabled());

        dialog.urlEdit()->setText(QStringLiteral("http://acme.scalekit.dev"));
        QVERIFY(dialog.urlHint()->text().contains(QStringLiteral("https")));
        dialog.urlEdit()->setText(QStringLiteral("https://acme.scalekit.com"));
        QCOMPARE(dialog.kindCombo()->currentData().toInt(), int(Profile::Kind::Production));
        dialog.urlEdit()->setText(QStringLiteral("https://acme.scalekit.dev"));
        QCOMPARE(dialog.kindCombo()->currentData().toInt(), int(Profile::Kind::Development));
        QVERIFY(dialog.urlHint()->text().contains(QStringLiteral("development")));

        // Once the user picks a kind, typing the URL no longer changes it.
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(Profile::Kind::Staging)));
        emit dialog.kindCombo()->activated(dialog.kindCombo()->currentIndex());
        dialog.urlEdit()->setText(QStringLiteral("https://acme2.scalekit.com"));
        QCOMPARE(dialog.kindCombo()->currentData().toInt(), int(Profile::Kind::Staging));

        fill(dialog, QStringLiteral("acme"), QStringLiteral("https://acme.scalekit.dev"), QStringLiteral("skc_1"),
             QStringLiteral("s3cret"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.profile().environmentUrl, QUrl(QStringLiteral("https://acme.scalekit.dev")));
        QCOMPARE(dialog.secret(), QStringLiteral("s3cret"));

        dialog.setExistingNames({QStringLiteral("ACME")});
        QVERIFY(!dialog.saveButton()->isEnabled()); // names are unique, case-insensitively
        dialog.nameEdit()->setText(QStringLiteral("environment"));
        QVERIFY(!dialog.saveButton()->isEnabled()); // reserved
    }

    // Issue 14 case 8: credentials in the URL are a field error, and the password is not echoed.
    void urlWithCredentialsIsAFieldError()
    {
        ProfileDialog dialog(&m_network);
        fill(dialog, QStringLiteral("acme"), QStringLiteral("https://user:pa55word@acme.scalekit.dev"),
             QStringLiteral("skc_1"), QStringLiteral("s3cret"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.testButton()->isEnabled());
        QVERIFY2(dialog.urlHint()->text().contains(QStringLiteral("user name and password")),
                 qPrintable(dialog.urlHint()->text()));
        QVERIFY(!dialog.urlHint()->text().contains(QStringLiteral("pa55word")));
        QCOMPARE(dialog.problem(), dialog.urlHint()->text());
        QCOMPARE(dialog.urlEdit()->text(),
                 QStringLiteral("https://user:pa55word@acme.scalekit.dev")); // kept as typed
        QVERIFY(sk::test::screenshot(&dialog, QStringLiteral("profile-dialog-url-credentials")));
    }

    void secretIsMaskedUntilRevealed()
    {
        ProfileDialog dialog(&m_network);
        dialog.secretEdit()->setText(QStringLiteral("s3cret"));
        QCOMPARE(dialog.secretEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog.isSecretRevealed());
        QCOMPARE(dialog.secretEdit()->contextMenuPolicy(), Qt::NoContextMenu);
        dialog.revealButton()->click();
        QVERIFY(dialog.isSecretRevealed());
        QCOMPARE(dialog.revealButton()->text(), QStringLiteral("Hide"));
        dialog.revealButton()->click();
        QCOMPARE(dialog.secretEdit()->echoMode(), QLineEdit::Password);
    }

    void editModeKeepsTheKind()
    {
        ProfileDialog dialog(&m_network);
        Profile profile = makeProfile(QStringLiteral("prod"), QStringLiteral("https://acme.scalekit.dev"),
                                      Profile::Kind::Production);
        profile.color = QStringLiteral("#00897b");
        profile.readOnly = true;
        dialog.setExistingNames({QStringLiteral("prod")});
        dialog.setProfile(profile, QStringLiteral("kept"));
        QVERIFY(dialog.isEditing());
        QVERIFY(dialog.saveButton()->isEnabled()); // its own name is fine
        QCOMPARE(dialog.profile(), profile);       // the .dev URL does not override the chosen kind
        QCOMPARE(dialog.secret(), QStringLiteral("kept"));
        QCOMPARE(dialog.secretEdit()->echoMode(), QLineEdit::Password);
    }

    void testConnectionSucceeds()
    {
        ProfileDialog dialog(&m_network);
        fill(dialog, QStringLiteral("sbx"), m_sandbox.url().toString(), m_sandbox.clientId(), m_sandbox.clientSecret());
        QVERIFY(dialog.testButton()->isEnabled());
        QSignalSpy finished(&dialog, &ProfileDialog::testFinished);
        dialog.testButton()->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(dialog.testResult()->text().contains(QStringLiteral("Connected")));
        QVERIFY(sk::test::screenshot(&dialog, QStringLiteral("profile-dialog-test-ok")));
    }

    void testConnectionShowsTheExactFailure()
    {
        ProfileDialog dialog(&m_network);
        fill(dialog, QStringLiteral("sbx"), m_sandbox.url().toString(), m_sandbox.clientId(),
             QStringLiteral("wrong-secret"));
        QSignalSpy finished(&dialog, &ProfileDialog::testFinished);
        dialog.testButton()->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.at(0).at(0).toBool());
        const QString message = finished.at(0).at(1).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY(dialog.testResult()->text().contains(message));
        QVERIFY2(!message.contains(QStringLiteral("wrong-secret")), qPrintable(message));
        QVERIFY(sk::test::screenshot(&dialog, QStringLiteral("profile-dialog-test-failed")));
    }

    void confirmByTypingNeedsTheExactName()
    {
        ConfirmByTypingDialog dialog(QStringLiteral("Delete organization"),
                                     QStringLiteral("This deletes Acme Corp and its 40 users."),
                                     QStringLiteral("Acme Corp"), QStringLiteral("Delete"));
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QTest::keyClicks(dialog.input(), QStringLiteral("acme corp"));
        QVERIFY(!dialog.confirmButton()->isEnabled());
        dialog.input()->clear();
        QTest::keyClicks(dialog.input(), QStringLiteral("Acme Corp"));
        QVERIFY(dialog.confirmButton()->isEnabled());
        QVERIFY(sk::test::screenshot(&dialog, QStringLiteral("confirm-by-typing")));
        dialog.confirmButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void presetAnswersExactlyOneQuestion()
    {
        // A preset answer is used once, by the next question only, without showing anything;
        // the question after it is asked for real (and here refused).
        for (const bool production : {true, false}) {
            ConfirmByTypingDialog::setNextAnswer(true);
            QVERIFY(ConfirmByTypingDialog::confirmDestructive(nullptr, production, QStringLiteral("t"),
                                                              QStringLiteral("m"), QStringLiteral("x"),
                                                              QStringLiteral("Delete")));
            const auto asked = sk::test::refuseNextModal();
            QVERIFY(!ConfirmByTypingDialog::confirmDestructive(nullptr, production, QStringLiteral("t"),
                                                               QStringLiteral("m"), QStringLiteral("acme"),
                                                               QStringLiteral("Delete")));
            QVERIFY(asked->shown);
            // Production asks for the name to be typed; elsewhere a plain question will do.
            QCOMPARE(asked->className, production ? QStringLiteral("sk::ui::ConfirmByTypingDialog")
                                                  : QStringLiteral("QMessageBox"));
            if (production) {
                QCOMPARE(asked->expected, QStringLiteral("acme"));
                QVERIFY(asked->disabledWhenWrong);
                QVERIFY(asked->stayedOpen);
            }
        }
    }

    void switcherListsProfilesAndOpensWithTheShortcut()
    {
        QWidget window;
        auto *button = new QToolButton(&window);
        ProfileSwitcher switcher(button, &window);
        QCOMPARE(button->menu(), switcher.menu());
        QCOMPARE(switcher.shortcutAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
        QVERIFY(window.actions().contains(switcher.shortcutAction()));

        Profile readOnly = makeProfile(QStringLiteral("acme-prod"), QStringLiteral("https://acme.scalekit.com"),
                                       Profile::Kind::Production);
        readOnly.readOnly = true;
        switcher.setProfiles({makeProfile(QStringLiteral("acme-dev"), QStringLiteral("https://acme.scalekit.dev"),
                                          Profile::Kind::Development),
                              readOnly},
                             QStringLiteral("acme-dev"));
        QAction *dev = switcher.actionFor(QStringLiteral("acme-dev"));
        QAction *prod = switcher.actionFor(QStringLiteral("acme-prod"));
        QVERIFY(dev && prod);
        QVERIFY(dev->isChecked());
        QVERIFY(!prod->isChecked());
        QVERIFY(prod->text().contains(QStringLiteral("Production")));
        QVERIFY(prod->text().contains(QStringLiteral("read-only")));
        QVERIFY(!prod->icon().isNull());
        QVERIFY(switcher.actionFor(ProfileSwitcher::sandboxName()));

        QSignalSpy selected(&switcher, &ProfileSwitcher::profileSelected);
        QSignalSpy add(&switcher, &ProfileSwitcher::addRequested);
        QSignalSpy manage(&switcher, &ProfileSwitcher::manageRequested);
        prod->trigger();
        switcher.addAction()->trigger();
        switcher.manageAction()->trigger();
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("acme-prod"));
        QCOMPARE(add.count(), 1);
        QCOMPARE(manage.count(), 1);
    }

    void firstRunPageOffersBothWays()
    {
        FirstRunPage page;
        QSignalSpy sandbox(&page, &FirstRunPage::exploreSandboxRequested);
        QSignalSpy add(&page, &FirstRunPage::addEnvironmentRequested);
        QVERIFY(page.environmentButton()->isHidden());
        page.sandboxButton()->click();
        page.addButton()->click();
        QCOMPARE(sandbox.count(), 1);
        QCOMPARE(add.count(), 1);
        page.resize(620, 460);
        QVERIFY(sk::test::screenshot(&page, QStringLiteral("first-run")));
    }

    void productionIsUnmistakable()
    {
        EnvironmentStatus status;
        MainWindow window(&status);
        window.setPersistSettings(false);
        window.resize(1000, 600);
        status.setEnvironment(QStringLiteral("acme-prod"), EnvironmentStatus::Kind::Production);
        QVERIFY(window.windowTitle().endsWith(ProductionFrame::titleSuffix()));
        QVERIFY(window.productionFrame()->isActive());
        QVERIFY(!window.productionBanner()->isHidden());
        QCOMPARE(window.productionBanner()->level(), MessageBanner::Level::Danger);
        QVERIFY(sk::test::screenshot(&window, QStringLiteral("main-window-production")));
        const QImage image = window.grab().toImage();
        QCOMPARE(image.pixelColor(1, image.height() / 2), QColor(ProductionFrame::color()));

        status.setEnvironment(QStringLiteral("acme-dev"), EnvironmentStatus::Kind::Development);
        QVERIFY(!window.windowTitle().contains(QStringLiteral("PRODUCTION")));
        QVERIFY(!window.productionFrame()->isActive());
        QVERIFY(window.productionBanner()->isHidden());
        QCOMPARE(ProductionFrame::decorateTitle(QStringLiteral("T — PRODUCTION"), true), QStringLiteral("T — PRODUCTION"));
    }

    void controllerAddsSwitchesAndRemoves()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a Secret Service: run it through tests/run-in-session.sh");
        ProfileStore store(m_config.filePath(QStringLiteral("controller.ini")));
        SecretStore secrets;
        EnvironmentStatus status;
        MainWindow window(&status);
        window.setPersistSettings(false);
        ProfileController controller(&store, &secrets, &m_network, &window);
        controller.setProcessEnvironment(QProcessEnvironment());
        controller.attachSwitcher(window.environmentButton());
        window.insertBanner(controller.keychainBanner());
        QSignalSpy chosen(&controller, &ProfileController::environmentChosen);
        QSignalSpy sandbox(&controller, &ProfileController::sandboxRequested);

        // Nothing configured: the first-run choice appears; "Explore the sandbox" asks for it.
        controller.start();
        auto *firstRun = window.findChild<FirstRunPage *>();
        QVERIFY(firstRun);
        firstRun->sandboxButton()->click();
        QCOMPARE(sandbox.count(), 1);

        // Add an environment through the dialog: saved, secret in the keychain, then used.
        const QString name = QStringLiteral("ui-%1").arg(QCoreApplication::applicationPid());
        controller.addEnvironment();
        ProfileDialog *dialog = window.findChild<ProfileDialog *>();
        QVERIFY(dialog);
        fill(*dialog, name, m_sandbox.url().toString(), m_sandbox.clientId(), m_sandbox.clientSecret());
        dialog->saveButton()->click();
        QVERIFY(chosen.wait(20000));
        const auto profile = chosen.at(0).at(0).value<Profile>();
        const auto settings = chosen.at(0).at(1).value<sk::api::ConnectionSettings>();
        QCOMPARE(profile.name, name);
        QCOMPARE(settings.clientSecret, m_sandbox.clientSecret());
        QVERIFY(store.contains(name));
        QCOMPARE(store.currentName(), name);
        // The secret went to the keychain (or memory), never into the settings file.
        QFile file(store.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains(name.toUtf8()));
        QVERIFY(!saved.contains(m_sandbox.clientSecret().toUtf8()));
        QCOMPARE(controller.activeProfile()->name, name);
        QVERIFY(controller.switcher()->actionFor(name)->isChecked());
        // Without a keychain the secret lives for this run only, and the banner says why.
        QCOMPARE(controller.keychainBanner()->isHidden(), secrets.state() != SecretStore::State::Unavailable);
        window.resize(1000, 600);
        QVERIFY(sk::test::screenshot(&window, QStringLiteral("main-window-after-add")));

        // Switching back to it reads the secret from the keychain.
        controller.activateSandbox();
        controller.activate(name);
        QVERIFY(chosen.wait(20000));
        QCOMPARE(chosen.last().at(1).value<sk::api::ConnectionSettings>().clientSecret, m_sandbox.clientSecret());

        // Removing asks first (preset answer), then deletes the profile and its secret.
        ConfirmByTypingDialog::setNextAnswer(true);
        controller.removeProfile(name);
        QTRY_VERIFY_WITH_TIMEOUT(!store.contains(name), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(secrets.pendingJobs(), 0, 20000);
        QVERIFY(!controller.activeProfile());
    }

    void manageDialogScreenshot()
    {
        ManageProfilesDialog dialog;
        Profile prod = makeProfile(QStringLiteral("acme-prod"), QStringLiteral("https://acme.scalekit.com"),
                                   Profile::Kind::Production);
        prod.readOnly = true;
        Profile staging = makeProfile(QStringLiteral("acme-staging"), QStringLiteral("https://acme-stg.scalekit.dev"),
                                      Profile::Kind::Staging);
        staging.color = QStringLiteral("#7b61ff");
        dialog.setProfiles({makeProfile(QStringLiteral("acme-dev"), QStringLiteral("https://acme.scalekit.dev"),
                                        Profile::Kind::Development),
                            prod, staging},
                           QStringLiteral("acme-dev"));
        QCOMPARE(dialog.list()->count(), 3);
        QCOMPARE(dialog.selectedName(), QStringLiteral("acme-dev"));
        QSignalSpy remove(&dialog, &ManageProfilesDialog::removeRequested);
        dialog.removeButton()->click();
        QCOMPARE(remove.count(), 1);
        QVERIFY(sk::test::screenshot(&dialog, QStringLiteral("manage-profiles")));

        // Editing the read-only production profile shows what it is, the secret masked.
        ProfileDialog edit(&m_network);
        edit.setProfile(prod, QStringLiteral("s3cret"));
        QVERIFY(edit.isEditing());
        QCOMPARE(edit.nameEdit()->text(), QStringLiteral("acme-prod"));
        QCOMPARE(edit.kindCombo()->currentData().toInt(), int(Profile::Kind::Production));
        QVERIFY(edit.readOnlyCheck()->isChecked());
        QCOMPARE(edit.secretEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(edit.profile(), prod);
        QVERIFY(sk::test::screenshot(&edit, QStringLiteral("profile-dialog-edit-production")));
        // A plain-http URL that is not loopback cannot be saved, and the hint says why.
        ProfileDialog add(&m_network);
        add.urlEdit()->setText(QStringLiteral("http://acme.example.com"));
        QVERIFY(!add.saveButton()->isEnabled());
        QVERIFY(!add.testButton()->isEnabled());
        QVERIFY2(add.urlHint()->text().contains(QStringLiteral("https")), qPrintable(add.urlHint()->text()));
        QVERIFY(sk::test::screenshot(&add, QStringLiteral("profile-dialog-add-invalid")));
    }
};

QTEST_MAIN(TestProfileDialogs)
#include "tst_profiledialogs.moc"
