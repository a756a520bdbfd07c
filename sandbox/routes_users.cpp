#include "sandbox/paging.h"
#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/userbodies.h"

namespace sk::sandbox {

using namespace entities;

namespace {

HttpResponse userNotFound(const HttpRequest &r, const std::string &id)
{
    return apierrors::notFound(r.requestId, "user", id);
}

User *userFromPath(SandboxStore &store, const HttpRequest &r)
{
    if (!r.param("external_id").empty())
        return store.findUserByExternalId(r.param("external_id"));
    return store.users.find(r.param("id"));
}

std::string pathUserId(const HttpRequest &r)
{
    return r.param("external_id").empty() ? r.param("id") : r.param("external_id");
}

bool userMatches(const User &u, const std::string &query)
{
    return containsFolded(u.email, query) || containsFolded(u.userProfile.name, query) || u.id == query
           || (u.externalId && containsFolded(*u.externalId, query));
}

bool memberOf(const User &u, const std::string &orgId)
{
    return u.membership(orgId) != nullptr;
}

HttpResponse updateUser(SandboxStore &store, HttpRequest &r)
{
    User *user = userFromPath(store, r);
    if (!user)
        return userNotFound(r, pathUserId(r));
    HttpResponse error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    UserUpdate update;
    if (!parseUserUpdate(*body, &update, r.requestId, &error))
        return error;
    if (update.externalId && !update.externalId->empty()) {
        const User *other = store.findUserByExternalId(*update.externalId);
        if (other && other->id != user->id)
            return apierrors::alreadyExists(r.requestId, "a user with external_id " + *update.externalId + " already exists");
    }
    applyUserUpdate(update, *user);
    user->updateTime = store.now();
    return HttpResponse::json(wrap("user", *user));
}

HttpResponse createOrganizationUser(SandboxStore &store, HttpRequest &r)
{
    const std::string &orgId = r.param("organization_id");
    const Organization *org = store.organizations.find(orgId);
    if (!org)
        return apierrors::notFound(r.requestId, "organization", orgId);
    HttpResponse error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    UserCreate create;
    if (!parseUserCreate(*body, &create, r.requestId, &error))
        return error;
    const bool invite = boolQuery(r, "send_invitation_email", true);
    std::vector<RoleRef> roles;
    if (!resolveRoleRefs(store, orgId, create.membership.roleNames, &roles, r.requestId, &error, "membership.roles"))
        return error;
    if (create.externalId) {
        const User *other = store.findUserByExternalId(*create.externalId);
        if (other && other->email != create.email)
            return apierrors::alreadyExists(r.requestId, "a user with external_id " + *create.externalId + " already exists");
    }
    const auto limit = store.userManagement.find(orgId);
    if (limit != store.userManagement.end() && limit->second.maxAllowedUsers && *limit->second.maxAllowedUsers > 0) {
        const auto members = std::count_if(store.users.begin(), store.users.end(),
                                           [&](const User &u) { return memberOf(u, orgId); });
        if (members >= *limit->second.maxAllowedUsers)
            return apierrors::failedPrecondition(r.requestId, "organization has reached max_allowed_users");
    }
    User *existing = store.findUserByEmail(create.email);
    if (existing && memberOf(*existing, orgId))
        return apierrors::alreadyExists(r.requestId, "user " + create.email + " is already a member of " + orgId);
    User *user = existing;
    if (!user) {
        User fresh;
        fresh.id = store.newId("usr_");
        fresh.environmentId = store.environmentId();
        fresh.createTime = fresh.updateTime = store.now();
        fresh.email = create.email;
        fresh.externalId = create.externalId;
        fresh.metadata = create.metadata;
        fresh.userProfile = create.profile;
        fresh.userProfile.id = fresh.id;
        if (fresh.userProfile.name.empty())
            fresh.userProfile.name = fresh.userProfile.givenName
                                     + (fresh.userProfile.familyName.empty() ? "" : " " + fresh.userProfile.familyName);
        user = &store.users.insert(std::move(fresh));
    }
    OrganizationMembership membership = newMembership(store, *org, create.membership, invite);
    user->memberships.push_back(membership);
    recordInvite(store, *user, membership, invite);
    user->updateTime = store.now();
    return HttpResponse::json(wrap("user", *user), 201);
}

} // namespace

void registerUserRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    const auto encodeUser = [](const User &u) { return json::encode(u); };

    router.add("GET", "/api/v1/users", [s, encodeUser](HttpRequest &r) {
        return listPage(r, PageLimits::upTo100(), s->users, "users", [](const User &) { return true; }, encodeUser);
    });
    router.add("GET", "/api/v1/users:search", [s, encodeUser](HttpRequest &r) {
        const std::string query = r.queryValue("query");
        if (query.empty())
            return apierrors::invalidField(r.requestId, "query", "value is required", "required");
        return listPage(r, PageLimits::upTo30(), s->users, "users",
                        [&](const User &u) { return userMatches(u, query); }, encodeUser);
    });
    for (const char *path : {"/api/v1/users/{id}", "/api/v1/users:external/{external_id}"}) {
        router.add("GET", path, [s](HttpRequest &r) {
            const User *user = userFromPath(*s, r);
            return user ? HttpResponse::json(wrap("user", *user)) : userNotFound(r, pathUserId(r));
        });
        router.add("PATCH", path, [s](HttpRequest &r) { return updateUser(*s, r); });
        router.add("DELETE", path, [s](HttpRequest &r) {
            const User *user = userFromPath(*s, r);
            if (!user)
                return userNotFound(r, pathUserId(r));
            s->deleteUser(user->id);
            return HttpResponse::empty();
        });
    }
    router.add("GET", "/api/v1/organizations/{organization_id}/users", [s, encodeUser](HttpRequest &r) {
        const std::string &orgId = r.param("organization_id");
        if (!s->organizations.find(orgId))
            return apierrors::notFound(r.requestId, "organization", orgId);
        return listPage(r, PageLimits::upTo100(), s->users, "users",
                        [&](const User &u) { return memberOf(u, orgId); }, encodeUser);
    });
    router.add("GET", "/api/v1/organizations/{organization_id}/users:search", [s, encodeUser](HttpRequest &r) {
        const std::string &orgId = r.param("organization_id");
        if (!s->organizations.find(orgId))
            return apierrors::notFound(r.requestId, "organization", orgId);
        const std::string query = r.queryValue("query");
        return listPage(r, PageLimits::upTo30(), s->users, "users",
                        [&](const User &u) { return memberOf(u, orgId) && userMatches(u, query); }, encodeUser);
    });
    router.add("POST", "/api/v1/organizations/{organization_id}/users",
               [s](HttpRequest &r) { return createOrganizationUser(*s, r); });
}

} // namespace sk::sandbox
