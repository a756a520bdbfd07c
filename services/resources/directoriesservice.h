#pragma once

#include "services/entities/directory.h"
#include "services/entities/toggleresult.h"
#include "services/resources/servicesupport.h"

namespace sk::services {

// Filters of GET .../directories/{id}/users (page_size <= 30, default 10).
struct DirectoryUserQuery
{
    bool includeDetail = false;        // fills user_detail (the raw SCIM resource)
    std::string directoryGroupId;      // only members of this group
    entities::Timestamp updatedAfter;  // only users changed after this time
};

// Filters of GET .../directories/{id}/groups (page_size <= 30, default 10).
struct DirectoryGroupQuery
{
    bool includeDetail = false;
    bool includeExternalGroups = false;
    entities::Timestamp updatedAfter;
};

// directories.DirectoryService: an organization's SCIM directories, their users and groups.
class DirectoriesService
{
public:
    explicit DirectoriesService(api::ApiClient *client) : m_client(client) {}

    using Directory = entities::Directory;
    using DirectoryUserPage = entities::Page<entities::DirectoryUser>;
    using DirectoryGroupPage = entities::Page<entities::DirectoryGroup>;

    // Unpaginated.
    api::ApiCall *list(const std::string &organizationId, QObject *owner, Callback<std::vector<Directory>> done);
    api::ApiCall *get(const std::string &organizationId, const std::string &id, QObject *owner,
                      Callback<Directory> done);
    // :enable / :disable; retried like GETs (toggling to the same state changes nothing).
    api::ApiCall *setEnabled(const std::string &organizationId, const std::string &id, bool enabled, QObject *owner,
                             Callback<entities::ToggleResult> done);
    // GET .../directories/{id}:sync (PREVIEW): asks the directory to sync now; returns {}.
    // The sync runs on the server: last_synced_at moves once it has run.
    api::ApiCall *sync(const std::string &organizationId, const std::string &id, QObject *owner,
                       Callback<api::Empty> done);
    api::ApiCall *listUsers(const std::string &organizationId, const std::string &directoryId,
                            const DirectoryUserQuery &query, const PageQuery &page, QObject *owner,
                            Callback<DirectoryUserPage> done);
    api::ApiCall *listGroups(const std::string &organizationId, const std::string &directoryId,
                             const DirectoryGroupQuery &query, const PageQuery &page, QObject *owner,
                             Callback<DirectoryGroupPage> done);
    // A new SCIM bearer token: plainSecret is its only appearance (an entities::Secret).
    // regenerate (secrets:regenerate) also deactivates the directory's earlier secrets.
    // Never retried: a retry would mint a second token.
    api::ApiCall *createSecret(const std::string &organizationId, const std::string &directoryId, bool regenerate,
                               QObject *owner, Callback<entities::CreateDirectorySecretResponse> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
