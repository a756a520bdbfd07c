"""What the answer contract test does on each route, and what it knowingly does not check."""


def _ref(name):
    return {"$ref": "#/components/schemas/" + name}


def _closed(**properties):
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _page(key, item):
    return _closed(**{key: {"type": "array", "items": _ref(item)}, "next_page_token": {"type": "string"},
                      "prev_page_token": {"type": "string"}, "total_size": {"type": "integer"}})


EMPTY = _closed()  # google.protobuf.Empty and the other empty messages are {}

_TIME = {"type": "string", "format": "date-time"}
# mcp.McpInstance, field table in reference.md 4.10 (no schema in the spec).
MCP_INSTANCE = _closed(id={"type": "string"}, name={"type": "string"}, user_identifier={"type": "string"},
                       config=_ref("mcpMcpConfig"), last_used_at=_TIME, updated_at=_TIME, url={"type": "string"})

# Routes the official spec does not document, whose answer is made of messages the spec does
# describe (reference.md section 2 gives each route's response message).
DERIVED = {
    ("GET", "/api/v1/organizations:search"): _page("organizations", "organizationsOrganization"),
    ("DELETE", "/api/v1/organizations/{}/portal_links/{}"): EMPTY,
    ("GET", "/api/v1/organizations/{}/settings/usermanagement"):
        _closed(settings=_ref("organizationsOrganizationUserManagementSettings")),
    ("DELETE", "/api/v1/organizations/{}/users/{}/roles/{}"): EMPTY,
    ("GET", "/api/v1/organizations/{}/roles/{}/users:count"): _ref("rolesGetRoleUsersCountResponse"),
    ("GET", "/api/v1/organizations/-/connections"): _page("connections", "connectionsListConnection"),
    ("GET", "/api/v1/organizations/-/connections:search"): _page("connections", "connectionsListConnection"),
    ("POST", "/api/v1/organizations/{}/connections"): _closed(connection=_ref("connectionsConnection")),
    ("PATCH", "/api/v1/organizations/{}/connections/{}"): _closed(connection=_ref("connectionsConnection")),
    # AssignDomainsToConnectionResponse {connection} (node-sdk descriptors)
    ("PUT", "/api/v1/organizations/{}/connections/{}/domains"): _closed(connection=_ref("connectionsConnection")),
    ("GET", "/api/v1/connections/app"): _page("connections", "connectionsConnection"),
    ("POST", "/api/v1/connections"): _closed(connection=_ref("connectionsConnection")),
    ("GET", "/api/v1/connections/{}"): _ref("connectionsGetConnectionResponse"),
    ("PATCH", "/api/v1/connections/{}"): _closed(connection=_ref("connectionsConnection")),
    ("DELETE", "/api/v1/connections/{}"): EMPTY,
    ("PATCH", "/api/v1/connections/{}:enable"): _ref("connectionsToggleConnectionResponse"),
    ("PATCH", "/api/v1/connections/{}:disable"): _ref("connectionsToggleConnectionResponse"),
    ("POST", "/api/v1/organizations/{}/directories"): _closed(directory=_ref("directoriesDirectory")),
    ("DELETE", "/api/v1/organizations/{}/directories/{}"): EMPTY,
    ("GET", "/api/v1/organizations/{}/directories/{}:sync"): EMPTY,
    ("POST", "/api/v1/organizations/{}/directories/{}/secrets"):
        _closed(plain_secret={"type": "string"}, secret=_ref("directoriesSecret")),
    ("POST", "/api/v1/organizations/{}/directories/{}/secrets:regenerate"):
        _closed(plain_secret={"type": "string"}, secret=_ref("directoriesSecret")),
    ("GET", "/api/v1/providers"): _page("providers", "providersProvider"),
    ("GET", "/api/v1/connected_accounts/{}"): _closed(connected_account=_ref("connected_accountsConnectedAccount")),
    ("PATCH", "/api/v1/organizations/{}/domains/{}:verify"): _closed(verified={"type": "boolean"}),  # reference 4.5
    # McpInstance and McpInstanceConnectionAuthState (same six fields as mcpMcpConnectionAuthState), 4.10
    ("GET", "/api/v1/mcp/instances"): _closed(instances={"type": "array", "items": MCP_INSTANCE},
                                              next_page_token={"type": "string"}, prev_page_token={"type": "string"},
                                              total_size={"type": "integer"}),
    ("POST", "/api/v1/mcp/instances"): _closed(instance=MCP_INSTANCE),
    ("GET", "/api/v1/mcp/instances/{}"): _closed(instance=MCP_INSTANCE),
    ("PATCH", "/api/v1/mcp/instances/{}"): _closed(instance=MCP_INSTANCE),
    ("DELETE", "/api/v1/mcp/instances/{}"): EMPTY,
    ("POST", "/api/v1/mcp/instances/{}:get_auth_state"):
        _closed(connections={"type": "array", "items": _ref("mcpMcpConnectionAuthState")}),
}

