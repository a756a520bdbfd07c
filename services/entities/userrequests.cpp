#include "services/entities/userrequests.h"

#include <type_traits>

namespace sk::entities {

namespace {

// Roles in a membership body are named; the id is sent only when known (never "").
void readRoles(const json::Reader &r, std::vector<RoleRef> &roles) { r.read("roles", roles); }
void writeRoles(json::Writer &w, const std::vector<RoleRef> &roles)
{
    if (roles.empty())
        return; // not sent: the server's default (create) or unchanged (update)
    nlohmann::json array = nlohmann::json::array();
    for (const RoleRef &role : roles) {
        nlohmann::json item = nlohmann::json::object();
        if (!role.id.empty())
            item["id"] = role.id;
        if (!role.name.empty())
            item["name"] = role.name;
        if (!role.displayName.empty())
            item["display_name"] = role.displayName;
        array.push_back(std::move(item));
    }
    w.write("roles", array);
}

template <typename Io, typename Roles>
void roles(Io &io, Roles &roles)
{
    if constexpr (std::is_const_v<Roles>)
        writeRoles(io, roles);
    else
        readRoles(io, roles);
}

template <typename Io, typename Self>
void fields(Io &io, Self &o, const CreateMembership *)
{
    roles(io, o.roles);
    io("metadata", o.metadata);
    io("inviter_email", o.inviterEmail);
}

template <typename Io, typename Self>
void fields(Io &io, Self &o, const UpdateMembership *)
{
    roles(io, o.roles);
    io("metadata", o.metadata);
}

template <typename Io, typename Self>
void fields(Io &io, Self &o, const UserProfileChanges *)
{
    io("given_name", o.givenName);
    io("family_name", o.familyName);
    io("name", o.name);
    io("locale", o.locale);
    io("phone_number", o.phoneNumber);
    io("metadata", o.metadata);
    io("custom_attributes", o.customAttributes);
    io("preferred_username", o.preferredUsername);
    io("picture", o.picture);
    io("gender", o.gender);
    io("groups", o.groups);
}

template <typename Io, typename Self>
void fields(Io &io, Self &o, const CreateUser *)
{
    io("email", o.email);
    io("external_id", o.externalId);
    io("membership", o.membership);
    io("user_profile", o.userProfile);
    io("metadata", o.metadata);
}

template <typename Io, typename Self>
void fields(Io &io, Self &o, const UpdateUser *)
{
    io("external_id", o.externalId);
    io("user_profile", o.userProfile);
    io("metadata", o.metadata);
}

template <typename T>
void decode(const nlohmann::json &j, T &o)
{
    const json::Reader r(j);
    fields(r, o, static_cast<const T *>(nullptr));
}

template <typename T>
void encode(nlohmann::json &j, const T &o)
{
    json::Writer w(j);
    fields(w, o, static_cast<const T *>(nullptr));
}

} // namespace

void from_json(const nlohmann::json &j, CreateMembership &o) { decode(j, o); }
void to_json(nlohmann::json &j, const CreateMembership &o) { encode(j, o); }
void from_json(const nlohmann::json &j, UpdateMembership &o) { decode(j, o); }
void to_json(nlohmann::json &j, const UpdateMembership &o) { encode(j, o); }
void from_json(const nlohmann::json &j, UserProfileChanges &o) { decode(j, o); }
void to_json(nlohmann::json &j, const UserProfileChanges &o) { encode(j, o); }
void from_json(const nlohmann::json &j, CreateUser &o) { decode(j, o); }
void to_json(nlohmann::json &j, const CreateUser &o) { encode(j, o); }
void from_json(const nlohmann::json &j, UpdateUser &o) { decode(j, o); }
void to_json(nlohmann::json &j, const UpdateUser &o) { encode(j, o); }

} // namespace sk::entities
