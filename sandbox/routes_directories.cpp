#include "sandbox/paging.h"
#include "sandbox/routehelpers.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxstore.h"

namespace sk::sandbox {

using namespace entities;

namespace {

Directory *directoryFromPath(SandboxStore &store, const HttpRequest &r)
{
    const std::string &id = r.param("id").empty() ? r.param("directory_id") : r.param("id");
    Directory *d = store.directories.find(id);
    return d && d->organizationId == r.param("organization_id") ? d : nullptr;
}

HttpResponse notFound(const HttpRequest &r)
{
    if (r.param("organization_id").empty())
        return apierrors::notFound(r.requestId, "organization", r.param("organization_id"));
    return apierrors::notFound(r.requestId, "directory", r.param("id").empty() ? r.param("directory_id") : r.param("id"));
}

// updated_after (RFC 3339); on a bad value sets *error.
bool parseUpdatedAfter(const HttpRequest &r, Timestamp *out, HttpResponse *error)
{
    const std::string text = r.queryValue("updated_after");
    if (text.empty())
        return true;
    const auto parsed = Timestamp::parse(text);
    if (!parsed) {
        *error = apierrors::invalidField(r.requestId, "updated_after", "value must be an RFC 3339 timestamp", "timestamp");
        return false;
    }
    *out = *parsed;
    return true;
}

HttpResponse newSecret(SandboxStore &store, Directory &dir, bool regenerate)
{
    if (regenerate) {
        for (DirectorySecret &s : dir.secrets)
            s.status = DirectorySecretStatus::Inactive;
    }
    const std::string plain = "snd_scim_" + store.newToken(40);
    DirectorySecret secret;
    secret.id = store.newId("sec_");
    secret.createTime = store.now();
    secret.secretSuffix = plain.substr(plain.size() - 4);
    secret.status = DirectorySecretStatus::Active;
    secret.directoryId = dir.id;
    dir.secrets.push_back(secret);
    return HttpResponse::json(json::encode(CreateDirectorySecretResponse{plain, secret}));
}

} // namespace

void registerDirectoryRoutes(Router &router, SandboxStore &store)
{
    SandboxStore *s = &store;
    const std::string base = "/api/v1/organizations/{organization_id}/directories";
    router.add("GET", base, [s](HttpRequest &r) {
        const std::string &orgId = r.param("organization_id");
        if (!s->organizations.find(orgId))
            return apierrors::notFound(r.requestId, "organization", orgId);
        nlohmann::json items = nlohmann::json::array();
        for (const Directory &d : s->directories) {
            if (d.organizationId == orgId)
                items.push_back(json::encode(d));
        }
        return HttpResponse::json({{"directories", items}});
    });
    router.add("POST", base, [s](HttpRequest &r) {
        const std::string &orgId = r.param("organization_id");
        if (!s->organizations.find(orgId))
            return apierrors::notFound(r.requestId, "organization", orgId);
        HttpResponse error;
        const auto body = jsonBody(r, &error);
        if (!body)
            return error;
        Directory d;
        try {
            sk::json::Reader(*body).read("directory_type", d.directoryType).read("directory_provider", d.directoryProvider);
        } catch (const json::DecodeError &e) {
            return apierrors::invalidField(r.requestId, e.path(), e.reason(), "type");
        }
        if (d.directoryType.isUnknown() || d.directoryProvider.isUnknown())
            return apierrors::invalidField(r.requestId, d.directoryType.isUnknown() ? "directory_type" : "directory_provider",
                                           "value must be defined", "enum.defined_only");
        d.id = s->newId("dir_");
        d.organizationId = orgId;
        if (d.directoryType.value == DirectoryType::Unspecified)
            d.directoryType = DirectoryType::Scim;
        d.name = std::string(d.directoryProvider.name()) + " SCIM";
        d.status = std::string(directorystatus::kDraft);
        d.directoryEndpoint = s->baseUrl() + "/api/v1/directories/" + d.id + "/scim/v2";
        d.groupsTracked = "ALL";
        return HttpResponse::json(wrap("directory", s->directories.insert(std::move(d))));
    });
    router.add("GET", base + "/{id}", [s](HttpRequest &r) {
        const Directory *d = directoryFromPath(*s, r);
        return d ? HttpResponse::json(wrap("directory", *d)) : notFound(r);
    });
    router.add("DELETE", base + "/{id}", [s](HttpRequest &r) {
        Directory *d = directoryFromPath(*s, r);
        if (!d)
            return notFound(r);
        const std::string orgId = d->organizationId;
        s->deleteDirectory(d->id);
        s->refreshOrganizationFeatures(orgId);
        return HttpResponse::empty();
    });
    for (const bool enable : {true, false}) {
        router.add("PATCH", base + (enable ? "/{id}:enable" : "/{id}:disable"), [s, enable](HttpRequest &r) {
            Directory *d = directoryFromPath(*s, r);
            if (!d)
                return notFound(r);
            d->enabled = enable;
            if (enable && d->status == directorystatus::kDraft)
                d->status = std::string(directorystatus::kInProgress);
            s->refreshOrganizationFeatures(d->organizationId);
            return HttpResponse::json({{"enabled", d->enabled}});
        });
    }
    router.add("GET", base + "/{directory_id}:sync", [s](HttpRequest &r) {
        Directory *d = directoryFromPath(*s, r);
        if (!d)
            return notFound(r);
        d->lastSyncedAt = s->now();
        return HttpResponse::empty();
    });
    router.add("POST", base + "/{directory_id}/secrets", [s](HttpRequest &r) {
        Directory *d = directoryFromPath(*s, r);
        return d ? newSecret(*s, *d, false) : notFound(r);
    });
    router.add("POST", base + "/{directory_id}/secrets:regenerate", [s](HttpRequest &r) {
        Directory *d = directoryFromPath(*s, r);
        return d ? newSecret(*s, *d, true) : notFound(r);
    });
    router.add("GET", base + "/{directory_id}/users", [s](HttpRequest &r) {
        const Directory *d = directoryFromPath(*s, r);
        if (!d)
            return notFound(r);
        HttpResponse error;
        Timestamp updatedAfter;
        if (!parseUpdatedAfter(r, &updatedAfter, &error))
            return error;
        const std::string group = r.queryValue("directory_group_id");
        const bool detail = boolQuery(r, "include_detail", false);
        return listPage(r, PageLimits::upTo30(), s->directoryUsers, "users",
                        [&](const DirectoryUserRow &u) {
                            return u.directoryId == d->id && (updatedAfter.isNull() || u.user.updatedAt > updatedAfter)
                                   && (group.empty()
                                       || std::find(u.groupIds.begin(), u.groupIds.end(), group) != u.groupIds.end());
                        },
                        [&](const DirectoryUserRow &u) {
                            DirectoryUser out = u.user;
                            if (!detail)
                                out.userDetail = nlohmann::json();
                            for (const std::string &gid : u.groupIds) {
                                if (const DirectoryGroupRow *g = s->directoryGroups.find(gid)) {
                                    DirectoryGroup brief = g->group;
                                    brief.groupDetail = nlohmann::json();
                                    out.groups.push_back(brief);
                                }
                            }
                            return json::encode(out);
                        });
    });
    router.add("GET", base + "/{directory_id}/groups", [s](HttpRequest &r) {
        const Directory *d = directoryFromPath(*s, r);
        if (!d)
            return notFound(r);
        HttpResponse error;
        Timestamp updatedAfter;
        if (!parseUpdatedAfter(r, &updatedAfter, &error))
            return error;
        const bool detail = boolQuery(r, "include_detail", false);
        return listPage(r, PageLimits::upTo30(), s->directoryGroups, "groups",
                        [&](const DirectoryGroupRow &g) {
                            return g.directoryId == d->id && (updatedAfter.isNull() || g.group.updatedAt > updatedAfter);
                        },
                        [&](const DirectoryGroupRow &g) {
                            DirectoryGroup out = g.group;
                            if (!detail)
                                out.groupDetail = nlohmann::json();
                            return json::encode(out);
                        });
    });
}

} // namespace sk::sandbox
