// The SSO Connections tab against a real sandbox: the environment-wide table with provider
// icons, each filter and the organization filter, SAML and OIDC detail rendering (certificate
// expiry warning, secrets never shown), enable/disable naming the organization and checked on
// the server, the domains dialog, the test URL, Copy as JSON, delete, the routing answer with
// its link, and the sign-in logs explaining a failed request. Screenshots of each.
#include "models/connections/authlogsmodel.h"
#include "models/connections/connectionformat.h"
#include "models/connections/connectionsmodel.h"
#include "models/core/displayformat.h"
#include "services/resources/services.h"
#include "tests/integration/modeltest.h"
#include "tests/ui/uitestsupport.h"
#include "ui/connections/authlogdetailpane.h"
#include "ui/connections/authlogspage.h"
#include "ui/connections/authlogswindow.h"
#include "ui/connections/connectiondetailpane.h"
#include "ui/connections/connectiondomainsdialog.h"
#include "ui/connections/connectionstab.h"
#include "ui/connections/ssoroutepanel.h"
#include "ui/users/organizationfilter.h"
#include "ui/widgets/providericon.h"
#include "ui/widgets/resourcetableview.h"
#include "ui/widgets/secretfield.h"
#include "ui/widgets/tabframe.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sk;
using entities::ListConnection;
using models::ConnectionsModel;
using models::PagedTableModel;
using ui::ConnectionsTab;
namespace cf = models::connectionformat;

