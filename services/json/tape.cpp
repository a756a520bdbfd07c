#include "services/json/tape.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <memory>
#include <simdjson.h>

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
        tape.pushString(value);
        return true;
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

void Tape::pushString(std::string_view value)
{
    Node node {Kind::String, std::uint32_t(m_nodes.size() + 1), {}};
    node.text = {std::uint32_t(m_strings.size()), std::uint32_t(value.size())};
    m_strings += value;
    m_nodes.push_back(node);
}

// ---- the simdjson path ----------------------------------------------------------------------------
//
// simdjson (Debian's libsimdjson-dev) parses a page about five times faster than nlohmann's SAX
// parser. It only ever accepts: whenever it refuses a text, for whatever reason (a leading byte
// order mark, an integer beyond uint64, a number out of double's range, nesting beyond the limit,
// or plain bad JSON), the text goes to nlohmann's SAX parser, which decides. Where simdjson accepts,
// nlohmann accepts the same text and reads the same values (both are strict RFC 8259 parsers that
// validate UTF-8, refuse unescaped control characters and lone surrogates, and round numbers
// correctly); fuzz_tape and tst_tapedecode check that the tape and parseBounded never disagree.
// Numbers are recorded as nlohmann records them: negative integers as Integer, other integers as
// Unsigned, the rest as Float.
struct Tape::SimdWalk
{
    Tape &tape;
    std::size_t maxDepth;

    // False: leave the text to nlohmann.
    bool value(simdjson::dom::element element, std::size_t depth)
    {
        using Type = simdjson::dom::element_type;
        Node node {Kind::Null, 0, {}};
        switch (element.type()) {
        case Type::NULL_VALUE:
            break;
        case Type::BOOL:
            node.kind = bool(element.get_bool()) ? Kind::True : Kind::False;
            break;
        case Type::INT64: {
            const std::int64_t v = element.get_int64();
            if (v < 0) {
                node.kind = Kind::Integer;
                node.integer = v;
            } else {
                node.kind = Kind::Unsigned;
                node.unsignedInteger = std::uint64_t(v);
            }
            break;
        }
        case Type::UINT64:
            node.kind = Kind::Unsigned;
            node.unsignedInteger = element.get_uint64();
            break;
        case Type::DOUBLE:
            node.kind = Kind::Float;
            node.real = element.get_double();
            break;
        case Type::STRING:
            return text(element.get_string());
        case Type::ARRAY:
        case Type::OBJECT:
            return container(element, depth);
        default:
            return false;
        }
        node.next = std::uint32_t(tape.m_nodes.size() + 1);
        tape.m_nodes.push_back(node);
        return true;
    }

    bool text(std::string_view value)
    {
        tape.pushString(value);
        return true;
    }

    bool container(simdjson::dom::element element, std::size_t depth)
    {
        if (depth >= maxDepth)
            return false; // nlohmann's path refuses it, as parseBounded does
        const std::size_t self = tape.m_nodes.size();
        const bool isObject = element.type() == simdjson::dom::element_type::OBJECT;
        tape.m_nodes.push_back({isObject ? Kind::Object : Kind::Array, 0, {}});
        if (isObject) {
            for (const simdjson::dom::key_value_pair field : simdjson::dom::object(element)) {
                if (!text(field.key) || !value(field.value, depth + 1))
                    return false;
            }
        } else {
            for (const simdjson::dom::element item : simdjson::dom::array(element)) {
                if (!value(item, depth + 1))
                    return false;
            }
        }
        tape.m_nodes[self].next = std::uint32_t(tape.m_nodes.size());
        return true;
    }
};

namespace {

// Pages are parsed one after another on one thread: its parser and padded copy of the text are
// kept for the next page. Texts past kKeptBytes get their own, freed at once.
constexpr std::size_t kKeptBytes = 4 << 20;

struct SimdState
{
    simdjson::dom::parser parser;
    std::string padded;
};

} // namespace

