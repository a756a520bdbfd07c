#include "services/resources/authlogsservice.h"

namespace sk::services {

api::ApiCall *AuthLogsService::list(const AuthLogFilter &filter, const PageQuery &page, QObject *owner,
                                    Callback<AuthLogPage> done)
{
    api::ApiRequest request = api::ApiRequest::get(apiPath(QStringLiteral("/logs/authentication/requests")));
    page.apply(request);
    request.query(QStringLiteral("email"), filter.email).queryRepeated(QStringLiteral("status"), filter.statuses);
    queryTime(request, QStringLiteral("start_time"), filter.startTime);
    queryTime(request, QStringLiteral("end_time"), filter.endTime);
    request.query(QStringLiteral("resource_id"), filter.resourceId)
        .query(QStringLiteral("connected_account_identifier"), filter.connectedAccountIdentifier)
        .query(QStringLiteral("client_id"), filter.clientId);
    return m_client->fetch<AuthLogPage>(std::move(request), owner,
                                        services::page<AuthLogRequest>(entities::pagekeys::kAuthRequests),
                                        std::move(done));
}

} // namespace sk::services
