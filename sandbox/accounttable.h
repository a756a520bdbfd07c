#pragma once

#include "sandbox/table.h"
#include "services/entities/connectedaccount.h"

#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sk::sandbox {

// A connected account with the selectors the API object does not carry (organization, user).
struct ConnectedAccountRow
{
    entities::ConnectedAccount account;
    std::string organizationId;
    std::string userId;
};

template<> struct RowKey<ConnectedAccountRow>
{
    static const std::string &of(const ConnectedAccountRow &row) { return row.account.id; }
};

// The filters of GET /api/v1/connected_accounts that an index answers (reference §3.9); an empty
// value does not filter.
struct AccountFilter
{
    std::string organizationId;
    std::string userId;
    std::string connector;
    std::string identifier;
    std::string provider;
    std::vector<std::string> connectionNames; // any of them

    bool empty() const;
    bool matches(const ConnectedAccountRow &row) const;
};

// The connected accounts: a Table sorted by id plus one index per filter, so that a filtered page
// costs O(log n + page) and never a scan. An index is a vector of row positions ordered by
// (hash of the key, key, position): the rows of one key are a contiguous run in id order, 4 bytes
// per row and no allocation per key. Writes through insert/erase keep every index exact; the
// indexed fields (connector, identifier, provider, organizationId, userId) must not be changed in
// place (erase and insert instead). Bulk loads (assign, deferIndexing) rebuild once, lazily.
class AccountTable
{
public:
    using Row = ConnectedAccountRow;
    using Rows = Table<Row>::Rows;
    enum Index { ByConnector, ByIdentifier, ByProvider, ByOrganization, ByUser, IndexCount };

    Row *find(std::string_view id) { return m_table.find(id); }
    const Row *find(std::string_view id) const { return m_table.find(id); }
    Row &insert(Row row);
    bool erase(std::string_view id);
    template<typename Pred> Row *findIf(Pred pred) { return m_table.findIf(pred); }
    void assign(Rows rows);
    void reserve(std::size_t n) { m_table.reserve(n); }
    void clear();
    // Inserts after this skip the indexes; the next lookup (or reindex()) rebuilds them once.
    void deferIndexing() { m_stale = true; }
    void reindex() const;

    std::size_t size() const { return m_table.size(); }
    bool empty() const { return m_table.empty(); }
    const Rows &rows() const { return m_table.rows(); }
    Rows &rows() { return m_table.rows(); } // only for fields no index covers
    auto begin() { return m_table.begin(); }
    auto end() { return m_table.end(); }
    auto begin() const { return m_table.begin(); }
    auto end() const { return m_table.end(); }

    // Positions (into rows()) of the rows whose indexed field equals key, in id order.
    std::span<const std::uint32_t> lookup(Index index, std::string_view key) const;

    // One page of the rows that match filter and accept (a condition no index answers; may be
    // empty), in id order: visit(row) for matches [offset, offset + size). Returns the number of
    // matches. Cost: O(log n + size) with at most one filter (connection_names counts as one);
    // with several, O(matches of the most selective one).
    std::size_t page(const AccountFilter &filter, const std::function<bool(const Row &)> &accept,
                     std::size_t offset, std::size_t size,
                     const std::function<void(const Row &)> &visit) const;

private:
    static std::string_view keyOf(Index index, const Row &row);
    bool less(Index index, std::uint32_t a, std::uint32_t b) const;

    Table<Row> m_table;
    mutable std::array<std::vector<std::uint32_t>, IndexCount> m_index;
    mutable bool m_stale = false;
};

} // namespace sk::sandbox
