#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sk::sandbox {

// How a row type exposes its primary key. Specialised next to each row type.
template <typename T>
struct RowKey
{
    static const std::string &of(const T &row) { return row.id; }
};

// An in-memory table kept sorted by id. Ids minted by SandboxStore::newId() are fixed-width and
// strictly increasing, so appending keeps the order and lookups are binary searches: no separate
// index, which keeps a million rows cheap. Rows with foreign ids (from a state file) are inserted
// in order as well.
template <typename T>
class Table
{
public:
    using Rows = std::vector<T>;

    T *find(std::string_view id)
    {
        auto it = lowerBound(id);
        return it != m_rows.end() && RowKey<T>::of(*it) == id ? &*it : nullptr;
    }
    const T *find(std::string_view id) const { return const_cast<Table *>(this)->find(id); }

    T &insert(T row)
    {
        const std::string &id = RowKey<T>::of(row);
        if (m_rows.empty() || RowKey<T>::of(m_rows.back()) < id) {
            m_rows.push_back(std::move(row));
            return m_rows.back();
        }
        auto it = lowerBound(id);
        return *m_rows.insert(it, std::move(row));
    }

    bool erase(std::string_view id)
    {
        auto it = lowerBound(id);
        if (it == m_rows.end() || RowKey<T>::of(*it) != id)
            return false;
        m_rows.erase(it);
        return true;
    }

    template <typename Pred>
    std::size_t eraseIf(Pred pred)
    {
        const auto before = m_rows.size();
        m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), pred), m_rows.end());
        return before - m_rows.size();
    }

    template <typename Pred>
    T *findIf(Pred pred)
    {
        auto it = std::find_if(m_rows.begin(), m_rows.end(), pred);
        return it == m_rows.end() ? nullptr : &*it;
    }

    // Bulk load: rows in any order, sorted once.
    void assign(Rows rows)
    {
        m_rows = std::move(rows);
        std::sort(m_rows.begin(), m_rows.end(),
                  [](const T &a, const T &b) { return RowKey<T>::of(a) < RowKey<T>::of(b); });
    }
    void reserve(std::size_t n) { m_rows.reserve(n); }
    void clear() { m_rows.clear(); }

    std::size_t size() const { return m_rows.size(); }
    bool empty() const { return m_rows.empty(); }
    const Rows &rows() const { return m_rows; }
    Rows &rows() { return m_rows; }
    auto begin() { return m_rows.begin(); }
    auto end() { return m_rows.end(); }
    auto begin() const { return m_rows.begin(); }
    auto end() const { return m_rows.end(); }

private:
    typename Rows::iterator lowerBound(std::string_view id)
    {
        return std::lower_bound(m_rows.begin(), m_rows.end(), id,
                                [](const T &row, std::string_view key) { return RowKey<T>::of(row) < key; });
    }

    Rows m_rows;
};

} // namespace sk::sandbox
