#pragma once

#include "services/entities/connectionconfig.h"
#include "services/entities/connectionenums.h"
#include "services/entities/domain.h"
#include "services/json/jsonfields.h"

#include <optional>
#include <string>
#include <vector>

namespace sk::entities {

// connections.Connection: SSO (organizationId set, type SAML/OIDC) and AgentKit app connections
// (environment level, type OAUTH/API_KEY/BASIC/...) share it. keyId is the connection *name*
// (connector / connection_name elsewhere); providerKey is the connector slug ("gmail").
// At most one of the *Config members is set, matching type. Wrapper: {connection}.
struct Connection
{
    std::string id;
    Enum<ConnectionProvider> provider;
    Enum<ConnectionType> type;
    Enum<ConnectionStatus> status;
    bool enabled = false;
    bool debugEnabled = false;
    std::optional<std::string> organizationId;
    std::string uiButtonTitle;
    Enum<ConfigurationType> configurationType;
    std::string testConnectionUri;
    json::StringMap attributeMapping;
    Timestamp createTime;
    Timestamp updateTime;
    std::optional<OidcConnectionConfig> oidcConfig;
    std::optional<SamlConnectionConfig> samlConfig;
    std::optional<OAuthConnectionConfig> oauthConfig;
    std::optional<PasswordlessConfig> passwordlessConfig;
    std::optional<StaticAuthConfig> staticConfig;
    nlohmann::json webauthnConfig; // connections.WebAuthConfiguration, kept raw
    std::optional<GoogleDwdConfig> googleDwdConfig;
    std::optional<std::string> keyId;
    std::string providerKey;
    std::vector<Domain> domains;
    std::optional<std::string> mcpServerUrl;

    bool isSso() const { return organizationId.has_value() && !organizationId->empty(); }
    friend bool operator==(const Connection &, const Connection &) = default;
};

// connections.ListConnection: items of GET /connections ({connections[]}, unpaginated);
// here domains are plain strings.
struct ListConnection
{
    std::string id;
    Enum<ConnectionProvider> provider;
    Enum<ConnectionType> type;
    Enum<ConnectionStatus> status;
    bool enabled = false;
    std::string organizationId;
    std::string uiButtonTitle;
    std::vector<std::string> domains;
    std::string organizationName;
    std::string providerKey;
    std::string keyId;
    Timestamp createdAt;
    std::string mcpServerUrl;
    friend bool operator==(const ListConnection &, const ListConnection &) = default;
};

// connections.CreateConnection (POST /connections and POST /organizations/{org}/connections body).
struct CreateConnection
{
    Enum<ConnectionProvider> provider;
    Enum<ConnectionType> type;
    std::string providerKey;
    std::optional<std::string> keyId;
    friend bool operator==(const CreateConnection &, const CreateConnection &) = default;
};

void from_json(const nlohmann::json &j, Connection &o);
void to_json(nlohmann::json &j, const Connection &o);
void from_json(const nlohmann::json &j, ListConnection &o);
void to_json(nlohmann::json &j, const ListConnection &o);
void from_json(const nlohmann::json &j, CreateConnection &o);
void to_json(nlohmann::json &j, const CreateConnection &o);

} // namespace sk::entities
