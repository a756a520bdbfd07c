#include "services/entities/toggleresult.h"

namespace sk::entities {

void from_json(const nlohmann::json &j, ToggleResult &o)
{
    const json::Reader r(j);
    r("enabled", o.enabled)("error_message", o.errorMessage);
}

void to_json(nlohmann::json &j, const ToggleResult &o)
{
    json::Writer w(j);
    w("enabled", o.enabled)("error_message", o.errorMessage);
}

} // namespace sk::entities
