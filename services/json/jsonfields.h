#pragma once

// JSON field helpers shared by the client decoders (services/) and the sandbox encoders (sandbox/).
//
// DESIGN (everyone codes against this; keep it stable)
// ---------------------------------------------------------------------------------------------
// * Entities are plain structs in namespace sk::entities, one header per resource under
//   services/entities/ (organization.h, user.h, connection.h, ...). Strings are std::string;
//   protobuf Struct/ListValue fields (api_config, user_detail, definition, ...) are nlohmann::json.
//   Member names are lowerCamelCase of the wire name (display_name -> displayName).
// * Every entity has ADL from_json/to_json (nlohmann style), so `j.get<Organization>()` and
//   `nlohmann::json(org)` work. to_json writes the snake_case wire names from
//   shared/api/reference.md §4. Both directions round-trip: decode(encode(x)) == x.
// * Wire rules (reference §3.3), implemented once here:
//   - absent == null == zero value. Unknown fields are ignored.
//   - int32/uint32 are accepted as JSON numbers or decimal strings ("3600") and ENCODED as numbers;
//     int64 is accepted the same way and ENCODED as a string.
//   - Timestamps: sk::entities::Timestamp (services/entities/timestamp.h). Absent, null or "" decode
//     as unset; an unparsable string is a DecodeError. Unset timestamps are not emitted.
//   - Enums: sk::entities::Enum<E> (services/json/enumvalue.h). A known name or proto number sets
//     value; an unknown string sets value = E::Unknown and keeps the string in raw. "" decodes as
//     the zero value. Encoded as the wire name (raw for Unknown).
//   - Wrapper types (Int32Value, BoolValue, StringValue, UInt32Value) and proto3 `optional`
//     presence fields are std::optional<T>: absent/null -> nullopt; nullopt is not emitted.
//   - Big, rarely present sub-messages may be sk::entities::Box<T> (heap optional, box.h).
//   - Credentials are sk::entities::Secret<T> (services/json/secret.h): decoded like T, ENCODED as
//     "[secret]" (kMaskedSecret) unless a json::IncludeSecrets scope is open on the thread.
//   - Maps string->string are sk::json::StringMap (std::map); repeated fields are std::vector.
//   - Non-optional fields are always emitted (protojson EmitUnpopulated), so the sandbox looks like
//     the real server.
// * Errors: any wrong type (an object where a string is expected, "abc" for an int, a bad
//   timestamp, malformed JSON) throws sk::json::DecodeError whose path() is the JSON path
//   ("organizations[3].create_time") and what() is "path: reason".
// * Pages: sk::entities::Page<T> / NumberedPage<T> with decodePage/encodePage in
//   services/entities/page.h.
//
// Writing a codec for a new struct:
//     void from_json(const nlohmann::json &j, Foo &o)
//     {
//         const sk::json::Reader r(j);              // throws unless j is an object or null
//         r.read("display_name", o.displayName);
//         r.read("create_time", o.createTime);
//     }
//     void to_json(nlohmann::json &j, const Foo &o)
//     {
//         sk::json::Writer w(j);
//         w.write("display_name", o.displayName);
//         w.write("create_time", o.createTime);    // omitted when unset
//     }
// or, to keep both directions in step, one field list used by both (Reader and Writer are
// callable as io(key, field)):
//     template <typename Io, typename Self> void fields(Io &io, Self &o) { io("display_name", o.displayName); }
//     void from_json(const Json &j, Foo &o) { const json::Reader r(j); fields(r, o); }
//     void to_json(Json &j, const Foo &o) { json::Writer w(j); fields(w, o); }

#include "services/entities/box.h"
#include "services/entities/timestamp.h"
#include "services/json/decodeerror.h"
#include "services/json/enumvalue.h"
#include "services/json/secret.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk::json {

using Json = nlohmann::json;
using StringMap = std::map<std::string, std::string>;

// Anything with an ADL from_json(const Json&, T&) (the entity structs).
template <typename T>
concept Decodable = requires(const Json &j, T &t) { from_json(j, t); };
template <typename T>
concept Encodable = requires(Json &j, const T &t) { to_json(j, t); };