class TestConnectionsTab : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    services::EnvironmentStatus m_status;
    std::unique_ptr<ConnectionsTab> m_tab;

    ConnectionsModel *model() const { return m_tab->model(); }

    void chooseFilter(QComboBox *combo, const QString &key)
    {
        const int index = combo->findData(key);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QVERIFY(test::settle(*model()));
    }

    void loadEverything()
    {
        model()->loadAll();
        QVERIFY(test::settleComplete(*model()));
    }

    // Selects the row and waits for its full connection in the detail pane.
    bool selectAndLoad(int row)
    {
        m_tab->view()->selectSourceRow(row);
        const std::string id = model()->connectionAt(row)->id;
        return QTest::qWaitFor(
            [&] { return m_tab->detail()->connection() && m_tab->detail()->connection()->id == id; }, 10000);
    }

    int firstRow(const std::function<bool(const ListConnection &)> &match) const
    {
        for (int row = 0; row < model()->entityCount(); ++row) {
            if (match(*model()->connectionAt(row)))
                return row;
        }
        return -1;
    }

    entities::Connection serverCopy(const ListConnection &c)
    {
        auto got = test::await<entities::Connection>([&](QObject *owner, auto done) {
            return m_fixture.services()->connections().getSso(c.organizationId, c.id, owner, std::move(done));
        });
        return got ? got.value() : entities::Connection {};
    }

    // Group boxes rebuilt while shown settle over a few layout passes of the event loop: wait
    // until each scroll area's content is as tall as its layout needs before a grab.
    static void flushLayouts()
    {
        const auto laidOut = [] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (!top->isVisible())
                    continue;
                for (QScrollArea *area : top->findChildren<QScrollArea *>()) {
                    QWidget *content = area->widget();
                    if (!area->isVisible() || !content || !content->layout())
                        continue;
                    QLayout *layout = content->layout();
                    const int needed = layout->hasHeightForWidth()
                        ? layout->totalHeightForWidth(content->width())
                        : layout->totalMinimumSize().height();
                    if (content->height() + 1 < needed)
                        return false;
                }
                for (QGroupBox *group : top->findChildren<QGroupBox *>()) {
                    if (group->isVisibleTo(top) && group->height() + 1 < group->minimumSizeHint().height())
                        return false;
                }
            }
            return true;
        };
        QCoreApplication::processEvents(); // the queued show of widgets added to a shown layout
        QVERIFY2(QTest::qWaitFor(laidOut, 5000), "the detail never got the height it needs");
    }

    QString allDetailText() const
    {
        QStringList texts;
        for (QLabel *label : m_tab->detail()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        std::string organizationId;
        QVERIFY2(test::startUiTest(m_fixture, m_status, &organizationId),
                 qPrintable(m_fixture.errorString()));
        m_tab = std::make_unique<ConnectionsTab>(m_fixture.services(), &m_status);
        m_tab->resize(1400, 900);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        QVERIFY(test::settle(*model()));
        loadEverything();
    }

    void listsEveryConnectionWithItsProvider()
    {
        QVERIFY(model()->entityCount() > 30);
        const QModelIndex provider = model()->index(0, ConnectionsModel::Provider);
        const QString key = provider.data(models::kProviderKeyRole).toString();
        QCOMPARE(key, QString::fromStdString(std::string(model()->connectionAt(0)->provider.name())));
        QCOMPARE(provider.data().toString(), cf::providerName(model()->connectionAt(0)->provider));
        // The icon is the shared provider tile (ui/widgets/providericon), as on the AgentKit tab:
        // every SSO provider has its brand colour, in the filter too; an unknown one the generic icon.
        for (const QString &sso : cf::ssoProviderKeys())
            QVERIFY2(ui::isKnownProvider(sso), qPrintable(sso));
        QVERIFY(!ui::isKnownProvider(QStringLiteral("ACME_IDP")));
        QVERIFY(!ui::providerIcon(QStringLiteral("ACME_IDP")).isNull());
        auto *filter = m_tab->findChild<QComboBox *>(QStringLiteral("connectionsProviderFilter"));
        QVERIFY(filter);
        const int okta = filter->findData(QStringLiteral("OKTA"));
        QVERIFY(okta >= 0);
        QCOMPARE(filter->itemIcon(okta).cacheKey(), ui::providerIcon(QStringLiteral("OKTA")).cacheKey());
        flushLayouts();
        // The table paints that tile in the provider cell of a row not selected (a selected icon
        // is tinted): its brand colour is there.
        ui::ResourceTableView *view = m_tab->view();
        const int row = view->currentSourceRow() == 0 ? 1 : 0;
        const QModelIndex shown
            = view->proxy()->mapFromSource(model()->index(row, ConnectionsModel::Provider));
        const QString rowKey = shown.data(models::kProviderKeyRole).toString();
        QVERIFY2(ui::isKnownProvider(rowKey), qPrintable(rowKey));
        QVERIFY2(test::cellPaintsColor(view, shown, ui::providerColor(rowKey).rgb()), qPrintable(rowKey));
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("connections-tab")));
    }

    void filtersListOnlyMatches()
    {
        chooseFilter(m_tab->typeFilter(), QStringLiteral("OIDC"));
        chooseFilter(m_tab->statusFilter(), QStringLiteral("COMPLETED"));
        loadEverything();
        QVERIFY(model()->entityCount() > 0);
        for (int row = 0; row < model()->entityCount(); ++row) {
            QCOMPARE(model()->connectionAt(row)->type.value, entities::ConnectionType::Oidc);
            QCOMPARE(model()->connectionAt(row)->status.value, entities::ConnectionStatus::Completed);
        }
        chooseFilter(m_tab->enabledFilter(), QStringLiteral("false"));
        for (int row = 0; row < model()->entityCount(); ++row)
            QVERIFY(!model()->connectionAt(row)->enabled);
        chooseFilter(m_tab->typeFilter(), QString());
        chooseFilter(m_tab->statusFilter(), QString());
        chooseFilter(m_tab->enabledFilter(), QString());
        chooseFilter(m_tab->providerFilter(), QStringLiteral("OKTA"));
        for (int row = 0; row < model()->entityCount(); ++row)
            QCOMPARE(model()->connectionAt(row)->provider.value, entities::ConnectionProvider::Okta);
        chooseFilter(m_tab->providerFilter(), QString());
        loadEverything();
    }

    // The organization detail's "n SSO connections" link calls showOrganization.
    void oneOrganizationFromItsLink()
    {
        const ListConnection some = *model()->connectionAt(0);
        m_tab->showOrganization(QString::fromStdString(some.organizationId),
                                QString::fromStdString(some.organizationName));
        QVERIFY(test::settleComplete(*model()));
        QCOMPARE(m_tab->organizationFilter()->organizationId(), QString::fromStdString(some.organizationId));
        QVERIFY(model()->entityCount() >= 1);
        for (int row = 0; row < model()->entityCount(); ++row)
            QCOMPARE(model()->connectionAt(row)->organizationId, some.organizationId);
        m_tab->showOrganization(QString(), QString());
        QVERIFY(test::settle(*model()));
        loadEverything();
    }

    void samlDetailWarnsOfExpiringCertificates()
    {
        bool warned = false;
        for (int row = 0; row < model()->entityCount() && !warned; ++row) {
            const ListConnection &c = *model()->connectionAt(row);
            if (c.type.value != entities::ConnectionType::Saml || !cf::isCompleted(c.status))
                continue;
            QVERIFY(selectAndLoad(row));
            const entities::Connection &full = *m_tab->detail()->connection();
            QVERIFY(full.samlConfig);
            QCOMPARE(m_tab->detail()->fieldText(QStringLiteral("sp_assertion_url")),
                     QString::fromStdString(full.samlConfig->spAssertionUrl));
            QCOMPARE(m_tab->detail()->fieldText(QStringLiteral("idp_entity_id")),
                     QString::fromStdString(*full.samlConfig->idpEntityId));
            QVERIFY(m_tab->detail()->findChild<QWidget *>(QStringLiteral("copy_sp_entity_id")));
            const auto worst = cf::worstCertificateState(full.samlConfig->idpCertificates,
                                                         QDateTime::currentDateTimeUtc());
            const bool shouldWarn = worst != cf::CertificateState::Valid;
            QCOMPARE(m_tab->detail()->certificateWarning()->isVisibleTo(m_tab->detail()), shouldWarn);
            if (shouldWarn) {
                warned = true;
                const QString warning = m_tab->detail()->certificateWarning()->text();
                QVERIFY2(warning.contains(worst == cf::CertificateState::Expired ? QStringLiteral("expired")
                                                                                 : QStringLiteral("expires")),
                         qPrintable(warning));
                flushLayouts();
                QVERIFY(
                    test::screenshot(m_tab.get(), QStringLiteral("connections-saml-certificate-warning")));
            }
        }
        QVERIFY2(warned, "the seed has certificates expiring soon or expired");
    }

    void oidcDetailNeverShowsTheSecret()
    {
        const int row = firstRow([](const ListConnection &c) {
            return c.type.value == entities::ConnectionType::Oidc && cf::isCompleted(c.status);
        });
        QVERIFY(row >= 0);
        QVERIFY(selectAndLoad(row));
        const entities::Connection &full = *m_tab->detail()->connection();
        QVERIFY(full.oidcConfig);
        QCOMPARE(m_tab->detail()->fieldText(QStringLiteral("issuer")),
                 QString::fromStdString(*full.oidcConfig->issuer));
        QCOMPARE(m_tab->detail()->fieldText(QStringLiteral("client_id")),
                 QString::fromStdString(*full.oidcConfig->clientId));
        QVERIFY(m_tab->detail()->fieldText(QStringLiteral("scopes")).contains(QStringLiteral("openid")));
        QVERIFY(!m_tab->detail()->fieldText(QStringLiteral("token_auth_type")).isEmpty());
        QVERIFY(!m_tab->detail()->fieldText(QStringLiteral("pkce_enabled")).isEmpty());
        QCOMPARE(m_tab->detail()->fieldText(QStringLiteral("client_secret")),
                 QStringLiteral("set (never shown)"));
        const std::string secret = full.oidcConfig->clientSecret.reveal().value_or("");
        QVERIFY(secret.size() > 10);
        QVERIFY(!allDetailText().contains(QString::fromStdString(secret)));
        m_tab->copyJsonAction()->trigger();
        const QString json = QApplication::clipboard()->text();
        QVERIFY(json.contains(QStringLiteral("\"issuer\"")));
        QVERIFY(json.contains(QStringLiteral("[secret]")));
        QVERIFY(!json.contains(QString::fromStdString(secret)));
        flushLayouts();
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("connections-oidc-detail")));
    }

    void disableThenEnableNamesTheOrganization()
    {
        const int row
            = firstRow([](const ListConnection &c) { return c.enabled && cf::isCompleted(c.status); });
        QVERIFY(row >= 0);
        const ListConnection c = *model()->connectionAt(row);
        QVERIFY(selectAndLoad(row));
        for (const bool enable : { false, true }) {
            QString message;
            test::whenModal<QMessageBox>([&message, enable](QMessageBox *box) {
                message = box->text();
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == (enable ? QStringLiteral("Enable") : QStringLiteral("Disable")))
                        b->click();
                }
            });
            m_tab->toggleAction()->trigger();
            QVERIFY(QTest::qWaitFor(
                [&] { return model()->connectionAt(model()->rowOf(c.id))->enabled == enable; }, 10000));
            QVERIFY2(message.contains(QString::fromStdString(c.organizationName)), qPrintable(message));
            QCOMPARE(serverCopy(c).enabled, enable);
            QCOMPARE(m_tab->detail()->toggleButton()->text(),
                     enable ? QStringLiteral("Disable") : QStringLiteral("Enable"));
        }
    }

    void domainsAreSetFromTheOrganizationsVerifiedOnes()
    {
        const int row = firstRow([](const ListConnection &c) { return !c.domains.empty(); });
        QVERIFY(row >= 0);
        const ListConnection c = *model()->connectionAt(row);
        m_tab->view()->selectSourceRow(row);
        m_tab->domainsAction()->trigger();
        auto *dialog = m_tab->findChild<ui::ConnectionDomainsDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isLoadingDomains(); }, 10000));
        QVERIFY(dialog->domainList()->count() >= int(c.domains.size()));
        flushLayouts();
        QVERIFY(test::screenshot(dialog, QStringLiteral("connections-domains-dialog")));
        QSignalSpy assigned(dialog, &ui::ConnectionDomainsDialog::assigned);
        dialog->setChecked({});
        dialog->submitNow();
        QVERIFY(assigned.wait(10000));
        QVERIFY(QTest::qWaitFor([&] { return model()->connectionAt(model()->rowOf(c.id))->domains.empty(); },
                                5000));
        QVERIFY(serverCopy(c).domains.empty());

        m_tab->domainsAction()->trigger();
        dialog = m_tab->findChild<ui::ConnectionDomainsDialog *>();
        QVERIFY(QTest::qWaitFor([dialog] { return dialog && !dialog->isLoadingDomains(); }, 10000));
        QStringList names;
        for (const std::string &d : c.domains)
            names << QString::fromStdString(d);
        dialog->setChecked(names);
        QSignalSpy again(dialog, &ui::ConnectionDomainsDialog::assigned);
        dialog->submitNow();
        QVERIFY(again.wait(10000));
        QCOMPARE(serverCopy(c).domains.size(), c.domains.size());
    }

    void testConnectionOpensItsUrl()
    {
        QUrl opened;
        ui::SecretField::setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        const int row = firstRow([](const ListConnection &c) { return cf::isCompleted(c.status); });
        QVERIFY(selectAndLoad(row));
        QVERIFY(m_tab->testAction()->isEnabled());
        m_tab->testAction()->trigger();
        QCOMPARE(opened.toString(), QString::fromStdString(m_tab->detail()->connection()->testConnectionUri));
        ui::SecretField::setUrlOpener({});
    }

    void routingAnswersAndLinksToTheConnection()
    {
        const int row = firstRow([](const ListConnection &c) {
            return c.enabled && cf::isCompleted(c.status) && !c.domains.empty();
        });
        QVERIFY(row >= 0);
        const ListConnection c = *model()->connectionAt(row);
        ui::SsoRoutePanel *panel = m_tab->routePanel();
        QSignalSpy answered(panel->resolver(), &models::SsoRouteResolver::answered);
        panel->input()->setText(QStringLiteral("new.hire@") + QString::fromStdString(c.domains.front()));
        panel->checkButton()->click();
        QVERIFY(answered.wait(10000));
        QVERIFY(panel->route()->applies());
        QVERIFY2(panel->answerLabel()->text().contains(QStringLiteral("signs in through")),
                 qPrintable(panel->answerLabel()->text()));
        flushLayouts();
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("connections-routing")));
        emit panel->answerLabel()->linkActivated(QStringLiteral("connection"));
        QVERIFY(QTest::qWaitFor([&] { return m_tab->view()->currentId() == QString::fromStdString(c.id); },
                                10000));
        QCOMPARE(m_tab->organizationFilter()->organizationId(), QString::fromStdString(c.organizationId));

        panel->input()->setText(QStringLiteral("someone@no-such-customer.example"));
        panel->checkButton()->click();
        QVERIFY(answered.wait(10000));
        QVERIFY(!panel->route()->applies());
        QVERIFY(panel->answerLabel()->text().contains(QStringLiteral("No organization has the domain")));
        m_tab->showOrganization(QString(), QString());
        QVERIFY(test::settle(*model()));
        loadEverything();
    }

    void signInLogsExplainAFailure()
    {
        m_tab->view()->selectSourceRow(0);
        m_tab->logsAction()->trigger();
        ui::AuthLogsWindow *window = m_tab->logsWindow();
        QVERIFY(window && window->isVisible());
        ui::AuthLogsPage *page = window->page();
        // Opened with a connection selected, it shows that connection's sign-ins.
        const ListConnection *selected = model()->connectionAt(m_tab->view()->currentSourceRow());
        QVERIFY(selected);
        QCOMPARE(page->connectionFilter()->text(), QString::fromStdString(selected->id));
        page->filterTo(QString(), QString()); // every sign-in of the environment
        QVERIFY(test::settle(*page->model()));
        const int failed = page->statusFilter()->findData(QStringLiteral("FAILED"));
        page->statusFilter()->setCurrentIndex(failed);
        emit page->statusFilter()->activated(failed);
        QVERIFY2(QTest::qWaitFor([page] { return page->model()->entityCount() > 0; }, 10000),
                 qPrintable(
                     QStringLiteral("state %1, %2, hasLoaded %3")
                         .arg(int(page->model()->state()))
                         .arg(page->model()->lastError() ? page->model()->lastError()->describe() : QString())
                         .arg(page->frame()->hasLoaded())));
        QVERIFY(test::settle(*page->model()));
        int row = -1;
        for (int r = 0; r < page->model()->entityCount(); ++r) {
            QCOMPARE(QString::fromStdString(page->model()->logAt(r)->status), QStringLiteral("FAILED"));
            if (row < 0 && !page->model()->logAt(r)->connectionId.empty())
                row = r;
        }
        QVERIFY(row >= 0);
        page->view()->selectSourceRow(row);
        ui::AuthLogDetailPane *detail = page->detail();
        QVERIFY(QTest::qWaitFor([detail] { return !detail->isLoading(); }, 10000));
        const QString why = detail->explanation()->text();
        QVERIFY2(!why.isEmpty() && !why.contains(QStringLiteral("Reading")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("<code>")),
                 qPrintable(why)); // names an error code in plain words
        QVERIFY(detail->links()->text().contains(QStringLiteral("href=\"connection\"")));
        // The log names the organization by ID; the link reads its name once fetched.
        const entities::AuthLogRequest &failedLog = *page->model()->logAt(row);
        auto org = test::await<entities::Organization>([&](QObject *owner, auto done) {
            return m_fixture.services()->organizations().get(failedLog.organizationId, owner,
                                                             std::move(done));
        });
        QVERIFY(org);
        const QModelIndex orgCell = page->model()->index(row, models::AuthLogsModel::Organization);
        QVERIFY(QTest::qWaitFor(
            [&] { return orgCell.data().toString() == QString::fromStdString(org.value().displayName); },
            10000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return detail->links()->text().contains(
                    QString::fromStdString(org.value().displayName).toHtmlEscaped());
            },
            10000));
        detail->codeInput()->setText(QStringLiteral("failed_to_exchange_token"));
        QVERIFY(detail->codeAnswer()->text().contains(QStringLiteral("client secret")));
        flushLayouts();
        QVERIFY(test::screenshot(window, QStringLiteral("connections-signin-logs")));

        // The connection link leads back to the tab, filtered to that connection's organization.
        const entities::AuthLogRequest log = *page->model()->logAt(row);
        emit detail->links()->linkActivated(QStringLiteral("connection"));
        QVERIFY(QTest::qWaitFor(
            [&] { return m_tab->view()->currentId() == QString::fromStdString(log.connectionId); }, 10000));
        window->close();
        m_tab->showOrganization(QString(), QString());
        QVERIFY(test::settle(*model()));
        loadEverything();
    }

    // Badges, the certificate warning and the provider icons follow a dark palette.
    void readsOnADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark = test::darkPalette();
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xff));
        QApplication::setPalette(dark);
        const int row = firstRow([](const ListConnection &c) {
            return c.type.value == entities::ConnectionType::Saml && cf::isCompleted(c.status);
        });
        QVERIFY(row >= 0);
        m_tab->view()->selectSourceRow(row == 0 ? 1 : 0);
        QVERIFY(selectAndLoad(row));
        flushLayouts();
        const bool pictured = test::screenshot(m_tab.get(), QStringLiteral("connections-dark"));
        QApplication::setPalette(light);
        QVERIFY(pictured);
    }

    void deleteRemovesTheConnection()
    {
        const int row = firstRow(
            [](const ListConnection &c) { return c.status.value == entities::ConnectionStatus::Draft; });
        QVERIFY(row >= 0);
        const ListConnection c = *model()->connectionAt(row);
        m_tab->view()->selectSourceRow(row);
        ui::ConfirmByTypingDialog::setNextAnswer(true);
        m_tab->deleteAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return model()->rowOf(c.id) < 0; }, 10000));
        auto gone = test::await<entities::Connection>([&](QObject *owner, auto done) {
            return m_fixture.services()->connections().getSso(c.organizationId, c.id, owner, std::move(done));
        });
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, api::ApiError::Kind::NotFound);
    }

    // In production, deleting asks for the organization's name; cancelled, nothing is sent.
    void productionDeleteNeedsTheOrganizationName()
    {
        m_status.setEnvironment(QStringLiteral("acme-prod"), services::EnvironmentStatus::Kind::Production);
        m_status.setConnection(services::EnvironmentStatus::Connection::Connected);
        QVERIFY(QTest::qWaitFor([this] { return model()->entityCount() > 0; }, 10000));
        QVERIFY(test::settle(*model()));
        m_tab->view()->selectSourceRow(0);
        const ListConnection c = *model()->connectionAt(0);
        QString expected;
        test::whenModal<ui::ConfirmByTypingDialog>([&expected](ui::ConfirmByTypingDialog *dialog) {
            expected = dialog->expectedText();
            dialog->input()->setText(QStringLiteral("wrong"));
            const bool blocked = !dialog->confirmButton()->isEnabled();
            dialog->reject();
            QVERIFY(blocked);
        });
        m_tab->deleteAction()->trigger();
        QVERIFY(QTest::qWaitFor([&expected] { return !expected.isEmpty(); }, 10000));
        QCOMPARE(expected, QString::fromStdString(c.organizationName));
        QCOMPARE(serverCopy(c).id, c.id); // still there
        QVERIFY(model()->rowOf(c.id) >= 0);
    }
};

QTEST_MAIN(TestConnectionsTab)
#include "tst_connectionstab.moc"
