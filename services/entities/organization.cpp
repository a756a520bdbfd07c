#include "services/entities/organization.h"

#include "services/entities/tapecodecs.h"
#include "services/json/fieldcells.h"
#include "services/json/tape.h"
#include "services/json/textwriter.h"

namespace sk::entities {

std::optional<bool> OrganizationSettings::featureEnabled(std::string_view name) const
{
    for (const auto &feature : features)
        if (feature.name == name)
            return feature.enabled;
    return std::nullopt;
}

namespace {

template <typename Io, typename Self>
void featureFields(Io &io, Self &o)
{
    io("name", o.name);
    io("enabled", o.enabled);
}

template <typename Io, typename Self>
void settingsFields(Io &io, Self &o)
{
    io("features", o.features);
}

template <typename Io, typename Self>
void organizationFields(Io &io, Self &o)
{
    io("id", o.id);
    io("create_time", o.createTime);
    io("update_time", o.updateTime);
    io("display_name", o.displayName);
    io("region_code", o.regionCode);
    io("external_id", o.externalId);
    io("metadata", o.metadata);
    io("settings", o.settings);
    io("slug", o.slug);
    io("logo_url", o.logoUrl);
}

} // namespace

void from_json(const nlohmann::json &j, OrganizationSettingsFeature &o) { const json::Reader r(j); featureFields(r, o); }
void to_json(nlohmann::json &j, const OrganizationSettingsFeature &o) { json::Writer w(j); featureFields(w, o); }
void from_tape(const json::TapeValue &v, OrganizationSettingsFeature &o) { const json::TapeReader r(v); featureFields(r, o); }
void from_json(const nlohmann::json &j, OrganizationSettings &o) { const json::Reader r(j); settingsFields(r, o); }
void to_json(nlohmann::json &j, const OrganizationSettings &o) { json::Writer w(j); settingsFields(w, o); }
void from_tape(const json::TapeValue &v, OrganizationSettings &o) { const json::TapeReader r(v); settingsFields(r, o); }
void from_json(const nlohmann::json &j, Organization &o) { const json::Reader r(j); organizationFields(r, o); }
void to_json(nlohmann::json &j, const Organization &o) { json::Writer w(j); organizationFields(w, o); }
void from_tape(const json::TapeValue &v, Organization &o) { const json::TapeReader r(v); organizationFields(r, o); }
void readFields(const Organization &o, json::FieldCells &cells) { organizationFields(cells, o); }
void to_text(std::string &out, const OrganizationSettingsFeature &o) { json::TextWriter w(out); featureFields(w, o); }
void to_text(std::string &out, const OrganizationSettings &o) { json::TextWriter w(out); settingsFields(w, o); }
void to_text(std::string &out, const Organization &o) { json::TextWriter w(out); organizationFields(w, o); }

void from_json(const nlohmann::json &j, CreateOrganization &o)
{
    const json::Reader r(j);
    r.read("display_name", o.displayName);
    r.read("region_code", o.regionCode);
    r.read("external_id", o.externalId);
    r.read("metadata", o.metadata);
    r.read("slug", o.slug);
    r.read("logo_url", o.logoUrl);
}

void to_json(nlohmann::json &j, const CreateOrganization &o)
{
    json::Writer w(j);
    w.write("display_name", o.displayName);
    if (o.regionCode.value != RegionCode::Unspecified)
        w.write("region_code", o.regionCode);
    w.write("external_id", o.externalId);
    if (!o.metadata.empty())
        w.write("metadata", o.metadata);
    w.write("slug", o.slug);
    w.write("logo_url", o.logoUrl);
}

void from_json(const nlohmann::json &j, UpdateOrganization &o)
{
    const json::Reader r(j);
    r.read("display_name", o.displayName);
    r.read("external_id", o.externalId);
    r.read("metadata", o.metadata);
    r.read("slug", o.slug);
    r.read("logo_url", o.logoUrl);
}

void to_json(nlohmann::json &j, const UpdateOrganization &o)
{
    json::Writer w(j);
    w.write("display_name", o.displayName);
    w.write("external_id", o.externalId);
    w.write("metadata", o.metadata);
    w.write("slug", o.slug);
    w.write("logo_url", o.logoUrl);
}

void from_json(const nlohmann::json &j, PortalLink &o)
{
    const json::Reader r(j);
    r.read("id", o.id);
    r.read("location", o.location);
    r.read("expire_time", o.expireTime);
}

void to_json(nlohmann::json &j, const PortalLink &o)
{
    json::Writer w(j);
    w.write("id", o.id);
    w.write("location", o.location);
    w.write("expire_time", o.expireTime);
}

void from_json(const nlohmann::json &j, OrganizationSessionPolicy &o)
{
    const json::Reader r(j);
    r.read("policy_source", o.policySource);
    r.read("absolute_session_timeout", o.absoluteSessionTimeout);
    r.read("absolute_session_timeout_unit", o.absoluteSessionTimeoutUnit);
    r.read("idle_session_timeout_enabled", o.idleSessionTimeoutEnabled);
    r.read("idle_session_timeout", o.idleSessionTimeout);
    r.read("idle_session_timeout_unit", o.idleSessionTimeoutUnit);
}

void to_json(nlohmann::json &j, const OrganizationSessionPolicy &o)
{
    json::Writer w(j);
    w.write("policy_source", o.policySource);
    w.write("absolute_session_timeout", o.absoluteSessionTimeout);
    w.write("absolute_session_timeout_unit", o.absoluteSessionTimeoutUnit);
    w.write("idle_session_timeout_enabled", o.idleSessionTimeoutEnabled);
    w.write("idle_session_timeout", o.idleSessionTimeout);
    w.write("idle_session_timeout_unit", o.idleSessionTimeoutUnit);
}

void from_json(const nlohmann::json &j, OrganizationUserManagementSettings &o)
{
    const json::Reader r(j);
    r.read("max_allowed_users", o.maxAllowedUsers);
}

void to_json(nlohmann::json &j, const OrganizationUserManagementSettings &o)
{
    json::Writer w(j);
    w.write("max_allowed_users", o.maxAllowedUsers);
}

} // namespace sk::entities
