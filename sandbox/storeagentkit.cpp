#include "sandbox/sandboxstore.h"

namespace sk::sandbox {

using namespace entities;

namespace {
constexpr std::int64_t kSecond = 1'000'000'000LL;
} // namespace

Enum<ConnectorStatus> SandboxStore::presentedStatus(const ConnectedAccountRow &row) const
{
    const ConnectedAccount &a = row.account;
    if (a.status.value == ConnectorStatus::Active && a.tokenExpiresAt.isSet() && a.tokenExpiresAt < now())
        return ConnectorStatus::Expired;
    return a.status;
}

void SandboxStore::appendAccountListText(std::string &out, const ConnectedAccountRow &row) const
{
    appendListText(out, row.account, presentedStatus(row));
}

ConnectedAccount SandboxStore::presentAccount(const ConnectedAccountRow &row, bool withSecrets) const
{
    ConnectedAccount a = row.account;
    a.status = presentedStatus(row);
    if (!withSecrets) {
        a.authorizationDetails.reset();
        a.apiConfig = nlohmann::json();
    }
    return a;
}

void SandboxStore::authorizeAccount(ConnectedAccountRow &row)
{
    ConnectedAccount &a = row.account;
    const Timestamp t = now();
    a.status = ConnectorStatus::Active;
    a.updatedAt = t;
    AuthorizationDetails details;
    if (a.authorizationType.value == ConnectorType::OAuth) {
        OauthToken token;
        token.accessToken = "ya29.sandbox-" + newToken(48);
        token.refreshToken = "1//sandbox-" + newToken(40);
        token.scopes = {"openid", "email", "profile"};
        details.oauthToken = token;
        a.tokenExpiresAt = Timestamp(t.nanos + 3600 * kSecond);
    } else {
        StaticAuth auth;
        if (a.authorizationType.value == ConnectorType::BasicAuth
            || a.authorizationType.value == ConnectorType::Basic)
            auth.details = {{"username", a.identifier}, {"password", newToken(20)}};
        else if (a.authorizationType.value == ConnectorType::BearerToken)
            auth.details = {{"token", "sbx_" + newToken(36)}};
        else
            auth.details = {{"api_key", "sk_live_" + newToken(32)}};
        details.staticAuth = auth;
        a.tokenExpiresAt = Timestamp();
    }
    a.authorizationDetails = details;
}

ConnectedAccountRow *SandboxStore::findAccount(const std::string &connector, const std::string &identifier,
                                               const std::string &organizationId, const std::string &userId)
{
    for (const std::uint32_t pos : connectedAccounts.lookup(AccountTable::ByIdentifier, identifier)) {
        ConnectedAccountRow &r = connectedAccounts.rows()[pos];
        if (r.account.connector == connector && (organizationId.empty() || r.organizationId == organizationId)
            && (userId.empty() || r.userId == userId))
            return &r;
    }
    return nullptr;
}

MagicLink SandboxStore::newMagicLink(const std::string &connectedAccountId)
{
    MagicLinkRow row;
    row.token = newToken(40);
    row.connectedAccountId = connectedAccountId;
    row.expiry = Timestamp(now().nanos + 600 * kSecond);
    magicLinks.push_back(row);
    if (magicLinks.size() > 10000)
        magicLinks.erase(magicLinks.begin(), magicLinks.begin() + 5000);
    return MagicLink {m_baseUrl + "/connect/" + row.token, row.expiry};
}

std::vector<McpConnectionAuthState> SandboxStore::mcpAuthState(const McpConfig &config,
                                                               const std::string &identifier, bool withLinks)
{
    std::vector<McpConnectionAuthState> out;
    for (const McpConfigConnectionToolMapping &m : config.connectionToolMappings) {
        McpConnectionAuthState state;
        state.connectionId = m.connectionId;
        state.connectionName = m.connectionName;
        state.provider = m.provider;
        ConnectedAccountRow *row = findAccount(m.connectionName, identifier);
        if (!row && withLinks) {
            // Asking for a link creates the pending account the link will complete.
            const Connection *conn = findAppConnectionByName(m.connectionName);
            ConnectedAccountRow fresh;
            fresh.account.id = newId("ca_");
            fresh.account.identifier = identifier;
            fresh.account.connector = m.connectionName;
            fresh.account.provider = m.provider;
            fresh.account.connectionId = m.connectionId;
            fresh.account.status = ConnectorStatus::PendingAuth;
            fresh.account.authorizationType = conn && conn->type.value == ConnectionType::OAuth
                ? ConnectorType::OAuth
                : ConnectorType::ApiKey;
            fresh.account.updatedAt = now();
            row = &connectedAccounts.insert(std::move(fresh));
        }
        if (row) {
            const ConnectedAccount a = presentAccount(*row, false);
            state.connectedAccountId = a.id;
            state.connectedAccountStatus = std::string(a.status.name());
            if (withLinks && a.status.value != ConnectorStatus::Active)
                state.authenticationLink = newMagicLink(a.id).link;
        } else {
            state.connectedAccountStatus = "PENDING_AUTH";
        }
        out.push_back(std::move(state));
    }
    return out;
}

McpInstance SandboxStore::presentInstance(const McpInstanceRow &row)
{
    McpInstance out;
    out.id = row.id;
    out.name = row.name;
    out.userIdentifier = row.userIdentifier;
    out.lastUsedAt = row.lastUsedAt;
    out.updatedAt = row.updatedAt;
    out.url = m_baseUrl + "/mcp/" + row.id + "/" + row.urlToken;
    if (const McpConfig *config = mcpConfigs.find(row.configId)) {
        out.config = *config;
        for (McpConfigConnectionToolMapping &m : out.config.connectionToolMappings) {
            if (ConnectedAccountRow *a = findAccount(m.connectionName, row.userIdentifier)) {
                m.connectedAccountId = a->account.id;
                m.connectedAccountStatus = std::string(presentAccount(*a, false).status.name());
            }
        }
    }
    return out;
}

} // namespace sk::sandbox
