#include "services/resources/directoriesservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::Directory;
namespace keys = entities::pagekeys;

namespace {
QString directoriesPath(const std::string &organizationId)
{
    return apiPath(QStringLiteral("/organizations/") + seg(organizationId) + QStringLiteral("/directories"));
}
QString directoryPath(const std::string &organizationId, const std::string &id)
{
    return directoriesPath(organizationId) + u'/' + seg(id);
}
} // namespace

ApiCall *DirectoriesService::list(const std::string &organizationId, QObject *owner,
                                  Callback<std::vector<Directory>> done)
{
    return m_client->fetch<std::vector<Directory>>(ApiRequest::get(directoriesPath(organizationId)), owner,
                                                   member<std::vector<Directory>>(keys::kDirectories), std::move(done));
}

ApiCall *DirectoriesService::get(const std::string &organizationId, const std::string &id, QObject *owner,
                                 Callback<Directory> done)
{
    return m_client->fetch<Directory>(ApiRequest::get(directoryPath(organizationId, id)), owner,
                                      member<Directory>("directory"), std::move(done));
}

ApiCall *DirectoriesService::setEnabled(const std::string &organizationId, const std::string &id, bool enabled,
                                        QObject *owner, Callback<entities::ToggleResult> done)
{
    ApiRequest request = ApiRequest::patch(directoryPath(organizationId, id)
                                           + (enabled ? QStringLiteral(":enable") : QStringLiteral(":disable")));
    request.idempotent(true);
    return m_client->fetch<entities::ToggleResult>(std::move(request), owner, whole<entities::ToggleResult>(),
                                                   std::move(done));
}

ApiCall *DirectoriesService::sync(const std::string &organizationId, const std::string &id, QObject *owner,
                                  Callback<api::Empty> done)
{
    // Note the GET verb (reference §4.4).
    return m_client->fetch<api::Empty>(
        ApiRequest::get(directoryPath(organizationId, id) + QStringLiteral(":sync")), owner, nothing(),
        std::move(done));
}

ApiCall *DirectoriesService::listUsers(const std::string &organizationId, const std::string &directoryId,
                                       const DirectoryUserQuery &query, const PageQuery &page, QObject *owner,
                                       Callback<DirectoryUserPage> done)
{
    ApiRequest request = ApiRequest::get(directoryPath(organizationId, directoryId) + QStringLiteral("/users"));
    page.apply(request);
    if (query.includeDetail)
        request.queryBool(QStringLiteral("include_detail"), true);
    request.query(QStringLiteral("directory_group_id"), query.directoryGroupId);
    queryTime(request, QStringLiteral("updated_after"), query.updatedAfter);
    return m_client->fetch<DirectoryUserPage>(std::move(request), owner,
                                              services::page<entities::DirectoryUser>(keys::kUsers), std::move(done));
}

ApiCall *DirectoriesService::listGroups(const std::string &organizationId, const std::string &directoryId,
                                        const DirectoryGroupQuery &query, const PageQuery &page, QObject *owner,
                                        Callback<DirectoryGroupPage> done)
{
    ApiRequest request = ApiRequest::get(directoryPath(organizationId, directoryId) + QStringLiteral("/groups"));
    page.apply(request);
    if (query.includeDetail)
        request.queryBool(QStringLiteral("include_detail"), true);
    if (query.includeExternalGroups)
        request.queryBool(QStringLiteral("include_external_groups"), true);
    queryTime(request, QStringLiteral("updated_after"), query.updatedAfter);
    return m_client->fetch<DirectoryGroupPage>(std::move(request), owner,
                                               services::page<entities::DirectoryGroup>(keys::kGroups),
                                               std::move(done));
}

ApiCall *DirectoriesService::createSecret(const std::string &organizationId, const std::string &directoryId,
                                          bool regenerate, QObject *owner,
                                          Callback<entities::CreateDirectorySecretResponse> done)
{
    ApiRequest request = ApiRequest::post(directoryPath(organizationId, directoryId)
                                          + (regenerate ? QStringLiteral("/secrets:regenerate") : QStringLiteral("/secrets")));
    return m_client->fetch<entities::CreateDirectorySecretResponse>(
        std::move(request), owner, whole<entities::CreateDirectorySecretResponse>(), std::move(done));
}

} // namespace sk::services
