// The SSO connections model and the sign-in routing answer against a real sandbox: every
// organization connection paged to the end, each server filter (provider, type, status,
// enabled) and the organization filter returning only matches, an unknown status shown raw,
// and "which connection will this email use?" for a working route and for each reason none
// applies, built up through the API (organization, domain, connection, member).
#include "models/connections/authlogsmodel.h"
#include "models/connections/connectionformat.h"
#include "models/connections/connectionsmodel.h"
#include "models/connections/ssoerrors.h"
#include "models/connections/ssoroute.h"
#include "services/resources/services.h"
#include "tests/integration/modeltest.h"
#include "tests/integration/servicetest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sk;
using entities::ListConnection;
using models::ConnectionsModel;
using models::SsoRoute;
using sk::test::await;
using sk::test::settle;
using Outcome = SsoRoute::Outcome;

class TestConnectionsModel : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::vector<ListConnection> m_all; // every SSO connection, from the raw API

    services::Services &svc() { return *m_fixture.services(); }

    SsoRoute route(const QString &input)
    {
        models::SsoRouteResolver resolver(&svc());
        QSignalSpy answered(&resolver, &models::SsoRouteResolver::answered);
        QSignalSpy failed(&resolver, &models::SsoRouteResolver::failed);
        resolver.resolve(input);
        const bool done = QTest::qWaitFor([&] { return !answered.isEmpty() || !failed.isEmpty(); }, 20000);
        if (!done || answered.isEmpty())
            return {};
        return answered.constFirst().constFirst().value<SsoRoute>();
    }

    std::string newOrganization(const std::string &name)
    {
        entities::CreateOrganization org;
        org.displayName = name;
        auto made = await<entities::Organization>([&](QObject *owner, auto done) {
            return svc().organizations().create(org, owner, std::move(done));
        });
        return made ? made.value().id : std::string();
    }

    entities::Domain newDomain(const std::string &org, const std::string &name, bool verify)
    {
        entities::CreateDomain d;
        d.domain = name;
        d.domainType = entities::DomainType::OrganizationDomain;
        auto made = await<entities::Domain>([&](QObject *owner, auto done) {
            return svc().domains().create(org, d, {}, owner, std::move(done));
        });
        if (!made)
            return {};
        if (verify) {
            api::ApiRequest request = api::ApiRequest::patch(
                QStringLiteral("/api/v1/organizations/%1/domains/%2:verify")
                    .arg(QString::fromStdString(org), QString::fromStdString(made.value().id)));
            await<api::Empty>([&](QObject *owner, auto done) {
                return m_fixture.client()->fetch<api::Empty>(
                    std::move(request), owner, [](const json::Json &) { return api::Empty {}; },
                    std::move(done));
            });
        }
        return made.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        std::string token;
        do {
            auto page = await<entities::Page<ListConnection>>([&](QObject *owner, auto done) {
                return svc().connections().listOrganizationConnections({ 30, token }, owner, std::move(done));
            });
            QVERIFY(page);
            m_all.insert(m_all.end(), page.value().items.begin(), page.value().items.end());
            token = page.value().nextPageToken;
        } while (!token.empty());
        QVERIFY(m_all.size() > 30); // more than one page
    }

    void pagesToTheEnd()
    {
        ConnectionsModel model(&svc().connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settle(model));
        model.loadAll();
        QVERIFY(QTest::qWaitFor([&] { return model.state() == models::PagedTableModel::State::Complete; },
                                30000));
        QCOMPARE(model.entityCount(), int(m_all.size()));
        // Provider shows its name and gives its wire name for the delegate's icon; status and
        // enabled are badges.
        const QModelIndex provider = model.index(0, ConnectionsModel::Provider);
        QCOMPARE(provider.data(models::kProviderKeyRole).toString(),
                 QString::fromStdString(std::string(model.connectionAt(0)->provider.name())));
        QVERIFY(!model.index(0, ConnectionsModel::Status).data(models::kProviderKeyRole).isValid());
        QVERIFY(!model.index(0, ConnectionsModel::Status)
                     .data(models::PagedTableModel::BadgeRole)
                     .value<models::StatusBadge>()
                     .isNull());
    }

    void eachFilterListsOnlyMatches_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("enabled");
        QTest::newRow("okta") << "OKTA"
                              << ""
                              << ""
                              << "";
        QTest::newRow("oidc") << ""
                              << "OIDC"
                              << ""
                              << "";
        QTest::newRow("saml completed") << ""
                                        << "SAML"
                                        << "COMPLETED"
                                        << "";
        QTest::newRow("draft") << ""
                               << ""
                               << "DRAFT"
                               << "";
        QTest::newRow("disabled") << ""
                                  << ""
                                  << ""
                                  << "false";
        QTest::newRow("enabled google") << "GOOGLE"
                                        << ""
                                        << ""
                                        << "true";
    }

    void eachFilterListsOnlyMatches()
    {
        QFETCH(QString, provider);
        QFETCH(QString, type);
        QFETCH(QString, status);
        QFETCH(QString, enabled);
        models::ConnectionsFilter filter;
        filter.search.provider = provider.toStdString();
        if (!type.isEmpty())
            filter.search.connectionType
                = entities::Enum<entities::ConnectionType>::fromRaw(type.toStdString());
        if (!status.isEmpty())
            filter.search.status = entities::Enum<entities::ConnectionStatus>::fromRaw(status.toStdString());
        if (!enabled.isEmpty())
            filter.search.enabled = enabled == u"true";
        const auto expected = std::count_if(m_all.begin(), m_all.end(),
                                            [&](const ListConnection &c) { return filter.matches(c); });
        QVERIFY(expected > 0); // the seed has some of each
        ConnectionsModel model(&svc().connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter);
        QVERIFY(settle(model));
        model.loadAll();
        QVERIFY(QTest::qWaitFor([&] { return model.state() == models::PagedTableModel::State::Complete; },
                                30000));
        QCOMPARE(model.entityCount(), int(expected));
        for (int row = 0; row < model.entityCount(); ++row)
            QVERIFY(filter.matches(*model.connectionAt(row)));
    }

    void oneOrganization()
    {
        const ListConnection &some = m_all.front();
        const auto expected = std::count_if(m_all.begin(), m_all.end(), [&](const ListConnection &c) {
            return c.organizationId == some.organizationId;
        });
        ConnectionsModel model(&svc().connections());
        models::ConnectionsFilter filter;
        filter.organizationId = some.organizationId;
        model.setFilter(filter);
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), int(expected));
        QCOMPARE(model.index(0, ConnectionsModel::Organization).data().toString(),
                 QString::fromStdString(some.organizationName));
    }

    // A failing page shows the failure row; retry after the fault is gone loads the list.
    void aFailedPageIsRetried()
    {
        ConnectionsModel model(&svc().connections());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_fixture.sandbox().setFaults("{\"error_rate\":1.0}"));
        model.reload();
        QVERIFY(
            QTest::qWaitFor([&] { return model.state() == models::PagedTableModel::State::Failed; }, 30000));
        QVERIFY(model.lastError());
        QCOMPARE(model.entityCount(), 0);
        QVERIFY(m_fixture.sandbox().clearFaults());
        model.retry();
        QVERIFY(settle(model));
        QCOMPARE(model.entityCount(), ConnectionsModel::kPageSize);

        // The routing answer reports the failure instead of guessing.
        QVERIFY(m_fixture.sandbox().setFaults("{\"error_rate\":1.0}"));
        models::SsoRouteResolver resolver(&svc());
        QSignalSpy failed(&resolver, &models::SsoRouteResolver::failed);
        QSignalSpy answered(&resolver, &models::SsoRouteResolver::answered);
        resolver.resolve(QStringLiteral("someone@example.com"));
        QVERIFY(failed.wait(30000));
        QVERIFY(answered.isEmpty());
        QVERIFY(m_fixture.sandbox().clearFaults());
    }

    void unknownStatusIsShownRawAndNeverReady()
    {
        const auto status = entities::Enum<entities::ConnectionStatus>::fromRaw("PAUSED_BY_IDP");
        const models::StatusBadge badge = models::connectionformat::statusBadge(status);
        QCOMPARE(badge.text, QStringLiteral("Unknown (PAUSED_BY_IDP)"));
        QCOMPARE(badge.tone, models::StatusTone::Unknown);
        QVERIFY(!models::connectionformat::isCompleted(status));
        const auto provider = entities::Enum<entities::ConnectionProvider>::fromRaw("KEYCLOAK");
        QCOMPARE(models::connectionformat::providerName(provider), QStringLiteral("Unknown (KEYCLOAK)"));
        // (its icon is the generic key icon: resources are linked in the UI tests, which check it)
    }

    void certificateExpiry()
    {
        using models::connectionformat::CertificateState;
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-30T10:00:00Z"), Qt::ISODate);
        entities::IdpCertificate cert;
        auto at = [&](int days) {
            return entities::Timestamp::fromUnixSeconds(now.addDays(days).toSecsSinceEpoch());
        };
        cert.expiryTime = at(31);
        QCOMPARE(models::connectionformat::certificateState(cert, now), CertificateState::Valid);
        cert.expiryTime = at(30);
        QCOMPARE(models::connectionformat::certificateState(cert, now), CertificateState::ExpiresSoon);
        cert.expiryTime = at(-1);
        QCOMPARE(models::connectionformat::certificateState(cert, now), CertificateState::Expired);
        QVERIFY(
            models::connectionformat::certificateExpiryText(cert, now).startsWith(QStringLiteral("expired")));
    }

    void routesToAWorkingConnection()
    {
        const auto working = std::find_if(m_all.begin(), m_all.end(), [](const ListConnection &c) {
            return c.enabled && models::connectionformat::isCompleted(c.status) && !c.domains.empty();
        });
        QVERIFY(working != m_all.end());
        const QString email
            = QStringLiteral("someone@") + QString::fromStdString(working->domains.front()).toUpper();
        const SsoRoute r = route(email);
        QCOMPARE(r.outcome, Outcome::Routes);
        QVERIFY(r.applies());
        QCOMPARE(r.connection->id, working->id);
        QCOMPARE(r.organizationId, working->organizationId);
        QVERIFY(r.explanation().contains(QString::fromStdString(working->organizationName)));
        QVERIFY(r.signInErrorCode().isEmpty());
    }

    void noOrganizationHasTheDomain()
    {
        const SsoRoute r = route(QStringLiteral("bob@nobody-has-this-domain.example"));
        QCOMPARE(r.outcome, Outcome::NoOrganization);
        QVERIFY(!r.applies());
        QCOMPARE(r.signInErrorCode(), QStringLiteral("domain_not_found"));
        QCOMPARE(route(QStringLiteral("not an email")).outcome, Outcome::InvalidInput);
    }

    // One organization walked through every other reason: a pending domain with a draft
    // connection, then verified (not completed), then a completed but disabled connection.
    void eachReasonNoneApplies()
    {
        // The organization has the verified domain and a member there, but no connection.
        const std::string bare = newOrganization("Routing Bare Inc");
        QVERIFY(!bare.empty());
        newDomain(bare, "bare-routing.example", true);
        entities::CreateUser user;
        user.email = "carol@bare-routing.example";
        QVERIFY(await<entities::User>([&](QObject *owner, auto done) {
            return svc().users().createInOrganization(bare, user, false, owner, std::move(done));
        }));
        SsoRoute r = route(QStringLiteral("carol@bare-routing.example"));
        QCOMPARE(r.outcome, Outcome::NoConnection);
        QCOMPARE(r.organizationName, std::string("Routing Bare Inc"));

        // An unverified domain.
        const std::string org = newOrganization("Routing Steps Inc");
        const entities::Domain domain = newDomain(org, "steps-routing.example", false);
        entities::CreateConnection create;
        create.type = entities::ConnectionType::Saml;
        create.provider = entities::ConnectionProvider::Okta;
        auto conn = await<entities::Connection>([&](QObject *owner, auto done) {
            return svc().connections().createSso(org, create, owner, std::move(done));
        });
        QVERIFY(conn);
        r = route(QStringLiteral("dave@steps-routing.example"));
        QCOMPARE(r.outcome, Outcome::DomainNotVerified);
        QVERIFY(r.explanation().contains(QStringLiteral("PENDING")));

        // Verified, but the connection is a DRAFT.
        newDomain(org, "steps2-routing.example", true);
        r = route(QStringLiteral("dave@steps2-routing.example"));
        QCOMPARE(r.outcome, Outcome::NotCompleted);
        QCOMPARE(r.connection->id, conn.value().id);
        QCOMPARE(r.signInErrorCode(), QStringLiteral("connection_not_active"));

        // Configured (COMPLETED) but disabled, then enabled: it routes.
        entities::UpdateConnection update;
        update.samlConfig = { { "idp_entity_id", "http://idp.steps.example" },
                              { "idp_sso_url", "https://idp.steps.example/sso" },
                              { "idp_certificate", "MIIC-test" } };
        QVERIFY(await<entities::Connection>([&](QObject *owner, auto done) {
            return svc().connections().updateSso(org, conn.value().id, update, owner, std::move(done));
        }));
        r = route(QStringLiteral("dave@steps2-routing.example"));
        QCOMPARE(r.outcome, Outcome::ConnectionDisabled);
        QVERIFY(await<entities::ToggleResult>([&](QObject *owner, auto done) {
            return svc().connections().setSsoEnabled(org, conn.value().id, true, owner, std::move(done));
        }));
        r = route(QStringLiteral("dave@steps2-routing.example"));
        QCOMPARE(r.outcome, Outcome::Routes);
        Q_UNUSED(domain)
    }

    // The sign-in logs of one connection: the API has no connection filter, so every page is
    // read and only that connection's requests are kept.
    void signInLogsOfOneConnection()
    {
        std::vector<entities::AuthLogRequest> all;
        std::string token;
        do {
            auto page = await<entities::Page<entities::AuthLogRequest>>([&](QObject *owner, auto done) {
                return svc().authLogs().list({}, { 100, token }, owner, std::move(done));
            });
            QVERIFY(page);
            all.insert(all.end(), page.value().items.begin(), page.value().items.end());
            token = page.value().nextPageToken;
        } while (!token.empty());
        const auto withConnection
            = std::find_if(all.begin(), all.end(),
                           [](const entities::AuthLogRequest &l) { return !l.connectionId.empty(); });
        QVERIFY(withConnection != all.end());
        models::AuthLogsFilter filter;
        filter.connectionId = withConnection->connectionId;
        filter.server.statuses << QStringLiteral("FAILED") << QStringLiteral("SUCCESS");
        const auto expected = std::count_if(all.begin(), all.end(), [&](const entities::AuthLogRequest &l) {
            return l.connectionId == filter.connectionId && (l.status == "FAILED" || l.status == "SUCCESS");
        });
        models::AuthLogsModel model(&svc().authLogs());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter);
        QVERIFY(QTest::qWaitFor([&] { return model.state() == models::PagedTableModel::State::Complete; },
                                30000));
        QCOMPARE(model.entityCount(), int(expected));
        for (int row = 0; row < model.entityCount(); ++row)
            QCOMPARE(model.logAt(row)->connectionId, filter.connectionId);
        const auto unknown = models::AuthLogsModel::statusBadge("THROTTLED");
        QCOMPARE(unknown.tone, models::StatusTone::Unknown);
        QCOMPARE(unknown.text, QStringLiteral("Unknown (THROTTLED)"));
    }

    void failedSignInsAreExplained()
    {
        entities::AuthLogRequest log;
        log.status = "FAILED";
        log.email = "eve@acme.example";
        log.connectionId = "conn_1";
        log.organizationId = "org_1";
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto why = models::ssoerrors::explainFailure(log, std::nullopt, true, now);
        QCOMPARE(why.error->code, QStringLiteral("invalid_connection_id"));
        entities::Connection c;
        c.type = entities::ConnectionType::Saml;
        c.status = entities::ConnectionStatus::Completed;
        c.enabled = false;
        QCOMPARE(models::ssoerrors::explainFailure(log, c, false, now).error->code,
                 QStringLiteral("connection_not_active"));
        c.enabled = true;
        entities::Domain other;
        other.domain = "other.example";
        c.domains = { other };
        QCOMPARE(models::ssoerrors::explainFailure(log, c, false, now).error->code,
                 QStringLiteral("invalid_user_domain"));
        other.domain = "acme.example";
        c.domains = { other };
        c.samlConfig = entities::SamlConnectionConfig {};
        entities::IdpCertificate expired;
        expired.expiryTime = entities::Timestamp::fromUnixSeconds(now.addDays(-3).toSecsSinceEpoch());
        c.samlConfig->idpCertificates = { expired };
        QCOMPARE(models::ssoerrors::explainFailure(log, c, false, now).error->code,
                 QStringLiteral("signature_validation_failed"));
        c.samlConfig->idpCertificates.clear();
        why = models::ssoerrors::explainFailure(log, c, false, now);
        QVERIFY(!why.error);
        QVERIFY(!why.typical.isEmpty());
        // Every documented code reads in plain words.
        QCOMPARE(models::ssoerrors::find(QStringLiteral(" INVALID_SAML_RESPONSE "))->code,
                 QStringLiteral("invalid_saml_response"));
        QVERIFY(models::ssoerrors::all().size() >= 32);
    }
};

QTEST_MAIN(TestConnectionsModel)
#include "tst_connectionsmodel.moc"
