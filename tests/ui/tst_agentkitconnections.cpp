// The AgentKit tab's Connections, Catalogue and Tools views against a real sandbox: every app
// connection with its configuration and its accounts by status, the redirect URI without the
// client secret, enable/disable round trips, "Show accounts", the connector catalogue, and a
// tool run for an active and for a blocked account.

#include "models/agentkit/accountsoverview.h"
#include "models/agentkit/appconnectionsmodel.h"
#include "models/agentkit/connectedaccountsmodel.h"
#include "models/agentkit/connectedaccountstatus.h"
#include "models/agentkit/providersmodel.h"
#include "services/core/environmentstatus.h"
#include "tests/integration/modeltest.h"
#include "tests/ui/uitestsupport.h"
#include "ui/agentkit/agentkittab.h"
#include "ui/agentkit/appconnectiondetail.h"
#include "ui/agentkit/appconnectionspanel.h"
#include "ui/agentkit/connectedaccountdetailpane.h"
#include "ui/agentkit/toolspanel.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/resourcetableview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace sk;
using models::AppConnectionsModel;
using ui::AgentKitTab;

namespace {
// JSON fixtures live outside the test class: moc 6.4 loses the slots after a raw string with braces.
QString sendEmailInput()
{
    return QStringLiteral(R"({"to": "a@example.com", "subject": "hi", "body": "x"})");
}
const char *templateSchema()
{
    return R"({"type":"object","required":["q"],"properties":{"n":{"type":"integer","minimum":1},"q":{"type":"string"},"flag":{"type":"boolean"},"d":{"type":"integer","default":7}}})";
}
} // namespace

class TestAgentKitConnections : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    services::EnvironmentStatus m_status;
    std::unique_ptr<AgentKitTab> m_tab;

    AppConnectionsModel *connections() const { return m_tab->connectionsPanel()->model(); }

    int rowNamed(const QString &name) const
    {
        for (int row = 0; row < connections()->entityCount(); ++row) {
            if (AppConnectionsModel::nameOf(*connections()->connectionAt(row)) == name)
                return row;
        }
        return -1;
    }

    // The first OAuth connection whose credentials are (or are not) Scalekit's shared ones.
    int oauthRow(bool shared) const
    {
        for (int row = 0; row < connections()->entityCount(); ++row) {
            const entities::Connection *c = connections()->connectionAt(row);
            if (c->oauthConfig && c->oauthConfig->usePlatformCreds.value_or(false) == shared)
                return row;
        }
        return -1;
    }

    void select(int row)
    {
        m_tab->connectionsPanel()->view()->selectSourceRow(row);
        QCOMPARE(m_tab->connectionsPanel()->view()->currentSourceRow(), row);
    }

    // An identifier with an account of this connection in this status, from the overview's
    // accounts (listed through the service, as the tab does).
    QString identifierWith(const QString &connection, const QString &status)
    {
        services::ConnectedAccountFilter filter;
        filter.connectionNames.push_back(connection.toStdString());
        std::string token;
        do {
            auto page
                = test::await<entities::Page<entities::ConnectedAccount>>([&](QObject *owner, auto done) {
                      return m_fixture.services()->connectedAccounts().list(filter, {99, token}, owner,
                                                                            std::move(done));
                  });
            if (!page)
                return {};
            for (const auto &a : page.value().items) {
                if (models::ConnectedAccountStatus::keyOf(a.status) == status)
                    return QString::fromStdString(a.identifier);
            }
            token = page.value().nextPageToken;
        } while (!token.empty());
        return {};
    }

