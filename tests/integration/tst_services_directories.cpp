// DirectoriesService against a real sandbox over loopback HTTP: per-organization directories,
// enable/disable, users (paging, group filter, details) and groups.
#include "servicetest.h"

#include "services/resources/directoriesservice.h"
#include "services/resources/organizationsservice.h"

using namespace sk;
using namespace sk::services;
using sk::test::await;
using sk::test::collectAll;
using Kind = sk::api::ApiError::Kind;

class TestServicesDirectories : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::string m_organizationId;
    entities::Directory m_directory;

    DirectoriesService directories() const { return DirectoriesService(m_fixture.client()); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        auto organizations = collectAll<entities::Organization>([this](const std::string &token, QObject *owner, auto done) {
            return OrganizationsService(m_fixture.client()).list(PageQuery{100, token}, {}, owner, std::move(done));
        });
        SK_VERIFY_OK(organizations);
        for (const auto &organization : organizations.value()) {
            auto list = await<std::vector<entities::Directory>>([&](QObject *owner, auto done) {
                return directories().list(organization.id, owner, std::move(done));
            });
            SK_VERIFY_OK(list);
            for (const auto &directory : list.value()) {
                QCOMPARE(directory.organizationId, organization.id);
                if (directory.totalUsers > m_directory.totalUsers) {
                    m_organizationId = organization.id;
                    m_directory = directory;
                }
            }
        }
        QVERIFY2(!m_directory.id.empty(), "the seed has no directory with users");
    }

    void getMatchesTheList()
    {
        auto directory = await<entities::Directory>([this](QObject *owner, auto done) {
            return directories().get(m_organizationId, m_directory.id, owner, std::move(done));
        });
        SK_VERIFY_OK(directory);
        QCOMPARE(directory.value().id, m_directory.id);
        QCOMPARE(directory.value().name, m_directory.name);
        QCOMPARE(directory.value().totalUsers, m_directory.totalUsers);

        auto wrongOrg = await<entities::Directory>([this](QObject *owner, auto done) {
            return directories().get("org_000000000000000000", m_directory.id, owner, std::move(done));
        });
        SK_VERIFY_FAILS(wrongOrg, Kind::NotFound);
    }

    void usersArePagedExactly()
    {
        std::int32_t total = 0;
        auto users = collectAll<entities::DirectoryUser>(
            [this](const std::string &token, QObject *owner, auto done) {
                return directories().listUsers(m_organizationId, m_directory.id, {}, PageQuery{30, token}, owner,
                                               std::move(done));
            },
            &total);
        SK_VERIFY_OK(users);
        QCOMPARE(qint64(users.value().size()), qint64(total));
        QCOMPARE(qint64(total), qint64(m_directory.totalUsers));
        std::set<std::string> ids;
        for (const auto &user : users.value()) {
            QVERIFY2(ids.insert(user.id).second, user.id.c_str());
            QVERIFY(user.userDetail.is_null());
        }

        auto tooBig = await<DirectoriesService::DirectoryUserPage>([this](QObject *owner, auto done) {
            return directories().listUsers(m_organizationId, m_directory.id, {}, PageQuery{31, {}}, owner,
                                           std::move(done));
        });
        SK_VERIFY_FAILS(tooBig, Kind::Validation);

        DirectoryUserQuery detailed;
        detailed.includeDetail = true;
        auto withDetail = await<DirectoriesService::DirectoryUserPage>([&](QObject *owner, auto done) {
            return directories().listUsers(m_organizationId, m_directory.id, detailed, PageQuery{5, {}}, owner,
                                           std::move(done));
        });
        SK_VERIFY_OK(withDetail);
        QVERIFY(!withDetail.value().items.empty());
        QVERIFY(withDetail.value().items.front().userDetail.is_object());
    }

    void groupsAndGroupFilter()
    {
        std::int32_t total = 0;
        auto groups = collectAll<entities::DirectoryGroup>(
            [this](const std::string &token, QObject *owner, auto done) {
                return directories().listGroups(m_organizationId, m_directory.id, {}, PageQuery{30, token}, owner,
                                                std::move(done));
            },
            &total);
        SK_VERIFY_OK(groups);
        QCOMPARE(qint64(groups.value().size()), qint64(total));
        if (groups.value().empty())
            QSKIP("the seeded directory has no groups");

        const entities::DirectoryGroup group = groups.value().front();
        DirectoryUserQuery query;
        query.directoryGroupId = group.id;
        std::int32_t members = 0;
        auto users = collectAll<entities::DirectoryUser>(
            [&](const std::string &token, QObject *owner, auto done) {
                return directories().listUsers(m_organizationId, m_directory.id, query, PageQuery{30, token}, owner,
                                               std::move(done));
            },
            &members);
        SK_VERIFY_OK(users);
        QCOMPARE(qint64(users.value().size()), qint64(group.totalUsers));
        for (const auto &user : users.value()) {
            bool inGroup = false;
            for (const auto &membership : user.groups)
                inGroup = inGroup || membership.id == group.id;
            QVERIFY2(inGroup, user.id.c_str());
        }
    }

    void enableAndDisable()
    {
        auto disabled = await<entities::ToggleResult>([this](QObject *owner, auto done) {
            return directories().setEnabled(m_organizationId, m_directory.id, false, owner, std::move(done));
        });
        SK_VERIFY_OK(disabled);
        QVERIFY(!disabled.value().enabled);
        auto reread = await<entities::Directory>([this](QObject *owner, auto done) {
            return directories().get(m_organizationId, m_directory.id, owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QVERIFY(!reread.value().enabled);
        auto enabled = await<entities::ToggleResult>([this](QObject *owner, auto done) {
            return directories().setEnabled(m_organizationId, m_directory.id, true, owner, std::move(done));
        });
        SK_VERIFY_OK(enabled);
        QVERIFY(enabled.value().enabled);
    }

    void unknownDirectoryIsNotFound()
    {
        auto users = await<DirectoriesService::DirectoryUserPage>([this](QObject *owner, auto done) {
            return directories().listUsers(m_organizationId, "dir_000000000000000000", {}, PageQuery{10, {}}, owner,
                                           std::move(done));
        });
        SK_VERIFY_FAILS(users, Kind::NotFound);
        auto list = await<std::vector<entities::Directory>>([this](QObject *owner, auto done) {
            return directories().list("org_000000000000000000", owner, std::move(done));
        });
        SK_VERIFY_FAILS(list, Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestServicesDirectories)
#include "tst_services_directories.moc"
