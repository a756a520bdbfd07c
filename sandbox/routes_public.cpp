#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"

namespace sk::sandbox {

namespace {

// Every piece of text put into a page is escaped here, so a display name such as
// <img src=x onerror=...> shows as text.
HttpResponse html(int status, const std::string &title, const std::string &text)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.addHeader("Content-Security-Policy", "default-src 'none'");
    r.addHeader("X-Content-Type-Options", "nosniff");
    const std::string t = htmlEscape(title);
    r.body = "<!doctype html><html><head><title>" + t + "</title></head><body><h1>" + t + "</h1><p>"
        + htmlEscape(text) + "</p></body></html>";
    return r;
}

} // namespace

void registerPublicRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    // Admin portal links: single use, valid for one minute.
    router.add("GET", "/magicLink/{token}", [s](HttpRequest &r) {
        for (PortalLinkRow &link : s->portalLinks) {
            if (link.token != r.param("token"))
                continue;
            if (link.used)
                return html(410, "Link already used", "This admin portal link has already been opened.");
            if (link.expireTime < s->now())
                return html(410, "Link expired", "This admin portal link has expired; generate a new one.");
            link.used = true;
            const entities::Organization *org = s->organizations.find(link.organizationId);
            return html(200, "Admin portal", "Sandbox admin portal for " + (org ? org->displayName : link.organizationId) + ".");
        }
        return html(404, "Unknown link", "This link does not exist.");
    });
    // Connected-account magic links: opening one completes the authorization (single use).
    router.add("GET", "/connect/{token}", [s](HttpRequest &r) {
        for (MagicLinkRow &link : s->magicLinks) {
            if (link.token != r.param("token"))
                continue;
            if (link.used)
                return html(410, "Link already used", "This authorization link has already been used.");
            if (link.expiry < s->now())
                return html(410, "Link expired", "This authorization link has expired.");
            ConnectedAccountRow *row = s->connectedAccounts.find(link.connectedAccountId);
            if (!row)
                return html(404, "Unknown account", "The connected account no longer exists.");
            link.used = true;
            s->authorizeAccount(*row);
            return html(200, "Connected", "The " + row->account.connector + " account is connected. You can close this page.");
        }
        return html(404, "Unknown link", "This link does not exist.");
    });
    // An MCP instance URL: answers while the token matches (a stand-in for the MCP server).
    router.add("GET", "/mcp/{instance_id}/{token}", [s](HttpRequest &r) {
        McpInstanceRow *x = s->mcpInstances.find(r.param("instance_id"));
        if (!x || x->urlToken != r.param("token"))
            return html(404, "Unknown MCP instance", "This MCP URL is not valid.");
        x->lastUsedAt = s->now();
        HttpResponse ok = HttpResponse::json({{"instance_id", x->id}, {"status", "ready"}});
        return ok;
    });
}

} // namespace sk::sandbox
