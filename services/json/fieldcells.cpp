#include "services/json/fieldcells.h"

namespace sk::json {

void appendCsvText(std::string &out, const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return;
    case Json::value_t::string:
        out += value.get_ref<const std::string &>();
        return;
    case Json::value_t::boolean:
        out += value.get<bool>() ? "true" : "false";
        return;
    case Json::value_t::array: {
        bool first = true;
        for (const Json &item : value) {
            if (!first)
                out += ';';
            first = false;
            appendCsvText(out, item);
        }
        return;
    }
    default:
        out += value.dump();
        return;
    }
}

void FieldCells::append(std::string &out, const StringMap &value)
{
    // What Json(value).dump() writes, without building it, for the common case of printable
    // ASCII (only " and \\ need escaping); anything else goes the nlohmann way.
    const auto plain = [](const std::string &text) {
        for (const char c : text)
            if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80)
                return false;
        return true;
    };
    for (const auto &[key, text] : value) {
        if (!plain(key) || !plain(text)) {
            appendCsvText(out, Json(value));
            return;
        }
    }
    const auto quoted = [&out](const std::string &text) {
        out += '"';
        for (const char c : text) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    };
    out += '{';
    bool first = true;
    for (const auto &[key, text] : value) {
        if (!first)
            out += ',';
        first = false;
        quoted(key);
        out += ':';
        quoted(text);
    }
    out += '}';
}

} // namespace sk::json
