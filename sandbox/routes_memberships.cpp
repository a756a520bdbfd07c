#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/userbodies.h"

namespace sk::sandbox {

using namespace entities;

namespace {

constexpr std::int64_t kInviteValidity = 7LL * 86400 * 1'000'000'000LL;

User *userFromPath(SandboxStore &store, const HttpRequest &r, const char *idParam = "id")
{
    if (!r.param("external_id").empty())
        return store.findUserByExternalId(r.param("external_id"));
    return store.users.find(r.param(idParam));
}

std::string pathUserId(const HttpRequest &r, const char *idParam = "id")
{
    return r.param("external_id").empty() ? r.param(idParam) : r.param("external_id");
}

OrganizationMembership *membershipOf(User &user, const std::string &orgId)
{
    for (OrganizationMembership &m : user.memberships) {
        if (m.organizationId == orgId)
            return &m;
    }
    return nullptr;
}

HttpResponse createMembership(SandboxStore &store, HttpRequest &r)
{
    const std::string &orgId = r.param("organization_id");
    const Organization *org = store.organizations.find(orgId);
    if (!org)
        return apierrors::notFound(r.requestId, "organization", orgId);
    User *user = userFromPath(store, r);
    if (!user)
        return apierrors::notFound(r.requestId, "user", pathUserId(r));
    HttpResponse error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    MembershipInput input;
    if (!parseMembership(*body, &input, r.requestId, &error))
        return error;
    std::vector<RoleRef> roles;
    if (!resolveRoleRefs(store, orgId, input.roleNames, &roles, r.requestId, &error))
        return error;
    if (membershipOf(*user, orgId))
        return apierrors::alreadyExists(r.requestId, "user " + user->id + " is already a member of " + orgId);
    const bool invite = boolQuery(r, "send_invitation_email", true);
    OrganizationMembership m = newMembership(store, *org, input, invite);
    user->memberships.push_back(m);
    recordInvite(store, *user, m, invite);
    user->updateTime = store.now();
    return HttpResponse::json(wrap("user", *user), 201);
}

HttpResponse updateMembership(SandboxStore &store, HttpRequest &r)
{
    const std::string &orgId = r.param("organization_id");
    if (!store.organizations.find(orgId))
        return apierrors::notFound(r.requestId, "organization", orgId);
    User *user = userFromPath(store, r);
    if (!user)
        return apierrors::notFound(r.requestId, "user", pathUserId(r));
    OrganizationMembership *m = membershipOf(*user, orgId);
    if (!m)
        return apierrors::notFound(r.requestId, "membership", orgId + "/" + user->id);
    HttpResponse error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    MembershipInput input;
    if (!parseMembership(*body, &input, r.requestId, &error))
        return error;
    std::vector<RoleRef> roles;
    if (!resolveRoleRefs(store, orgId, input.roleNames, &roles, r.requestId, &error))
        return error;
    if (input.rolesGiven)
        m->roles = roles;
    if (input.metadataGiven)
        m->metadata = input.metadata;
    user->updateTime = store.now();
    return HttpResponse::json(wrap("user", *user));
}

HttpResponse resendInvite(SandboxStore &store, HttpRequest &r)
{
    const std::string &orgId = r.param("organization_id");
    if (!store.organizations.find(orgId))
        return apierrors::notFound(r.requestId, "organization", orgId);
    User *user = store.users.find(r.param("id"));
    if (!user)
        return apierrors::notFound(r.requestId, "user", r.param("id"));
    OrganizationMembership *m = membershipOf(*user, orgId);
    if (!m)
        return apierrors::notFound(r.requestId, "membership", orgId + "/" + user->id);
    if (m->membershipStatus != MembershipStatus::PendingInvite && m->membershipStatus != MembershipStatus::InviteExpired)
        return apierrors::failedPrecondition(r.requestId, "the user has no pending invitation in this organization");
    const Timestamp now = store.now();
    Invite &invite = store.invites[{orgId, user->id}];
    if (invite.createdAt.isNull()) {
        invite.organizationId = orgId;
        invite.userId = user->id;
        invite.createdAt = m->createdAt.isSet() ? m->createdAt : now;
        invite.inviterEmail = m->inviterEmail;
    }
    invite.status = "pending_invite";
    invite.resentAt = now;
    invite.resentCount += 1;
    invite.expiresAt = Timestamp(now.nanos + kInviteValidity);
    m->membershipStatus = MembershipStatus::PendingInvite;
    m->expiresAt = invite.expiresAt;
    user->updateTime = now;
    return HttpResponse::json(wrap("invite", invite));
}

HttpResponse userRoles(SandboxStore &store, HttpRequest &r)
{
    const std::string &orgId = r.param("organization_id");
    if (!store.organizations.find(orgId))
        return apierrors::notFound(r.requestId, "organization", orgId);
    User *user = store.users.find(r.param("user_id"));
    if (!user)
        return apierrors::notFound(r.requestId, "user", r.param("user_id"));
    OrganizationMembership *m = membershipOf(*user, orgId);
    if (!m)
        return apierrors::notFound(r.requestId, "membership", orgId + "/" + user->id);
    return HttpResponse::json(wrap("roles", m->roles));
}

HttpResponse userPermissions(SandboxStore &store, HttpRequest &r)
{
    const std::string &orgId = r.param("organization_id");
    if (!store.organizations.find(orgId))
        return apierrors::notFound(r.requestId, "organization", orgId);
    User *user = store.users.find(r.param("user_id"));
    if (!user)
        return apierrors::notFound(r.requestId, "user", r.param("user_id"));
    OrganizationMembership *m = membershipOf(*user, orgId);
    if (!m)
        return apierrors::notFound(r.requestId, "membership", orgId + "/" + user->id);
    std::vector<UserPermission> out;
    for (const RoleRef &role : m->roles) {
        for (const RolePermission &p : store.effectivePermissions(orgId, role.name)) {
            if (std::none_of(out.begin(), out.end(), [&](const UserPermission &x) { return x.name == p.name; }))
                out.push_back({p.id, p.name, p.description, {}});
        }
    }
    return HttpResponse::json(wrap("permissions", out));
}

HttpResponse assignUserRoles(SandboxStore &store, HttpRequest &r)
{
    const std::string &orgId = r.param("organization_id");
    User *user = store.users.find(r.param("user_id"));
    if (!store.organizations.find(orgId) || !user)
        return apierrors::notFound(r.requestId, "user", r.param("user_id"));
    OrganizationMembership *m = membershipOf(*user, orgId);
    if (!m)
        return apierrors::notFound(r.requestId, "membership", orgId + "/" + user->id);
    HttpResponse error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    // body: "roles" on a repeated field; accept a bare array or {"roles": [...]}.
    const nlohmann::json list = body->is_array() ? *body : body->value("roles", nlohmann::json::array());
    std::vector<std::string> names;
    for (const auto &item : list) {
        if (item.is_object())
            names.push_back(item.value("role_name", item.value("name", item.value("id", ""))));
        else if (item.is_string())
            names.push_back(item.get<std::string>());
    }
    std::vector<RoleRef> roles;
    if (!resolveRoleRefs(store, orgId, names, &roles, r.requestId, &error))
        return error;
    for (const RoleRef &role : roles) {
        if (std::none_of(m->roles.begin(), m->roles.end(), [&](const RoleRef &x) { return x.name == role.name; }))
            m->roles.push_back(role);
    }
    user->updateTime = store.now();
    return HttpResponse::json(wrap("roles", m->roles));
}

} // namespace

void registerMembershipRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    for (const char *path : {"/api/v1/memberships/organizations/{organization_id}/users/{id}",
                             "/api/v1/memberships/organizations/{organization_id}/users:external/{external_id}"}) {
        router.add("POST", path, [s](HttpRequest &r) { return createMembership(*s, r); });
        router.add("PATCH", path, [s](HttpRequest &r) { return updateMembership(*s, r); });
        router.add("DELETE", path, [s](HttpRequest &r) {
            const std::string &orgId = r.param("organization_id");
            if (!s->organizations.find(orgId))
                return apierrors::notFound(r.requestId, "organization", orgId);
            User *user = userFromPath(*s, r);
            if (!user)
                return apierrors::notFound(r.requestId, "user", pathUserId(r));
            if (!s->deleteMembership(orgId, user->id, boolQuery(r, "cascade", false)))
                return apierrors::notFound(r.requestId, "membership", orgId + "/" + user->id);
            return HttpResponse::empty();
        });
    }
    router.add("PATCH", "/api/v1/invites/organizations/{organization_id}/users/{id}/resend",
               [s](HttpRequest &r) { return resendInvite(*s, r); });
    router.add("GET", "/api/v1/organizations/{organization_id}/users/{user_id}/roles",
               [s](HttpRequest &r) { return userRoles(*s, r); });
    router.add("POST", "/api/v1/organizations/{organization_id}/users/{user_id}/roles",
               [s](HttpRequest &r) { return assignUserRoles(*s, r); });
    router.add("DELETE", "/api/v1/organizations/{organization_id}/users/{user_id}/roles/{role_name}", [s](HttpRequest &r) {
        User *user = s->users.find(r.param("user_id"));
        OrganizationMembership *m = user ? membershipOf(*user, r.param("organization_id")) : nullptr;
        if (!m)
            return apierrors::notFound(r.requestId, "membership", r.param("organization_id") + "/" + r.param("user_id"));
        const auto before = m->roles.size();
        std::erase_if(m->roles, [&](const RoleRef &x) { return x.name == r.param("role_name"); });
        if (before == m->roles.size())
            return apierrors::notFound(r.requestId, "role assignment", r.param("role_name"));
        user->updateTime = s->now();
        return HttpResponse::empty();
    });
    router.add("GET", "/api/v1/organizations/{organization_id}/users/{user_id}/permissions",
               [s](HttpRequest &r) { return userPermissions(*s, r); });
}

} // namespace sk::sandbox