// ---- value decoders: v is never null here (decodeValue handles null) -------------------------
void readValue(const Json &v, std::string &out);
void readValue(const Json &v, bool &out);
void readValue(const Json &v, std::int32_t &out);
void readValue(const Json &v, std::uint32_t &out);
void readValue(const Json &v, std::int64_t &out);
void readValue(const Json &v, double &out);
void readValue(const Json &v, Json &out);
void readValue(const Json &v, StringMap &out);
void readValue(const Json &v, entities::Timestamp &out);
template <WireEnum E>
void readValue(const Json &v, entities::Enum<E> &out);
template <typename T>
void readValue(const Json &v, std::vector<T> &out);
template <typename T>
void readValue(const Json &v, std::optional<T> &out);
template <typename T>
void readValue(const Json &v, entities::Box<T> &out);
template <typename T>
void readValue(const Json &v, entities::Secret<T> &out);
template <Decodable T>
void readValue(const Json &v, T &out);

// Null-aware entry point: null -> T{} (nullopt for optionals), else readValue.
template <typename T>
void decodeValue(const Json &v, T &out)
{
    if (v.is_null())
        out = T{};
    else
        readValue(v, out);
}

// ---- value encoders --------------------------------------------------------------------------
inline Json writeValue(const std::string &v) { return v; }
inline Json writeValue(bool v) { return v; }
inline Json writeValue(std::int32_t v) { return v; }
inline Json writeValue(std::uint32_t v) { return v; }
inline Json writeValue(std::int64_t v) { return std::to_string(v); } // int64 travels as a string
inline Json writeValue(double v) { return v; }
inline Json writeValue(const Json &v) { return v; }
inline Json writeValue(const StringMap &v) { return Json(v); }
inline Json writeValue(entities::Timestamp v) { return v.isSet() ? Json(v.toRfc3339()) : Json(); }
template <WireEnum E>
Json writeValue(const entities::Enum<E> &v);
template <typename T>
Json writeValue(const std::vector<T> &v);
template <typename T>
Json writeValue(const std::optional<T> &v);
template <typename T>
Json writeValue(const entities::Box<T> &v);
template <typename T>
Json writeValue(const entities::Secret<T> &v);
template <Encodable T>
Json writeValue(const T &v);

// Whether a field with this value is left out of an encoded object.
template <typename T>
bool omitted(const T &) { return false; }
inline bool omitted(const Json &v) { return v.is_null(); }
inline bool omitted(entities::Timestamp v) { return v.isNull(); }
template <typename T>
bool omitted(const std::optional<T> &v) { return !v.has_value(); }
template <typename T>
bool omitted(const entities::Box<T> &v) { return !v.has_value(); }
template <typename T>
bool omitted(const entities::Secret<T> &v) { return omitted(v.reveal()); }
// A zero-valued enum (E_UNSPECIFIED, or ACTIVE for the secret statuses whose zero is ACTIVE) is
// left out, as the real API does: the official spec lists no zero value in its enums (a directory
// or client secret's status enum has only INACTIVE). Decoding an absent enum gives the zero value.
template <WireEnum E>
bool omitted(const entities::Enum<E> &v) { return v.value == E{} && v.raw.empty(); }

// Reads the fields of one JSON object. Constructing it from anything but an object or null
// throws DecodeError; with null every read yields the zero value.
class Reader
{
public:
    explicit Reader(const Json &object);

    template <typename T>
    const Reader &read(std::string_view key, T &out) const
    {
        const Json *value = find(key);
        if (!value) {
            out = T{};
            return *this;
        }
        try {
            decodeValue(*value, out);
        } catch (const DecodeError &e) {
            throw e.prefixed(key);
        }
        return *this;
    }

    template <typename T>
    const Reader &operator()(std::string_view key, T &out) const { return read(key, out); }

    bool has(std::string_view key) const { return find(key) != nullptr; }
    const Json *find(std::string_view key) const; // nullptr when absent or null

private:
    const Json *m_object;
};

// Writes fields into a JSON object (turning `object` into {} first).
class Writer
{
public:
    explicit Writer(Json &object);

    template <typename T>
    Writer &write(std::string_view key, const T &value)
    {
        if (!omitted(value))
            (*m_object)[std::string(key)] = writeValue(value);
        return *this;
    }

    template <typename T>
    Writer &operator()(std::string_view key, const T &value) { return write(key, value); }

private:
    Json *m_object;
};

