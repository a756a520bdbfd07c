#pragma once

#include "services/json/jsonfields.h"

#include <optional>
#include <string>

namespace sk::entities {

// {enabled, error_message?}: connections.ToggleConnectionResponse and
// directories.ToggleDirectoryResponse (PATCH ...:enable / ...:disable).
struct ToggleResult
{
    bool enabled = false;
    std::optional<std::string> errorMessage;
    friend bool operator==(const ToggleResult &, const ToggleResult &) = default;
};

void from_json(const nlohmann::json &j, ToggleResult &o);
void to_json(nlohmann::json &j, const ToggleResult &o);

} // namespace sk::entities
