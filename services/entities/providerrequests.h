#pragma once

#include "services/json/jsonfields.h"

#include <optional>
#include <string>

// providers.CreateCustomProvider / UpdateCustomProvider: the body of POST /custom-providers and
// PUT /custom-providers/{identifier} (reference §4.8). authPatterns is a ListValue (JSON array).
namespace sk::entities {

struct CustomProviderChanges
{
    std::string displayName;
    std::string description;
    nlohmann::json authPatterns = nlohmann::json::array();
    std::optional<std::string> proxyUrl;
    bool proxyEnabled = false;
    std::optional<std::string> iconSrc;
    json::StringMap metadata;
    friend bool operator==(const CustomProviderChanges &, const CustomProviderChanges &) = default;
};

void from_json(const nlohmann::json &j, CustomProviderChanges &o);
void to_json(nlohmann::json &j, const CustomProviderChanges &o);

} // namespace sk::entities
