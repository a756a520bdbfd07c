#pragma once

#include "models/core/stringarena.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk::models {

// Where an EntityTableModel keeps its rows. Both stores offer the same operations; the model
// never touches the rows any other way.
//
// VectorRows<T, IdMember>: the entities themselves (a std::vector<T>, which subclasses may index
// directly). The default: simple, and entityAt() gives a pointer into it.
//
// CompactRows<Codec>: for lists that grow to hundreds of thousands of rows. Each row is a small
// fixed-size struct (Codec::Row) of numbers and StringArena references; the entity is rebuilt
// on demand (entityCopy()), and a model reads the columns it paints straight from the row.
//     struct Codec {
//         using Entity = entities::Organization;
//         struct Row { StringArena::Ref id; ... };
//         static Row pack(const Entity &, StringArena &);
//         static Entity unpack(const Row &, const StringArena &);
//         static StringArena::Ref idOf(const Row &row) { return row.id; }
//     };
template<typename T, std::string T::*IdMember> struct VectorRows : std::vector<T>
{
    using Entity = T;
    using std::vector<T>::vector;
    VectorRows() = default;
    VectorRows(std::vector<T> &&rows) // NOLINT(google-explicit-constructor): a vector of rows is rows
        : std::vector<T>(std::move(rows))
    {
    }
    VectorRows &operator=(std::vector<T> &&rows)
    {
        std::vector<T>::operator=(std::move(rows));
        return *this;
    }

    std::string_view idAt(std::size_t row) const { return (*this)[row].*IdMember; }
    std::optional<T> copyAt(std::size_t row) const { return (*this)[row]; }
    void replaceAt(std::size_t row, const T &entity) { (*this)[row] = entity; }
    void insertAt(std::size_t row, const T &entity)
    {
        this->insert(this->begin() + std::ptrdiff_t(row), entity);
    }
    void eraseAt(std::size_t row) { this->erase(this->begin() + std::ptrdiff_t(row)); }
    void append(std::vector<T> &items)
    {
        this->insert(this->end(), std::make_move_iterator(items.begin()),
                     std::make_move_iterator(items.end()));
    }
};

template<typename Codec> class CompactRows
{
public:
    using Entity = typename Codec::Entity;
    using Row = typename Codec::Row;

    std::size_t size() const { return m_rows.size(); }
    bool empty() const { return m_rows.empty(); }
    std::size_t capacity() const { return m_rows.capacity(); }
    void reserve(std::size_t n) { m_rows.reserve(n); }
    void clear()
    {
        m_rows = {}; // the memory goes too, not just the rows
        m_arena.clear();
    }

    std::string_view idAt(std::size_t row) const { return m_arena.view(Codec::idOf(m_rows[row])); }
    std::optional<Entity> copyAt(std::size_t row) const { return Codec::unpack(m_rows[row], m_arena); }
    void replaceAt(std::size_t row, const Entity &entity) { m_rows[row] = Codec::pack(entity, m_arena); }
    void insertAt(std::size_t row, const Entity &entity)
    {
        m_rows.insert(m_rows.begin() + std::ptrdiff_t(row), Codec::pack(entity, m_arena));
    }
    void eraseAt(std::size_t row) { m_rows.erase(m_rows.begin() + std::ptrdiff_t(row)); }
    void append(std::vector<Entity> &items)
    {
        for (const Entity &entity : items)
            m_rows.push_back(Codec::pack(entity, m_arena));
    }

    // For a model's data(): the packed row and the strings it refers to.
    const Row &rowAt(std::size_t row) const { return m_rows[row]; }
    std::string_view text(StringArena::Ref ref) const { return m_arena.view(ref); }
    const StringArena &arena() const { return m_arena; }

private:
    std::vector<Row> m_rows;
    StringArena m_arena;
};

} // namespace sk::models
