#include "sandbox/seedgenerator.h"

#include "sandbox/sandboxstore.h"
#include "sandbox/seednames.h"

namespace sk::sandbox {

using namespace entities;

namespace {

struct ConnectorSpec
{
    const char *identifier;
    const char *displayName;
    const char *category;
    ConnectionType type;
    const char *tools[3];
};

// A plausible input schema for a sandbox tool, from the verb in its name: what a real
// catalogue's tools ask for (the console's Tools panel builds its input template from it).
nlohmann::json inputSchemaFor(std::string_view name)
{
    const auto has = [&](std::string_view part) { return name.find(part) != std::string_view::npos; };
    const auto str = [](const char *description) {
        return nlohmann::json{{"type", "string"}, {"description", description}};
    };
    nlohmann::json properties = nlohmann::json::object();
    std::vector<std::string> required;
    if (has("send_email")) {
        properties = {{"to", str("Recipient email address")}, {"subject", str("Subject line")}, {"body", str("Plain-text body")}};
        required = {"to", "subject", "body"};
    } else if (has("send_message") || has("reply") || has("add_comment") || has("log_call")) {
        properties = {{"target", str("Channel, ticket or record to write to")}, {"text", str("Message text")}};
        required = {"target", "text"};
    } else if (has("search") || has("query")) {
        properties = {{"query", str("What to search for")},
                      {"limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 100}, {"default", 10}}}};
        required = {"query"};
    } else if (has("list")) {
        properties = {{"limit", {{"type", "integer"}, {"minimum", 1}, {"maximum", 100}, {"default", 10}}},
                      {"page_token", str("Where the previous call stopped")}};
    } else if (has("create")) {
        properties = {{"title", str("Title or name")}, {"description", str("Details")}};
        required = {"title"};
    } else {
        properties = {{"id", str("The item's ID")}};
        required = {"id"};
    }
    nlohmann::json schema = {{"type", "object"}, {"properties", properties}};
    if (!required.empty())
        schema["required"] = required;
    return schema;
}

constexpr ConnectorSpec kConnectors[] = {
    {"gmail", "Gmail", "communication", ConnectionType::OAuth, {"gmail_send_email", "gmail_list_messages", "gmail_get_message"}},
    {"googlecalendar", "Google Calendar", "productivity", ConnectionType::OAuth, {"calendar_create_event", "calendar_list_events", "calendar_delete_event"}},
    {"slack", "Slack", "communication", ConnectionType::OAuth, {"slack_send_message", "slack_list_channels", "slack_search_messages"}},
    {"github", "GitHub", "developer", ConnectionType::OAuth, {"github_create_issue", "github_list_pull_requests", "github_get_repo"}},
    {"notion", "Notion", "productivity", ConnectionType::OAuth, {"notion_create_page", "notion_search", "notion_update_page"}},
    {"salesforce", "Salesforce", "crm", ConnectionType::OAuth, {"salesforce_query", "salesforce_create_lead", "salesforce_update_opportunity"}},
    {"hubspot", "HubSpot", "crm", ConnectionType::OAuth, {"hubspot_create_contact", "hubspot_search_deals", "hubspot_log_call"}},
    {"jira", "Jira", "developer", ConnectionType::Basic, {"jira_create_issue", "jira_search_issues", "jira_transition_issue"}},
    {"zendesk", "Zendesk", "support", ConnectionType::ApiKey, {"zendesk_create_ticket", "zendesk_list_tickets", "zendesk_add_comment"}},
    {"linear", "Linear", "developer", ConnectionType::ApiKey, {"linear_create_issue", "linear_list_issues", "linear_update_issue"}},
    {"stripe", "Stripe", "finance", ConnectionType::Bearer, {"stripe_list_customers", "stripe_create_invoice", "stripe_get_balance"}},
    {"airtable", "Airtable", "productivity", ConnectionType::Bearer, {"airtable_list_records", "airtable_create_record", "airtable_update_record"}},
    {"freshdesk", "Freshdesk", "support", ConnectionType::Basic, {"freshdesk_create_ticket", "freshdesk_list_tickets", "freshdesk_reply"}},
};

ConnectorType connectorTypeFor(ConnectionType t)
{
    switch (t) {
    case ConnectionType::OAuth: return ConnectorType::OAuth;
    case ConnectionType::Basic: return ConnectorType::BasicAuth;
    case ConnectionType::Bearer: return ConnectorType::BearerToken;
    default: return ConnectorType::ApiKey;
    }
}

} // namespace

void SeedGenerator::generateAppConnections()
{
    int priority = 1;
    for (const ConnectorSpec &spec : kConnectors) {
        Provider p;
        p.id = m_store.newId("prv_");
        p.identifier = spec.identifier;
        p.displayName = spec.displayName;
        p.description = std::string("Connect AI agents to ") + spec.displayName + '.';
        p.categories = {spec.category};
        p.authPatterns = nlohmann::json::array({{{"type", json::enumName(spec.type)}, {"display_name", spec.displayName}}});
        p.iconSrc = std::string("https://cdn.scalekit.com/sk-connect/assets/provider-icons/") + spec.identifier + ".svg";
        p.displayPriority = priority++;
        p.proxyUrl = std::string("https://api.") + spec.identifier + ".com";
        p.proxyEnabled = true;
        m_store.providers.push_back(p);
        for (const char *toolName : spec.tools) {
            Tool tool;
            tool.id = m_store.newId("tool_");
            tool.provider = spec.identifier;
            tool.definition = {{"name", toolName},
                               {"description", std::string("Sandbox tool ") + toolName},
                               {"input_schema", inputSchemaFor(toolName)}};
            tool.tags = {spec.category};
            tool.isDefault = true;
            tool.updatedAt = pastWithin(60 * 86400);
            m_store.tools.push_back(tool);
        }

        Connection c;
        c.id = m_store.newId("conn_");
        c.type = spec.type;
        c.provider = ConnectionProvider::Custom;
        c.providerKey = spec.identifier;
        c.keyId = std::string(spec.identifier) + (spec.type == ConnectionType::OAuth ? "-prod" : "");
        c.status = ConnectionStatus::Completed;
        c.enabled = std::string_view(spec.identifier) != "freshdesk";
        c.configurationType = ConfigurationType::Manual;
        c.createTime = c.updateTime = pastWithin(200 * 86400);
        if (spec.type == ConnectionType::OAuth) {
            OAuthConnectionConfig cfg;
            cfg.redirectUri = "https://auth.sandbox.scalekit.dev/sso/v1/oauth/" + c.id + "/callback";
            cfg.usePlatformCreds = priority % 2 == 0;
            if (!*cfg.usePlatformCreds) {
                cfg.clientId = m_store.newToken(24) + ".apps.sandbox";
                cfg.clientSecret = m_store.newToken(32);
            }
            cfg.scopes = {"openid", "email"};
            cfg.accessType = "offline";
            c.oauthConfig = cfg;
        } else {
            c.staticConfig = StaticAuthConfig{nlohmann::json::object()};
        }
        m_store.connections.insert(std::move(c));
    }
}

void SeedGenerator::generateConnectedAccounts()
{
    std::vector<const Connection *> connectors;
    for (const Connection &c : m_store.connections) {
        if (!c.isSso())
            connectors.push_back(&c);
    }
    if (connectors.empty())
        return;
    const std::size_t users = m_store.users.size();
    const std::size_t total = std::size_t(std::max(0, m_options.connectedAccounts));
    const std::size_t combos = users * connectors.size();
    m_store.connectedAccounts.reserve(total);
    m_store.connectedAccounts.deferIndexing(); // one index build after the bulk insert
    for (std::size_t i = 0; i < total; ++i) {
        ConnectedAccountRow row;
        ConnectedAccount &a = row.account;
        a.id = m_store.newId("ca_");
        const Connection *conn = connectors[(i / std::max<std::size_t>(users, 1) + i) % connectors.size()];
        if (i < combos) {
            const User &u = m_store.users.rows()[i % users];
            a.identifier = u.email;
            if (i % 2 == 0) {
                row.userId = u.id;
                if (!u.memberships.empty())
                    row.organizationId = u.memberships.front().organizationId;
            }
        } else {
            a.identifier = "agent-user-" + std::to_string(i) + "@example.com";
        }
        a.connector = *conn->keyId;
        a.provider = conn->providerKey;
        a.connectionId = conn->id;
        a.authorizationType = connectorTypeFor(conn->type.value);
        a.updatedAt = pastWithin(45 * 86400);
        const int roll = below(100);
        const bool oauth = a.authorizationType.value == ConnectorType::OAuth;
        if (roll < 62) {
            a.status = ConnectorStatus::Active;
            if (oauth) // spread over the past and the next two weeks; past ones read EXPIRED
                a.tokenExpiresAt = at(std::int64_t(below(28 * 24) - 4 * 24) * 3600 + below(3600));
            a.lastUsedAt = pastWithin(7 * 86400);
        } else if (roll < 70) {
            a.status = ConnectorStatus::Expired;
            if (oauth)
                a.tokenExpiresAt = pastWithin(21 * 86400);
        } else if (roll < 82) {
            a.status = ConnectorStatus::PendingAuth;
        } else if (roll < 88) {
            a.status = ConnectorStatus::PendingVerification;
        } else {
            a.status = ConnectorStatus::Disconnected;
            a.lastUsedAt = pastWithin(60 * 86400);
        }
        if (i < 5000 && a.status.value == ConnectorStatus::Active) {
            const Timestamp expires = a.tokenExpiresAt;
            m_store.authorizeAccount(row);
            a.tokenExpiresAt = expires;
            a.updatedAt = pastWithin(45 * 86400);
        }
        if (i % 9 == 0)
            a.apiConfig = {{"base_url", "https://api." + a.provider + ".com"}};
        m_store.connectedAccounts.insert(std::move(row));
    }
}

void SeedGenerator::generateMcp()
{
    struct C { const char *name; const char *description; std::vector<const char *> connectors; };
    const C kConfigs[] = {
        {"sales-assistant", "CRM and email for account executives", {"salesforce-prod", "gmail-prod", "googlecalendar-prod"}},
        {"support-copilot", "Ticket triage across help desks", {"zendesk", "slack-prod", "freshdesk"}},
        {"eng-helper", "Issue tracking and code review", {"github-prod", "linear", "jira", "slack-prod"}},
        {"finance-bot", "Billing questions", {"stripe", "airtable"}},
    };
    for (const C &c : kConfigs) {
        McpConfig config;
        config.id = m_store.newId("mcpc_");
        config.name = c.name;
        config.description = c.description;
        for (const char *name : c.connectors) {
            const Connection *conn = m_store.findAppConnectionByName(name);
            if (!conn)
                continue;
            McpConfigConnectionToolMapping m;
            m.connectionId = conn->id;
            m.connectionName = name;
            m.provider = conn->providerKey;
            if (below(2) == 0) {
                for (const Tool &t : m_store.tools) {
                    if (t.provider == conn->providerKey && m.tools.size() < 2)
                        m.tools.push_back(t.name());
                }
            }
            config.connectionToolMappings.push_back(m);
        }
        m_store.mcpConfigs.insert(std::move(config));
    }
    const std::size_t users = m_store.users.size();
    // The account of a user on a connection, created when missing, left in the given state.
    const auto account = [this](const McpConfigConnectionToolMapping &m, const std::string &user) {
        ConnectedAccountRow *row = m_store.findAccount(m.connectionName, user);
        if (!row) {
            const Connection *conn = m_store.findAppConnectionByName(m.connectionName);
            ConnectedAccountRow fresh;
            fresh.account.id = m_store.newId("ca_");
            fresh.account.identifier = user;
            fresh.account.connector = m.connectionName;
            fresh.account.provider = m.provider;
            fresh.account.connectionId = m.connectionId;
            fresh.account.status = ConnectorStatus::PendingAuth;
            fresh.account.authorizationType
                = connectorTypeFor(conn ? conn->type.value : ConnectionType::ApiKey);
            fresh.account.updatedAt = pastWithin(7 * 86400);
            row = &m_store.connectedAccounts.insert(std::move(fresh));
        }
        return row;
    };
    const auto activate = [this](ConnectedAccountRow &row) {
        m_store.authorizeAccount(row);
        if (row.account.tokenExpiresAt.isSet())
            row.account.tokenExpiresAt = at(std::int64_t(2 + below(10)) * 86400);
        row.account.updatedAt = pastWithin(86400);
    };
    for (int i = 0; i < m_options.mcpInstances && users > 0; ++i) {
        // Users hold one to three instances (of different configs), as teams adopt agents.
        const std::size_t user = std::size_t(i) * 5 / 11 * 7 % users;
        const McpConfig &config
            = m_store.mcpConfigs.rows()[std::size_t(i + int(user)) % m_store.mcpConfigs.size()];
        McpInstanceRow row;
        row.id = m_store.newId("mcpi_");
        row.configId = config.id;
        row.userIdentifier = m_store.users.rows()[user].email;
        row.name = config.name + "-" + seednames::slugify(row.userIdentifier.substr(0, row.userIdentifier.find('@')), '-');
        row.urlToken = m_store.newToken(32);
        row.updatedAt = pastWithin(30 * 86400);
        if (i % 3)
            row.lastUsedAt = pastWithin(3 * 86400);
        if (m_store.mcpInstances.findIf([&](const McpInstanceRow &x) {
                return x.configId == row.configId && x.userIdentifier == row.userIdentifier; }))
            continue;
        // About half are ready: an ACTIVE account on every connection. The others are blocked on
        // one or more connections, each in a different way: an expired token, an authorization
        // never completed, a disconnected account, or no account at all.
        const bool ready = below(100) < 50;
        bool blocked = false;
        const std::size_t n = config.connectionToolMappings.size();
        for (std::size_t k = 0; k < n; ++k) {
            const McpConfigConnectionToolMapping &m = config.connectionToolMappings[k];
            int roll = ready ? 0 : below(100);
            if (!ready && !blocked && k + 1 == n && roll < 45)
                roll = 45 + below(55); // a blocked instance has at least one connection to fix
            if (roll < 45) {
                activate(*account(m, row.userIdentifier));
                continue;
            }
            blocked = true;
            if (roll < 65) { // the token ran out
                ConnectedAccountRow *a = account(m, row.userIdentifier);
                activate(*a);
                a->account.status = ConnectorStatus::Expired;
                a->account.tokenExpiresAt = pastWithin(5 * 86400);
            } else if (roll < 80) {
                account(m, row.userIdentifier)->account.status = ConnectorStatus::PendingAuth;
            } else if (roll < 90) {
                account(m, row.userIdentifier)->account.status = ConnectorStatus::Disconnected;
            } else if (ConnectedAccountRow *a = m_store.findAccount(m.connectionName, row.userIdentifier)) {
                a->account.status = ConnectorStatus::PendingAuth; // never connected
            }
        }
        m_store.mcpInstances.insert(std::move(row));
    }
}

void SeedGenerator::generateAuthLogs()
{
    static constexpr const char *kStatuses[] = {"SUCCESS", "SUCCESS", "SUCCESS", "FAILED", "PENDING", "INITIATED"};
    const std::size_t users = m_store.users.size();
    if (users == 0)
        return;
    std::vector<AuthLogRequest> logs;
    for (int i = 0; i < 300; ++i) {
        const User &u = m_store.users.rows()[std::size_t(below(int(users)))];
        AuthLogRequest log;
        log.authRequestId = m_store.newId("authreq_");
        log.environmentId = m_store.environmentId();
        log.email = u.email;
        log.organizationId = u.memberships.empty() ? std::string() : u.memberships.front().organizationId;
        log.status = kStatuses[std::size_t(below(6))];
        log.timestamp = pastWithin(14 * 86400);
        log.workflow = "LOGIN";
        // The organization's SSO connection, working or not: sign-ins through a disabled or
        // unfinished one fail, as they would for real.
        const Connection *sso = m_store.connections.findIf(
            [&](const Connection &c) { return c.organizationId == log.organizationId && c.enabled; });
        if (!sso)
            sso = m_store.connections.findIf([&](const Connection &c) { return c.organizationId == log.organizationId; });
        if (sso && (!sso->enabled || sso->status.value != ConnectionStatus::Completed) && log.status != "INITIATED")
            log.status = "FAILED";
        if (sso) {
            log.connectionId = sso->id;
            log.connectionType = std::string(sso->type.name());
            log.connectionProvider = std::string(sso->provider.name());
            log.connectionDetails.push_back({sso->id, log.organizationId, log.connectionType, log.connectionProvider});
        } else {
            log.connectionType = "PASSWORDLESS";
            log.connectionProvider = "SCALEKIT";
        }
        logs.push_back(std::move(log));
    }
    std::sort(logs.begin(), logs.end(), [](const AuthLogRequest &a, const AuthLogRequest &b) { return a.timestamp > b.timestamp; });
    m_store.authLogs = std::move(logs);
}

} // namespace sk::sandbox