// Parses a response body; malformed or truncated JSON becomes DecodeError (path "").
Json parse(std::string_view text);

// Decodes a whole document as T (null -> T{}), e.g. decode<SessionDetails>(body).
template <typename T>
T decode(const Json &j)
{
    T out{};
    decodeValue(j, out);
    return out;
}

// Decodes one member of a wrapper object, e.g. decodeMember<Organization>(body, "organization");
// errors carry the key in their path. Absent/null gives T{}.
template <typename T>
T decodeMember(const Json &j, std::string_view key)
{
    T out{};
    Reader(j).read(key, out);
    return out;
}

template <typename T>
Json encode(const T &value)
{
    return writeValue(value);
}

// ---- template definitions ----------------------------------------------------------------------

[[noreturn]] void throwWrongType(std::string_view expected, const Json &got);

template <WireEnum E>
void readValue(const Json &v, entities::Enum<E> &out)
{
    if (v.is_string()) {
        const auto &text = v.get_ref<const std::string &>();
        out = text.empty() ? entities::Enum<E>() : entities::Enum<E>::fromRaw(text);
        return;
    }
    if (v.is_number()) {
        std::int64_t number = 0;
        readValue(v, number);
        if (auto known = enumFromNumber<E>(number)) {
            out = entities::Enum<E>(*known);
        } else {
            out = entities::Enum<E>(E::Unknown);
            out.raw = std::to_string(number);
        }
        return;
    }
    throwWrongType("an enum name", v);
}

template <typename T>
void readValue(const Json &v, std::vector<T> &out)
{
    if (!v.is_array())
        throwWrongType("an array", v);
    out.clear();
    out.resize(v.size());
    std::size_t i = 0;
    for (const auto &element : v) {
        try {
            decodeValue(element, out[i]);
        } catch (const DecodeError &e) {
            throw e.prefixed("[" + std::to_string(i) + "]");
        }
        ++i;
    }
}

template <typename T>
void readValue(const Json &v, std::optional<T> &out)
{
    T value{};
    readValue(v, value);
    out = std::move(value);
}

template <typename T>
void readValue(const Json &v, entities::Box<T> &out)
{
    readValue(v, out.emplace());
}

template <typename T>
void readValue(const Json &v, entities::Secret<T> &out)
{
    readValue(v, out.reveal());
}

template <Decodable T>
void readValue(const Json &v, T &out)
{
    from_json(v, out);
}

template <WireEnum E>
Json writeValue(const entities::Enum<E> &v)
{
    return std::string(v.name());
}

template <typename T>
Json writeValue(const std::vector<T> &v)
{
    Json array = Json::array();
    for (const auto &element : v)
        array.push_back(writeValue(element));
    return array;
}

template <typename T>
Json writeValue(const std::optional<T> &v)
{
    return v ? writeValue(*v) : Json();
}

template <typename T>
Json writeValue(const entities::Box<T> &v)
{
    return v ? writeValue(*v) : Json();
}

template <typename T>
Json writeValue(const entities::Secret<T> &v)
{
    if (secretsIncluded() || entities::isEmptySecret(v.reveal()))
        return writeValue(v.reveal());
    return kMaskedSecret;
}

template <Encodable T>
Json writeValue(const T &v)
{
    Json j;
    to_json(j, v);
    return j;
}

} // namespace sk::json

// nlohmann-style ADL hooks so j.get<Timestamp>() / Json(enumValue) also work.
namespace sk::entities {

void from_json(const nlohmann::json &j, Timestamp &out);
void to_json(nlohmann::json &j, Timestamp value);

template <json::WireEnum E>
void from_json(const nlohmann::json &j, Enum<E> &out)
{
    json::decodeValue(j, out);
}

template <json::WireEnum E>
void to_json(nlohmann::json &j, const Enum<E> &value)
{
    j = json::writeValue(value);
}

// `nlohmann::json j = secret` masks like the Writer does; get<Secret<T>>() decodes T.
template <typename T>
void from_json(const nlohmann::json &j, Secret<T> &out)
{
    json::decodeValue(j, out);
}

template <typename T>
void to_json(nlohmann::json &j, const Secret<T> &value)
{
    j = json::writeValue(value);
}

} // namespace sk::entities
