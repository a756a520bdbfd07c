#include "services/entities/tool.h"

namespace sk::entities {

namespace {

template <typename Io, typename Self>
void toolFields(Io &io, Self &o)
{
    io("id", o.id);
    io("provider", o.provider);
    io("definition", o.definition);
    io("metadata", o.metadata);
    io("tags", o.tags);
    io("is_default", o.isDefault);
    io("updated_at", o.updatedAt);
}

template <typename Io, typename Self>
void scopedToolFields(Io &io, Self &o)
{
    io("tool", o.tool);
    io("identifier", o.identifier);
    io("connected_account_id", o.connectedAccountId);
}

} // namespace

std::string Tool::name() const
{
    if (definition.is_object()) {
        const auto it = definition.find("name");
        if (it != definition.end() && it->is_string())
            return it->get<std::string>();
    }
    return {};
}

void from_json(const nlohmann::json &j, Tool &o) { const json::Reader r(j); toolFields(r, o); }
void to_json(nlohmann::json &j, const Tool &o) { json::Writer w(j); toolFields(w, o); }
void from_json(const nlohmann::json &j, ScopedTool &o) { const json::Reader r(j); scopedToolFields(r, o); }
void to_json(nlohmann::json &j, const ScopedTool &o) { json::Writer w(j); scopedToolFields(w, o); }

} // namespace sk::entities
