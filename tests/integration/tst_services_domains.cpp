// DomainsService (page_number paging) and OrganizationClientsService (API clients and their
// secrets) against a real sandbox over loopback HTTP.
#include "servicetest.h"

#include "services/resources/domainsservice.h"
#include "services/resources/organizationclientsservice.h"
#include "services/resources/organizationsservice.h"

using namespace sk;
using namespace sk::services;
using sk::test::await;
using sk::test::collectAll;
using Kind = sk::api::ApiError::Kind;

class TestServicesDomains : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::string m_organizationId;

    DomainsService domains() const { return DomainsService(m_fixture.client()); }
    OrganizationClientsService clients() const { return OrganizationClientsService(m_fixture.client()); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        entities::CreateOrganization create;
        create.displayName = "Domains Test Org";
        auto organization = await<entities::Organization>([&](QObject *owner, auto done) {
            return OrganizationsService(m_fixture.client()).create(create, owner, std::move(done));
        });
        SK_VERIFY_OK(organization);
        m_organizationId = organization.value().id;
    }

    void domainsPageByNumber()
    {
        std::set<std::string> created;
        for (int i = 0; i < 5; ++i) {
            entities::CreateDomain create;
            create.domain = "d" + std::to_string(i) + ".example.test";
            create.domainType = entities::Enum<entities::DomainType>(entities::DomainType::OrganizationDomain);
            auto domain = await<entities::Domain>([&](QObject *owner, auto done) {
                return domains().create(m_organizationId, create, {}, owner, std::move(done));
            });
            SK_VERIFY_OK(domain);
            QCOMPARE(domain.value().domain, create.domain);
            QCOMPARE(domain.value().organizationId, m_organizationId);
            created.insert(domain.value().id);
        }
        std::set<std::string> seen;
        for (int number = 0; number < 10; ++number) {
            DomainListQuery query;
            query.pageSize = 2;
            query.pageNumber = number;
            auto page = await<DomainsService::DomainPage>([&](QObject *owner, auto done) {
                return domains().list(m_organizationId, query, owner, std::move(done));
            });
            SK_VERIFY_OK(page);
            QCOMPARE(page.value().pageNumber, number);
            for (const auto &domain : page.value().items)
                QVERIFY2(seen.insert(domain.id).second, domain.id.c_str());
            if (page.value().items.size() < 2)
                break;
        }
        QCOMPARE(seen, created);
    }

    void domainGetDeleteAndErrors()
    {
        entities::CreateDomain create;
        create.domain = "single.example.test";
        create.domainType = entities::Enum<entities::DomainType>(entities::DomainType::AllowedEmailDomain);
        auto domain = await<entities::Domain>([&](QObject *owner, auto done) {
            return domains().create(m_organizationId, create, {}, owner, std::move(done));
        });
        SK_VERIFY_OK(domain);
        auto again = await<entities::Domain>([&](QObject *owner, auto done) {
            return domains().create(m_organizationId, create, {}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(again, Kind::Conflict);

        auto reread = await<entities::Domain>([&](QObject *owner, auto done) {
            return domains().get(m_organizationId, domain.value().id, owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QCOMPARE(reread.value().domain, create.domain);

        auto removed = await<api::Empty>([&](QObject *owner, auto done) {
            return domains().remove(m_organizationId, domain.value().id, {}, owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto gone = await<entities::Domain>([&](QObject *owner, auto done) {
            return domains().get(m_organizationId, domain.value().id, owner, std::move(done));
        });
        SK_VERIFY_FAILS(gone, Kind::NotFound);

        entities::CreateDomain bad;
        bad.domain = "not a domain";
        auto invalid = await<entities::Domain>([&](QObject *owner, auto done) {
            return domains().create(m_organizationId, bad, {}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(invalid, Kind::Validation);

        DomainListQuery tooBig;
        tooBig.pageSize = 101;
        auto rejected = await<DomainsService::DomainPage>([&](QObject *owner, auto done) {
            return domains().list(m_organizationId, tooBig, owner, std::move(done));
        });
        SK_VERIFY_FAILS(rejected, Kind::Validation);
    }

    void clientsAndSecrets()
    {
        entities::OrganizationClient create;
        create.name = "Billing sync";
        create.description = "Pulls invoices";
        create.scopes = {"invoices:read"};
        create.expiry = 3600;
        auto created = await<entities::CreateOrganizationClientResponse>([&](QObject *owner, auto done) {
            return clients().create(m_organizationId, create, owner, std::move(done));
        });
        SK_VERIFY_OK(created);
        const entities::M2MClient client = created.value().client;
        QVERIFY(!created.value().plainSecret.empty());
        QVERIFY(!client.clientId.empty());
        QCOMPARE(client.organizationId, m_organizationId);
        QCOMPARE(client.expiry, std::int64_t(3600));
        for (const auto &secret : client.secrets)
            QVERIFY(!secret.plainSecret.has_value() || secret.plainSecret->empty());

        std::int32_t total = 0;
        auto list = collectAll<entities::M2MClient>(
            [&](const std::string &token, QObject *owner, auto done) {
                return clients().list(m_organizationId, PageQuery{30, token}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(list);
        QCOMPARE(qint64(list.value().size()), qint64(total));
        bool seen = false;
        for (const auto &item : list.value())
            seen = seen || item.clientId == client.clientId;
        QVERIFY(seen);

        entities::OrganizationClient update = create;
        update.description = "Pulls and pushes invoices";
        auto updated = await<entities::M2MClient>([&](QObject *owner, auto done) {
            return clients().update(m_organizationId, client.clientId, update, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        auto reread = await<entities::M2MClient>([&](QObject *owner, auto done) {
            return clients().get(m_organizationId, client.clientId, owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QCOMPARE(reread.value().description, std::string("Pulls and pushes invoices"));

        auto secret = await<entities::CreateClientSecretResponse>([&](QObject *owner, auto done) {
            return clients().createSecret(m_organizationId, client.clientId, owner, std::move(done));
        });
        SK_VERIFY_OK(secret);
        QVERIFY(!secret.value().plainSecret.empty());
        QVERIFY(!secret.value().secret.id.empty());
        auto withSecrets = await<entities::M2MClient>([&](QObject *owner, auto done) {
            return clients().get(m_organizationId, client.clientId, owner, std::move(done));
        });
        SK_VERIFY_OK(withSecrets);
        QCOMPARE(withSecrets.value().secrets.size(), client.secrets.size() + 1);

        auto secretRemoved = await<api::Empty>([&](QObject *owner, auto done) {
            return clients().removeSecret(m_organizationId, client.clientId, secret.value().secret.id, owner,
                                          std::move(done));
        });
        SK_VERIFY_OK(secretRemoved);
        auto removed = await<api::Empty>([&](QObject *owner, auto done) {
            return clients().remove(m_organizationId, client.clientId, owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto gone = await<entities::M2MClient>([&](QObject *owner, auto done) {
            return clients().get(m_organizationId, client.clientId, owner, std::move(done));
        });
        SK_VERIFY_FAILS(gone, Kind::NotFound);
    }

    void deletingTheOrganizationCascades()
    {
        auto removed = await<api::Empty>([&](QObject *owner, auto done) {
            return OrganizationsService(m_fixture.client()).remove(m_organizationId, owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto list = await<DomainsService::DomainPage>([&](QObject *owner, auto done) {
            return domains().list(m_organizationId, {}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(list, Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestServicesDomains)
#include "tst_services_domains.moc"
