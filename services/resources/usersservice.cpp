#include "services/resources/usersservice.h"

namespace sk::services {

using api::ApiCall;
using api::ApiRequest;
using entities::User;
namespace keys = entities::pagekeys;

namespace {
QString orgPath(const std::string &organizationId)
{
    return apiPath(QStringLiteral("/organizations/") + seg(organizationId));
}
QString membershipPath(const std::string &organizationId, const UserKey &user)
{
    return apiPath(QStringLiteral("/memberships/organizations/") + seg(organizationId) + user.path());
}
} // namespace

ApiCall *UsersService::list(const PageQuery &page, QObject *owner, Callback<UserPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/users")));
    page.apply(request);
    return m_client->fetch<UserPage>(std::move(request), owner, services::page<User>(keys::kUsers), std::move(done));
}

ApiCall *UsersService::search(const std::string &query, const PageQuery &page, QObject *owner, Callback<UserPage> done)
{
    ApiRequest request = ApiRequest::get(apiPath(QStringLiteral("/users:search")));
    request.query(QStringLiteral("query"), query);
    page.apply(request);
    return m_client->fetch<UserPage>(std::move(request), owner, services::page<User>(keys::kUsers), std::move(done));
}

ApiCall *UsersService::get(const UserKey &user, QObject *owner, Callback<User> done)
{
    return m_client->fetch<User>(ApiRequest::get(apiPath(user.path())), owner, member<User>("user"), std::move(done));
}

ApiCall *UsersService::update(const UserKey &user, const entities::UpdateUser &changes, QObject *owner,
                              Callback<User> done)
{
    return m_client->fetch<User>(ApiRequest::patch(apiPath(user.path())).body(requestBody(changes)), owner,
                                 member<User>("user"), std::move(done));
}

ApiCall *UsersService::remove(const UserKey &user, QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(ApiRequest::del(apiPath(user.path())), owner, nothing(), std::move(done));
}

ApiCall *UsersService::listOrganizationUsers(const std::string &organizationId, const PageQuery &page,
                                             QObject *owner, Callback<UserPage> done)
{
    ApiRequest request = ApiRequest::get(orgPath(organizationId) + QStringLiteral("/users"));
    page.apply(request);
    return m_client->fetch<UserPage>(std::move(request), owner, services::page<User>(keys::kUsers), std::move(done));
}

ApiCall *UsersService::searchOrganizationUsers(const std::string &organizationId, const std::string &query,
                                               const PageQuery &page, QObject *owner, Callback<UserPage> done)
{
    ApiRequest request = ApiRequest::get(orgPath(organizationId) + QStringLiteral("/users:search"));
    request.query(QStringLiteral("query"), query);
    page.apply(request);
    return m_client->fetch<UserPage>(std::move(request), owner, services::page<User>(keys::kUsers), std::move(done));
}

ApiCall *UsersService::createInOrganization(const std::string &organizationId, const entities::CreateUser &user,
                                            bool sendInvitationEmail, QObject *owner, Callback<User> done)
{
    ApiRequest request = ApiRequest::post(orgPath(organizationId) + QStringLiteral("/users"));
    request.queryBool(QStringLiteral("send_invitation_email"), sendInvitationEmail).body(requestBody(user));
    return m_client->fetch<User>(std::move(request), owner, member<User>("user"), std::move(done));
}

ApiCall *UsersService::createMembership(const std::string &organizationId, const UserKey &user,
                                        const entities::CreateMembership &membership, bool sendInvitationEmail,
                                        QObject *owner, Callback<User> done)
{
    ApiRequest request = ApiRequest::post(membershipPath(organizationId, user));
    request.queryBool(QStringLiteral("send_invitation_email"), sendInvitationEmail).body(requestBody(membership));
    return m_client->fetch<User>(std::move(request), owner, member<User>("user"), std::move(done));
}

ApiCall *UsersService::updateMembership(const std::string &organizationId, const UserKey &user,
                                        const entities::UpdateMembership &membership, QObject *owner,
                                        Callback<User> done)
{
    return m_client->fetch<User>(ApiRequest::patch(membershipPath(organizationId, user)).body(requestBody(membership)),
                                 owner, member<User>("user"), std::move(done));
}

ApiCall *UsersService::removeMembership(const std::string &organizationId, const UserKey &user, bool cascade,
                                        QObject *owner, Callback<api::Empty> done)
{
    ApiRequest request = ApiRequest::del(membershipPath(organizationId, user));
    if (cascade)
        request.queryBool(QStringLiteral("cascade"), true);
    return m_client->fetch<api::Empty>(std::move(request), owner, nothing(), std::move(done));
}

ApiCall *UsersService::resendInvite(const std::string &organizationId, const std::string &userId, QObject *owner,
                                    Callback<entities::Invite> done)
{
    ApiRequest request = ApiRequest::patch(apiPath(QStringLiteral("/invites/organizations/") + seg(organizationId)
                                                   + QStringLiteral("/users/") + seg(userId)
                                                   + QStringLiteral("/resend")));
    request.body(json::Json::object());
    return m_client->fetch<entities::Invite>(std::move(request), owner, member<entities::Invite>("invite"),
                                             std::move(done));
}

ApiCall *UsersService::roles(const std::string &organizationId, const std::string &userId, QObject *owner,
                             Callback<std::vector<entities::RoleRef>> done)
{
    return m_client->fetch<std::vector<entities::RoleRef>>(
        ApiRequest::get(orgPath(organizationId) + QStringLiteral("/users/") + seg(userId) + QStringLiteral("/roles")),
        owner, member<std::vector<entities::RoleRef>>(keys::kRoles), std::move(done));
}

ApiCall *UsersService::permissions(const std::string &organizationId, const std::string &userId, QObject *owner,
                                   Callback<std::vector<entities::UserPermission>> done)
{
    return m_client->fetch<std::vector<entities::UserPermission>>(
        ApiRequest::get(orgPath(organizationId) + QStringLiteral("/users/") + seg(userId)
                        + QStringLiteral("/permissions")),
        owner, member<std::vector<entities::UserPermission>>(keys::kPermissions), std::move(done));
}

ApiCall *UsersService::assignRoles(const std::string &organizationId, const std::string &userId,
                                   const std::vector<std::string> &roleNames, QObject *owner,
                                   Callback<std::vector<entities::RoleRef>> done)
{
    json::Json body = json::Json::array();
    for (const std::string &name : roleNames)
        body.push_back(json::Json{{"role_name", name}});
    return m_client->fetch<std::vector<entities::RoleRef>>(
        ApiRequest::post(orgPath(organizationId) + QStringLiteral("/users/") + seg(userId) + QStringLiteral("/roles"))
            .body(std::move(body)),
        owner, member<std::vector<entities::RoleRef>>(keys::kRoles), std::move(done));
}

ApiCall *UsersService::removeRole(const std::string &organizationId, const std::string &userId,
                                  const std::string &roleName, QObject *owner, Callback<api::Empty> done)
{
    return m_client->fetch<api::Empty>(ApiRequest::del(orgPath(organizationId) + QStringLiteral("/users/") + seg(userId)
                                                       + QStringLiteral("/roles/") + seg(roleName)),
                                       owner, nothing(), std::move(done));
}

} // namespace sk::services