# Request bodies of routes the official spec does not document, from the field tables of
# reference.md section 4 and the spec's component schemas of the sub-messages.
_CREATE_CONNECTION = _closed(provider=_ref("connectionsConnectionProvider"), type=_ref("connectionsConnectionType"),
                             provider_key={"type": "string"}, key_id={"type": "string"})  # 4.3
_UPDATE_CONNECTION = _closed(  # 4.3 UpdateConnection; SAMLConnectionConfigRequest has no schema in the spec
    provider=_ref("connectionsConnectionProvider"), type=_ref("connectionsConnectionType"),
    debug_enabled={"type": ["boolean", "null"]}, ui_button_title={"type": ["string", "null"]},
    configuration_type=_ref("connectionsConfigurationType"),
    attribute_mapping={"type": "object", "additionalProperties": {"type": "string"}},
    oidc_config=_ref("connectionsOIDCConnectionConfig"), saml_config={"type": "object"},
    oauth_config=_ref("connectionsOAuthConnectionConfig"), passwordless_config=_ref("connectionsPasswordLessConfig"),
    static_config=_ref("connectionsStaticAuthConfig"), webauthn_config=_ref("connectionsWebAuthConfiguration"),
    google_dwd_config=_ref("connectionsGoogleDWDConfig"), key_id={"type": "string"}, provider_key={"type": "string"})
DERIVED_REQUESTS = {
    ("POST", "/api/v1/organizations/{}/connections"): _CREATE_CONNECTION,
    ("POST", "/api/v1/connections"): _CREATE_CONNECTION,
    ("PATCH", "/api/v1/organizations/{}/connections/{}"): _UPDATE_CONNECTION,
    ("PATCH", "/api/v1/connections/{}"): _UPDATE_CONNECTION,
    ("PUT", "/api/v1/organizations/{}/connections/{}/domains"):
        _closed(domain_ids={"type": "array", "items": {"type": "string"}}),  # AssignDomainsToConnectionRequest
    ("POST", "/api/v1/mcp/instances"): _closed(name={"type": "string"}, config_name={"type": "string"},
                                               user_identifier={"type": "string"}),  # 4.10 EnsureMcpInstanceRequest
    ("PATCH", "/api/v1/mcp/instances/{}"): _closed(name={"type": "string"}, config_name={"type": "string"}),  # 4.10
    # body "roles" = users.AssignRoleRequest[] (reference.md 2.1 and 4.2)
    ("POST", "/api/v1/organizations/{}/users/{}/roles"):
        {"type": "array", "items": _closed(id={"type": "string"}, role_name={"type": "string"})},
}

# Routes the official spec does not document and whose answer has no schema in it. Each is listed
# in /work/shared/api/routes.json with in_openapi=false (rpc in brackets).
SKIPPED = {
    ("GET", "/api/v1/organizations/{}/portal_links"):
        "not in the spec [GetPortalLinks]; WORKSPACE-only, the sandbox answers 403 to client credentials",
    ("DELETE", "/api/v1/organizations/{}/portal_links"):
        "not in the spec [DeletePortalLink]; WORKSPACE-only, the sandbox answers 403 to client credentials",
    ("POST", "/api/v1/organizations/{}/users/{}/roles"):
        "not in the spec [AssignUserRoles]; AssignUserRolesResponse has no schema there",
    ("POST", "/api/v1/connected_accounts/{}:disconnect"):
        "not in the spec [DisconnectConnectedAccount]; its response has no schema there",
}

