#pragma once

#include "services/json/jsonfields.h"

#include <string>

// roles.CreatePermission: the body of POST /permissions and PUT /permissions/{name} (reference §4.6).
namespace sk::entities {

struct CreatePermission
{
    std::string name;
    std::string description;
    friend bool operator==(const CreatePermission &, const CreatePermission &) = default;
};

void from_json(const nlohmann::json &j, CreatePermission &o);
void to_json(nlohmann::json &j, const CreatePermission &o);

} // namespace sk::entities