private slots:
    void initTestCase()
    {
        std::string organizationId;
        QVERIFY2(test::startUiTest(m_fixture, m_status, &organizationId),
                 qPrintable(m_fixture.errorString()));
        m_tab = std::make_unique<AgentKitTab>(m_fixture.services(), &m_status);
        m_tab->resize(1400, 900);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        QVERIFY(QTest::qWaitFor([this] { return m_tab->overview()->isComplete(); }, 60000));
        QVERIFY(test::settle(*connections()));
        QVERIFY(test::settle(*m_tab->providersModel()));
    }

    void everyAppConnectionIsListedWithItsConfiguration()
    {
        auto listed
            = test::await<services::ConnectionsService::ListConnectionPage>([&](QObject *owner, auto done) {
                  return m_fixture.services()->connections().listApp({}, {30, {}}, owner, std::move(done));
              });
        QVERIFY(listed);
        QVERIFY(!listed.value().items.empty());
        QCOMPARE(connections()->entityCount(), int(listed.value().items.size()));
        for (const auto &item : listed.value().items)
            QVERIFY2(rowNamed(QString::fromStdString(item.keyId)) >= 0, item.keyId.c_str());

        const int shared = oauthRow(true);
        const int own = oauthRow(false);
        QVERIFY(shared >= 0 && own >= 0);
        const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
            return connections()->index(row, column).data(role);
        };
        QCOMPARE(cell(shared, AppConnectionsModel::Credentials).toString(),
                 QStringLiteral("Scalekit shared"));
        QCOMPARE(cell(own, AppConnectionsModel::Credentials).toString(), QStringLiteral("Your own"));
        QVERIFY(cell(own, AppConnectionsModel::Scopes).toString().contains(QStringLiteral("email")));
        QCOMPARE(cell(own, AppConnectionsModel::AuthType).toString(), QStringLiteral("OAuth"));
        // Known providers get their icon; the role names the provider on the name column only.
        QCOMPARE(cell(own, AppConnectionsModel::Name, models::kProviderKeyRole).toString(),
                 QString::fromStdString(connections()->connectionAt(own)->providerKey));
        QVERIFY(!cell(own, AppConnectionsModel::Scopes, models::kProviderKeyRole).isValid());
    }

    void accountCountsMatchTheOverview()
    {
        const models::AccountsSummary &summary = m_tab->overview()->summary();
        int checked = 0;
        for (int row = 0; row < connections()->entityCount(); ++row) {
            const QString name = AppConnectionsModel::nameOf(*connections()->connectionAt(row));
            const models::ConnectionCounts *counts = summary.connection(name);
            const qint64 total = counts ? counts->total : 0;
            const qint64 active = counts ? counts->byStatus.value(QStringLiteral("ACTIVE")) : 0;
            QCOMPARE(connections()->index(row, AppConnectionsModel::Accounts).data().toLongLong(), total);
            QCOMPARE(connections()->index(row, AppConnectionsModel::NeedAttention).data().toLongLong(),
                     total - active);
            const QVariantList mix = connections()
                                         ->index(row, AppConnectionsModel::Accounts)
                                         .data(models::kStatusMixRole)
                                         .toList();
            qint64 sum = 0;
            for (const QVariant &part : mix)
                sum += part.toMap().value(QStringLiteral("count")).toLongLong();
            QCOMPARE(sum, total);
            checked += total > 0 ? 1 : 0;
        }
        QVERIFY(checked > 3);
    }

    void theDetailShowsTheRedirectUriButNeverTheSecret()
    {
        m_tab->topViews()->setCurrentWidget(m_tab->connectionsPanel());
        const int own = oauthRow(false);
        select(own);
        const entities::Connection *c = connections()->connectionAt(own);
        const std::string secret = c->oauthConfig->clientSecret.reveal().value_or(std::string());
        QVERIFY(secret.size() > 8); // the sandbox gives own-credential connections a secret
        ui::AppConnectionDetail *detail = m_tab->connectionsPanel()->detail();
        QCOMPARE(detail->redirectUri()->text(), QString::fromStdString(c->oauthConfig->redirectUri));
        QVERIFY(!detail->redirectUri()->text().isEmpty());
        const QString shown = detail->shownText();
        QVERIFY2(shown.contains(QStringLiteral("Client secret: set (never shown)")), qPrintable(shown));
        QVERIFY(!shown.contains(QString::fromStdString(secret)));
        const QString json = connections()->index(own, 0).data(models::PagedTableModel::JsonRole).toString();
        QVERIFY(json.contains(QStringLiteral("redirect_uri")));
        QVERIFY(!json.contains(QString::fromStdString(secret)));
        QTest::mouseClick(detail->copyRedirectButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), detail->redirectUri()->text());
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("agentkit-connections")));
    }

    void disablingAndEnablingReachTheServer()
    {
        const int row = oauthRow(true);
        select(row);
        const std::string id = connections()->connectionAt(row)->id;
        QVERIFY(connections()->connectionAt(row)->enabled);
        ui::AppConnectionDetail *detail = m_tab->connectionsPanel()->detail();
        const auto serverEnabled = [&] {
            auto got = test::await<entities::Connection>([&](QObject *owner, auto done) {
                return m_fixture.services()->connections().getApp(id, owner, std::move(done));
            });
            return got && got.value().enabled;
        };

        ui::ConfirmByTypingDialog::setNextAnswer(false); // declined: nothing changes
        QTest::mouseClick(detail->toggleButton(), Qt::LeftButton);
        QVERIFY(serverEnabled());
        QVERIFY(connections()->connectionAt(row)->enabled);

        ui::ConfirmByTypingDialog::setNextAnswer(true);
        QTest::mouseClick(detail->toggleButton(), Qt::LeftButton);
        QTRY_VERIFY(!connections()->connectionAt(row)->enabled);
        QVERIFY(!serverEnabled());
        QCOMPARE(detail->toggleButton()->text(), QStringLiteral("Enable…"));

        ui::ConfirmByTypingDialog::setNextAnswer(true);
        QTest::mouseClick(detail->toggleButton(), Qt::LeftButton);
        QTRY_VERIFY(connections()->connectionAt(row)->enabled);
        QVERIFY(serverEnabled());
    }

    void showAccountsFiltersTheTableToTheConnection()
    {
        const QString name = QStringLiteral("slack-prod");
        const int row = rowNamed(name);
        QVERIFY(row >= 0);
        select(row);
        QTest::mouseClick(m_tab->connectionsPanel()->detail()->showAccountsButton(), Qt::LeftButton);
        QCOMPARE(m_tab->connectionFilter()->currentData().toString(), name);
        QVERIFY(test::settle(*m_tab->model()));
        QVERIFY(m_tab->model()->entityCount() > 0);
        for (int r = 0; r < m_tab->model()->entityCount(); ++r)
            QCOMPARE(QString::fromStdString(m_tab->model()->accountAt(r)->connector), name);
    }

    void theCatalogueListsEveryProviderWithItsAuthTypes()
    {
        auto all = test::await<entities::Page<entities::Provider>>([&](QObject *owner, auto done) {
            return m_fixture.services()->providers().list({}, "ALL", {50, {}}, owner, std::move(done));
        });
        QVERIFY(all);
        models::ProvidersModel *providers = m_tab->providersModel();
        QCOMPARE(providers->totalSize(), all.value().totalSize);
        QCOMPARE(providers->entityCount(), int(all.value().items.size()));
        int gmail = -1;
        for (int row = 0; row < providers->entityCount(); ++row) {
            if (providers->providerAt(row)->identifier == "gmail")
                gmail = row;
        }
        QVERIFY(gmail >= 0);
        QCOMPARE(providers->index(gmail, models::ProvidersModel::AuthTypes).data().toString(),
                 QStringLiteral("OAuth"));
        m_tab->topViews()->setCurrentWidget(m_tab->catalogueView());
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("agentkit-catalogue")));
    }

    void toolsRunForAnActiveAccountAndExplainABlockedOne()
    {
        const QString active = identifierWith(QStringLiteral("gmail-prod"), QStringLiteral("ACTIVE"));
        const QString blocked = identifierWith(QStringLiteral("gmail-prod"), QStringLiteral("DISCONNECTED"));
        QVERIFY(!active.isEmpty() && !blocked.isEmpty());
        select(rowNamed(QStringLiteral("gmail-prod")));
        QTest::mouseClick(m_tab->connectionsPanel()->detail()->toolsButton(), Qt::LeftButton);
        ui::ToolsPanel *tools = m_tab->toolsPanel();
        QCOMPARE(m_tab->topViews()->currentWidget(), tools);
        QCOMPARE(tools->connectionBox()->currentText(), QStringLiteral("gmail-prod"));
        QTRY_VERIFY(tools->toolList()->count() >= 3);
        const QList<QListWidgetItem *> send
            = tools->toolList()->findItems(QStringLiteral("gmail_send_email"), Qt::MatchExactly);
        QCOMPARE(send.size(), 1);
        tools->toolList()->setCurrentItem(send.first());
        QVERIFY(tools->schemaView()->toPlainText().contains(QStringLiteral("\"subject\"")));
        const auto input = nlohmann::json::parse(tools->inputEditor()->toPlainText().toStdString());
        QVERIFY(input.contains("to") && input.contains("subject") && input.contains("body"));
        QVERIFY(!tools->executeButton()->isEnabled()); // no identifier yet

        tools->identifierField()->setText(active);
        emit tools->identifierField()->editingFinished(); // a user: the tools scoped to their account
        QTRY_VERIFY(tools->statusLine()->text().contains(QStringLiteral("scoped to")));
        QCOMPARE(tools->toolList()->count(), 3);
        tools->toolList()->setCurrentRow(tools->toolList()->row(
            tools->toolList()->findItems(QStringLiteral("gmail_send_email"), Qt::MatchExactly).value(0)));
        tools->inputEditor()->setPlainText(sendEmailInput());
        QVERIFY(tools->executeButton()->isEnabled());
        ui::ConfirmByTypingDialog::setNextAnswer(true);
        QTest::mouseClick(tools->executeButton(), Qt::LeftButton);
        QTRY_VERIFY(!tools->resultView()->toPlainText().isEmpty());
        QVERIFY2(tools->statusLine()->text().contains(QStringLiteral("ran")),
                 qPrintable(tools->statusLine()->text()));
        QVERIFY(test::screenshot(m_tab.get(), QStringLiteral("agentkit-tools")));

        tools->identifierField()->setText(blocked);
        ui::ConfirmByTypingDialog::setNextAnswer(true);
        QTest::mouseClick(tools->executeButton(), Qt::LeftButton);
        QTRY_VERIFY(tools->statusLine()->text().contains(QStringLiteral("failed")));
        QVERIFY(tools->resultView()->toPlainText().isEmpty());

        tools->inputEditor()->setPlainText(QStringLiteral("{not json"));
        QTest::mouseClick(tools->executeButton(), Qt::LeftButton); // refused before any question
        QVERIFY(tools->statusLine()->text().contains(QStringLiteral("not valid JSON")));
    }

    // The account's own Tools button opens the view on its connection, running as its user.
    void anAccountsToolsButtonRunsAsItsUser()
    {
        m_tab->filterTo(QStringLiteral("github-prod"), QStringLiteral("ACTIVE"));
        QVERIFY(test::settle(*m_tab->model()));
        QVERIFY(m_tab->model()->entityCount() > 0);
        m_tab->view()->selectSourceRow(0);
        const std::optional<entities::ConnectedAccount> account = m_tab->model()->accountAt(0);
        QPushButton *button = m_tab->detail()->findChild<QPushButton *>(QStringLiteral("accountTools"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        ui::ToolsPanel *tools = m_tab->toolsPanel();
        QCOMPARE(m_tab->topViews()->currentWidget(), tools);
        QCOMPARE(tools->connectionBox()->currentText(), QStringLiteral("github-prod"));
        QCOMPARE(tools->identifierField()->text(), QString::fromStdString(account->identifier));
        QTRY_VERIFY(tools->statusLine()->text().contains(QStringLiteral("scoped to")));
        QVERIFY(tools->toolList()->count() > 0);
    }

    void theInputTemplateFollowsTheSchema()
    {
        const auto schema = nlohmann::json::parse(templateSchema());
        const auto input = nlohmann::ordered_json::parse(ui::ToolsPanel::inputTemplate(schema).toStdString());
        QCOMPARE(input.begin().key(), std::string("q")); // required first
        QCOMPARE(input["n"].get<int>(), 1);
        QCOMPARE(input["d"].get<int>(), 7);
        QCOMPARE(input["flag"].get<bool>(), false);
        QCOMPARE(ui::ToolsPanel::inputTemplate(nlohmann::json()).toStdString(), std::string("{}"));
    }
};

QTEST_MAIN(TestAgentKitConnections)
#include "tst_agentkitconnections.moc"
