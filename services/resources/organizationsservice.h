#pragma once

#include "services/entities/organization.h"
#include "services/resources/servicesupport.h"

namespace sk::services {

// organizations.OrganizationService: list, search, get, create, update, delete, settings,
// admin portal links, session policy, user-management settings.
class OrganizationsService
{
public:
    explicit OrganizationsService(api::ApiClient *client) : m_client(client) {}

    using Organization = entities::Organization;
    using OrganizationPage = entities::Page<Organization>;

    api::ApiCall *list(const PageQuery &page, const std::string &externalId, QObject *owner,
                       Callback<OrganizationPage> done);
    api::ApiCall *search(const std::string &query, const PageQuery &page, QObject *owner,
                         Callback<OrganizationPage> done);
    api::ApiCall *get(const std::string &id, QObject *owner, Callback<Organization> done);
    api::ApiCall *getByExternalId(const std::string &externalId, QObject *owner, Callback<Organization> done);
    api::ApiCall *create(const entities::CreateOrganization &organization, QObject *owner, Callback<Organization> done);
    api::ApiCall *update(const std::string &id, const entities::UpdateOrganization &changes, QObject *owner,
                         Callback<Organization> done);
    api::ApiCall *remove(const std::string &id, QObject *owner, Callback<api::Empty> done);
    api::ApiCall *updateSettings(const std::string &id, const entities::OrganizationSettings &settings,
                                 QObject *owner, Callback<Organization> done);
    // features: "sso", "dir_sync" (empty: the server's default). Not idempotent: every call
    // makes a new single-use link.
    api::ApiCall *generatePortalLink(const std::string &id, const QStringList &features, QObject *owner,
                                     Callback<entities::PortalLink> done);
    // DELETE /organizations/{id}/portal_links/{link_id} (PREVIEW): the link stops working at once.
    api::ApiCall *revokePortalLink(const std::string &id, const std::string &linkId, QObject *owner,
                                   Callback<api::Empty> done);
    api::ApiCall *sessionPolicy(const std::string &id, QObject *owner,
                                Callback<entities::OrganizationSessionPolicy> done);
    api::ApiCall *updateSessionPolicy(const std::string &id, const entities::OrganizationSessionPolicy &policy,
                                      QObject *owner, Callback<entities::OrganizationSessionPolicy> done);
    api::ApiCall *userManagement(const std::string &id, QObject *owner,
                                 Callback<entities::OrganizationUserManagementSettings> done);
    api::ApiCall *updateUserManagement(const std::string &id,
                                       const entities::OrganizationUserManagementSettings &settings,
                                       QObject *owner, Callback<entities::OrganizationUserManagementSettings> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
