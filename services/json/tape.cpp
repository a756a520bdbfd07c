#include "services/json/tape.h"

#include <charconv>
#include <limits>

namespace sk::json {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The length of the well-formed UTF-8 sequence at s (RFC 3629: no overlong forms, no
// surrogates, at most U+10FFFF), 0 when it is not one.
std::size_t utf8Length(std::string_view s)
{
    const auto b = [&s](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const auto cont = [&](std::size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
        return i < s.size() && b(i) >= lo && b(i) <= hi;
    };
    const unsigned c = b(0);
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

// A number token that is a plain integer fitting int64 (no fraction, no exponent).
std::int64_t plainInteger(const TapeValue &v)
{
    const std::string_view text = v.raw();
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size())
        throw TapeFallback();
    return value;
}

// An integer field: a plain JSON integer, or a decimal string of one (as readInteger accepts).
std::int64_t readTapeInteger(const TapeValue &v)
{
    if (v.kind() == Tape::Kind::Number)
        return plainInteger(v);
    if (v.kind() != Tape::Kind::String || v.node().escaped)
        throw TapeFallback();
    const std::string_view text = v.raw();
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
        throw TapeFallback();
    return value;
}

} // namespace

// ---- Tape ----------------------------------------------------------------------------------------

bool Tape::parse(std::string_view text, int maxDepth)
{
    if (text.size() >= std::numeric_limits<std::uint32_t>::max())
        return false;
    m_text = text;
    m_pos = 0;
    m_maxDepth = maxDepth;
    m_nodes.clear();
    skipSpace();
    if (!value(0))
        return false;
    skipSpace();
    return m_pos == m_text.size();
}

void Tape::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool Tape::value(int depth)
{
    if (m_pos >= m_text.size())
        return false;
    const char c = m_text[m_pos];
    if (c == '"')
        return string();
    if (c == '-' || isDigit(c))
        return number();
    if (c == 't')
        return literal("true", Kind::True);
    if (c == 'f')
        return literal("false", Kind::False);
    if (c == 'n')
        return literal("null", Kind::Null);
    if (c != '{' && c != '[')
        return false;
    if (depth + 1 > m_maxDepth)
        return false;
    const bool object = c == '{';
    const char close = object ? '}' : ']';
    const auto self = std::uint32_t(m_nodes.size());
    m_nodes.push_back({object ? Kind::Object : Kind::Array, false, 0, std::uint32_t(m_pos), 0});
    ++m_pos;
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == close) {
        ++m_pos;
    } else {
        for (;;) {
            if (object) {
                if (m_pos >= m_text.size() || m_text[m_pos] != '"' || !string())
                    return false;
                skipSpace();
                if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                    return false;
                ++m_pos;
                skipSpace();
            }
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (m_pos >= m_text.size())
                return false;
            if (m_text[m_pos] == ',') {
                ++m_pos;
                skipSpace();
                continue;
            }
            if (m_text[m_pos] != close)
                return false;
            ++m_pos;
            break;
        }
    }
    Node &node = m_nodes[self];
    node.next = std::uint32_t(m_nodes.size());
    node.length = std::uint32_t(m_pos - node.offset);
    return true;
}

bool Tape::string()
{
    const std::size_t begin = ++m_pos; // past the opening quote
    bool escaped = false;
    while (m_pos < m_text.size()) {
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (c == '"') {
            const auto index = std::uint32_t(m_nodes.size());
            m_nodes.push_back(
                {Kind::String, escaped, index + 1, std::uint32_t(begin), std::uint32_t(m_pos - begin)});
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            if (m_pos + 1 >= m_text.size())
                return false;
            const char e = m_text[m_pos + 1];
            if (e == 'u') {
                if (!unicodeEscape())
                    return false;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                       || e == 't') {
                m_pos += 2;
            } else {
                return false;
            }
            escaped = true;
            continue;
        }
        if (c < 0x80) {
            ++m_pos;
            continue;
        }
        const std::size_t length = utf8Length(m_text.substr(m_pos));
        if (length == 0)
            return false;
        m_pos += length;
    }
    return false;
}

bool Tape::unicodeEscape()
{
    // Checked as nlohmann checks it (a high surrogate must be followed by a low one, a low one
    // never stands alone); decoding one is left to the nlohmann path (TapeValue::string).
    const auto hex4 = [this](std::size_t at) -> int {
        if (at + 6 > m_text.size() || m_text[at] != '\\' || m_text[at + 1] != 'u')
            return -1;
        int value = 0;
        for (std::size_t i = at + 2; i < at + 6; ++i) {
            const char h = m_text[i];
            const int digit = isDigit(h) ? h - '0'
                : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                         : -1;
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    };
    const int first = hex4(m_pos);
    if (first < 0 || (first >= 0xDC00 && first <= 0xDFFF))
        return false;
    m_pos += 6;
    if (first >= 0xD800 && first <= 0xDBFF) {
        const int second = hex4(m_pos);
        if (second < 0xDC00 || second > 0xDFFF)
            return false;
        m_pos += 6;
    }
    return true;
}

bool Tape::number()
{
    const std::size_t begin = m_pos;
    const auto digits = [this] {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
        return m_pos > start;
    };
    if (m_text[m_pos] == '-')
        ++m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == '0')
        ++m_pos; // no leading zeros: "01" ends here and fails at the caller
    else if (!digits())
        return false;
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
        ++m_pos;
        if (!digits())
            return false;
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
            ++m_pos;
        if (!digits())
            return false;
    }
    const auto index = std::uint32_t(m_nodes.size());
    m_nodes.push_back({Kind::Number, false, index + 1, std::uint32_t(begin), std::uint32_t(m_pos - begin)});
    return true;
}

bool Tape::literal(std::string_view word, Kind kind)
{
    if (m_text.substr(m_pos, word.size()) != word)
        return false;
    const auto index = std::uint32_t(m_nodes.size());
    m_nodes.push_back({kind, false, index + 1, std::uint32_t(m_pos), std::uint32_t(word.size())});
    m_pos += word.size();
    return true;
}

// ---- TapeValue -----------------------------------------------------------------------------------

std::string TapeValue::string() const
{
    const std::string_view text = raw();
    if (!node().escaped)
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        switch (text[++i]) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u':
            throw TapeFallback();
        default:
            out += text[i];
            break; // " \ /
        }
    }
    return out;
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
    const std::string_view text = kind() == Tape::Kind::String ? m_tape->textWithQuotes(m_index) : raw();
    return Json::parse(text.begin(), text.end()); // valid and within the depth limit: the tape said so
}

// ---- decoders ------------------------------------------------------------------------------------

void readTape(const TapeValue &v, std::string &out)
{
    if (v.kind() != Tape::Kind::String)
        throw TapeFallback();
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
    if (v.kind() != Tape::Kind::String || v.node().escaped)
        throw TapeFallback();
    const std::string_view text = v.raw();
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
