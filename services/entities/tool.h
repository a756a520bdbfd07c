#pragma once

#include "services/json/jsonfields.h"

#include <optional>
#include <string>
#include <vector>

namespace sk::entities {

// tools.Tool. definition (the tool schema: name, description, input schema) and metadata are
// Structs, kept raw. Paged as {tools[], ...}.
struct Tool
{
    std::string id;
    std::string provider;
    nlohmann::json definition;
    nlohmann::json metadata;
    std::vector<std::string> tags;
    std::optional<bool> isDefault;
    Timestamp updatedAt;

    // definition["name"] when it is a string, else "".
    std::string name() const;
    friend bool operator==(const Tool &, const Tool &) = default;
};

// tools.ScopedTool: GET /tools/scoped items.
struct ScopedTool
{
    Tool tool;
    std::string identifier;
    std::string connectedAccountId;
    friend bool operator==(const ScopedTool &, const ScopedTool &) = default;
};

void from_json(const nlohmann::json &j, Tool &o);
void to_json(nlohmann::json &j, const Tool &o);
void from_json(const nlohmann::json &j, ScopedTool &o);
void to_json(nlohmann::json &j, const ScopedTool &o);

} // namespace sk::entities
