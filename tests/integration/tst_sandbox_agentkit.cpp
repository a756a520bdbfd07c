// SSO and AgentKit connections, directories, sessions, connected accounts, tools, MCP configs and
// instances, auth logs: the sandbox over real HTTP.

#include "tst_sandbox_support.h"

#include <QtTest>

#include <set>

using namespace Qt::StringLiterals;
using nlohmann::json;
using sk::test::HttpResult;
using sk::test::qs;
using sk::test::SandboxHarness;

class TestSandboxAgentKit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void ssoConnectionsLifecycle()
    {
        const QString org = qs(m_sandbox.store().organizations.rows().at(3).id);
        QCOMPARE(m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/connections"_s, {{"type", "OAUTH"}, {"provider", "GOOGLE"}}).status, 400);
        const HttpResult created = m_sandbox.post(u"/api/v1/organizations/"_s + org + u"/connections"_s, {{"type", "SAML"}, {"provider", "OKTA"}});
        QCOMPARE(created.status, 200);
        const QString id = qs(created.json["connection"]["id"]);
        QCOMPARE(created.json["connection"]["status"], "DRAFT");
        const QString path = u"/api/v1/organizations/"_s + org + u"/connections/"_s + id;
        const HttpResult early = m_sandbox.patch(path + u":enable"_s);
        QCOMPARE(early.json["enabled"], false);
        QVERIFY(early.json.contains("error_message"));
        const HttpResult configured = m_sandbox.patch(path, {{"saml_config", {{"idp_entity_id", "http://idp.example.com/x"},
                                                                              {"idp_sso_url", "https://idp.example.com/sso"},
                                                                              {"idp_certificate", "MIIC..."}}}});
        QCOMPARE(configured.status, 200);
        QCOMPARE(configured.json["connection"]["status"], "COMPLETED");
        QCOMPARE(m_sandbox.patch(path + u":enable"_s).json["enabled"], true);
        const HttpResult orgView = m_sandbox.get(u"/api/v1/organizations/"_s + org);
        bool sso = false;
        for (const auto &f : orgView.json["organization"]["settings"]["features"])
            sso |= f["name"] == "sso" && f["enabled"] == true;
        QVERIFY(sso);
        const HttpResult list = m_sandbox.get(u"/api/v1/connections?organization_id="_s + org);
        QVERIFY(std::any_of(list.json["connections"].begin(), list.json["connections"].end(), [&](const json &c) { return c["id"] == id.toStdString(); }));
        int total = 0;
        const auto all = m_sandbox.collectAll(u"/api/v1/organizations/-/connections"_s, "connections", 30, &total);
        QCOMPARE(all.size(), std::size_t(total));
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/-/connections?page_size=31"_s).status, 400);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/-/connections:search?provider=OKTA&enabled=true"_s).status, 200);
        QCOMPARE(m_sandbox.del(path).status, 200);
        QCOMPARE(m_sandbox.get(path).status, 404);
    }

    void appConnections()
    {
        const HttpResult created = m_sandbox.send("POST", u"/api/v1/connections?flags.is_app=true"_s,
                                                  R"({"type": "OAUTH", "provider_key": "gmail", "key_id": "gmail-test"})");
        QCOMPARE(created.status, 200);
        const QString id = qs(created.json["connection"]["id"]);
        QCOMPARE(m_sandbox.post(u"/api/v1/connections"_s, {{"type", "OAUTH"}, {"provider_key", "gmail"}, {"key_id", "gmail-test"}}).status, 409);
        QCOMPARE(m_sandbox.post(u"/api/v1/connections"_s, {{"type", "OAUTH"}, {"provider_key", "gmail"}}).status, 400);
        int total = 0;
        const auto all = m_sandbox.collectAll(u"/api/v1/connections/app"_s, "connections", 5, &total);
        QCOMPARE(all.size(), std::size_t(total));
        QVERIFY(std::any_of(all.begin(), all.end(), [](const json &c) { return c["key_id"] == "gmail-test"; }));
        const std::set<std::string> types = [&] { std::set<std::string> t; for (const auto &c : all) t.insert(c["type"]); return t; }();
        QVERIFY(types.count("OAUTH") && types.count("API_KEY") && types.count("BEARER") && types.count("BASIC"));
        QCOMPARE(m_sandbox.patch(u"/api/v1/connections/"_s + id, {{"oauth_config", {{"scopes", {"email"}}}}}).status, 200);
        QCOMPARE(m_sandbox.patch(u"/api/v1/connections/"_s + id + u":disable"_s).json["enabled"], false);
        QCOMPARE(m_sandbox.get(u"/api/v1/connections/"_s + id).json["connection"]["enabled"], false);
        QCOMPARE(m_sandbox.del(u"/api/v1/connections/"_s + id).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/connections/"_s + id).status, 404);
        QCOMPARE(m_sandbox.get(u"/api/v1/providers"_s).json["total_size"], 13);
    }

    void directories()
    {
        const auto &dir = m_sandbox.store().directories.rows().front();
        const QString base = u"/api/v1/organizations/"_s + qs(dir.organizationId) + u"/directories/"_s + qs(dir.id);
        QCOMPARE(m_sandbox.get(base).json["directory"]["id"], dir.id);
        int total = 0;
        const auto users = m_sandbox.collectAll(base + u"/users"_s, "users", 7, &total);
        QCOMPARE(users.size(), std::size_t(dir.totalUsers));
        QCOMPARE(total, dir.totalUsers);
        const auto groups = m_sandbox.collectAll(base + u"/groups"_s, "groups", 2);
        QCOMPARE(groups.size(), std::size_t(dir.totalGroups));
        const std::string group = groups.front()["id"];
        const HttpResult inGroup = m_sandbox.get(base + u"/users?directory_group_id="_s + qs(group));
        QCOMPARE(inGroup.json["total_size"], groups.front()["total_users"]);
        QCOMPARE(m_sandbox.get(base + u"/users?page_size=31"_s).status, 400);
        QCOMPARE(m_sandbox.get(base + u"/users?updated_after=yesterday"_s).status, 400);
        QCOMPARE(m_sandbox.patch(base + u":disable"_s).json["enabled"], false);
        QCOMPARE(m_sandbox.patch(base + u":enable"_s).json["enabled"], true);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/"_s + qs(dir.organizationId) + u"/directories/dir_1"_s).status, 404);
    }

    void sessions()
    {
        const auto &session = m_sandbox.store().sessions.rows().front();
        const QString user = qs(session.userId);
        int total = 0;
        m_sandbox.collectAll(u"/api/v1/users/"_s + user + u"/sessions"_s, "sessions", 1, &total);
        QVERIFY(total >= 1);
        QCOMPARE(m_sandbox.get(u"/api/v1/sessions/"_s + qs(session.sessionId)).json["session_id"], session.sessionId);
        const HttpResult all = m_sandbox.post(u"/api/v1/users/"_s + user + u"/sessions/revoke"_s);
        QCOMPARE(all.status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/users/"_s + user + u"/sessions?filter.status=active"_s).json["total_size"], 0);
        QCOMPARE(m_sandbox.post(u"/api/v1/sessions/ses_1/revoke"_s).status, 404);
    }

    void connectedAccountsLifecycle()
    {
        int total = 0;
        const auto all = m_sandbox.collectAll(u"/api/v1/connected_accounts"_s, "connected_accounts", 99, &total);
        QCOMPARE(all.size(), std::size_t(total));
        QCOMPARE(all.size(), m_sandbox.store().connectedAccounts.size());
        std::set<std::string> statuses;
        for (const auto &a : all) {
            statuses.insert(a["status"]);
            QVERIFY(!a.contains("authorization_details"));
        }
        for (const char *s : {"ACTIVE", "EXPIRED", "PENDING_AUTH", "PENDING_VERIFICATION", "DISCONNECTED"})
            QVERIFY2(statuses.count(s), s);
        QCOMPARE(m_sandbox.get(u"/api/v1/connected_accounts?page_size=100"_s).status, 400);
        QCOMPARE(m_sandbox.get(u"/api/v1/connected_accounts:search?query=ab"_s).status, 400);

        const HttpResult created = m_sandbox.post(u"/api/v1/connected_accounts"_s,
            {{"connector", "zendesk"}, {"identifier", "bot@example.org"},
             {"connected_account", {{"authorization_details", {{"static_auth", {{"details", {{"api_key", "k-123"}}}}}}}}}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json["connected_account"]["status"], "ACTIVE");
        const QString id = qs(created.json["connected_account"]["id"]);
        QCOMPARE(m_sandbox.post(u"/api/v1/connected_accounts"_s, {{"connector", "zendesk"}, {"identifier", "bot@example.org"},
                                                                  {"connected_account", json::object()}}).status, 409);
        QCOMPARE(m_sandbox.post(u"/api/v1/connected_accounts"_s, {{"connector", "nope"}, {"identifier", "x@y.z"},
                                                                  {"connected_account", json::object()}}).status, 404);
        const HttpResult details = m_sandbox.get(u"/api/v1/connected_accounts/auth?connector=zendesk&identifier=bot@example.org"_s);
        QCOMPARE(details.json["connected_account"]["authorization_details"]["static_auth"]["details"]["api_key"], "k-123");
        QCOMPARE(m_sandbox.get(u"/api/v1/connected_accounts:search?query=bot@example"_s).json["total_size"], 1);

        QCOMPARE(m_sandbox.post(u"/api/v1/connected_accounts/"_s + id + u":disconnect"_s).json["connected_account"]["status"], "DISCONNECTED");
        const HttpResult link = m_sandbox.post(u"/api/v1/connected_accounts/magic_link"_s, {{"id", id.toStdString()}});
        QCOMPARE(link.status, 200);
        QVERIFY(link.json.contains("expiry"));
        const QUrl url(qs(link.json["link"]));
        QCOMPARE(m_sandbox.send("GET", url.path(), {}, "text/html", false).status, 200);
        QCOMPARE(m_sandbox.send("GET", url.path(), {}, "text/html", false).status, 410);
        QCOMPARE(m_sandbox.get(u"/api/v1/connected_accounts/"_s + id).json["connected_account"]["status"], "ACTIVE");

        QCOMPARE(m_sandbox.post(u"/api/v1/connected_accounts:delete"_s, {{"id", id.toStdString()}}).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/connected_accounts/"_s + id).status, 404);
        QCOMPARE(m_sandbox.post(u"/api/v1/connected_accounts:delete"_s, json::object()).status, 400);
    }

    void expiredTokensReadAsExpired()
    {
        auto &rows = m_sandbox.store().connectedAccounts.rows();
        auto it = std::find_if(rows.begin(), rows.end(), [](const auto &r) {
            return r.account.status.value == sk::entities::ConnectorStatus::Active && r.account.tokenExpiresAt.isSet();
        });
        QVERIFY(it != rows.end());
        it->account.tokenExpiresAt = sk::entities::Timestamp(sk::entities::Timestamp::now().nanos - 1'000'000'000LL);
        QCOMPARE(m_sandbox.get(u"/api/v1/connected_accounts/"_s + qs(it->account.id)).json["connected_account"]["status"], "EXPIRED");
    }

    void mcpConfigsAndInstances()
    {
        QCOMPARE(m_sandbox.post(u"/api/v1/mcp/configs"_s, {{"name", "Bad Name"}}).status, 400);
        QCOMPARE(m_sandbox.post(u"/api/v1/mcp/configs"_s, {{"name", "x"}, {"connection_tool_mappings", {{{"connection_name", "ghost"}}}}}).status, 400);
        const HttpResult config = m_sandbox.post(u"/api/v1/mcp/configs"_s,
            {{"name", "test-config"}, {"connection_tool_mappings", {{{"connection_name", "gmail-prod"}}, {{"connection_name", "zendesk"}}}}});
        QCOMPARE(config.status, 201);
        QCOMPARE(config.json["config"]["connection_tool_mappings"][0]["provider"], "gmail");
        QCOMPARE(m_sandbox.post(u"/api/v1/mcp/configs"_s, {{"name", "test-config"}}).status, 409);
        const QString configId = qs(config.json["config"]["id"]);
        QCOMPARE(m_sandbox.put(u"/api/v1/mcp/configs/"_s + configId, {{"description", "updated"}}).json["config"]["description"], "updated");

        const HttpResult instance = m_sandbox.post(u"/api/v1/mcp/instances"_s, {{"config_name", "test-config"}, {"user_identifier", "mcp.user@example.com"}});
        QCOMPARE(instance.status, 200);
        const QString instanceId = qs(instance.json["instance"]["id"]);
        QCOMPARE(m_sandbox.post(u"/api/v1/mcp/instances"_s, {{"config_name", "test-config"}, {"user_identifier", "mcp.user@example.com"}}).json["instance"]["id"],
                 instanceId.toStdString()); // ensure is idempotent
        const QString authPath = u"/api/v1/mcp/instances/"_s + instanceId + u":get_auth_state"_s;
        const HttpResult before = m_sandbox.post(authPath + u"?include_auth_links=true"_s);
        QCOMPARE(before.json["connections"].size(), 2u);
        for (const auto &c : before.json["connections"]) {
            QVERIFY(c["connected_account_status"] != "ACTIVE");
            QVERIFY(!c.value("authentication_link", "").empty());
        }
        // Completing each link makes the instance ready.
        for (const auto &c : before.json["connections"])
            m_sandbox.send("GET", QUrl(qs(c["authentication_link"])).path(), {}, "text/html", false);
        const HttpResult after = m_sandbox.post(authPath);
        for (const auto &c : after.json["connections"]) {
            QCOMPARE(c["connected_account_status"], "ACTIVE");
            QVERIFY(c.value("authentication_link", "").empty());
        }
        const HttpResult accounts = m_sandbox.post(u"/api/v1/mcp/configs/"_s + configId + u"/connected_accounts"_s, {{"identifier", "mcp.user@example.com"}});
        QCOMPARE(accounts.json["connected_accounts"].size(), 2u);

        int total = 0;
        const auto all = m_sandbox.collectAll(u"/api/v1/mcp/instances"_s, "instances", 7, &total);
        QCOMPARE(all.size(), std::size_t(total));
        QCOMPARE(m_sandbox.get(u"/api/v1/mcp/instances?filter.config_name=test-config"_s).json["total_size"], 1);
        QCOMPARE(m_sandbox.get(u"/api/v1/mcp/instances?page_size=31"_s).status, 400);
        QCOMPARE(m_sandbox.patch(u"/api/v1/mcp/instances/"_s + instanceId, {{"name", "renamed"}}).json["instance"]["name"], "renamed");
        QCOMPARE(m_sandbox.del(u"/api/v1/mcp/configs/"_s + configId).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v1/mcp/instances/"_s + instanceId).status, 404); // went with its config
    }

    void seededMcpInstancesArePartlyReady()
    {
        int ready = 0;
        int notReady = 0;
        for (const auto &row : m_sandbox.store().mcpInstances) {
            const HttpResult state = m_sandbox.post(u"/api/v1/mcp/instances/"_s + qs(row.id) + u":get_auth_state"_s);
            bool all = true;
            for (const auto &c : state.json["connections"])
                all &= c["connected_account_status"] == "ACTIVE";
            (all ? ready : notReady)++;
        }
        QVERIFY(ready > 0);
        QVERIFY(notReady > 0);
    }

    void toolsAndLogs()
    {
        QVERIFY(m_sandbox.get(u"/api/v1/tools?filter.provider=gmail"_s).json["total_size"] == 3);
        QCOMPARE(m_sandbox.get(u"/api/v1/tools/scoped"_s).status, 400);
        const std::string who = m_sandbox.store().mcpInstances.rows().front().userIdentifier;
        QVERIFY(m_sandbox.get(u"/api/v1/tools/scoped?identifier="_s + qs(who)).json["total_size"] > 0);
        int total = 0;
        const auto logs = m_sandbox.collectAll(u"/api/v1/logs/authentication/requests"_s, "authRequests", 50, &total);
        QCOMPARE(logs.size(), std::size_t(total));
        QCOMPARE(m_sandbox.get(u"/api/v1/logs/authentication/requests?status=FAILED&page_size=1"_s).status, 200);
    }

    void deletingAnOrganizationRemovesItsConnectionsAndDirectories()
    {
        auto &store = m_sandbox.store();
        const std::string org = store.organizations.rows().at(0).id; // seeded with SSO and a directory
        const auto owned = [&] {
            return std::count_if(store.connections.begin(), store.connections.end(), [&](const auto &c) { return c.organizationId == org; })
                   + std::count_if(store.directories.begin(), store.directories.end(), [&](const auto &d) { return d.organizationId == org; });
        };
        QVERIFY(owned() >= 2);
        QCOMPARE(m_sandbox.del(u"/api/v1/organizations/"_s + qs(org)).status, 200);
        QCOMPARE(owned(), 0);
        const HttpResult list = m_sandbox.get(u"/api/v1/connections?organization_id="_s + qs(org));
        QCOMPARE(list.json["connections"].size(), 0u);
        QCOMPARE(m_sandbox.get(u"/api/v1/organizations/"_s + qs(org) + u"/directories"_s).status, 404);
    }

private:
    SandboxHarness m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxAgentKit)
#include "tst_sandbox_agentkit.moc"
