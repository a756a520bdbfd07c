#pragma once

#include "services/json/jsonfields.h"

#include <string>
#include <vector>

namespace sk::entities {

// providers.Provider: the AgentKit connector catalogue (GET /providers, paged "providers").
// authPatterns is a ListValue (JSON array), kept raw.
struct Provider
{
    std::string id;
    std::string identifier;
    std::string displayName;
    std::string description;
    std::vector<std::string> categories;
    nlohmann::json authPatterns;
    std::string iconSrc;
    std::int32_t displayPriority = 0;
    bool comingSoon = false;
    std::string proxyUrl;
    bool proxyEnabled = false;
    bool isCustom = false;
    bool isCustomMcp = false;
    json::StringMap metadata;
    friend bool operator==(const Provider &, const Provider &) = default;
};

void from_json(const nlohmann::json &j, Provider &o);
void to_json(nlohmann::json &j, const Provider &o);

} // namespace sk::entities
