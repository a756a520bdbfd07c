#include "services/entities/provider.h"

namespace sk::entities {

namespace {

template <typename Io, typename Self>
void providerFields(Io &io, Self &o)
{
    io("id", o.id);
    io("identifier", o.identifier);
    io("display_name", o.displayName);
    io("description", o.description);
    io("categories", o.categories);
    io("auth_patterns", o.authPatterns);
    io("icon_src", o.iconSrc);
    io("display_priority", o.displayPriority);
    io("coming_soon", o.comingSoon);
    io("proxy_url", o.proxyUrl);
    io("proxy_enabled", o.proxyEnabled);
    io("is_custom", o.isCustom);
    io("is_custom_mcp", o.isCustomMcp);
    io("metadata", o.metadata);
}

} // namespace

void from_json(const nlohmann::json &j, Provider &o)
{
    const json::Reader r(j);
    providerFields(r, o);
    if (!o.authPatterns.is_null() && !o.authPatterns.is_array())
        throw json::DecodeError("auth_patterns", std::string("expected an array, got ") + o.authPatterns.type_name());
}

void to_json(nlohmann::json &j, const Provider &o) { json::Writer w(j); providerFields(w, o); }

} // namespace sk::entities
