#include "services/json/textwriter.h"

#include "services/core/bytescan.h"
#include "services/entities/rfc3339.h"

#include <charconv>

namespace sk::json {

namespace {

// nlohmann's dump(-1, ' ', false, replace) of any value: the reference for the rare cases.
void appendDumped(std::string &out, const Json &v)
{
    out += v.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

void appendText(std::string &out, std::string_view text)
{
    // Most strings need no escaping: found eight bytes at a time and copied in one go.
    const auto special = [](std::uint64_t word) {
        return bytescan::hasByteBelow(word, 0x20) || bytescan::hasHighByte(word)
            || bytescan::hasByte(word, '"') || bytescan::hasByte(word, '\\');
    };
    std::size_t at = bytescan::plainWords(text, special);
    while (at < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[at]);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
            break;
        ++at;
    }
    if (at == text.size()) {
        out.reserve(out.size() + text.size() + 2);
        out += '"';
        out.append(text);
        out += '"';
        return;
    }
    // Plain ASCII is escaped here as nlohmann escapes it; a string with any byte past 0x7f goes
    // through nlohmann, which also replaces invalid UTF-8 (rare in list pages).
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            appendDumped(out, Json(std::string(text)));
            return;
        }
    }
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t plain = 0; // start of the run of characters copied as they are
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.substr(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
    }
    out.append(text.substr(plain));
    out += '"';
}

void appendText(std::string &out, const std::string &v)
{
    appendText(out, std::string_view(v));
}

void appendText(std::string &out, bool v)
{
    out += v ? "true" : "false";
}

namespace {

template<typename Int> void appendInteger(std::string &out, Int v)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, end);
}

} // namespace

void appendText(std::string &out, std::int32_t v)
{
    appendInteger(out, v);
}

void appendText(std::string &out, std::uint32_t v)
{
    appendInteger(out, v);
}

void appendText(std::string &out, std::int64_t v)
{
    out += '"';
    appendInteger(out, v);
    out += '"';
}

void appendText(std::string &out, double v)
{
    appendDumped(out, Json(v));
}

void appendText(std::string &out, const Json &v)
{
    appendDumped(out, v);
}

void appendText(std::string &out, const StringMap &v)
{
    out += '{';
    bool first = true;
    for (const auto &[key, value] : v) {
        if (!first)
            out += ',';
        first = false;
        appendText(out, key);
        out += ':';
        appendText(out, value);
    }
    out += '}';
}

void appendText(std::string &out, entities::Timestamp v)
{
    if (v.isSet()) {
        out += '"'; // RFC 3339 needs no escaping
        entities::appendRfc3339(out, v);
        out += '"';
    } else
        out += "null";
}

} // namespace sk::json
