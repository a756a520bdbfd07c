// The Directories tab's models against a real sandbox, under QAbstractItemModelTester: the
// environment-wide scan (organization by organization) finds exactly the directories the
// organizations list, one organization's list, the local filters (status, stale, enabled,
// text), a failed scan that retries, a directory's users paged to the end with the group and
// "updated after" filters and search, its groups, the secret status omitted on the wire and
// decoded as ACTIVE, and a sync that moves last_synced_at.
#include "models/directories/directoriesmodel.h"
#include "models/directories/directoryformat.h"
#include "models/directories/directorymembersmodel.h"
#include "modeltest.h"
#include "services/resources/directoriesservice.h"
#include "services/resources/organizationsservice.h"
#include "servicetest.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>

#include <set>

using namespace sk;
using namespace sk::services;
using models::DirectoriesModel;
using models::DirectoryFilter;
using models::PagedTableModel;
using sk::test::await;
using sk::test::collectAll;
namespace format = sk::models::directoryformat;

namespace {

bool settleComplete(const PagedTableModel &model, int timeoutMs = 60000)
{
    return QTest::qWaitFor(
               [&model] {
                   return model.state() == PagedTableModel::State::Complete
                       || model.state() == PagedTableModel::State::Failed;
               },
               timeoutMs)
        && model.state() == PagedTableModel::State::Complete;
}

} // namespace

class TestDirectoriesModel : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::vector<entities::Organization> m_organizations;
    std::vector<entities::Directory> m_directories; // every directory, by the per-organization lists
    entities::Directory m_big; // the one with the most users

    DirectoriesService &directories() const { return m_fixture.services()->directories(); }

    std::set<std::string> idsOf(const DirectoriesModel &model) const
    {
        std::set<std::string> ids;
        for (int row = 0; row < model.entityCount(); ++row)
            ids.insert(model.directoryAt(row)->id);
        return ids;
    }

    // A directory as the API sends it, undecoded.
    nlohmann::json rawDirectory(const entities::Directory &d)
    {
        auto body = await<nlohmann::json>([&](QObject *owner, auto done) {
            const QString path
                = QStringLiteral("/api/v1/organizations/%1/directories/%2")
                      .arg(QString::fromStdString(d.organizationId), QString::fromStdString(d.id));
            return m_fixture.client()->fetch<nlohmann::json>(
                api::ApiRequest::get(path), owner, [](const nlohmann::json &j) { return j; },
                std::move(done));
        });
        return body ? body.value().value("directory", nlohmann::json::object()) : nlohmann::json();
    }

