#include "sandbox/paging.h"
#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"

#include "services/entities/connectedaccountrequests.h"
#include "services/entities/tapecodecs.h"
#include "services/json/textwriter.h"

namespace sk::sandbox {

using namespace entities;

namespace {

// The account selector of reference §4.9: id, or connector + identifier (+ organization/user).
struct Selector
{
    std::string id;
    std::string connector;
    std::string identifier;
    std::string organizationId;
    std::string userId;
};

Selector selectorFromJson(const nlohmann::json &body)
{
    const auto str = [&](const char *key) {
        return body.contains(key) && body[key].is_string() ? body[key].get<std::string>() : std::string();
    };
    return {str("id"), str("connector"), str("identifier"), str("organization_id"), str("user_id")};
}

Selector selectorFromQuery(const HttpRequest &r)
{
    return {r.queryValue("id"), r.queryValue("connector"), r.queryValue("identifier"), r.queryValue("organization_id"),
            r.queryValue("user_id")};
}

bool validateSelector(const Selector &s, const HttpRequest &r, HttpResponse *error, bool needComplete = true)
{
    Violations v;
    if (!s.id.empty() && s.id.rfind("ca_", 0) != 0)
        v.add("id", "value must start with ca_", "string.prefix");
    v.length("organization_id", s.organizationId, 0, 32);
    v.length("user_id", s.userId, 0, 32);
    v.length("identifier", s.identifier, 0, 100);
    v.length("connector", s.connector, 0, 400);
    if (!s.connector.empty())
        v.pattern("connector", s.connector, R"(^[a-zA-Z0-9_: -]*$)", "value must match ^[a-zA-Z0-9_: -]*$");
    if (needComplete && s.id.empty() && (s.connector.empty() || s.identifier.empty()))
        v.add("id", "give id, or connector and identifier", "selector");
    if (!v.empty()) {
        *error = v.response(r.requestId);
        return false;
    }
    return true;
}

ConnectedAccountRow *find(SandboxStore &store, const Selector &s)
{
    if (!s.id.empty())
        return store.connectedAccounts.find(s.id);
    return store.findAccount(s.connector, s.identifier, s.organizationId, s.userId);
}

HttpResponse notFound(const HttpRequest &r, const Selector &s)
{
    return apierrors::notFound(r.requestId, "connected account", s.id.empty() ? s.connector + "/" + s.identifier : s.id);
}

bool readCredentials(const nlohmann::json &body, ConnectedAccountCredentials *out, const HttpRequest &r,
                     HttpResponse *error)
{
    try {
        sk::json::Reader(body).read("connected_account", *out);
        return true;
    } catch (const json::DecodeError &e) {
        *error = apierrors::invalidField(r.requestId, e.path(), e.reason(), "type");
        return false;
    }
}

void applyCredentials(SandboxStore &store, ConnectedAccountRow &row, const ConnectedAccountCredentials &c)
{
    if (!c.apiConfig.is_null())
        row.account.apiConfig = c.apiConfig;
    if (c.authorizationDetails) {
        row.account.authorizationDetails = *c.authorizationDetails;
        row.account.status = ConnectorStatus::Active;
        row.account.tokenExpiresAt = c.authorizationDetails->oauthToken
                                         ? Timestamp(store.now().nanos + 3600LL * 1'000'000'000LL) : Timestamp();
    }
    row.account.updatedAt = store.now();
}

HttpResponse create(SandboxStore &store, HttpRequest &r)
{
    HttpResponse error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    const Selector s = selectorFromJson(*body);
    if (!validateSelector(s, r, &error, false))
        return error;
    if (s.connector.empty() || s.identifier.empty())
        return apierrors::invalidField(r.requestId, s.connector.empty() ? "connector" : "identifier", "value is required", "required");
    if (!body->contains("connected_account"))
        return apierrors::invalidField(r.requestId, "connected_account", "value is required", "required");
    ConnectedAccountCredentials credentials;
    if (!readCredentials(*body, &credentials, r, &error))
        return error;
    const Connection *conn = store.findAppConnectionByName(s.connector);
    if (!conn)
        return apierrors::notFound(r.requestId, "connection", s.connector);
    if (store.findAccount(s.connector, s.identifier, s.organizationId, s.userId))
        return apierrors::alreadyExists(r.requestId, "a connected account for " + s.connector + "/" + s.identifier + " exists");
    ConnectedAccountRow row;
    row.organizationId = s.organizationId;
    row.userId = s.userId;
    ConnectedAccount &a = row.account;
    a.id = store.newId("ca_");
    a.identifier = s.identifier;
    a.connector = s.connector;
    a.provider = conn->providerKey;
    a.connectionId = conn->id;
    switch (conn->type.value) {
    case ConnectionType::OAuth: a.authorizationType = ConnectorType::OAuth; break;
    case ConnectionType::Basic: a.authorizationType = ConnectorType::BasicAuth; break;
    case ConnectionType::Bearer: a.authorizationType = ConnectorType::BearerToken; break;
    default: a.authorizationType = ConnectorType::ApiKey; break;
    }
    a.status = ConnectorStatus::PendingAuth;
    applyCredentials(store, row, credentials);
    const ConnectedAccountRow &stored = store.connectedAccounts.insert(std::move(row));
    return HttpResponse::json(wrap("connected_account", store.presentAccount(stored, true)), 201);
}

} // namespace

void registerConnectedAccountRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    const auto listItem = [s](const ConnectedAccountRow &row) { return json::encode(s->presentAccount(row, false)); };
    // A page of the list: the text straight from the field list into the page (no document,
    // no copy of the account, no string of its own per account).
    const auto listItemText = [s](const ConnectedAccountRow &row) {
        return [s, &row](std::string &out) { s->appendAccountListText(out, row); };
    };

