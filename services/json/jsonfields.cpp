#include "services/json/jsonfields.h"

#include "services/entities/page.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace sk::json {

namespace {

std::string quoted(const std::string &text)
{
    constexpr std::size_t kMax = 40;
    return '"' + (text.size() > kMax ? text.substr(0, kMax) + "..." : text) + '"';
}

[[noreturn]] void throwBadInteger(const std::string &text, std::string_view what)
{
    throw DecodeError({}, "not " + std::string(what) + ": " + quoted(text));
}

std::int64_t readInteger(const Json &v, std::string_view what)
{
    const std::string name(what.substr(what.find(' ') + 1)); // "an int32" -> "int32"
    switch (v.type()) {
    case Json::value_t::number_integer:
        return v.get<std::int64_t>();
    case Json::value_t::number_unsigned: {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            throw DecodeError({}, name + " out of range: " + std::to_string(u));
        return static_cast<std::int64_t>(u);
    }
    case Json::value_t::number_float: {
        const double d = v.get<double>();
        // 2^63 is exactly representable; the valid range is [-2^63, 2^63).
        if (!std::isfinite(d) || std::trunc(d) != d || d < -9223372036854775808.0 || d >= 9223372036854775808.0)
            throw DecodeError({}, "not " + std::string(what) + ": " + v.dump());
        return static_cast<std::int64_t>(d);
    }
    case Json::value_t::string: {
        const auto &text = v.get_ref<const std::string &>();
        std::int64_t value = 0;
        const char *begin = text.data();
        const char *end = begin + text.size();
        const auto [ptr, ec] = std::from_chars(begin, end, value);
        if (ec == std::errc::result_out_of_range)
            throw DecodeError({}, name + " out of range: " + quoted(text));
        if (ec != std::errc() || ptr != end || text.empty())
            throwBadInteger(text, what);
        return value;
    }
    default:
        throwWrongType(what, v);
    }
}

} // namespace

void throwWrongType(std::string_view expected, const Json &got)
{
    throw DecodeError({}, "expected " + std::string(expected) + ", got " + got.type_name());
}

void readValue(const Json &v, std::string &out)
{
    if (!v.is_string())
        throwWrongType("a string", v);
    out = v.get_ref<const std::string &>();
}

void readValue(const Json &v, bool &out)
{
    if (!v.is_boolean())
        throwWrongType("a boolean", v);
    out = v.get<bool>();
}

void readValue(const Json &v, std::int32_t &out)
{
    const std::int64_t value = readInteger(v, "an int32");
    if (value < std::numeric_limits<std::int32_t>::min() || value > std::numeric_limits<std::int32_t>::max())
        throw DecodeError({}, "int32 out of range: " + std::to_string(value));
    out = static_cast<std::int32_t>(value);
}

void readValue(const Json &v, std::uint32_t &out)
{
    const std::int64_t value = readInteger(v, "a uint32");
    if (value < 0 || value > std::numeric_limits<std::uint32_t>::max())
        throw DecodeError({}, "uint32 out of range: " + std::to_string(value));
    out = static_cast<std::uint32_t>(value);
}

void readValue(const Json &v, std::int64_t &out)
{
    out = readInteger(v, "an int64");
}

void readValue(const Json &v, double &out)
{
    if (v.is_number()) {
        out = v.get<double>();
        return;
    }
    if (!v.is_string())
        throwWrongType("a number", v);
    const auto &text = v.get_ref<const std::string &>();
    if (text == "NaN") {
        out = std::numeric_limits<double>::quiet_NaN();
        return;
    }
    if (text == "Infinity" || text == "-Infinity") {
        out = text.front() == '-' ? -std::numeric_limits<double>::infinity()
                                  : std::numeric_limits<double>::infinity();
        return;
    }
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    if (ec != std::errc() || ptr != end || text.empty())
        throw DecodeError({}, "not a number: " + quoted(text));
}

void readValue(const Json &v, Json &out)
{
    out = v;
}

void readValue(const Json &v, StringMap &out)
{
    if (!v.is_object())
        throwWrongType("an object", v);
    out.clear();
    for (const auto &[key, value] : v.items()) {
        try {
            decodeValue(value, out[key]);
        } catch (const DecodeError &e) {
            throw e.prefixed(key);
        }
    }
}

void readValue(const Json &v, entities::Timestamp &out)
{
    if (!v.is_string())
        throwWrongType("an RFC 3339 timestamp string", v);
    const auto &text = v.get_ref<const std::string &>();
    if (text.empty()) {
        out = {};
        return;
    }
    const auto parsed = entities::Timestamp::parse(text);
    if (!parsed)
        throw DecodeError({}, "not an RFC 3339 timestamp: " + quoted(text));
    out = *parsed;
}

Reader::Reader(const Json &object)
    : m_object(&object)
{
    if (!object.is_object() && !object.is_null())
        throwWrongType("an object", object);
}

const Json *Reader::find(std::string_view key) const
{
    if (!m_object->is_object())
        return nullptr;
    const auto it = m_object->find(key);
    if (it == m_object->end() || it->is_null())
        return nullptr;
    return &*it;
}

Writer::Writer(Json &object)
    : m_object(&object)
{
    if (!object.is_object())
        object = Json::object();
}

std::int32_t decodeTotalSize(const Reader &reader)
{
    const Json *value = reader.find("total_size");
    if (!value)
        return entities::kUnknownTotal;
    std::int32_t total = entities::kUnknownTotal;
    try {
        readValue(*value, total);
    } catch (const DecodeError &) {
        return entities::kUnknownTotal;
    }
    return total < 0 ? entities::kUnknownTotal : total;
}

Json parse(std::string_view text)
{
    try {
        return Json::parse(text);
    } catch (const Json::parse_error &e) {
        throw DecodeError({}, std::string("malformed JSON: ") + e.what());
    }
}

} // namespace sk::json

namespace sk::entities {

void from_json(const nlohmann::json &j, Timestamp &out)
{
    json::decodeValue(j, out);
}

void to_json(nlohmann::json &j, Timestamp value)
{
    j = json::writeValue(value);
}

} // namespace sk::entities
