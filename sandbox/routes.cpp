#include "sandbox/routes.h"

#include "sandbox/router.h"

namespace sk::sandbox {

void registerAllRoutes(Router &apiRouter, Router &publicRouter, SandboxStore &store)
{
    registerOrganizationRoutes(apiRouter, store);
    registerDomainRoutes(apiRouter, store);
    registerUserRoutes(apiRouter, store);
    registerMembershipRoutes(apiRouter, store);
    registerRoleRoutes(apiRouter, store);
    registerClientRoutes(apiRouter, store);
    registerSessionRoutes(apiRouter, store);
    registerConnectionRoutes(apiRouter, store);
    registerDirectoryRoutes(apiRouter, store);
    registerProviderRoutes(apiRouter, store);
    registerToolExecutionRoutes(apiRouter, store);
    registerConnectedAccountRoutes(apiRouter, store);
    registerMcpRoutes(apiRouter, store);
    registerLogRoutes(apiRouter, store);
    registerPublicRoutes(publicRouter, store);
}

} // namespace sk::sandbox
