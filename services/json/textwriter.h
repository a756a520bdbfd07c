#pragma once

// JSON text straight from an entity's field list, for the sandbox's hot list pages: the same
// fields(io, o) template that json::Reader, json::Writer and json::TapeReader walk, written as text
// without building an nlohmann document first (a std::map and a string per key and value, then a
// serializer that decodes UTF-8 byte by byte: most of a page's cost).
//
// It writes exactly the values json::Writer writes (the same omitted() rules, int64 as a string,
// unset timestamps and empty optionals left out, secrets masked unless a json::IncludeSecrets
// scope is open), in the field list's order instead of nlohmann's sorted order: JSON objects are
// unordered, and every reader here looks keys up. Strings are escaped as nlohmann's dump escapes
// them (ensure_ascii off, invalid UTF-8 replaced by U+FFFD). Nested types without a to_text, free
// form Json and doubles go through nlohmann, so they read exactly as before.
// tests/unit/tst_textwriter.cpp checks that parsing the text gives json::encode's document.
//
// Giving a type the text path: in its .cpp, beside to_json,
//     void to_text(std::string &out, const Foo &o) { json::TextWriter w(out); fooFields(w, o); }
// and call json::encodeText(value) where json::encode(value).dump() was.

#include "services/json/jsonfields.h"

#include <string>
#include <string_view>

namespace sk::json {

// A type with an ADL to_text(std::string &, const T &).
template<typename T>
concept TextEncodable = requires(std::string &out, const T &t)
{
    to_text(out, t);
};

// Appends value as JSON text.
void appendText(std::string &out, std::string_view text); // a string, escaped
void appendText(std::string &out, const std::string &v);
void appendText(std::string &out, bool v);
void appendText(std::string &out, std::int32_t v);
void appendText(std::string &out, std::uint32_t v);
void appendText(std::string &out, std::int64_t v); // as a string, as writeValue does
void appendText(std::string &out, double v);
void appendText(std::string &out, const Json &v);
void appendText(std::string &out, const StringMap &v);
void appendText(std::string &out, entities::Timestamp v);
template<WireEnum E> void appendText(std::string &out, const entities::Enum<E> &v)
{
    appendText(out, v.name());
}
template<typename T> void appendText(std::string &out, const std::vector<T> &v);
template<typename T> void appendText(std::string &out, const std::optional<T> &v)
{
    if (v)
        appendText(out, *v);
    else
        out += "null";
}
template<typename T> void appendText(std::string &out, const entities::Box<T> &v)
{
    if (v)
        appendText(out, *v);
    else
        out += "null";
}
template<typename T> void appendText(std::string &out, const entities::Secret<T> &v)
{
    if (secretsIncluded() || entities::isEmptySecret(v.reveal()))
        appendText(out, v.reveal());
    else
        appendText(out, std::string_view(kMaskedSecret));
}
template<Encodable T> void appendText(std::string &out, const T &v)
{
    if constexpr (TextEncodable<T>)
        to_text(out, v);
    else
        appendText(out, writeValue(v)); // no text path of its own: through its document
}
template<typename T> void appendText(std::string &out, const std::vector<T> &v)
{
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i > 0)
            out += ',';
        appendText(out, v[i]);
    }
    out += ']';
}

// Writes one JSON object: io(key, value) in a fields template; the object closes when the
// writer goes out of scope.
class TextWriter
{
public:
    explicit TextWriter(std::string &out)
        : m_out(&out)
    {
        out += '{';
    }
    ~TextWriter() { *m_out += '}'; }
    TextWriter(const TextWriter &) = delete;
    TextWriter &operator=(const TextWriter &) = delete;

    template<typename T> TextWriter &operator()(std::string_view key, const T &value)
    {
        if (!omitted(value)) {
            if (!m_first)
                *m_out += ',';
            m_first = false;
            // Keys are the field lists' snake_case literals: nothing in them to escape.
            *m_out += '"';
            m_out->append(key);
            *m_out += "\":";
            appendText(*m_out, value);
        }
        return *this;
    }

private:
    std::string *m_out;
    bool m_first = true;
};

// The JSON text of a value: what json::encode(value).dump() gives, up to key order.
template<typename T> std::string encodeText(const T &value)
{
    std::string out;
    appendText(out, value);
    return out;
}

} // namespace sk::json
