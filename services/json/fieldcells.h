#pragma once

// The text of chosen top-level fields of an entity, read from the entity itself through its
// fields(io, o) template (the one that also drives from_json and to_json): what the CLI export
// writes as CSV cells, without encoding each row into a JSON document first. Each cell is what
// csvText(to_json(entity)[key]) gives: "" for an absent (omitted) field, strings as they are,
// booleans as true/false, arrays joined with ';', other values as compact JSON, and Secret
// fields masked exactly as every JSON encoding masks them (secret.h).

#include "services/entities/rfc3339.h"
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
    // Before each entity's readFields.
    void clear()
    {
        for (std::string &cell : m_cells)
            cell.clear();
        m_call = 0;
    }

    // io(key, value) in a fields template.
    template<typename T> FieldCells &operator()(std::string_view key, const T &value)
    {
        const int column = columnOf(key);
        if (column >= 0) {
            write(m_cells[std::size_t(column)], value);
        } else if (column == kSeveral) {
            for (std::size_t i = 0; i < m_keys.size(); ++i)
                if (m_keys[i] == key)
                    write(m_cells[i], value);
        }
        return *this;
    }

private:
    static void append(std::string &out, const std::string &value) { out += value; }
    static void append(std::string &out, entities::Timestamp value) { entities::appendRfc3339(out, value); }
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

    static constexpr int kNone = -1;
    static constexpr int kSeveral = -2;
    template<typename T> static void write(std::string &cell, const T &value)
    {
        cell.clear(); // a repeated key: the last one, as the Writer keeps it
        if (!omitted(value))
            append(cell, value);
    }
    // The column of key: kNone, kSeveral (several columns show it) or its index. A fields template
    // asks for the same keys in the same order for every entity, so the answer for the n-th call
    // since clear() is kept and reused while the n-th key is the same (one comparison instead of
    // one per column).
    int columnOf(std::string_view key)
    {
        const std::size_t call = m_call++;
        if (call < m_known.size() && m_known[call].key == key)
            return m_known[call].column;
        int column = kNone;
        for (std::size_t i = 0; i < m_keys.size(); ++i)
            if (m_keys[i] == key)
                column = column == kNone ? int(i) : kSeveral;
        if (call < kKnownCalls) {
            if (call >= m_known.size())
                m_known.resize(call + 1);
            m_known[call] = {std::string(key), column};
        }
        return column;
    }
    struct Known
    {
        std::string key;
        int column = kNone;
    };
    static constexpr std::size_t kKnownCalls = 256;

    std::vector<std::string> m_keys;
    std::vector<std::string> m_cells;
    std::vector<Known> m_known; // by call since clear()
    std::size_t m_call = 0;
};

} // namespace sk::json
