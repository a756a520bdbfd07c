// Organizations, domains, users, memberships, invites, roles, permissions and organization API
// clients of the sandbox, over real HTTP.

#include "tst_sandbox_support.h"

#include <QtTest>

#include <set>

using namespace Qt::StringLiterals;
using nlohmann::json;
using sk::test::HttpResult;
using sk::test::qs;
using sk::test::SandboxHarness;

class TestSandboxOrgs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void createShowsUpAndUpdateIsVisible()
    {
        const HttpResult created = m_sandbox.post(u"/api/v1/organizations"_s,
                                                  {{"display_name", "Megacorp Test"}, {"external_id", "ext-mega"},
                                                   {"metadata", {{"plan", "gold"}}}});
        QCOMPARE(created.status, 201);
        const std::string id = created.json["organization"]["id"];
        QVERIFY(id.rfind("org_", 0) == 0);
        QVERIFY(!created.json["organization"].value("create_time", "").empty());

        const auto all = m_sandbox.collectAll(u"/api/v1/organizations"_s, "organizations", 100);
        QVERIFY(std::any_of(all.begin(), all.end(), [&](const json &o) { return o["id"] == id; }));
        const HttpResult byExternal = m_sandbox.get(u"/api/v1/organizations:external/ext-mega"_s);
        QCOMPARE(byExternal.json["organization"]["id"], id);
        const HttpResult filtered = m_sandbox.get(u"/api/v1/organizations?external_id=ext-mega"_s);
        QCOMPARE(filtered.json["total_size"], 1);

        const HttpResult updated = m_sandbox.patch(u"/api/v1/organizations/"_s + qs(id), {{"display_name", "Megacorp Renamed"}});
        QCOMPARE(updated.status, 200);
        const HttpResult fetched = m_sandbox.get(u"/api/v1/organizations/"_s + qs(id));
        QCOMPARE(fetched.json["organization"]["display_name"], "Megacorp Renamed");
        QCOMPARE(fetched.json["organization"]["external_id"], "ext-mega");
        const HttpResult search = m_sandbox.get(u"/api/v1/organizations:search?query=renamed"_s);
        QCOMPARE(search.json["total_size"], 1);

        const HttpResult settings = m_sandbox.patch(u"/api/v1/organizations/"_s + qs(id) + u"/settings"_s,
                                                    {{"features", {{{"name", "sso"}, {"enabled", true}}}}});
        QCOMPARE(settings.status, 200);
        bool ssoOn = false;
        for (const auto &f : settings.json["organization"]["settings"]["features"])
            ssoOn |= f["name"] == "sso" && f["enabled"] == true;
        QVERIFY(ssoOn);
    }

    void validationConflictAndNotFound()
    {
        const HttpResult empty = m_sandbox.post(u"/api/v1/organizations"_s, {{"display_name", ""}});
        QCOMPARE(empty.status, 400);
        QCOMPARE(empty.json["details"][0]["validation_error_info"]["field_violations"][0]["field"], "display_name");
        QCOMPARE(m_sandbox.post(u"/api/v1/organizations"_s, {{"display_name", "x"}, {"slug", "Bad Slug"}}).status, 400);
        QCOMPARE(m_sandbox.post(u"/api/v1/organizations"_s, {{"display_name", 42}}).status, 400);
        QCOMPARE(m_sandbox.send("POST", u"/api/v1/organizations"_s, "{not json").status, 400);
        m_sandbox.post(u"/api/v1/organizations"_s, {{"display_name", "Dup"}, {"external_id", "dup-1"}});
        const HttpResult dup = m_sandbox.post(u"/api/v1/organizations"_s, {{"display_name", "Dup 2"}, {"external_id", "dup-1"}});
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.json["code"], 6);
        const HttpResult missing = m_sandbox.get(u"/api/v1/organizations/org_000000000000000001"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), "RESOURCE_NOT_FOUND");
        QCOMPARE(m_sandbox.del(u"/api/v1/organizations/org_000000000000000001"_s).status, 404);
    }

    void portalLinkIsSingleUseAndExpiresInAMinute()
    {
        const std::string org = firstOrg();
        const HttpResult link = m_sandbox.put(u"/api/v1/organizations/"_s + qs(org) + u"/portal_links?features=sso&features=dir_sync"_s);
        QCOMPARE(link.status, 200);
        const auto expire = QDateTime::fromString(qs(link.json["link"]["expire_time"]), Qt::ISODateWithMs);
        const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(expire);
        QVERIFY2(ahead > 30 && ahead <= 61, qPrintable(QString::number(ahead)));
        const QUrl location(qs(link.json["link"]["location"]));
        QCOMPARE(location.host(), u"127.0.0.1"_s);
        QCOMPARE(m_sandbox.send("GET", location.path(), {}, "text/html", false).status, 200);
        QCOMPARE(m_sandbox.send("GET", location.path(), {}, "text/html", false).status, 410);
        QCOMPARE(m_sandbox.put(u"/api/v1/organizations/"_s + qs(org) + u"/portal_links?features=bogus"_s).status, 400);
    }

    void sessionPolicyAndUserManagement()
    {
        const QString org = qs(firstOrg());
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/session-policy"_s).status, 200);
        const HttpResult patched = m_sandbox.patch(u"/api/v1/organizations/"_s + org + u"/session-policy"_s,
                                                   {{"policy_source", "CUSTOM"}, {"absolute_session_timeout", 8},
                                                    {"absolute_session_timeout_unit", "HOURS"}});
        QCOMPARE(patched.status, 200);
        const HttpResult policy = m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/session-policy"_s);
        QCOMPARE(policy.json["policy"]["policy_source"], "CUSTOM");
        QCOMPARE(policy.json["policy"]["absolute_session_timeout"], 8);
        QCOMPARE(m_sandbox.patch(u"/api/v1/organizations/"_s + org + u"/session-policy"_s, {{"policy_source", "NOPE"}}).status, 400);

        QCOMPARE(m_sandbox.patch(u"/api/v1/organizations/"_s + org + u"/settings/usermanagement"_s,
                                 {{"settings", {{"max_allowed_users", 500}}}}).status, 200);
        const HttpResult um = m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/settings/usermanagement"_s);
        QCOMPARE(um.json["settings"]["max_allowed_users"], 500);
    }

    void domainsUsePageNumbers()
    {
        const QString org = qs(firstOrg());
        const HttpResult created = m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/domains"_s,
                                                  {{"domain", "newdomain-test.com"}, {"domain_type", "ALLOWED_EMAIL_DOMAIN"}});
        QCOMPARE(created.status, 200);
        const std::string id = created.json["domain"]["id"];
        QCOMPARE(created.json["domain"]["verification_status"], "PENDING");
        QCOMPARE(m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/domains"_s, {{"domain", "newdomain-test.com"}}).status, 409);
        QCOMPARE(m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/domains"_s, {{"domain", "x"}}).status, 400);
        const HttpResult page0 = m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/domains?page_size=1&page_number=0"_s);
        QCOMPARE(page0.json["domains"].size(), 1u);
        QCOMPARE(page0.json["page_number"], 0);
        const HttpResult all = m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/domains"_s);
        QVERIFY(std::any_of(all.json["domains"].begin(), all.json["domains"].end(), [&](const json &d) { return d["id"] == id; }));
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/domains/"_s + qs(id)).status, 200);
        QCOMPARE(m_sandbox.del(u"/api/v1/organizations/"_s + org + u"/domains/"_s + qs(id)).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/domains/"_s + qs(id)).status, 404);
    }

    void usersMembershipsAndInvites()
    {
        const QString org = qs(firstOrg());
        const HttpResult created = m_sandbox.send("POST", u"/api/v1/organizations/"_s + org + u"/users?send_invitation_email=true"_s,
            QByteArray::fromStdString(json{{"email", "new.person@example.com"},
                                           {"user_profile", {{"given_name", "New"}, {"family_name", "Person"}}},
                                           {"membership", {{"roles", {{{"name", "viewer"}}}}}}}.dump()));
        QCOMPARE(created.status, 201);
        const std::string userId = created.json["user"]["id"];
        QCOMPARE(created.json["user"]["memberships"][0]["membership_status"], "PENDING_INVITE");
        QCOMPARE(created.json["user"]["memberships"][0]["roles"][0]["name"], "viewer");
        QCOMPARE(m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/users"_s, {{"email", "new.person@example.com"}}).status, 409);
        QCOMPARE(m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/users"_s, {{"email", "not-an-email"}}).status, 400);
        QCOMPARE(m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/users"_s,
                                {{"email", "a@b.co"}, {"membership", {{"roles", {{{"name", "no_such_role"}}}}}}}).status, 400);

        const HttpResult resent = m_sandbox.patch(u"/api/v1/invites/organizations/"_s + org + u"/users/"_s + qs(userId) + u"/resend"_s);
        QCOMPARE(resent.status, 200);
        QCOMPARE(resent.json["invite"]["resent_count"], 1);

        const HttpResult search = m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/users:search?query=new.person"_s);
        QCOMPARE(search.json["total_size"], 1);
        QCOMPARE(m_sandbox.get(u"/api/v1/users:search?query=new.person"_s).json["total_size"], 1);

        const HttpResult updated = m_sandbox.patch(u"/api/v1/users/"_s + qs(userId),
                                                   {{"user_profile", {{"given_name", "Renamed"}}}, {"external_id", "emp-new"}});
        QCOMPARE(updated.status, 200);
        const HttpResult byExternal = m_sandbox.get(u"/api/v1/users:external/emp-new"_s);
        QCOMPARE(byExternal.json["user"]["user_profile"]["given_name"], "Renamed");
        QCOMPARE(byExternal.json["user"]["user_profile"]["family_name"], "Person");

        const HttpResult roles = m_sandbox.patch(u"/api/v1/memberships/organizations/"_s + org + u"/users/"_s + qs(userId),
                                                 {{"roles", {{{"name", "admin"}}}}});
        QCOMPARE(roles.status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/users/"_s + qs(userId) + u"/roles"_s).json["roles"][0]["name"], "admin");
        const HttpResult permissions = m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/users/"_s + qs(userId) + u"/permissions"_s);
        std::set<std::string> names;
        for (const auto &p : permissions.json["permissions"])
            names.insert(p["name"]);
        QVERIFY(names.count("users:invite")); // admin's own
        QVERIFY(names.count("agents:run"));   // inherited from member

        // A second organization, then removing the last membership removes the user.
        const std::string other = secondOrg();
        QCOMPARE(m_sandbox.send("POST", u"/api/v1/memberships/organizations/"_s + qs(other) + u"/users/"_s + qs(userId) + u"?send_invitation_email=false"_s,
                                "{}").status, 201);
        QCOMPARE(m_sandbox.send("POST", u"/api/v1/memberships/organizations/"_s + qs(other) + u"/users/"_s + qs(userId), "{}").status, 409);
        QCOMPARE(m_sandbox.del(u"/api/v1/memberships/organizations/"_s + org + u"/users/"_s + qs(userId)).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/users/"_s + qs(userId)).status, 200);
        QCOMPARE(m_sandbox.del(u"/api/v1/memberships/organizations/"_s + qs(other) + u"/users/"_s + qs(userId)).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/users/"_s + qs(userId)).status, 404);
    }

    void organizationUsersPaginateWithExactTotals()
    {
        const std::string org = firstOrg();
        std::size_t expected = 0;
        for (const auto &u : m_sandbox.store().users)
            expected += u.membership(org) ? 1 : 0;
        int total = 0;
        const auto all = m_sandbox.collectAll(u"/api/v1/organizations/"_s + qs(org) + u"/users"_s, "users", 5, &total);
        QCOMPARE(all.size(), expected);
        QCOMPARE(std::size_t(total), expected);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/"_s + qs(org) + u"/users?page_size=101"_s).status, 400);
        int usersTotal = 0;
        QCOMPARE(m_sandbox.collectAll(u"/api/v1/users"_s, "users", 100, &usersTotal).size(), m_sandbox.store().users.size());
    }

    void deleteOrganizationCascades()
    {
        const HttpResult created = m_sandbox.post(u"/api/v1/organizations"_s, {{"display_name", "Doomed Inc"}});
        const QString org = qs(created.json["organization"]["id"]);
        const HttpResult only = m_sandbox.send("POST", u"/api/v1/organizations/"_s + org + u"/users?send_invitation_email=false"_s,
                                               R"({"email": "only.here@doomed.io"})");
        const QString onlyId = qs(only.json["user"]["id"]);
        const HttpResult shared = m_sandbox.send("POST", u"/api/v1/organizations/"_s + org + u"/users?send_invitation_email=false"_s,
            QByteArray::fromStdString(m_sandbox.store().users.rows().front().email.empty() ? "{}" :
                                      json{{"email", m_sandbox.store().users.rows().front().email}}.dump()));
        QCOMPARE(shared.status, 201);
        const QString sharedId = qs(shared.json["user"]["id"]);
        QCOMPARE(m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/domains"_s, {{"domain", "doomed.io"}}).status, 200);
        const HttpResult client = m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/clients"_s, {{"name", "Doomed bot"}});
        QCOMPARE(client.status, 201);

        QCOMPARE(m_sandbox.del(u"/api/v1/organizations/"_s + org).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/"_s + org).status, 404);
        QCOMPARE(m_sandbox.get(u"/api/v1/users/"_s + onlyId).status, 404);       // left in no organization
        const HttpResult survivor = m_sandbox.get(u"/api/v1/users/"_s + sharedId); // still elsewhere
        QCOMPARE(survivor.status, 200);
        for (const auto &m : survivor.json["user"]["memberships"])
            QVERIFY(m["organization_id"] != org.toStdString());
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/domains"_s).status, 404);
        QVERIFY(std::none_of(m_sandbox.store().domains.begin(), m_sandbox.store().domains.end(),
                             [&](const auto &d) { return d.domain == "doomed.io"; }));
        QCOMPARE(m_sandbox.store().clients.find(client.json["client"]["client_id"].get<std::string>()), nullptr);
    }

    void rolesAndPermissions()
    {
        QCOMPARE(m_sandbox.post(u"/api/v1/permissions"_s, {{"name", "reports:export"}, {"description", "Export"}}).status, 201);
        QCOMPARE(m_sandbox.post(u"/api/v1/permissions"_s, {{"name", "reports:export"}}).status, 409);
        QCOMPARE(m_sandbox.post(u"/api/v1/permissions"_s, {{"name", "bad name!"}}).status, 400);
        int total = 0;
        const auto perms = m_sandbox.collectAll(u"/api/v1/permissions"_s, "permissions", 5, &total);
        QCOMPARE(std::size_t(total), perms.size());
        QCOMPARE(m_sandbox.get(u"/api/v1/permissions?page_size=101"_s).status, 400);

        const HttpResult role = m_sandbox.post(u"/api/v1/roles"_s, {{"name", "analyst"}, {"display_name", "Analyst"},
                                                                   {"extends", "viewer"}, {"permissions", {"reports:export"}}});
        QCOMPARE(role.status, 201);
        QCOMPARE(m_sandbox.post(u"/api/v1/roles"_s, {{"name", "analyst"}, {"display_name", "Again"}}).status, 409);
        QCOMPARE(m_sandbox.post(u"/api/v1/roles"_s, {{"name", "bad-name"}, {"display_name", "X"}}).status, 400);
        const HttpResult all = m_sandbox.get(u"/api/v1/roles/analyst/permissions:all"_s);
        QCOMPARE(all.json["permissions"].size(), 3u); // reports:export + viewer's two
        QCOMPARE(m_sandbox.get(u"/api/v1/roles/viewer/dependents"_s).json["roles"][0]["name"], "analyst");
        QCOMPARE(m_sandbox.send("PUT", u"/api/v1/roles/analyst"_s, R"({"display_name": "Data Analyst"})").status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/roles/analyst"_s).json["role"]["display_name"], "Data Analyst");
        const HttpResult count = m_sandbox.get(u"/api/v1/roles/admin/users:count"_s);
        QVERIFY(count.json["count"].is_string());
        QCOMPARE(m_sandbox.del(u"/api/v1/roles/viewer"_s).status, 400); // extended by analyst
        QCOMPARE(m_sandbox.del(u"/api/v1/roles/analyst"_s).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/roles/analyst"_s).status, 404);
        QCOMPARE(m_sandbox.patch(u"/api/v1/roles:set_defaults"_s, {{"default_member_role", "viewer"}}).json["default_member"]["name"], "viewer");
        m_sandbox.patch(u"/api/v1/roles:set_defaults"_s, {{"default_member_role", "member"}});

        const QString org = qs(firstOrg());
        QCOMPARE(m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/roles"_s, {{"name", "org_custom"}, {"display_name", "Custom"}}).status, 201);
        const HttpResult orgRoles = m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/roles"_s);
        QVERIFY(std::any_of(orgRoles.json["roles"].begin(), orgRoles.json["roles"].end(), [](const json &r) { return r["name"] == "org_custom"; }));
        QCOMPARE(m_sandbox.del(u"/api/v1/organizations/"_s + org + u"/roles/org_custom"_s).status, 200);
    }

    void organizationClientsRevealSecretsOnce()
    {
        const QString org = qs(firstOrg());
        const HttpResult created = m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/clients"_s,
                                                  {{"name", "Exporter"}, {"scopes", {"read:users"}}, {"expiry", "7200"}});
        QCOMPARE(created.status, 201);
        QVERIFY(!created.json.value("plain_secret", "").empty());
        QCOMPARE(created.json["client"]["expiry"], "7200");
        const QString id = qs(created.json["client"]["client_id"]);
        const HttpResult fetched = m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/clients/"_s + id);
        QVERIFY(fetched.body.indexOf(QByteArray::fromStdString(created.json["plain_secret"])) < 0);
        const HttpResult secret = m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/clients/"_s + id + u"/secrets"_s);
        QCOMPARE(secret.status, 201);
        QVERIFY(!secret.json.value("plain_secret", "").empty());
        QCOMPARE(m_sandbox.del(u"/api/v1/organizations/"_s + org + u"/clients/"_s + id + u"/secrets/"_s + qs(secret.json["secret"]["id"])).status, 200);
        QCOMPARE(m_sandbox.patch(u"/api/v1/organizations/"_s + org + u"/clients/"_s + id, {{"name", "Renamed"}}).json["client"]["name"], "Renamed");
        int total = 0;
        m_sandbox.collectAll(u"/api/v1/organizations/"_s + org + u"/clients"_s, "clients", 10, &total);
        QVERIFY(total >= 1);
        QCOMPARE(m_sandbox.del(u"/api/v1/organizations/"_s + org + u"/clients/"_s + id).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/"_s + org + u"/clients/"_s + id).status, 404);
    }

private:
    std::string firstOrg() { return m_sandbox.store().organizations.rows().at(0).id; }
    std::string secondOrg() { return m_sandbox.store().organizations.rows().at(1).id; }

    SandboxHarness m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxOrgs)
#include "tst_sandbox_orgs.moc"