bool Tape::parseWithSimdjson(std::string_view text, int maxDepth)
{
    thread_local SimdState kept;
    std::unique_ptr<SimdState> own;
    SimdState *state = &kept;
    if (text.size() > kKeptBytes) {
        own = std::make_unique<SimdState>();
        state = own.get();
    }
    state->padded.assign(text);
    state->padded.append(simdjson::SIMDJSON_PADDING, ' ');
    // Deeper than the limit allows is simdjson's error (nlohmann decides), or refused by the walk.
    const std::size_t depth = std::size_t(maxDepth) + 2;
    if (state->parser.max_depth() != depth || state->parser.capacity() < text.size()) {
        if (state->parser.allocate(std::max(text.size(), state->parser.capacity()), depth)
            != simdjson::SUCCESS)
            return false;
    }
    simdjson::dom::element root;
    if (state->parser.parse(state->padded.data(), text.size(), /*realloc_if_needed*/ false).get(root)
        != simdjson::SUCCESS)
        return false;
    SimdWalk walk {*this, std::size_t(maxDepth)};
    if (walk.value(root, 0))
        return true;
    m_nodes.clear();
    m_strings.clear();
    return false;
}

namespace {

// The buffers of the thread's last tape, for its next one: a list export parses one page after
// another, each into a new Tape, and would otherwise allocate and free both per page. Buffers
// past kKeptBytes are freed.
struct SpareBuffers
{
    std::vector<Tape::Node> nodes;
    std::string strings;
};
thread_local SpareBuffers spare;

} // namespace

Tape::~Tape()
{
    if (m_strings.capacity() <= kKeptBytes && m_strings.capacity() > spare.strings.capacity())
        spare.strings.swap(m_strings);
    if (m_nodes.capacity() * sizeof(Node) <= kKeptBytes && m_nodes.capacity() > spare.nodes.capacity())
        spare.nodes.swap(m_nodes);
}

bool Tape::parse(std::string_view text, int maxDepth)
{
    if (m_strings.capacity() == 0)
        m_strings.swap(spare.strings);
    if (m_nodes.capacity() == 0)
        m_nodes.swap(spare.nodes);
    m_nodes.clear();
    m_strings.clear();
    // Offsets are 32-bit; the unescaped strings are never longer than the text.
    if (text.size() >= std::numeric_limits<std::uint32_t>::max() || maxDepth < 0)
        return false;
    if (text.find('\0') != std::string_view::npos)
        return false; // as parseBounded: nlohmann would stop at the NUL and accept what came before
    m_strings.reserve(text.size());
    m_nodes.reserve(text.size() / 16 + 8); // a page of entities: about one node per 20 bytes
    if (parseWithSimdjson(text, maxDepth))
        return true;
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

std::size_t TapeValue::size() const
{
    std::size_t count = 0;
    forEach([&count](std::string_view, const TapeValue &) { ++count; });
    return count;
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

namespace {

// A key's first slot in TapeReader's table (from its length and first and last bytes).
std::size_t keySlot(std::string_view key)
{
    if (key.empty())
        return 0;
    return key.size() * 31 + static_cast<unsigned char>(key.front()) * 7
        + static_cast<unsigned char>(key.back());
}

} // namespace

TapeReader::TapeReader(const TapeValue &object)
    : m_object(object)
{
    if (!object.isObject()) {
        if (!object.isNull())
            throw TapeFallback();
        return;
    }
    // The keys go into a small open-addressing table; a key met twice means nlohmann's lookup
    // for every field (the last one wins).
    static_assert(kSlots >= 2 * kMaxKeys && kMaxKeys < 255);
    const Tape &tape = *object.tape();
    const std::uint32_t end = tape.node(object.index()).next;
    std::size_t count = 0;
    for (std::uint32_t i = object.index() + 1; i < end; i = tape.node(i + 1).next) {
        if (count == kMaxKeys)
            return;
        const std::string_view key = tape.text(i);
        std::size_t slot = keySlot(key) % kSlots;
        for (; m_table[slot] != 0; slot = (slot + 1) % kSlots)
            if (tape.text(m_keys[m_table[slot] - 1]) == key)
                return;
        m_keys[count] = i;
        m_table[slot] = std::uint8_t(++count);
    }
    m_distinct = true;
    m_cursor = object.index() + 1;
}

TapeValue TapeReader::find(std::string_view key) const
{
    if (!m_object.isObject())
        return {};
    if (!m_distinct)
        return m_object.member(key);
    const Tape &tape = *m_object.tape();
    const auto found = [&](std::uint32_t keyIndex) {
        m_cursor = tape.node(keyIndex + 1).next;
        return TapeValue(&tape, keyIndex + 1);
    };
    if (m_cursor < tape.node(m_object.index()).next && tape.text(m_cursor) == key)
        return found(m_cursor);
    for (std::size_t slot = keySlot(key) % kSlots; m_table[slot] != 0; slot = (slot + 1) % kSlots)
        if (tape.text(m_keys[m_table[slot] - 1]) == key)
            return found(m_keys[m_table[slot] - 1]);
    return {};
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