# Fields of the API's protobuf messages that the public spec leaves out (most are marked PREVIEW,
# which hides them from the generated spec; the real API still sends them, as grpc-gateway
# marshals every field). Each is in the message's field table in /work/shared/api/reference.md
# section 4. Accepted as declared properties; every other undeclared key still fails.
_STR = {"type": "string"}
PROTO_FIELDS = {
    "domainsDomain": {"txt_record_key": _STR, "txt_record_secret": _STR},            # 4.5, PREVIEW
    "usersUser": {"environment_id": _STR},                                           # 4.2, PREVIEW
    "usersPermission": {"tags": {"type": "array", "items": _STR}},                   # 4.2, PREVIEW
    "auditlogsAuthLogRequest": {"connected_account_identifier": _STR},               # 4.13
    "connectionsConnection": {"ui_button_title": _STR, "create_time": _STR,         # 4.3, PREVIEW
                              "update_time": _STR},
    "connectionsListConnection": {"ui_button_title": _STR, "created_at": _STR},     # 4.3, PREVIEW
    "directoriesRoleAssignment": {"role_id": _STR},                                  # 4.4, PREVIEW
    "v1organizationsCreateOrganization": {"region_code": _ref("commonsRegionCode")},  # 4.1, PREVIEW
}

# Where the sandbox knowingly differs from the spec: (routes, text in the violation, reason).
# Each one is reported by the test run (as "known") so it stays visible.
_ROLE_PERMISSION_ROUTES = {("POST", "/api/v1/roles/{}/permissions"), ("GET", "/api/v1/roles/{}/permissions"),
                           ("GET", "/api/v1/roles/{}/permissions:all")}
KNOWN_DEVIATIONS = [
    (_ROLE_PERMISSION_ROUTES, "'role_name' was unexpected",
     "role permission lists: the spec's items are rolesPermission, the SDK descriptors' are roles.RolePermission "
     "(reference.md 4.6) whose role_name says which role grants an effective permission; the console shows it"),
]


def known_deviation(key, error):
    for routes, text, reason in KNOWN_DEVIATIONS:
        if key in routes and text in error:
            return reason
    return None


def exercise(d):
    """Walks every route the sandbox serves; d.call(method, pattern, params, body, query)."""
    V = "/api/v1"
    # Organizations
    orgs = d.call("GET", V + "/organizations", query={"page_size": 10})["organizations"]
    org = orgs[0]["id"]
    d.call("GET", V + "/organizations:search", query={"query": orgs[0]["display_name"][:4]})
    created = d.call("POST", V + "/organizations", body={"display_name": "Contract Test Org", "external_id": "ct-org-1",
                                                         "metadata": {"tier": "gold"}})
    new_org = created["organization"]["id"]
    d.call("GET", V + "/organizations/{id}", {"id": new_org})
    # Error answers (google.rpc.Status): not found, and a validation failure with field violations.
    d.call("GET", V + "/organizations/{id}", {"id": "org_0000000000000000"}, expect=404)
    d.call("POST", V + "/organizations", body={"display_name": "x", "metadata": {"k": "v"}}, expect=400)
    d.call("GET", V + "/organizations:external/{external_id}", {"external_id": "ct-org-1"})
    d.call("PATCH", V + "/organizations/{id}", {"id": new_org}, body={"display_name": "Contract Test Org 2"})
    d.call("PATCH", V + "/organizations/{id}/settings", {"id": new_org},
           body={"features": [{"name": "sso", "enabled": True}]})
    links = d.call("PUT", V + "/organizations/{id}/portal_links", {"id": new_org})
    link_id = links["link"]["id"]
    d.call("DELETE", V + "/organizations/{id}/portal_links/{link_id}", {"id": new_org, "link_id": link_id})
    d.call("GET", V + "/organizations/{id}/portal_links", {"id": new_org}, expect=403)
    d.call("DELETE", V + "/organizations/{id}/portal_links", {"id": new_org}, expect=403)
    d.call("GET", V + "/organizations/{organization_id}/session-policy", {"organization_id": org})
    d.call("PATCH", V + "/organizations/{organization_id}/session-policy", {"organization_id": new_org},
           body={"policy_source": "CUSTOM", "absolute_session_timeout": 8, "absolute_session_timeout_unit": "HOURS",
                 "idle_session_timeout_enabled": True, "idle_session_timeout": 30,
                 "idle_session_timeout_unit": "MINUTES"})
    d.call("GET", V + "/organizations/{organization_id}/settings/usermanagement", {"organization_id": org})
    d.call("PATCH", V + "/organizations/{organization_id}/settings/usermanagement", {"organization_id": new_org},
           body={"settings": {"max_allowed_users": 50}})

    # Domains
    p = {"organization_id": new_org}
    d.call("GET", V + "/organizations/{organization_id}/domains", {"organization_id": org})
    domain = d.call("POST", V + "/organizations/{organization_id}/domains", p,
                    body={"domain": "contract-test.example", "domain_type": "ORGANIZATION_DOMAIN"})["domain"]["id"]
    d.call("GET", V + "/organizations/{organization_id}/domains/{id}", {**p, "id": domain})
    d.call("PATCH", V + "/organizations/{organization_id}/domains/{id}:verify", {**p, "id": domain})
    d.call("DELETE", V + "/organizations/{organization_id}/domains/{id}", {**p, "id": domain})

    exercise_users(d, V, org, new_org)
    exercise_roles(d, V, org)
    exercise_clients(d, V, org)
    exercise_connections(d, V, org, new_org)
    exercise_agentkit(d, V)
    d.call("DELETE", V + "/organizations/{id}", {"id": new_org})


