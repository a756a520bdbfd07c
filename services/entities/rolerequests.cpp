#include "services/entities/rolerequests.h"

namespace sk::entities {

void from_json(const nlohmann::json &j, CreatePermission &o)
{
    const json::Reader r(j);
    r.read("name", o.name);
    r.read("description", o.description);
}

void to_json(nlohmann::json &j, const CreatePermission &o)
{
    json::Writer w(j);
    w.write("name", o.name);
    w.write("description", o.description);
}

} // namespace sk::entities
