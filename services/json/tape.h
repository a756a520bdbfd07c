#pragma once

// A light, read-only view of a JSON document for the hot list paths (the CLI export): the text is
// read once and every value is recorded as a node of a flat "tape" (no std::map, no per-value
// allocation: strings and keys, unescaped, go into one buffer per tape), and TapeReader decodes
// entity fields straight from it with the same rules as json::Reader. It is an accelerator, never
// a second definition: an entity's fields are still listed once (its fields(io, o) template, used
// with json::Reader, json::Writer and TapeReader), and every caller falls back to the nlohmann path
// (parseBounded + from_json) whenever a field is anything the tape decoders do not handle
// (TapeFallback), so results and errors are those of the nlohmann path by construction
// (tests/integration/tst_tapedecode.cpp and tests/fuzz/fuzz_tape.cpp compare both).
//
// Tape::parse accepts exactly what json::parseBounded accepts. simdjson (libsimdjson-dev) reads
// the text first; whatever it refuses goes to nlohmann's SAX parser, which decides (see tape.cpp
// for why simdjson's acceptance implies nlohmann's). Either way: RFC 8259, strict (no comments, no
// trailing commas, valid UTF-8 only, \u escapes decoded and surrogates paired, no control
// characters in strings, a leading byte order mark skipped), and the nesting limit is enforced as
// the document is read (deeper than maxDepth: refused).

#include "services/entities/page.h"
#include "services/json/jsonfields.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sk::json {

// Thrown by the tape decoders for anything they leave to the nlohmann path.
struct TapeFallback : std::runtime_error
{
    TapeFallback()
        : std::runtime_error("tape: use the nlohmann path")
    { }
};

class Tape
{
public:
    // Numbers as nlohmann keeps them: negative integers, non-negative integers, the rest.
    enum class Kind : std::uint8_t { Null, False, True, Integer, Unsigned, Float, String, Array, Object };
    struct TextSpan
    {
        std::uint32_t offset; // in the tape's string buffer
        std::uint32_t length;
    };
    struct Node
    {
        Kind kind;
        std::uint32_t next; // index of the node after this value (and all it contains)
        union {
            TextSpan text; // String (values and object keys)
            std::int64_t integer; // Integer
            std::uint64_t unsignedInteger; // Unsigned
            double real; // Float
        };
    };

    Tape() = default;
    Tape(const Tape &) = default;
    Tape(Tape &&) = default;
    Tape &operator=(const Tape &) = default;
    Tape &operator=(Tape &&) = default;
    ~Tape(); // hands its buffers to the thread's next tape (one page after another)

    // Records text (a whole document). False when the text is not JSON or is nested deeper than
    // maxDepth. The tape keeps no reference to text.
    bool parse(std::string_view text, int maxDepth);

    const Node &node(std::uint32_t index) const { return m_nodes[index]; }
    // A string node's value (unescaped).
    std::string_view text(std::uint32_t index) const
    {
        const Node &n = m_nodes[index];
        return std::string_view(m_strings.data() + n.text.offset, n.text.length); // in range: pushString
    }

private:
    struct Builder; // the SAX handler (tape.cpp)
    struct SimdWalk; // copies simdjson's document into the tape (tape.cpp)
    // The fast path: true when simdjson accepts the text (and the tape holds it); false leaves
    // the text to nlohmann's SAX parser, which decides.
    bool parseWithSimdjson(std::string_view text, int maxDepth);
    // Appends a string node (a value or an object key) and its text: for both parsers.
    void pushString(std::string_view value);

    std::vector<Node> m_nodes;
    std::string m_strings;
};

// One value of a tape (an invalid value when a key is missing).
class TapeValue
{
public:
    TapeValue() = default;
    TapeValue(const Tape *tape, std::uint32_t index)
        : m_tape(tape)
        , m_index(index)
    { }

    bool isValid() const { return m_tape != nullptr; }
    const Tape *tape() const { return m_tape; }
    std::uint32_t index() const { return m_index; }
    const Tape::Node &node() const { return m_tape->node(m_index); }
    Tape::Kind kind() const { return m_tape->node(m_index).kind; }
    bool isNull() const { return kind() == Tape::Kind::Null; }
    bool isObject() const { return kind() == Tape::Kind::Object; }
    // A string's value (unescaped); TapeFallback for any other kind.
    std::string_view string() const;
    // The member `key` of an object (the last one, as nlohmann keeps it); invalid when absent.
    TapeValue member(std::string_view key) const;
    // Calls f(key, value) for each member of an object, or f({}, element) for each element.
    template<typename F> void forEach(F &&f) const;
    // The number of members of an object or elements of an array.
    std::size_t size() const;
    // The value as nlohmann::json (built from the tape: for free-form fields), the same value
    // nlohmann's own parse gives.
    Json toJson() const;

private:
    const Tape *m_tape = nullptr;
    std::uint32_t m_index = 0;
};