def exercise_users(d, V, org, new_org):
    users = d.call("GET", V + "/users", query={"page_size": 5})["users"]
    user = users[0]["id"]
    d.call("GET", V + "/users:search", query={"query": users[0]["email"][:5]})
    d.call("GET", V + "/organizations/{organization_id}/users", {"organization_id": org})
    d.call("GET", V + "/organizations/{organization_id}/users:search", {"organization_id": org},
           query={"query": "a"})
    p = {"organization_id": new_org}
    made = d.call("POST", V + "/organizations/{organization_id}/users", p, query={"send_invitation_email": "false"},
                  body={"email": "contract.user@example.com", "external_id": "ct-usr-1",
                        "user_profile": {"given_name": "Contract", "family_name": "User"},
                        "membership": {"roles": [{"name": "member"}], "metadata": {"team": "qa"}}})
    uid = made["user"]["id"]
    d.call("GET", V + "/users/{id}", {"id": uid})
    d.call("GET", V + "/users:external/{external_id}", {"external_id": "ct-usr-1"})
    d.call("PATCH", V + "/users/{id}", {"id": uid}, body={"user_profile": {"given_name": "Contracted"}})
    d.call("PATCH", V + "/users:external/{external_id}", {"external_id": "ct-usr-1"},
           body={"metadata": {"source": "contract"}})
    d.call("PATCH", V + "/memberships/organizations/{organization_id}/users/{id}", {**p, "id": uid},
           body={"roles": [{"name": "admin"}]})
    d.call("GET", V + "/organizations/{organization_id}/users/{user_id}/roles", {**p, "user_id": uid})
    d.call("GET", V + "/organizations/{organization_id}/users/{user_id}/permissions", {**p, "user_id": uid})
    d.call("POST", V + "/organizations/{organization_id}/users/{user_id}/roles", {**p, "user_id": uid},
           body={"roles": [{"name": "viewer"}]})
    d.call("DELETE", V + "/organizations/{organization_id}/users/{user_id}/roles/{role_name}",
           {**p, "user_id": uid, "role_name": "viewer"})
    # A second membership (in org) to remove and add again by id, then by external id.
    o = {"organization_id": org}
    d.call("POST", V + "/memberships/organizations/{organization_id}/users/{id}", {**o, "id": uid},
           body={"roles": [{"name": "member"}], "inviter_email": "admin@example.com"})
    d.call("PATCH", V + "/invites/organizations/{organization_id}/users/{id}/resend", {**o, "id": uid}, body={})
    d.call("DELETE", V + "/memberships/organizations/{organization_id}/users/{id}", {**o, "id": uid})
    d.call("POST", V + "/memberships/organizations/{organization_id}/users:external/{external_id}",
           {**o, "external_id": "ct-usr-1"}, body={"roles": [{"name": "member"}]})
    d.call("PATCH", V + "/memberships/organizations/{organization_id}/users:external/{external_id}",
           {**o, "external_id": "ct-usr-1"}, body={"metadata": {"tier": "gold"}})
    d.call("DELETE", V + "/memberships/organizations/{organization_id}/users:external/{external_id}",
           {**o, "external_id": "ct-usr-1"})
    # Sessions
    sessions = d.call("GET", V + "/users/{user_id}/sessions", {"user_id": user})
    session = sessions["sessions"][0]["session_id"]
    d.call("GET", V + "/sessions/{session_id}", {"session_id": session})
    d.call("POST", V + "/sessions/{session_id}/revoke", {"session_id": session})
    d.call("POST", V + "/users/{user_id}/sessions/revoke", {"user_id": user})
    d.call("GET", V + "/logs/authentication/requests", query={"page_size": 5})
    d.call("DELETE", V + "/users:external/{external_id}", {"external_id": "ct-usr-1"})
    other = d.call("POST", V + "/organizations/{organization_id}/users", p,
                   body={"email": "contract.two@example.com"})["user"]["id"]
    d.call("DELETE", V + "/users/{id}", {"id": other})


