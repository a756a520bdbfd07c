#pragma once

#include "services/entities/connectionconfig.h"
#include "services/entities/connectionenums.h"
#include "services/json/jsonfields.h"

#include <optional>
#include <string>

// connections.UpdateConnection: the PATCH body for SSO (/organizations/{org}/connections/{id})
// and AgentKit (/connections/{id}) connections (reference §4.3). Only set fields are sent; at
// most one *Config member should be set, matching the connection's type.
namespace sk::entities {

struct UpdateConnection
{
    std::optional<Enum<ConnectionProvider>> provider;
    std::optional<Enum<ConnectionType>> type;
    std::optional<bool> debugEnabled;
    std::optional<std::string> uiButtonTitle;
    std::optional<Enum<ConfigurationType>> configurationType;
    std::optional<json::StringMap> attributeMapping;
    std::optional<OidcConnectionConfig> oidcConfig;
    nlohmann::json samlConfig; // connections.SAMLConnectionConfigRequest (write form), raw
    std::optional<OAuthConnectionConfig> oauthConfig;
    std::optional<PasswordlessConfig> passwordlessConfig;
    std::optional<StaticAuthConfig> staticConfig;
    nlohmann::json webauthnConfig;
    std::optional<GoogleDwdConfig> googleDwdConfig;
    std::optional<std::string> keyId;
    std::optional<std::string> providerKey;
    friend bool operator==(const UpdateConnection &, const UpdateConnection &) = default;
};

void from_json(const nlohmann::json &j, UpdateConnection &o);
void to_json(nlohmann::json &j, const UpdateConnection &o);

} // namespace sk::entities
