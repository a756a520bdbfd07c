#include "services/entities/providerrequests.h"

namespace sk::entities {

void from_json(const nlohmann::json &j, CustomProviderChanges &o)
{
    const json::Reader r(j);
    r.read("display_name", o.displayName);
    r.read("description", o.description);
    r.read("auth_patterns", o.authPatterns);
    r.read("proxy_url", o.proxyUrl);
    r.read("proxy_enabled", o.proxyEnabled);
    r.read("icon_src", o.iconSrc);
    r.read("metadata", o.metadata);
}

void to_json(nlohmann::json &j, const CustomProviderChanges &o)
{
    json::Writer w(j);
    w.write("display_name", o.displayName);
    w.write("description", o.description);
    w.write("auth_patterns", o.authPatterns);
    w.write("proxy_url", o.proxyUrl);
    w.write("proxy_enabled", o.proxyEnabled);
    w.write("icon_src", o.iconSrc);
    w.write("metadata", o.metadata);
}

} // namespace sk::entities