def exercise_roles(d, V, org):
    d.call("GET", V + "/roles", query={"include": "permissions"})
    d.call("POST", V + "/permissions", body={"name": "contract:read", "description": "Read contracts"})
    d.call("GET", V + "/permissions", query={"page_size": 5})
    d.call("GET", V + "/permissions/{permission_name}", {"permission_name": "contract:read"})
    d.call("PUT", V + "/permissions/{permission_name}", {"permission_name": "contract:read"},
           body={"name": "contract:read", "description": "Read every contract"})
    d.call("POST", V + "/permissions", body={"name": "contract:write"})
    d.call("POST", V + "/roles", body={"name": "contract_role", "display_name": "Contract role",
                                       "description": "made by the contract test", "extends": "member",
                                       "permissions": ["contract:read"]})
    r = {"role_name": "contract_role"}
    d.call("GET", V + "/roles/{role_name}", r)
    d.call("PUT", V + "/roles/{role_name}", r, body={"display_name": "Contract role 2", "description": "changed",
                                                     "permissions": ["contract:read"]})
    d.call("GET", V + "/roles/{role_name}/users:count", r)
    d.call("GET", V + "/roles/{role_name}/dependents", {"role_name": "member"})
    d.call("POST", V + "/roles/{role_name}/permissions", r, body={"permission_names": ["contract:write"]})
    d.call("GET", V + "/roles/{role_name}/permissions", r)
    d.call("GET", V + "/roles/{role_name}/permissions:all", r)
    d.call("DELETE", V + "/roles/{role_name}/permissions/{permission_name}", {**r, "permission_name": "contract:write"})
    d.call("PATCH", V + "/roles:set_defaults", body={"default_member_role": "member"})
    d.call("PATCH", V + "/roles/default", body={"default_member_role": "member"})
    o = {"org_id": org}
    d.call("GET", V + "/organizations/{org_id}/roles", o)
    d.call("POST", V + "/organizations/{org_id}/roles", o,
           body={"name": "contract_org_role", "display_name": "Contract org role", "permissions": ["contract:read"]})
    orr = {**o, "role_name": "contract_org_role"}
    d.call("GET", V + "/organizations/{org_id}/roles/{role_name}", orr)
    d.call("PUT", V + "/organizations/{org_id}/roles/{role_name}", orr, body={"display_name": "Contract org role 2"})
    d.call("GET", V + "/organizations/{org_id}/roles/{role_name}/users:count", orr)
    d.call("PATCH", V + "/organizations/{org_id}/roles:set_defaults", o, body={"default_member_role": "member"})
    d.call("DELETE", V + "/organizations/{org_id}/roles/{role_name}", orr)
    d.call("DELETE", V + "/roles/{role_name}", r)
    d.call("DELETE", V + "/permissions/{permission_name}", {"permission_name": "contract:write"})


def exercise_clients(d, V, org):
    p = {"organization_id": org}
    d.call("GET", V + "/organizations/{organization_id}/clients", p)
    made = d.call("POST", V + "/organizations/{organization_id}/clients", p,
                  body={"name": "contract-client", "description": "contract", "scopes": ["read"],
                        "audience": ["https://api.example.com"], "expiry": "3600",
                        "custom_claims": [{"key": "team", "value": "qa"}]})
    c = {**p, "client_id": made["client"]["client_id"]}
    d.call("GET", V + "/organizations/{organization_id}/clients/{client_id}", c)
    d.call("PATCH", V + "/organizations/{organization_id}/clients/{client_id}", c, body={"description": "changed"})
    secret = d.call("POST", V + "/organizations/{organization_id}/clients/{client_id}/secrets", c)
    d.call("DELETE", V + "/organizations/{organization_id}/clients/{client_id}/secrets/{secret_id}",
           {**c, "secret_id": secret["secret"]["id"]})
    d.call("DELETE", V + "/organizations/{organization_id}/clients/{client_id}", c)


