// The admin-portal link dialog against a real sandbox: features sent, the link masked until
// Reveal (the QR code too), Copy and Open, the live countdown and what happens at expiry, a
// failed request shown in the dialog, and read-only mode. The link it shows is real: opening
// it in the sandbox works once.
#include "services/core/environmentstatus.h"
#include "services/resources/organizationsservice.h"
#include "services/resources/services.h"
#include "tests/support/sandboxprocess.h"
#include "tests/ui/uitest.h"
#include "ui/organizations/portallinkdialog.h"
#include "ui/widgets/expiringlinkwidget.h"
#include "ui/widgets/qrcodewidget.h"
#include "ui/widgets/secretfield.h"

#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace sk;
using services::EnvironmentStatus;
using ui::PortalLinkDialog;

class TestPortalLinkDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<services::Services> m_services;
    EnvironmentStatus m_status;
    std::string m_orgId;

    int httpGet(const QUrl &url)
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        [&] { QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000)); }();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    std::unique_ptr<PortalLinkDialog> makeDialog()
    {
        auto dialog = std::make_unique<PortalLinkDialog>(
            m_services.get(), &m_status, QString::fromStdString(m_orgId), QStringLiteral("Acme Test"));
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->show();
        return dialog;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>();
        m_sandbox->setRequestLog(true);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_client = std::make_unique<api::ApiClient>(&m_network);
        m_services = std::make_unique<services::Services>(m_client.get());
        m_client->setSettings({m_sandbox->url(), m_sandbox->clientId(), m_sandbox->clientSecret()});
        m_client->retryPolicy().maxAttempts = 1;
        m_status.setEnvironment(QStringLiteral("Sandbox"), EnvironmentStatus::Kind::Sandbox);
        m_status.setConnection(EnvironmentStatus::Connection::Connected);
        bool done = false;
        services::OrganizationsService(m_client.get()).list({1, {}}, {}, this, [&](auto result) {
            if (result && !result.value().items.empty())
                m_orgId = result.value().items.front().id;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));
        QVERIFY(!m_orgId.empty());
    }

    void init() { QVERIFY(m_sandbox->clearFaults()); }

    void generatesAMaskedLinkWithACountdown()
    {
        auto dialog = makeDialog();
        QVERIFY(!dialog->hasLink());
        QVERIFY(dialog->generateButton()->isEnabled());
        QSignalSpy generated(dialog.get(), &PortalLinkDialog::linkGenerated);
        const QDateTime clicked = QDateTime::currentDateTimeUtc();
        dialog->generateButton()->click();
        QVERIFY(generated.wait(20000));
        const QDateTime answered = QDateTime::currentDateTimeUtc();
        QVERIFY(dialog->hasLink());
        const QString link = dialog->linkField()->secret();
        QVERIFY(link.startsWith(m_sandbox->url().toString(QUrl::StripTrailingSlash)));
        // Masked: neither the text nor the QR code shows it until Reveal.
        QVERIFY(!dialog->linkField()->displayedText().contains(QStringLiteral("http")));
        QVERIFY(dialog->qrCode()->hasCode());
        QVERIFY(dialog->qrCode()->isMasked());
        // Beside the code, what it is for: Copy and Open need no reveal; the code is for scanning.
        QLabel *hint = dialog->linkWidget()->qrHint();
        QVERIFY(hint->text().startsWith(QStringLiteral("Copy and Open work without revealing")));
        QVERIFY(!hint->text().contains(QStringLiteral("http")));
        QVERIFY(test::screenshot(dialog.get(), QStringLiteral("portal-link-masked")));
        dialog->linkField()->revealButton()->click();
        QCOMPARE(dialog->linkField()->displayedText(), link);
        QVERIFY(!dialog->qrCode()->isMasked());
        QVERIFY(hint->text().startsWith(QStringLiteral("Scan the code")));
        QCOMPARE(dialog->qrCode()->codeImage(), ui::QrCodeWidget::encode(link));
        QVERIFY(test::screenshot(dialog.get(), QStringLiteral("portal-link-revealed")));

        // The countdown starts at the documented minute (from when the link was made, however
        // long the machine took since) and runs.
        QVERIFY2(dialog->expiresAt() >= clicked.addSecs(59) && dialog->expiresAt() <= answered.addSecs(61),
                 qPrintable(dialog->expiresAt().toString(Qt::ISODateWithMs)));
        QVERIFY2(dialog->secondsLeft() > 0 && dialog->secondsLeft() <= 60,
                 qPrintable(QString::number(dialog->secondsLeft())));
        // The shared link widget's countdown: "Expires in M:SS (at HH:MM:SS)".
        QVERIFY(dialog->countdownLabel()->text().startsWith(QStringLiteral("Expires in 0:"))
                || dialog->countdownLabel()->text().startsWith(QStringLiteral("Expires in 1:00 (at ")));
        // Any lower value will do: a loaded machine may skip a second or two.
        const int first = dialog->secondsLeft();
        const QRegularExpression shown(
            QStringLiteral("^Expires in 0:(\\d\\d) \\(at \\d\\d:\\d\\d:\\d\\d\\)$"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const QRegularExpressionMatch match = shown.match(dialog->countdownLabel()->text());
                         return match.hasMatch() && match.captured(1).toInt() < first
                             && match.captured(1).toInt() > 0;
                     },
                     20000),
                 qPrintable(dialog->countdownLabel()->text()));

        // Copy puts the link on the clipboard; Open hands it to the browser.
        dialog->linkField()->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), link);
        QUrl opened;
        ui::SecretField::setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        dialog->linkField()->openButton()->click();
        QCOMPARE(opened.toString(), link);

        // The link works, once.
        QCOMPARE(httpGet(QUrl(link)), 200);
        QVERIFY(httpGet(QUrl(link)) >= 400);
    }

    void expiryForgetsTheLink()
    {
        auto dialog = makeDialog();
        QSignalSpy generated(dialog.get(), &PortalLinkDialog::linkGenerated);
        dialog->generateButton()->click();
        QVERIFY(generated.wait(20000));
        const QDateTime expires = dialog->expiresAt();
        QSignalSpy expired(dialog.get(), &PortalLinkDialog::linkExpired);
        dialog->setClock([expires] { return expires.addSecs(-10); });
        QCOMPARE(dialog->countdownLabel()->text(),
                 QStringLiteral("Expires in 0:10 (at %1)")
                     .arg(expires.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        dialog->setClock([expires] { return expires.addMSecs(1); });
        QCOMPARE(expired.count(), 1);
        QVERIFY(!dialog->hasLink());
        QVERIFY(dialog->linkField()->secret().isEmpty());
        QVERIFY(!dialog->qrCode()->hasCode());
        QVERIFY(dialog->linkWidget()->qrHint()->text().isEmpty());
        QVERIFY(dialog->countdownLabel()->text().startsWith(QStringLiteral("Expired at")));
        QCOMPARE(dialog->generateButton()->text(), QStringLiteral("Generate link"));
        QVERIFY(test::screenshot(dialog.get(), QStringLiteral("portal-link-expired")));
    }

    void closingForgetsTheLink()
    {
        auto dialog = makeDialog();
        QSignalSpy generated(dialog.get(), &PortalLinkDialog::linkGenerated);
        dialog->generateButton()->click();
        QVERIFY(generated.wait(20000));
        dialog->reject();
        QVERIFY(!dialog->hasLink());
        QVERIFY(!dialog->qrCode()->hasCode());
    }

    void featuresAreRequired()
    {
        auto dialog = makeDialog();
        dialog->ssoCheck()->setChecked(false);
        dialog->directorySyncCheck()->setChecked(false);
        QVERIFY(!dialog->generateButton()->isEnabled());
        dialog->directorySyncCheck()->setChecked(true);
        QVERIFY(dialog->generateButton()->isEnabled());
    }

    void failureIsShownAndNothingIsLost()
    {
        auto dialog = makeDialog();
        QVERIFY(m_sandbox->setFaults("{\"script\":[\"unavailable\"]}"));
        dialog->directorySyncCheck()->setChecked(false);
        dialog->generateButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return dialog->errorLabel()->isVisibleTo(dialog.get()); }, 20000));
        QVERIFY(!dialog->hasLink());
        QVERIFY(dialog->generateButton()->isEnabled());
        QVERIFY(!dialog->directorySyncCheck()->isChecked()); // the choice stays
        QVERIFY(dialog->ssoCheck()->isChecked());
    }

    // A link sent to the wrong person: Revoke deletes it on the server and it stops opening.
    void aRevokedLinkNoLongerOpens()
    {
        auto dialog = makeDialog();
        QVERIFY(!dialog->revokeButton()->isEnabled());
        QSignalSpy generated(dialog.get(), &PortalLinkDialog::linkGenerated);
        dialog->generateButton()->click();
        QVERIFY(generated.wait(20000));
        const QString link = dialog->linkField()->secret();
        QVERIFY(dialog->revokeButton()->isEnabled());
        const int deletes
            = m_sandbox->countRequests(QStringLiteral("DELETE"), QStringLiteral("/portal_links/lnk_"));
        QSignalSpy revoked(dialog.get(), &PortalLinkDialog::linkRevoked);
        dialog->revokeButton()->click();
        QVERIFY(revoked.wait(20000));
        QCOMPARE(m_sandbox->countRequests(QStringLiteral("DELETE"), QStringLiteral("/portal_links/lnk_")),
                 deletes + 1);
        QVERIFY(!dialog->hasLink());
        QVERIFY(dialog->linkField()->secret().isEmpty());
        QVERIFY(!dialog->revokeButton()->isEnabled());
        QVERIFY2(dialog->countdownLabel()->text().startsWith(QStringLiteral("Revoked")),
                 qPrintable(dialog->countdownLabel()->text()));
        QVERIFY(httpGet(QUrl(link)) >= 400); // never opened, and now it cannot be
        QVERIFY(dialog->generateButton()->isEnabled()); // a new one can be made
    }

    void readOnlyCannotGenerate()
    {
        auto dialog = makeDialog();
        m_status.setReadOnly(true);
        QVERIFY(!dialog->generateButton()->isEnabled());
        const int writes = m_sandbox->countWrites();
        QVERIFY(writes >= 0);
        QSignalSpy started(m_client.get(), &api::ApiClient::inFlightChanged);
        dialog->generate();
        QCOMPARE(started.count(), 0); // a call is counted the moment it is made
        QCOMPARE(m_sandbox->countWrites(), writes);
        QVERIFY(!dialog->hasLink());
        m_status.setReadOnly(false);
        QVERIFY(dialog->generateButton()->isEnabled());
    }
};

QTEST_MAIN(TestPortalLinkDialog)
#include "tst_portallinkdialog.moc"
