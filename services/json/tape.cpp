#include "services/json/tape.h"

#include <charconv>
#include <limits>

namespace sk::json {

namespace {

// An integer field: a JSON integer that fits int64, or a decimal string of one (as readInteger
// accepts). Fractions, exponents and anything else go the nlohmann way.
std::int64_t readTapeInteger(const TapeValue &v)
{
    const Tape::Node &node = v.node();
    switch (node.kind) {
    case Tape::Kind::Integer:
        return node.integer;
    case Tape::Kind::Unsigned:
        if (node.unsignedInteger > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            throw TapeFallback();
        return std::int64_t(node.unsignedInteger);
    case Tape::Kind::String: {
        const std::string_view text = v.string();
        std::int64_t value = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
            throw TapeFallback();
        return value;
    }
    default:
        throw TapeFallback();
    }
}

} // namespace

// ---- Tape ----------------------------------------------------------------------------------------

// Records nlohmann's SAX events as tape nodes. Returning false stops the parse (a refusal).
struct Tape::Builder
{
    Tape &tape;
    std::size_t maxDepth;
    std::vector<std::uint32_t> open {}; // the containers being filled, outermost first

    bool scalar(Node node)
    {
        node.next = std::uint32_t(tape.m_nodes.size() + 1);
        tape.m_nodes.push_back(node);
        return true;
    }
    bool text(const std::string &value)
    {
        Node node {Kind::String, 0, {}};
        node.text = {std::uint32_t(tape.m_strings.size()), std::uint32_t(value.size())};
        tape.m_strings += value;
        return scalar(node);
    }
    bool start(Kind kind)
    {
        if (open.size() >= maxDepth)
            return false; // deeper than the limit: refused, as parseBounded refuses it
        open.push_back(std::uint32_t(tape.m_nodes.size()));
        tape.m_nodes.push_back({kind, 0, {}});
        return true;
    }
    bool end()
    {
        tape.m_nodes[open.back()].next = std::uint32_t(tape.m_nodes.size());
        open.pop_back();
        return true;
    }

    // nlohmann's SAX interface
    bool null() { return scalar({Kind::Null, 0, {}}); }
    bool boolean(bool value) { return scalar({value ? Kind::True : Kind::False, 0, {}}); }
    bool number_integer(Json::number_integer_t value)
    {
        Node node {Kind::Integer, 0, {}};
        node.integer = value;
        return scalar(node);
    }
    bool number_unsigned(Json::number_unsigned_t value)
    {
        Node node {Kind::Unsigned, 0, {}};
        node.unsignedInteger = value;
        return scalar(node);
    }
    bool number_float(Json::number_float_t value, const Json::string_t &)
    {
        Node node {Kind::Float, 0, {}};
        node.real = value;
        return scalar(node);
    }
    bool string(Json::string_t &value) { return text(value); }
    bool key(Json::string_t &value) { return text(value); }
    bool binary(Json::binary_t &) { return false; } // never produced from JSON text
    bool start_object(std::size_t) { return start(Kind::Object); }
    bool end_object() { return end(); }
    bool start_array(std::size_t) { return start(Kind::Array); }
    bool end_array() { return end(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }
};

bool Tape::parse(std::string_view text, int maxDepth)
{
    m_nodes.clear();
    m_strings.clear();
    // Offsets are 32-bit; the unescaped strings are never longer than the text.
    if (text.size() >= std::numeric_limits<std::uint32_t>::max() || maxDepth < 0)
        return false;
    if (text.find('\0') != std::string_view::npos)
        return false; // as parseBounded: nlohmann would stop at the NUL and accept what came before
    m_strings.reserve(text.size());
    Builder builder {*this, std::size_t(maxDepth)};
    return Json::sax_parse(text, &builder, Json::input_format_t::json, /*strict*/ true);
}

// ---- TapeValue -----------------------------------------------------------------------------------

std::string_view TapeValue::string() const
{
    if (kind() != Tape::Kind::String)
        throw TapeFallback();
    return m_tape->text(m_index);
}

TapeValue TapeValue::member(std::string_view key) const
{
    TapeValue found;
    forEach([&](std::string_view name, const TapeValue &value) {
        if (name == key)
            found = value; // the last of duplicate keys wins, as in nlohmann's DOM
    });
    return found;
}

Json TapeValue::toJson() const
{
    const Tape::Node &n = node();
    switch (n.kind) {
    case Tape::Kind::Null:
        return nullptr;
    case Tape::Kind::False:
        return false;
    case Tape::Kind::True:
        return true;
    case Tape::Kind::Integer:
        return n.integer;
    case Tape::Kind::Unsigned:
        return n.unsignedInteger;
    case Tape::Kind::Float:
        return n.real;
    case Tape::Kind::String:
        return std::string(string());
    case Tape::Kind::Array: {
        Json out = Json::array();
        forEach([&out](std::string_view, const TapeValue &element) { out.push_back(element.toJson()); });
        return out;
    }
    case Tape::Kind::Object:
        break;
    }
    Json out = Json::object();
    forEach([&out](std::string_view key, const TapeValue &value) {
        out[std::string(key)] = value.toJson(); // the last of duplicate keys wins, as in parse
    });
    return out;
}

// ---- decoders ------------------------------------------------------------------------------------

void readTape(const TapeValue &v, std::string &out)
{
    out = v.string();
}

void readTape(const TapeValue &v, bool &out)
{
    if (v.kind() == Tape::Kind::True)
        out = true;
    else if (v.kind() == Tape::Kind::False)
        out = false;
    else
        throw TapeFallback();
}

void readTape(const TapeValue &v, std::int32_t &out)
{
    const std::int64_t value = readTapeInteger(v);
    if (value < std::numeric_limits<std::int32_t>::min() || value > std::numeric_limits<std::int32_t>::max())
        throw TapeFallback();
    out = std::int32_t(value);
}

void readTape(const TapeValue &v, std::uint32_t &out)
{
    const std::int64_t value = readTapeInteger(v);
    if (value < 0 || value > std::numeric_limits<std::uint32_t>::max())
        throw TapeFallback();
    out = std::uint32_t(value);
}

void readTape(const TapeValue &v, std::int64_t &out)
{
    out = readTapeInteger(v);
}

void readTape(const TapeValue &v, double &out)
{
    readValue(v.toJson(), out);
}

void readTape(const TapeValue &v, Json &out)
{
    out = v.toJson();
}

void readTape(const TapeValue &v, StringMap &out)
{
    if (!v.isObject())
        throw TapeFallback();
    out.clear();
    v.forEach(
        [&out](std::string_view key, const TapeValue &value) { decodeTape(value, out[std::string(key)]); });
}

void readTape(const TapeValue &v, entities::Timestamp &out)
{
    const std::string_view text = v.string();
    if (text.empty()) {
        out = {};
        return;
    }
    const auto parsed = entities::Timestamp::parse(text);
    if (!parsed)
        throw TapeFallback();
    out = *parsed;
}

TapeReader::TapeReader(const TapeValue &object)
    : m_object(object)
{
    if (!object.isObject() && !object.isNull())
        throw TapeFallback();
}

std::int32_t decodeTapeTotalSize(const TapeValue &body)
{
    const TapeValue value = body.member("total_size");
    if (!value.isValid() || value.isNull())
        return entities::kUnknownTotal;
    const std::int64_t total = readTapeInteger(value);
    if (total < 0 || total > std::numeric_limits<std::int32_t>::max())
        return entities::kUnknownTotal;
    return std::int32_t(total);
}

} // namespace sk::json