def exercise_connections(d, V, org, new_org):
    d.call("GET", V + "/connections", query={"organization_id": org})
    d.call("GET", V + "/organizations/-/connections", query={"page_size": 5})
    d.call("GET", V + "/organizations/-/connections:search", query={"query": "o"})
    p = {"organization_id": new_org}
    conn = d.call("POST", V + "/organizations/{organization_id}/connections", p,
                  body={"type": "OIDC", "provider": "OKTA"})["connection"]["id"]
    c = {**p, "id": conn}
    d.call("GET", V + "/organizations/{organization_id}/connections/{id}", c)
    d.call("PATCH", V + "/organizations/{organization_id}/connections/{id}", c,
           body={"oidc_config": {"issuer": "https://idp.example.com", "client_id": "abc", "client_secret": "s3cret",
                                 "scopes": ["openid", "email"]}})
    dom = d.call("POST", V + "/organizations/{organization_id}/domains", p,
                 body={"domain": "contract-sso.example", "domain_type": "ORGANIZATION_DOMAIN"})["domain"]["id"]
    d.call("PATCH", V + "/organizations/{organization_id}/domains/{id}:verify", {**p, "id": dom})
    d.call("PUT", V + "/organizations/{organization_id}/connections/{connection_id}/domains",
           {**p, "connection_id": conn}, body={"domain_ids": [dom]})
    d.call("PATCH", V + "/organizations/{organization_id}/connections/{id}:enable", c)
    d.call("PATCH", V + "/organizations/{organization_id}/connections/{id}:disable", c)
    d.call("DELETE", V + "/organizations/{organization_id}/connections/{id}", c)
    app = d.call("GET", V + "/connections/app", query={"page_size": 5})["connections"]
    made = d.call("POST", V + "/connections", body={"type": "OAUTH", "provider": "CUSTOM", "key_id": "contract-conn",
                                                    "provider_key": "gmail"})["connection"]["id"]
    e = {"connection_id": made}
    d.call("GET", V + "/connections/{connection_id}", e)
    d.call("PATCH", V + "/connections/{connection_id}", e, body={"ui_button_title": "Sign in"})
    d.call("PATCH", V + "/connections/{connection_id}:disable", e)
    d.call("PATCH", V + "/connections/{connection_id}:enable", e)
    d.call("DELETE", V + "/connections/{connection_id}", e)
    # Directories
    d.call("GET", V + "/organizations/{organization_id}/directories", {"organization_id": org})
    made = d.call("POST", V + "/organizations/{organization_id}/directories", p,
                  body={"directory_type": "SCIM", "directory_provider": "OKTA"})["directory"]["id"]
    dp = {**p, "id": made, "directory_id": made}
    d.call("GET", V + "/organizations/{organization_id}/directories/{id}", dp)
    d.call("PATCH", V + "/organizations/{organization_id}/directories/{id}:enable", dp)
    d.call("POST", V + "/organizations/{organization_id}/directories/{directory_id}/secrets", dp)
    d.call("POST", V + "/organizations/{organization_id}/directories/{directory_id}/secrets:regenerate", dp)
    d.call("GET", V + "/organizations/{organization_id}/directories/{directory_id}:sync", dp)
    d.call("GET", V + "/organizations/{organization_id}/directories/{directory_id}/users", dp)
    d.call("GET", V + "/organizations/{organization_id}/directories/{directory_id}/groups", dp)
    d.call("PATCH", V + "/organizations/{organization_id}/directories/{id}:disable", dp)
    d.call("DELETE", V + "/organizations/{organization_id}/directories/{id}", dp)
    return app


