// UsersService and SessionsService against a real sandbox over loopback HTTP.
#include "servicetest.h"

#include "services/resources/organizationsservice.h"
#include "services/resources/sessionsservice.h"
#include "services/resources/usersservice.h"

using namespace sk;
using namespace sk::services;
using sk::test::await;
using sk::test::collectAll;
using Kind = sk::api::ApiError::Kind;

class TestServicesUsers : public QObject
{
    Q_OBJECT

private:
    test::ServiceFixture m_fixture;
    std::vector<entities::Organization> m_organizations;

    UsersService users() const { return UsersService(m_fixture.client()); }
    SessionsService sessions() const { return SessionsService(m_fixture.client()); }

    entities::User createUser(const std::string &organizationId, const std::string &email, bool invite)
    {
        entities::CreateUser request;
        request.email = email;
        request.externalId = "ext-" + email;
        entities::CreateMembership membership;
        membership.roles.push_back(entities::RoleRef{{}, "member", {}});
        request.membership = membership;
        entities::UserProfileChanges profile;
        profile.givenName = "Test";
        profile.familyName = "User";
        request.userProfile = profile;
        auto created = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().createInOrganization(organizationId, request, invite, owner, std::move(done));
        });
        if (!created)
            qWarning("create user failed: %s", test::describe(created.error()).constData());
        return created ? created.value() : entities::User{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
        auto organizations = collectAll<entities::Organization>([this](const std::string &token, QObject *owner, auto done) {
            return OrganizationsService(m_fixture.client()).list(PageQuery{100, token}, {}, owner, std::move(done));
        });
        SK_VERIFY_OK(organizations);
        m_organizations = organizations.value();
        QVERIFY(m_organizations.size() >= 2);
    }

    void listWalksEveryPageOnce()
    {
        std::int32_t total = 0;
        auto all = collectAll<entities::User>(
            [this](const std::string &token, QObject *owner, auto done) {
                return users().list(PageQuery{100, token}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(all);
        QVERIFY(!all.value().empty());
        QCOMPARE(qint64(all.value().size()), qint64(total));
        std::set<std::string> ids;
        for (const auto &user : all.value())
            QVERIFY2(ids.insert(user.id).second, user.id.c_str());
    }

    void searchFindsByEmail()
    {
        auto first = await<UsersService::UserPage>([this](QObject *owner, Callback<UsersService::UserPage> done) {
            return users().list(PageQuery{1, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(first);
        QCOMPARE(first.value().items.size(), std::size_t(1));
        const std::string email = first.value().items.front().email;
        auto found = await<UsersService::UserPage>([&](QObject *owner, Callback<UsersService::UserPage> done) {
            return users().search(email, PageQuery{30, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(found);
        bool seen = false;
        for (const auto &user : found.value().items)
            seen = seen || user.email == email;
        QVERIFY(seen);
    }

    void searchPageSizeAboveLimitIsRejected()
    {
        auto result = await<UsersService::UserPage>([this](QObject *owner, Callback<UsersService::UserPage> done) {
            return users().search("example", PageQuery{31, {}}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(result, Kind::Validation);
    }

    void getUnknownUserIsNotFound()
    {
        auto result = await<entities::User>([this](QObject *owner, Callback<entities::User> done) {
            return users().get(UserKey::byId("usr_000000000000000000"), owner, std::move(done));
        });
        SK_VERIFY_FAILS(result, Kind::NotFound);
    }

    void createUpdateAndDeleteByExternalId()
    {
        const std::string organizationId = m_organizations.front().id;
        const entities::User user = createUser(organizationId, "lifecycle.one@example.test", false);
        QVERIFY(!user.id.empty());
        QCOMPARE(user.email, std::string("lifecycle.one@example.test"));
        QVERIFY(user.membership(organizationId) != nullptr);

        auto byExternal = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().get(UserKey::byExternalId(*user.externalId), owner, std::move(done));
        });
        SK_VERIFY_OK(byExternal);
        QCOMPARE(byExternal.value().id, user.id);

        entities::UpdateUser changes;
        entities::UserProfileChanges profile;
        profile.givenName = "Renamed";
        changes.userProfile = profile;
        changes.metadata = json::StringMap{{"team", "console"}};
        auto updated = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().update(user.id, changes, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        auto reread = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().get(user.id, owner, std::move(done));
        });
        SK_VERIFY_OK(reread);
        QCOMPARE(reread.value().userProfile.givenName, std::string("Renamed"));
        QCOMPARE(reread.value().metadata.at("team"), std::string("console"));

        auto removed = await<api::Empty>([&](QObject *owner, Callback<api::Empty> done) {
            return users().remove(UserKey::byExternalId(*user.externalId), owner, std::move(done));
        });
        SK_VERIFY_OK(removed);
        auto gone = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().get(user.id, owner, std::move(done));
        });
        SK_VERIFY_FAILS(gone, Kind::NotFound);
    }

    void updateChecksProfileLimitsLikeCreate()
    {
        const entities::User user = createUser(m_organizations.front().id, "limits.one@example.test", false);
        QVERIFY(!user.id.empty());
        entities::UpdateUser changes;
        entities::UserProfileChanges profile;
        profile.customAttributes = json::StringMap{{"ab", "key too short"}, {"department", std::string(300, 'x')}};
        profile.preferredUsername = std::string(513, 'u');
        changes.userProfile = profile;
        auto refused = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().update(user.id, changes, owner, std::move(done));
        });
        SK_VERIFY_FAILS(refused, Kind::Validation);
        QStringList fields;
        for (const api::FieldViolation &violation : refused.error().fieldViolations)
            fields << violation.field;
        QVERIFY2(fields.contains(QStringLiteral("user_profile.custom_attributes[ab]")), qPrintable(fields.join(u',')));
        QVERIFY(fields.contains(QStringLiteral("user_profile.custom_attributes[department]")));
        QVERIFY(fields.contains(QStringLiteral("user_profile.preferred_username")));

        profile.customAttributes = json::StringMap{{"department", "engineering"}};
        profile.preferredUsername = "limits.one";
        changes.userProfile = profile;
        auto accepted = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().update(user.id, changes, owner, std::move(done));
        });
        SK_VERIFY_OK(accepted);
        QCOMPARE(accepted.value().userProfile.customAttributes.at("department"), std::string("engineering"));
    }

    void organizationUsersAndSearch()
    {
        const std::string organizationId = m_organizations.front().id;
        const entities::User user = createUser(organizationId, "org.member.two@example.test", false);
        QVERIFY(!user.id.empty());
        std::int32_t total = 0;
        auto members = collectAll<entities::User>(
            [&](const std::string &token, QObject *owner, auto done) {
                return users().listOrganizationUsers(organizationId, PageQuery{100, token}, owner, std::move(done));
            },
            &total);
        SK_VERIFY_OK(members);
        QCOMPARE(qint64(members.value().size()), qint64(total));
        bool seen = false;
        for (const auto &member : members.value()) {
            QVERIFY2(member.membership(organizationId) != nullptr, member.id.c_str());
            seen = seen || member.id == user.id;
        }
        QVERIFY(seen);

        auto found = await<UsersService::UserPage>([&](QObject *owner, Callback<UsersService::UserPage> done) {
            return users().searchOrganizationUsers(organizationId, "org.member.two", PageQuery{30, {}}, owner,
                                                   std::move(done));
        });
        SK_VERIFY_OK(found);
        QCOMPARE(found.value().items.size(), std::size_t(1));
        QCOMPARE(found.value().items.front().id, user.id);

        auto tooBig = await<UsersService::UserPage>([&](QObject *owner, Callback<UsersService::UserPage> done) {
            return users().searchOrganizationUsers(organizationId, "org.member", PageQuery{31, {}}, owner,
                                                   std::move(done));
        });
        SK_VERIFY_FAILS(tooBig, Kind::Validation);

        auto unknownOrg = await<UsersService::UserPage>([&](QObject *owner, Callback<UsersService::UserPage> done) {
            return users().listOrganizationUsers("org_000000000000000000", PageQuery{10, {}}, owner, std::move(done));
        });
        SK_VERIFY_FAILS(unknownOrg, Kind::NotFound);
    }

    void membershipsCascade()
    {
        const std::string first = m_organizations.at(0).id;
        const std::string second = m_organizations.at(1).id;
        const entities::User user = createUser(first, "memberships.three@example.test", false);
        QVERIFY(!user.id.empty());

        entities::CreateMembership membership;
        membership.roles.push_back(entities::RoleRef{{}, "member", {}});
        auto joined = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().createMembership(second, user.id, membership, false, owner, std::move(done));
        });
        SK_VERIFY_OK(joined);
        QVERIFY(joined.value().membership(first) != nullptr);
        QVERIFY(joined.value().membership(second) != nullptr);

        auto duplicate = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().createMembership(second, user.id, membership, false, owner, std::move(done));
        });
        SK_VERIFY_FAILS(duplicate, Kind::Conflict);

        entities::UpdateMembership update;
        update.metadata = json::StringMap{{"seat", "42"}};
        auto updated = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().updateMembership(second, user.id, update, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        QVERIFY(updated.value().membership(second) != nullptr);
        QCOMPARE(updated.value().membership(second)->metadata.at("seat"), std::string("42"));

        auto left = await<api::Empty>([&](QObject *owner, Callback<api::Empty> done) {
            return users().removeMembership(second, user.id, false, owner, std::move(done));
        });
        SK_VERIFY_OK(left);
        auto stillThere = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().get(user.id, owner, std::move(done));
        });
        SK_VERIFY_OK(stillThere);
        QVERIFY(stillThere.value().membership(second) == nullptr);

        auto cascaded = await<api::Empty>([&](QObject *owner, Callback<api::Empty> done) {
            return users().removeMembership(first, user.id, true, owner, std::move(done));
        });
        SK_VERIFY_OK(cascaded);
        auto gone = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().get(user.id, owner, std::move(done));
        });
        SK_VERIFY_FAILS(gone, Kind::NotFound);
    }

    // The external-id bindings of the membership and user routes (their bodies are also checked
    // against the official spec by contract.request_bodies).
    void membershipAndUpdateByExternalId()
    {
        const std::string first = m_organizations.at(0).id;
        const std::string second = m_organizations.at(1).id;
        const entities::User user = createUser(first, "external.five@example.test", false);
        QVERIFY(user.externalId.has_value());
        const UserKey key = UserKey::byExternalId(*user.externalId);

        entities::CreateMembership membership;
        membership.roles.push_back(entities::RoleRef{{}, "member", {}});
        auto joined = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().createMembership(second, key, membership, false, owner, std::move(done));
        });
        SK_VERIFY_OK(joined);
        QCOMPARE(joined.value().id, user.id);
        QVERIFY(joined.value().membership(second) != nullptr);

        entities::UpdateMembership update;
        update.metadata = json::StringMap{{"seat", "7"}};
        auto updated = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().updateMembership(second, key, update, owner, std::move(done));
        });
        SK_VERIFY_OK(updated);
        QVERIFY(updated.value().membership(second) != nullptr);
        QCOMPARE(updated.value().membership(second)->metadata.at("seat"), std::string("7"));

        entities::UpdateUser changes;
        entities::UserProfileChanges profile;
        profile.familyName = "External";
        changes.userProfile = profile;
        auto renamed = await<entities::User>([&](QObject *owner, Callback<entities::User> done) {
            return users().update(key, changes, owner, std::move(done));
        });
        SK_VERIFY_OK(renamed);
        QCOMPARE(renamed.value().userProfile.familyName, std::string("External"));
    }

    void inviteIsResent()
    {
        const std::string organizationId = m_organizations.front().id;
        const entities::User user = createUser(organizationId, "invited.four@example.test", true);
        QVERIFY(!user.id.empty());
        const auto *membership = user.membership(organizationId);
        QVERIFY(membership != nullptr);
        QCOMPARE(membership->membershipStatus.value, entities::MembershipStatus::PendingInvite);
        auto invite = await<entities::Invite>([&](QObject *owner, Callback<entities::Invite> done) {
            return users().resendInvite(organizationId, user.id, owner, std::move(done));
        });
        SK_VERIFY_OK(invite);
        QCOMPARE(invite.value().userId, user.id);
        QCOMPARE(invite.value().organizationId, organizationId);
        QVERIFY(invite.value().resentCount >= 1);
    }

    void rolesAndPermissionsOfAMember()
    {
        const std::string organizationId = m_organizations.front().id;
        const entities::User user = createUser(organizationId, "roles.five@example.test", false);
        QVERIFY(!user.id.empty());
        auto roles = await<std::vector<entities::RoleRef>>([&](QObject *owner, auto done) {
            return users().roles(organizationId, user.id, owner, std::move(done));
        });
        SK_VERIFY_OK(roles);
        QVERIFY(!roles.value().empty());
        QCOMPARE(roles.value().front().name, std::string("member"));
        auto permissions = await<std::vector<entities::UserPermission>>([&](QObject *owner, auto done) {
            return users().permissions(organizationId, user.id, owner, std::move(done));
        });
        SK_VERIFY_OK(permissions);

        auto assigned = await<std::vector<entities::RoleRef>>([&](QObject *owner, auto done) {
            return users().assignRoles(organizationId, user.id, {"admin"}, owner, std::move(done));
        });
        SK_VERIFY_OK(assigned);
        QCOMPARE(assigned.value().size(), std::size_t(2));
        auto unassigned = await<api::Empty>([&](QObject *owner, auto done) {
            return users().removeRole(organizationId, user.id, "admin", owner, std::move(done));
        });
        SK_VERIFY_OK(unassigned);
        auto after = await<std::vector<entities::RoleRef>>([&](QObject *owner, auto done) {
            return users().roles(organizationId, user.id, owner, std::move(done));
        });
        SK_VERIFY_OK(after);
        QCOMPARE(after.value().size(), std::size_t(1));
        QCOMPARE(after.value().front().name, std::string("member"));
    }

    void sessionsListGetAndRevoke()
    {
        // Find a seeded user with sessions.
        auto all = collectAll<entities::User>([this](const std::string &token, QObject *owner, auto done) {
            return users().list(PageQuery{100, token}, owner, std::move(done));
        });
        SK_VERIFY_OK(all);
        std::string userId;
        SessionsService::SessionPage page;
        for (const auto &user : all.value()) {
            auto result = await<SessionsService::SessionPage>([&](QObject *owner, auto done) {
                return sessions().listForUser(user.id, {}, PageQuery{100, {}}, owner, std::move(done));
            });
            SK_VERIFY_OK(result);
            if (!result.value().items.empty()) {
                userId = user.id;
                page = result.value();
                break;
            }
        }
        if (userId.empty())
            QSKIP("the seed has no user with sessions");
        QCOMPARE(qint64(page.items.size()), qint64(page.totalSize));

        auto active = await<SessionsService::SessionPage>([&](QObject *owner, auto done) {
            SessionFilter filter;
            filter.statuses = {QStringLiteral("active")};
            return sessions().listForUser(userId, filter, PageQuery{100, {}}, owner, std::move(done));
        });
        SK_VERIFY_OK(active);
        for (const auto &session : active.value().items)
            QCOMPARE(session.status, std::string("active"));

        const std::string sessionId = page.items.front().sessionId;
        auto one = await<entities::SessionDetails>([&](QObject *owner, auto done) {
            return sessions().get(sessionId, owner, std::move(done));
        });
        SK_VERIFY_OK(one);
        QCOMPARE(one.value().userId, userId);

        if (!active.value().items.empty()) {
            const std::string activeId = active.value().items.front().sessionId;
            auto revoked = await<entities::RevokedSession>([&](QObject *owner, auto done) {
                return sessions().revoke(activeId, owner, std::move(done));
            });
            SK_VERIFY_OK(revoked);
            QCOMPARE(revoked.value().sessionId, activeId);
            QCOMPARE(revoked.value().status, std::string("revoked"));
        }

        auto all2 = await<RevokedSessions>([&](QObject *owner, auto done) {
            return sessions().revokeAll(userId, owner, std::move(done));
        });
        SK_VERIFY_OK(all2);
        QCOMPARE(qint64(all2.value().sessions.size()), qint64(all2.value().totalRevoked));

        auto missing = await<entities::SessionDetails>([&](QObject *owner, auto done) {
            return sessions().get("ses_000000000000000000", owner, std::move(done));
        });
        SK_VERIFY_FAILS(missing, Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestServicesUsers)
#include "tst_services_users.moc"