private slots:
    void initTestCase()
    {
        m_fixture.sandbox().setRequestLog(true);
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        auto directories = test::allDirectories(m_fixture.client(), &m_organizations);
        SK_VERIFY_OK(directories);
        m_directories = directories.value();
        for (const auto &d : m_directories) {
            if (d.totalUsers > m_big.totalUsers)
                m_big = d;
        }
        QVERIFY(m_directories.size() >= 4);
        QVERIFY2(m_big.totalUsers > 3 * models::DirectoryUsersModel::kPageSize,
                 "the seed has no directory to page through");
    }

    void theScanFindsEveryDirectoryOfEveryOrganization()
    {
        DirectoriesModel model(&directories(), &m_fixture.services()->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy progress(&model, &DirectoriesModel::scanProgress);
        model.setOrganization({}, {}, true);
        model.loadAll();
        QVERIFY(settleComplete(model));
        std::set<std::string> expected;
        for (const auto &d : m_directories)
            expected.insert(d.id);
        QCOMPARE(idsOf(model), expected);
        QCOMPARE(model.organizationsScanned(), int(m_organizations.size()));
        QCOMPARE(model.organizationsTotal(), int(m_organizations.size()));
        QVERIFY(progress.count() >= int(m_organizations.size()));
        // Each row names its organization.
        const int row = model.rowOf(m_big.id);
        QVERIFY(row >= 0);
        const auto org = std::find_if(m_organizations.begin(), m_organizations.end(),
                                      [this](const auto &o) { return o.id == m_big.organizationId; });
        QCOMPARE(model.data(model.index(row, DirectoriesModel::Organization)).toString(),
                 QString::fromStdString(org->displayName));
        QCOMPARE(model.data(model.index(row, DirectoriesModel::Users)).toInt(), m_big.totalUsers);
        // The provider cell carries its wire name for the shared delegate's icon.
        QCOMPARE(
            model.data(model.index(row, DirectoriesModel::Provider), models::kProviderKeyRole).toString(),
            QString::fromStdString(std::string(m_big.directoryProvider.name())));
        QVERIFY(model.data(model.index(row, DirectoriesModel::Name), models::kProviderKeyRole).isNull());
    }

    void oneOrganizationsDirectories()
    {
        DirectoriesModel model(&directories(), &m_fixture.services()->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(QString::fromStdString(m_big.organizationId), QStringLiteral("Big Co"));
        QVERIFY(settleComplete(model));
        std::set<std::string> expected;
        for (const auto &d : m_directories) {
            if (d.organizationId == m_big.organizationId)
                expected.insert(d.id);
        }
        QCOMPARE(idsOf(model), expected);
        QCOMPARE(model.data(model.index(0, DirectoriesModel::Organization)).toString(),
                 QStringLiteral("Big Co"));
    }

    void localFiltersNarrowWithoutRequests()
    {
        DirectoriesModel model(&directories(), &m_fixture.services()->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization({}, {}, true);
        model.loadAll();
        QVERIFY(settleComplete(model));
        const int all = model.entityCount();
        const int requestsBefore = m_fixture.sandbox().countRequests(QStringLiteral("GET"));

        DirectoryFilter completed;
        completed.status = QStringLiteral("COMPLETED");
        model.setFilter(completed);
        QVERIFY(model.entityCount() > 0 && model.entityCount() < all);
        for (int row = 0; row < model.entityCount(); ++row)
            QCOMPARE(model.directoryAt(row)->status, std::string("COMPLETED"));

        DirectoryFilter stale;
        stale.status = DirectoryFilter::kStale;
        model.setFilter(stale);
        QVERIFY2(model.entityCount() > 0, "the seed has no stale directory");
        for (int row = 0; row < model.entityCount(); ++row) {
            QVERIFY(format::isStale(*model.directoryAt(row), model.now()));
            const auto badge
                = model.data(model.index(row, DirectoriesModel::LastSynced), PagedTableModel::BadgeRole)
                      .value<models::StatusBadge>();
            QCOMPARE(badge.tone, models::StatusTone::Warning);
        }

        DirectoryFilter disabled;
        disabled.enabled = false;
        model.setFilter(disabled);
        QVERIFY(model.entityCount() > 0);
        for (int row = 0; row < model.entityCount(); ++row)
            QVERIFY(!model.directoryAt(row)->enabled);

        DirectoryFilter byId;
        byId.text = QString::fromStdString(m_big.id);
        model.setFilter(byId);
        QCOMPARE(model.entityCount(), 1);

        model.setFilter({});
        QCOMPARE(model.entityCount(), all);
        QCOMPARE(m_fixture.sandbox().countRequests(QStringLiteral("GET")), requestsBefore); // all local
    }

    void unknownStatusesShowRawAndNeverCountAsReady()
    {
        const auto unknown = format::statusBadge("PAUSED_BY_IDP");
        QCOMPARE(unknown.tone, models::StatusTone::Unknown);
        QVERIFY(unknown.text.contains(QStringLiteral("PAUSED_BY_IDP")));
        QCOMPARE(format::statusBadge("COMPLETED").tone, models::StatusTone::Good);
        entities::Enum<entities::DirectoryProvider> provider
            = entities::Enum<entities::DirectoryProvider>::fromRaw("KEYCLOAK");
        QVERIFY(format::providerText(provider).contains(QStringLiteral("KEYCLOAK")));
        QCOMPARE(format::providerKey(provider), QStringLiteral("KEYCLOAK")); // as received
    }

    void aFailedScanRetries()
    {
        DirectoriesModel model(&directories(), &m_fixture.services()->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_fixture.sandbox().setFaults("{\"error_rate\":1.0}"));
        model.setOrganization({}, {}, true);
        model.loadAll();
        QVERIFY(QTest::qWaitFor([&model] { return model.state() == PagedTableModel::State::Failed; }, 60000));
        QVERIFY(model.lastError().has_value());
        QVERIFY(m_fixture.sandbox().clearFaults());
        model.retry();
        model.loadAll();
        QVERIFY(settleComplete(model));
        QCOMPARE(model.entityCount(), int(m_directories.size()));
        QCOMPARE(model.organizationsScanned(), int(m_organizations.size()));
    }

    // Esc during the scan: it stops where it is; going on later finds every directory once.
    void aStoppedScanResumesWithoutRepeats()
    {
        DirectoriesModel model(&directories(), &m_fixture.services()->organizations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_fixture.sandbox().setFaults("{\"latency_ms\":40}")); // slow enough to stop midway
        model.setOrganization({}, {}, true);
        model.loadAll();
        QVERIFY(QTest::qWaitFor([&model] { return model.organizationsScanned() >= 2; }, 30000));
        model.cancelLoading();
        QVERIFY(model.state() != PagedTableModel::State::Loading);
        QVERIFY(!model.isLoadingAll());
        QVERIFY(model.organizationsScanned() < int(m_organizations.size()));
        QVERIFY(m_fixture.sandbox().clearFaults());
        model.loadAll();
        QVERIFY(settleComplete(model));
        std::set<std::string> expected;
        for (const auto &d : m_directories)
            expected.insert(d.id);
        QCOMPARE(model.entityCount(), int(expected.size())); // no directory listed twice
        QCOMPARE(idsOf(model), expected);
        QCOMPARE(model.organizationsScanned(), int(m_organizations.size())); // none counted twice
    }

    void usersArePagedToTheEnd()
    {
        models::DirectoryUsersModel model(&directories());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({ m_big.organizationId, m_big.id, {}, {}, {} });
        QVERIFY(test::settle(model));
        QCOMPARE(model.entityCount(), models::DirectoryUsersModel::kPageSize);
        QCOMPARE(model.totalSize(), m_big.totalUsers);
        int pages = 1;
        while (model.canFetchMore()) {
            model.fetchMore();
            QVERIFY(test::settle(model));
            ++pages;
        }
        QCOMPARE(model.state(), PagedTableModel::State::Complete);
        QCOMPARE(model.entityCount(), m_big.totalUsers);
        QCOMPARE(pages, (m_big.totalUsers + 29) / 30);
        std::set<std::string> ids;
        for (int row = 0; row < model.entityCount(); ++row)
            ids.insert(model.userAt(row)->id);
        QCOMPARE(int(ids.size()), m_big.totalUsers);
    }

    void usersFilteredByGroupUpdateTimeAndSearch()
    {
        models::DirectoryGroupsModel groups(&directories());
        groups.setQuery({ m_big.organizationId, m_big.id, {}, {}, {} });
        groups.loadAll();
        QVERIFY(settleComplete(groups));
        QCOMPARE(groups.entityCount(), m_big.totalGroups);
        const entities::DirectoryGroup group = *groups.groupAt(0);

        models::DirectoryUsersModel users(&directories());
        QAbstractItemModelTester tester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
        users.setQuery({ m_big.organizationId, m_big.id, group.id, {}, {} });
        users.loadAll();
        QVERIFY(settleComplete(users));
        QCOMPARE(users.entityCount(), group.totalUsers);
        QVERIFY(users.entityCount() > 0);
        for (int row = 0; row < users.entityCount(); ++row) {
            const auto &g = users.userAt(row)->groups;
            QVERIFY(std::any_of(g.begin(), g.end(), [&](const auto &x) { return x.id == group.id; }));
        }

        const entities::Timestamp since(entities::Timestamp::now().nanos - 10LL * 86400 * 1'000'000'000);
        users.setQuery({ m_big.organizationId, m_big.id, {}, since, {} });
        users.loadAll();
        QVERIFY(settleComplete(users));
        QVERIFY(users.entityCount() > 0 && users.entityCount() < m_big.totalUsers);
        for (int row = 0; row < users.entityCount(); ++row)
            QVERIFY(users.userAt(row)->updatedAt > since);

        // Search is local: every page is read, the matches kept.
        users.setQuery({ m_big.organizationId, m_big.id, {}, {}, {} });
        users.loadAll();
        QVERIFY(settleComplete(users));
        const QString email = QString::fromStdString(users.userAt(users.entityCount() - 1)->email);
        users.setQuery({ m_big.organizationId, m_big.id, {}, {}, email.toUpper() });
        QVERIFY(settleComplete(users));
        QCOMPARE(users.entityCount(), 1);
        QCOMPARE(QString::fromStdString(users.userAt(0)->email), email);
        QVERIFY(users.isFiltered());
    }

    // directories.SecretStatus: ACTIVE is the zero value, left out on the wire as the real API
    // does (the spec's enum lists only INACTIVE); an absent status decodes as ACTIVE.
    void anAbsentSecretStatusIsActive()
    {
        const nlohmann::json raw = rawDirectory(m_big);
        QVERIFY(raw.contains("secrets") && !raw["secrets"].empty());
        for (const auto &secret : raw["secrets"]) {
            QVERIFY2(!secret.contains("status") || secret["status"] != "ACTIVE", secret.dump().c_str());
        }
        const auto active = std::find_if(raw["secrets"].begin(), raw["secrets"].end(),
                                         [](const auto &s) { return !s.contains("status"); });
        QVERIFY(active != raw["secrets"].end());
        const auto decoded = active->template get<entities::DirectorySecret>();
        QCOMPARE(decoded.status.value, entities::DirectorySecretStatus::Active);
        QVERIFY(!decoded.status.isUnknown());
        QVERIFY(format::activeSecret(raw.get<entities::Directory>()) != nullptr);

        // After a rotation the earlier token is INACTIVE on the wire, the new one has no status.
        auto rotated = await<entities::CreateDirectorySecretResponse>([this](QObject *owner, auto done) {
            return directories().createSecret(m_big.organizationId, m_big.id, true, owner, std::move(done));
        });
        SK_VERIFY_OK(rotated);
        const nlohmann::json after = rawDirectory(m_big);
        int inactive = 0;
        int absent = 0;
        for (const auto &secret : after["secrets"]) {
            inactive += secret.value("status", "") == "INACTIVE" ? 1 : 0;
            absent += secret.contains("status") ? 0 : 1;
        }
        QCOMPARE(absent, 1);
        QCOMPARE(inactive, int(after["secrets"].size()) - 1);
        const auto afterDirectory = after.get<entities::Directory>(); // outlives the pointer into it
        const auto *current = format::activeSecret(afterDirectory);
        QVERIFY(current);
        QCOMPARE(current->secretSuffix, rotated.value().secret.secretSuffix);
        QVERIFY(rotated.value().plainSecret.reveal().ends_with(current->secretSuffix));
    }

    void aSyncMovesLastSynced()
    {
        DirectoriesModel model(&directories(), &m_fixture.services()->organizations());
        model.setOrganization({}, {}, true);
        model.loadAll();
        QVERIFY(settleComplete(model));
        DirectoryFilter stale;
        stale.status = DirectoryFilter::kStale;
        model.setFilter(stale);
        QVERIFY(model.entityCount() > 0);
        const entities::Directory before = *model.directoryAt(0);
        auto synced = await<api::Empty>([&](QObject *owner, auto done) {
            return directories().sync(before.organizationId, before.id, owner, std::move(done));
        });
        SK_VERIFY_OK(synced);
        auto after = await<entities::Directory>([&](QObject *owner, auto done) {
            return directories().get(before.organizationId, before.id, owner, std::move(done));
        });
        SK_VERIFY_OK(after);
        QVERIFY(after.value().lastSyncedAt > before.lastSyncedAt);
        model.updateDirectory(after.value());
        QVERIFY(!format::isStale(after.value(), model.now()));
        // The row acted on stays (until the filter is applied again), without its warning.
        const int row = model.rowOf(before.id);
        QVERIFY(row >= 0);
        QVERIFY(
            model.data(model.index(row, DirectoriesModel::LastSynced), PagedTableModel::BadgeRole).isNull());
        model.setFilter({});
        model.setFilter(stale);
        QCOMPARE(model.rowOf(before.id), -1);

        auto missing = await<api::Empty>([&](QObject *owner, auto done) {
            return directories().sync(before.organizationId, "dir_000000000000000000", owner,
                                      std::move(done));
        });
        SK_VERIFY_FAILS(missing, api::ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDirectoriesModel)
#include "tst_directoriesmodel.moc"
