#pragma once

// The text of chosen top-level fields of an entity, read from the entity itself through its
// fields(io, o) template (the one that also drives from_json and to_json): what the CLI export
// writes as CSV cells, without encoding each row into a JSON document first. Each cell is what
// csvText(to_json(entity)[key]) gives: "" for an absent (omitted) field, strings as they are,
// booleans as true/false, arrays joined with ';', other values as compact JSON, and Secret
// fields masked exactly as every JSON encoding masks them (secret.h).

#include "services/json/jsonfields.h"

#include <string>
#include <string_view>
#include <vector>

namespace sk::json {

// The CSV cell text of one JSON value (the rule above).
void appendCsvText(std::string &out, const Json &value);

class FieldCells
{
public:
    explicit FieldCells(std::vector<std::string> keys)
        : m_keys(std::move(keys))
        , m_cells(m_keys.size())
    { }

    const std::vector<std::string> &keys() const { return m_keys; }
    const std::vector<std::string> &cells() const { return m_cells; }
    void clear()
    {
        for (std::string &cell : m_cells)
            cell.clear();
    }

    // io(key, value) in a fields template.
    template<typename T> FieldCells &operator()(std::string_view key, const T &value)
    {
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] != key)
                continue;
            m_cells[i].clear(); // a repeated key: the last one, as the Writer keeps it
            if (!omitted(value))
                append(m_cells[i], value);
        }
        return *this;
    }

private:
    static void append(std::string &out, const std::string &value) { out += value; }
    static void append(std::string &out, entities::Timestamp value) { out += value.toRfc3339(); }
    static void append(std::string &out, const StringMap &value);
    template<WireEnum E> static void append(std::string &out, const entities::Enum<E> &value)
    {
        out += value.name();
    }
    template<typename T> static void append(std::string &out, const std::optional<T> &value)
    {
        append(out, *value); // present: omitted() said so
    }
    template<typename T> static void append(std::string &out, const T &value)
    {
        appendCsvText(out, writeValue(value)); // everything else (and every Secret) as encoded
    }

    std::vector<std::string> m_keys;
    std::vector<std::string> m_cells;
};

} // namespace sk::json
