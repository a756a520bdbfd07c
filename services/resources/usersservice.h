#pragma once

#include "services/entities/invite.h"
#include "services/entities/user.h"
#include "services/entities/userrequests.h"
#include "services/resources/servicesupport.h"

namespace sk::services {

// A user addressed by Scalekit id ("usr_...") or by external id (reference §3.2, oneof identity
// routes: /users/{id} vs /users:external/{external_id}). A plain string is an id.
struct UserKey
{
    std::string value;
    bool external = false;

    UserKey(std::string id) : value(std::move(id)) {} // NOLINT(google-explicit-constructor)
    UserKey(const char *id) : value(id) {}            // NOLINT(google-explicit-constructor)
    static UserKey byId(std::string id) { return UserKey(std::move(id)); }
    static UserKey byExternalId(std::string externalId)
    {
        UserKey key(std::move(externalId));
        key.external = true;
        return key;
    }

    // "/users/{id}" or "/users:external/{external_id}", each percent-encoded.
    QString path() const
    {
        return (external ? QStringLiteral("/users:external/") : QStringLiteral("/users/")) + seg(value);
    }
};

// users.UserService: environment users, organization users, memberships, invites, and a
// user's roles and permissions in an organization.
class UsersService
{
public:
    explicit UsersService(api::ApiClient *client) : m_client(client) {}

    using User = entities::User;
    using UserPage = entities::Page<User>;

    // GET /users (page_size 10..100) and /users:search (query, page_size <= 30).
    api::ApiCall *list(const PageQuery &page, QObject *owner, Callback<UserPage> done);
    api::ApiCall *search(const std::string &query, const PageQuery &page, QObject *owner, Callback<UserPage> done);
    api::ApiCall *get(const UserKey &user, QObject *owner, Callback<User> done);
    api::ApiCall *update(const UserKey &user, const entities::UpdateUser &changes, QObject *owner,
                         Callback<User> done);
    // Deletes the user with all memberships and sessions.
    api::ApiCall *remove(const UserKey &user, QObject *owner, Callback<api::Empty> done);

    // Organization users: GET /organizations/{id}/users (page_size <= 100) and users:search (<= 30).
    api::ApiCall *listOrganizationUsers(const std::string &organizationId, const PageQuery &page, QObject *owner,
                                        Callback<UserPage> done);
    api::ApiCall *searchOrganizationUsers(const std::string &organizationId, const std::string &query,
                                          const PageQuery &page, QObject *owner, Callback<UserPage> done);
    // Creates the user (or finds it by email) and its membership in the organization.
    api::ApiCall *createInOrganization(const std::string &organizationId, const entities::CreateUser &user,
                                       bool sendInvitationEmail, QObject *owner, Callback<User> done);

    // Memberships: all return the user with its memberships.
    api::ApiCall *createMembership(const std::string &organizationId, const UserKey &user,
                                   const entities::CreateMembership &membership, bool sendInvitationEmail,
                                   QObject *owner, Callback<User> done);
    api::ApiCall *updateMembership(const std::string &organizationId, const UserKey &user,
                                   const entities::UpdateMembership &membership, QObject *owner, Callback<User> done);
    // cascade: also delete the user when this was its last membership.
    api::ApiCall *removeMembership(const std::string &organizationId, const UserKey &user, bool cascade,
                                   QObject *owner, Callback<api::Empty> done);

    // PATCH /invites/organizations/{org}/users/{id}/resend (not idempotent: each call sends mail).
    api::ApiCall *resendInvite(const std::string &organizationId, const std::string &userId, QObject *owner,
                               Callback<entities::Invite> done);

    // The user's roles and effective permissions in one organization (unpaginated).
    api::ApiCall *roles(const std::string &organizationId, const std::string &userId, QObject *owner,
                        Callback<std::vector<entities::RoleRef>> done);
    api::ApiCall *permissions(const std::string &organizationId, const std::string &userId, QObject *owner,
                              Callback<std::vector<entities::UserPermission>> done);
    // PREVIEW: adds roles to the membership (body: a bare array of {role_name}); returns all its roles.
    api::ApiCall *assignRoles(const std::string &organizationId, const std::string &userId,
                              const std::vector<std::string> &roleNames, QObject *owner,
                              Callback<std::vector<entities::RoleRef>> done);
    api::ApiCall *removeRole(const std::string &organizationId, const std::string &userId, const std::string &roleName,
                             QObject *owner, Callback<api::Empty> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