// ---- tape decoders: the readValue overloads of jsonfields.h over a TapeValue -------------------
void readTape(const TapeValue &v, std::string &out);
void readTape(const TapeValue &v, bool &out);
void readTape(const TapeValue &v, std::int32_t &out);
void readTape(const TapeValue &v, std::uint32_t &out);
void readTape(const TapeValue &v, std::int64_t &out);
void readTape(const TapeValue &v, double &out);
void readTape(const TapeValue &v, Json &out);
void readTape(const TapeValue &v, StringMap &out);
void readTape(const TapeValue &v, entities::Timestamp &out);
template<WireEnum E> void readTape(const TapeValue &v, entities::Enum<E> &out);
template<typename T> void readTape(const TapeValue &v, std::vector<T> &out);
template<typename T> void readTape(const TapeValue &v, std::optional<T> &out);
template<typename T> void readTape(const TapeValue &v, entities::Box<T> &out);
template<typename T> void readTape(const TapeValue &v, entities::Secret<T> &out);
template<Decodable T> void readTape(const TapeValue &v, T &out);

template<typename T> void decodeTape(const TapeValue &v, T &out)
{
    if (v.isNull())
        out = T {};
    else
        readTape(v, out);
}

// json::Reader over a tape: io(key, field) in an entity's fields template.
class TapeReader
{
public:
    explicit TapeReader(const TapeValue &object);

    template<typename T> const TapeReader &operator()(std::string_view key, T &out) const
    {
        const TapeValue value = find(key);
        if (!value.isValid() || value.isNull())
            out = T {};
        else
            readTape(value, out);
        return *this;
    }

private:
    // The member `key` (the last one, as nlohmann keeps it; invalid when absent or not an
    // object). When no key appears twice in the object, the first match is the only one: the
    // member after the previous match is tried first (a fields template reads them in the order
    // the API writes them), then the keys' table (an absent key costs one probe, not a scan).
    TapeValue find(std::string_view key) const;

    static constexpr std::size_t kMaxKeys = 32; // larger objects: every lookup scans them
    static constexpr std::size_t kSlots = 64;
    TapeValue m_object;
    bool m_distinct = false; // an object of at most kMaxKeys members whose keys all differ
    mutable std::uint32_t m_cursor = 0; // the key node after the last member found
    std::uint32_t m_keys[kMaxKeys]; // the members' key nodes, in order (when m_distinct)
    std::uint8_t m_table[kSlots] = {}; // by keySlot: 1 + an index into m_keys, 0 for none
};

// An entity type with a tape decoder: from_tape(const TapeValue &, T &) found by ADL.
template<typename T>
concept TapeDecodable = requires(const TapeValue &v, T &t)
{
    from_tape(v, t);
};

// ---- template definitions ------------------------------------------------------------------------

template<typename F> void TapeValue::forEach(F &&f) const
{
    const Tape::Node &self = m_tape->node(m_index);
    const bool object = self.kind == Tape::Kind::Object;
    for (std::uint32_t i = m_index + 1; i < self.next;) {
        std::string_view key;
        if (object)
            key = m_tape->text(i++);
        f(key, TapeValue(m_tape, i));
        i = m_tape->node(i).next;
    }
}

template<WireEnum E> void readTape(const TapeValue &v, entities::Enum<E> &out)
{
    if (v.kind() != Tape::Kind::String)
        throw TapeFallback(); // numbers and wrong types: as jsonfields.cpp says
    const std::string_view text = v.string();
    out = text.empty() ? entities::Enum<E>() : entities::Enum<E>::fromRaw(text);
}

template<typename T> void readTape(const TapeValue &v, std::vector<T> &out)
{
    if (v.kind() != Tape::Kind::Array)
        throw TapeFallback();
    out.clear();
    out.reserve(v.size());
    v.forEach(
        [&out](std::string_view, const TapeValue &element) { decodeTape(element, out.emplace_back()); });
}

template<typename T> void readTape(const TapeValue &v, std::optional<T> &out)
{
    T value {};
    readTape(v, value);
    out = std::move(value);
}

template<typename T> void readTape(const TapeValue &v, entities::Box<T> &out)
{
    readTape(v, out.emplace());
}

template<typename T> void readTape(const TapeValue &v, entities::Secret<T> &out)
{
    readTape(v, out.reveal());
}

template<Decodable T> void readTape(const TapeValue &v, T &out)
{
    if constexpr (TapeDecodable<T>)
        from_tape(v, out);
    else
        from_json(v.toJson(), out); // a nested type without a tape decoder: its own small DOM
}

// total_size as decodeTotalSize reads it (TapeFallback for anything but a plain integer).
std::int32_t decodeTapeTotalSize(const TapeValue &body);

// Decodes a list page from a tape: like decodePage<T>(body, itemsKey), or TapeFallback.
template<typename T> entities::Page<T> decodeTapePage(const TapeValue &body, std::string_view itemsKey)
{
    if (!body.isObject())
        throw TapeFallback();
    entities::Page<T> page;
    const TapeReader r(body);
    r(itemsKey, page.items);
    r("next_page_token", page.nextPageToken);
    r("prev_page_token", page.prevPageToken);
    page.totalSize = decodeTapeTotalSize(body);
    return page;
}

} // namespace sk::json