def exercise_agentkit(d, V):
    d.call("GET", V + "/providers", query={"page_size": 5})
    d.call("POST", V + "/custom-providers",
           body={"display_name": "Contract API", "description": "contract", "auth_patterns": [{"type": "API_KEY"}],
                 "proxy_url": "https://api.contract.example", "proxy_enabled": True})
    providers = d.call("GET", V + "/providers", query={"page_size": 30})["providers"]
    custom = [x for x in providers if x.get("is_custom")][0]["identifier"]
    d.call("PUT", V + "/custom-providers/{identifier}", {"identifier": custom},
           body={"display_name": "Contract API 2", "auth_patterns": [{"type": "API_KEY"}]})
    d.call("DELETE", V + "/custom-providers/{identifier}", {"identifier": custom})
    d.call("GET", V + "/tools", query={"page_size": 5})
    d.call("GET", V + "/tools/available", query={"identifier": "contract@example.com"})
    d.call("GET", V + "/tools/scoped", query={"identifier": "contract@example.com"})
    accounts = d.call("GET", V + "/connected_accounts", query={"page_size": 5})["connected_accounts"]
    account = accounts[0]
    d.call("GET", V + "/connected_accounts:search", query={"query": account["identifier"][:4]})
    d.call("GET", V + "/connected_accounts/{id}", {"id": account["id"]})
    sel = {"connector": account["connector"], "identifier": account["identifier"]}
    d.call("GET", V + "/connected_accounts/auth", query=sel)
    d.call("GET", V + "/connected_accounts/details", query=sel)
    made = d.call("POST", V + "/connected_accounts",
                  body={"connector": account["connector"], "identifier": "contract@example.com",
                        "connected_account": {"api_config": {"region": "eu"}}})["connected_account"]
    d.call("PUT", V + "/connected_accounts", body={"id": made["id"], "connected_account": {"api_config": {"tier": "gold"}}})
    d.call("POST", V + "/connected_accounts/magic_link",
           body={"connector": account["connector"], "identifier": "contract@example.com"})
    every = d.call("GET", V + "/connected_accounts", query={"page_size": 99})["connected_accounts"]
    pending = [x for x in every if x["status"] == "PENDING_VERIFICATION"][0]
    d.call("POST", V + "/connected_accounts/user/verify",
           body={"auth_request_id": "ar_contract", "identifier": pending["identifier"]})
    active = [x for x in every if x["status"] == "ACTIVE"][0]
    tools = d.call("GET", V + "/tools", query={"filter.provider": active["provider"], "page_size": 5})["tools"]
    d.call("POST", V + "/execute_tool",
           body={"tool_name": tools[0]["definition"]["name"], "connected_account_id": active["id"],
                 "params": {"query": "is:unread"}})
    d.call("POST", V + "/connected_accounts/{id}:disconnect", {"id": made["id"]})
    d.call("POST", V + "/connected_accounts:delete", body={"id": made["id"]})
    # MCP
    configs = d.call("GET", V + "/mcp/configs", query={"page_size": 5})["configs"]
    mapping = configs[0]["connection_tool_mappings"][0]["connection_name"]
    made = d.call("POST", V + "/mcp/configs", body={"name": "contract-mcp", "description": "contract",
                                                    "connection_tool_mappings": [{"connection_name": mapping,
                                                                                  "tools": []}]})["config"]["id"]
    m = {"config_id": made, "mcp_config_id": made}
    d.call("GET", V + "/mcp/configs/{config_id}", m)
    d.call("PUT", V + "/mcp/configs/{config_id}", m, body={"description": "changed"})
    d.call("POST", V + "/mcp/configs/{config_id}/connected_accounts", m, body={"identifier": "contract@example.com"})
    d.call("POST", V + "/mcp/configs/{mcp_config_id}/tokens", m, body={"identifier": "contract@example.com"})
    d.call("GET", V + "/mcp/instances", query={"page_size": 5})
    inst = d.call("POST", V + "/mcp/instances", body={"config_name": "contract-mcp",
                                                       "user_identifier": "contract@example.com"})["instance"]["id"]
    i = {"instance_id": inst}
    d.call("GET", V + "/mcp/instances/{instance_id}", i)
    d.call("PATCH", V + "/mcp/instances/{instance_id}", i, body={"name": "contract-instance"})
    d.call("POST", V + "/mcp/instances/{instance_id}:get_auth_state", i)
    d.call("DELETE", V + "/mcp/instances/{instance_id}", i)
    d.call("DELETE", V + "/mcp/configs/{config_id}", m)