    router.add("GET", "/api/v1/connected_accounts", [s, listItemText](HttpRequest &r) {
        const Selector sel = selectorFromQuery(r);
        const std::string provider = r.queryValue("provider");
        const std::string query = r.queryValue("query");
        const std::vector<std::string> names = r.queryValues("connection_names");
        if (names.size() > 20)
            return apierrors::invalidField(r.requestId, "connection_names", "at most 20 names", "repeated.max_items");
        // Every filter but query is answered by an index of the accounts, so a page costs
        // O(log n + page) whatever its position in the list (see AccountTable::page).
        const AccountFilter filter {sel.organizationId, sel.userId, sel.connector,
                                    sel.identifier,     provider,   names};
        std::function<bool(const ConnectedAccountRow &)> accept;
        if (!query.empty()) {
            accept = [&query](const ConnectedAccountRow &row) {
                return containsFolded(row.account.identifier, query) || row.account.id == query;
            };
        }
        return listPageWindow(r, PageLimits::below100(), "connected_accounts",
                              [&](const PageRequest &page, const auto &append) {
                                  return s->connectedAccounts.page(
                                      filter, accept, page.offset, page.size,
                                      [&](const ConnectedAccountRow &row) { append(listItemText(row)); });
                              });
    });
    router.add("GET", "/api/v1/connected_accounts:search", [s, listItem](HttpRequest &r) {
        const std::string query = r.queryValue("query");
        const std::size_t length = QString::fromStdString(query).size();
        if (length < 3 || length > 200)
            return apierrors::invalidField(r.requestId, "query", "value length must be between 3 and 200 characters", "string.len");
        const std::string connectionId = r.queryValue("connection_id");
        return listPage(r, PageLimits::upTo30(), s->connectedAccounts, "connected_accounts",
                        [&](const ConnectedAccountRow &row) {
                            const ConnectedAccount &a = row.account;
                            return (connectionId.empty() || a.connectionId == connectionId)
                                   && (containsFolded(a.identifier, query) || containsFolded(a.connector, query) || a.id == query);
                        },
                        listItem);
    });
    router.add("POST", "/api/v1/connected_accounts", [s](HttpRequest &r) { return create(*s, r); });
    router.add("PUT", "/api/v1/connected_accounts", [s](HttpRequest &r) {
        HttpResponse error;
        const auto body = jsonBody(r, &error);
        if (!body)
            return error;
        const Selector sel = selectorFromJson(*body);
        if (!validateSelector(sel, r, &error))
            return error;
        if (!body->contains("connected_account"))
            return apierrors::invalidField(r.requestId, "connected_account", "value is required", "required");
        ConnectedAccountCredentials credentials;
        if (!readCredentials(*body, &credentials, r, &error))
            return error;
        ConnectedAccountRow *row = find(*s, sel);
        if (!row)
            return notFound(r, sel);
        applyCredentials(*s, *row, credentials);
        return HttpResponse::json(wrap("connected_account", s->presentAccount(*row, true)));
    });
    router.add("POST", "/api/v1/connected_accounts:delete", [s](HttpRequest &r) {
        HttpResponse error;
        const auto body = jsonBody(r, &error);
        if (!body)
            return error;
        const Selector sel = selectorFromJson(*body);
        if (!validateSelector(sel, r, &error))
            return error;
        ConnectedAccountRow *row = find(*s, sel);
        if (!row)
            return notFound(r, sel);
        s->connectedAccounts.erase(row->account.id);
        return HttpResponse::empty();
    });
    for (const char *path : {"/api/v1/connected_accounts/auth", "/api/v1/connected_accounts/details"}) {
        router.add("GET", path, [s](HttpRequest &r) {
            const Selector sel = selectorFromQuery(r);
            HttpResponse error;
            if (!validateSelector(sel, r, &error))
                return error;
            ConnectedAccountRow *row = find(*s, sel);
            return row ? HttpResponse::json(wrap("connected_account", s->presentAccount(*row, true))) : notFound(r, sel);
        });
    }
    router.add("GET", "/api/v1/connected_accounts/{id}", [s](HttpRequest &r) {
        ConnectedAccountRow *row = s->connectedAccounts.find(r.param("id"));
        return row ? HttpResponse::json(wrap("connected_account", s->presentAccount(*row, true)))
                   : apierrors::notFound(r.requestId, "connected account", r.param("id"));
    });
    router.add("POST", "/api/v1/connected_accounts/{id}:disconnect", [s](HttpRequest &r) {
        ConnectedAccountRow *row = s->connectedAccounts.find(r.param("id"));
        if (!row)
            return apierrors::notFound(r.requestId, "connected account", r.param("id"));
        row->account.status = ConnectorStatus::Disconnected;
        row->account.authorizationDetails.reset();
        row->account.tokenExpiresAt = Timestamp();
        row->account.updatedAt = s->now();
        return HttpResponse::json(wrap("connected_account", s->presentAccount(*row, false)));
    });
    router.add("POST", "/api/v1/connected_accounts/magic_link", [s](HttpRequest &r) {
        HttpResponse error;
        const auto body = jsonBody(r, &error);
        if (!body)
            return error;
        const Selector sel = selectorFromJson(*body);
        if (!validateSelector(sel, r, &error))
            return error;
        if (body->contains("user_verify_url") && (*body)["user_verify_url"].is_string()) {
            const std::string url = (*body)["user_verify_url"];
            if (!url.empty() && url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0)
                return apierrors::invalidField(r.requestId, "user_verify_url", "value must be an http(s) URL", "string.pattern");
        }
        ConnectedAccountRow *row = find(*s, sel);
        if (!row && sel.id.empty()) {
            // Like Scalekit, asking for a link creates the pending account it will complete.
            const Connection *conn = s->findAppConnectionByName(sel.connector);
            if (!conn)
                return apierrors::notFound(r.requestId, "connection", sel.connector);
            ConnectedAccountRow fresh;
            fresh.organizationId = sel.organizationId;
            fresh.userId = sel.userId;
            fresh.account.id = s->newId("ca_");
            fresh.account.identifier = sel.identifier;
            fresh.account.connector = sel.connector;
            fresh.account.provider = conn->providerKey;
            fresh.account.connectionId = conn->id;
            fresh.account.status = ConnectorStatus::PendingAuth;
            fresh.account.authorizationType = conn->type.value == ConnectionType::OAuth ? ConnectorType::OAuth : ConnectorType::ApiKey;
            fresh.account.updatedAt = s->now();
            row = &s->connectedAccounts.insert(std::move(fresh));
        }
        if (!row)
            return notFound(r, sel);
        return HttpResponse::json(json::encode(s->newMagicLink(row->account.id)));
    });
    router.add("POST", "/api/v1/connected_accounts/user/verify", [s](HttpRequest &r) {
        HttpResponse error;
        const auto body = jsonBody(r, &error);
        if (!body)
            return error;
        const std::string identifier = body->value("identifier", "");
        if (body->value("auth_request_id", "").empty() || identifier.empty())
            return apierrors::invalidField(r.requestId, body->value("auth_request_id", "").empty() ? "auth_request_id" : "identifier",
                                           "value is required", "required");
        ConnectedAccountRow *row = nullptr;
        for (const std::uint32_t pos : s->connectedAccounts.lookup(AccountTable::ByIdentifier, identifier)) {
            ConnectedAccountRow &x = s->connectedAccounts.rows()[pos];
            if (x.account.status.value == ConnectorStatus::PendingVerification) {
                row = &x;
                break;
            }
        }
        if (!row)
            return apierrors::notFound(r.requestId, "pending verification", identifier);
        s->authorizeAccount(*row);
        return HttpResponse::json({{"post_user_verify_redirect_url", s->baseUrl() + "/connect/done"}});
    });
}

} // namespace sk::sandbox
