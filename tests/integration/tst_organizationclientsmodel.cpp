// OrganizationClientsModel and ClientSecretsModel against a real sandbox: an organization's API
// clients with their secrets (suffix and status only), updates in place, and no plain secret
// anywhere in what the models hold, under QAbstractItemModelTester.
#include "tests/integration/modeltest.h"
#include "servicetest.h"

#include "models/organizations/clientsecretsmodel.h"
#include "models/organizations/organizationclientsmodel.h"
#include "services/resources/organizationclientsservice.h"
#include "services/resources/organizationsservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace sk;
using models::ClientSecretsModel;
using models::OrganizationClientsModel;
using models::PagedTableModel;
using services::Callback;
using services::OrganizationClientsService;
using sk::test::await;

using sk::test::settle;

class TestOrganizationClientsModel : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    QString m_organizationId;

    entities::CreateOrganizationClientResponse createClient(const std::string &name)
    {
        entities::OrganizationClient body;
        body.name = name;
        body.description = "made by a test";
        body.scopes = {"read:users", "write:users"};
        auto created = await<entities::CreateOrganizationClientResponse>(
            [&](QObject *owner, Callback<entities::CreateOrganizationClientResponse> done) {
                return OrganizationClientsService(m_fixture.client())
                    .create(m_organizationId.toStdString(), body, owner, std::move(done));
            });
        if (!created)
            return {};
        return created.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        auto organizations = await<services::OrganizationsService::OrganizationPage>([this](QObject *owner, auto done) {
            return services::OrganizationsService(m_fixture.client()).list({10, {}}, {}, owner, std::move(done));
        });
        SK_VERIFY_OK(organizations);
        QVERIFY(organizations.value().items.size() >= 3);
        m_organizationId = QString::fromStdString(organizations.value().items.at(2).id);
    }

    void listsTheOrganizationsClients()
    {
        const auto first = createClient("Billing sync");
        const auto second = createClient("Report exporter");
        QVERIFY(!first.plainSecret.empty());
        QVERIFY(!second.plainSecret.empty());

        OrganizationClientsModel model(&m_fixture.services()->organizationClients());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(OrganizationClientsModel::ColumnCount));
        model.setOrganization(m_organizationId);
        QCOMPARE(model.organizationId(), m_organizationId);
        QVERIFY(settle(model));
        QCOMPARE(model.state(), PagedTableModel::State::Complete);
        QVERIFY(model.entityCount() >= 2);
        QCOMPARE(model.totalSize(), model.entityCount());

        const int row = model.rowOfClient(QString::fromStdString(first.client.clientId));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, OrganizationClientsModel::Name).data().toString(), QStringLiteral("Billing sync"));
        QCOMPARE(model.index(row, OrganizationClientsModel::Scopes).data().toString(), QStringLiteral("read:users, write:users"));
        QCOMPARE(model.index(row, OrganizationClientsModel::Secrets).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(row, OrganizationClientsModel::Expiry).data(PagedTableModel::RawValueRole).toLongLong(), 3600);
        QCOMPARE(model.index(row, 0).data(PagedTableModel::IdRole).toString(), QString::fromStdString(first.client.clientId));
        QVERIFY(model.index(row, OrganizationClientsModel::Created).data(PagedTableModel::RawValueRole).toLongLong() > 0);

        // Nothing the model shows or copies holds a plain secret.
        for (int r = 0; r < model.entityCount(); ++r) {
            const QString json = model.index(r, 0).data(PagedTableModel::JsonRole).toString();
            QVERIFY(!json.contains(QString::fromStdString(first.plainSecret)));
            QVERIFY(!json.contains(QString::fromStdString(second.plainSecret)));
            QVERIFY(!json.contains(QStringLiteral("plain_secret")));
        }
        QCOMPARE(model.rowOfClient(QStringLiteral("m2morg_missing")), -1);
        QVERIFY(!model.clientAt(model.entityCount()));
    }

    void updatesAClientInPlace()
    {
        const auto created = createClient("Updater");
        OrganizationClientsModel model(&m_fixture.services()->organizationClients());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(m_organizationId);
        QVERIFY(settle(model));
        const int row = model.rowOfClient(QString::fromStdString(created.client.clientId));
        QVERIFY(row >= 0);

        auto secret = await<entities::CreateClientSecretResponse>(
            [&](QObject *owner, Callback<entities::CreateClientSecretResponse> done) {
                return OrganizationClientsService(m_fixture.client())
                    .createSecret(m_organizationId.toStdString(), created.client.clientId, owner, std::move(done));
            });
        SK_VERIFY_OK(secret);
        auto fetched = await<entities::M2MClient>([&](QObject *owner, Callback<entities::M2MClient> done) {
            return OrganizationClientsService(m_fixture.client())
                .get(m_organizationId.toStdString(), created.client.clientId, owner, std::move(done));
        });
        SK_VERIFY_OK(fetched);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateClient(fetched.value());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(row, OrganizationClientsModel::Secrets).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.clientAt(row)->secrets.size(), std::size_t(2));
    }

    void secretsShowSuffixAndStatusOnly()
    {
        entities::ClientSecret active;
        active.id = "sec_1";
        active.secretSuffix = "abcd";
        active.status = entities::ClientSecretStatus::Active;
        active.createTime = entities::Timestamp::fromUnixSeconds(1'750'000'000);
        active.plainSecret = "snd_plain_value_abcd";
        entities::ClientSecret inactive;
        inactive.id = "sec_2";
        inactive.secretSuffix = "wxyz";
        inactive.status = entities::ClientSecretStatus::Inactive;
        inactive.lastUsedTime = entities::Timestamp::fromUnixSeconds(1'760'000'000);
        inactive.createdBy = "admin@example.com";

        ClientSecretsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSecrets({active, inactive});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ClientSecretsModel::ColumnCount));
        QCOMPARE(model.index(0, ClientSecretsModel::Suffix).data().toString(), QStringLiteral("••••abcd"));
        QCOMPARE(model.index(0, ClientSecretsModel::Status).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(0, ClientSecretsModel::LastUsed).data().toString(), QStringLiteral("Never"));
        QCOMPARE(model.index(1, ClientSecretsModel::Status).data().toString(), QStringLiteral("Inactive"));
        QCOMPARE(model.index(1, ClientSecretsModel::CreatedBy).data().toString(), QStringLiteral("admin@example.com"));
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, 0).data(ClientSecretsModel::IdRole).toString(), QStringLiteral("sec_2"));
        QVERIFY(!model.secretAt(0)->plainSecret.has_value()); // dropped on the way in
        QVERIFY(!model.secretAt(2));
        model.setSecrets({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestOrganizationClientsModel)
#include "tst_organizationclientsmodel.moc"
