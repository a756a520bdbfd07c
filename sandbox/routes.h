#pragma once

namespace sk::sandbox {

class Router;
class SandboxStore;

// One function per route group (routes_<group>.cpp).
void registerOrganizationRoutes(Router &router, SandboxStore &store);
void registerDomainRoutes(Router &router, SandboxStore &store);
void registerUserRoutes(Router &router, SandboxStore &store);
void registerMembershipRoutes(Router &router, SandboxStore &store);
void registerRoleRoutes(Router &router, SandboxStore &store);
void registerSessionRoutes(Router &router, SandboxStore &store);
void registerClientRoutes(Router &router, SandboxStore &store);
void registerConnectionRoutes(Router &router, SandboxStore &store);
void registerDirectoryRoutes(Router &router, SandboxStore &store);
void registerProviderRoutes(Router &router, SandboxStore &store);
void registerToolExecutionRoutes(Router &router, SandboxStore &store);
void registerConnectedAccountRoutes(Router &router, SandboxStore &store);
void registerMcpRoutes(Router &router, SandboxStore &store);
void registerLogRoutes(Router &router, SandboxStore &store);
// Links opened in a browser (portal links, magic links): no bearer token, outside /api.
void registerPublicRoutes(Router &router, SandboxStore &store);

void registerAllRoutes(Router &apiRouter, Router &publicRouter, SandboxStore &store);

} // namespace sk::sandbox
