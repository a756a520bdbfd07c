#include "sandbox/accounttable.h"

#include <algorithm>
#include <utility>

namespace sk::sandbox {

namespace {

// The order of an index: by this hash of the key, then by key, then by position.
std::uint32_t hashKey(std::string_view key)
{
    return std::uint32_t(std::hash<std::string_view> {}(key) >> 32);
}

using List = std::span<const std::uint32_t>;

// The union of a few position lists (disjoint, each ascending), walked in ascending order.
class Merge
{
public:
    explicit Merge(std::vector<List> lists)
        : m_lists(std::move(lists))
        , m_at(m_lists.size(), 0)
    { }

    std::size_t size() const
    {
        std::size_t n = 0;
        for (const List &l : m_lists)
            n += l.size();
        return n;
    }

    // Positions the cursors on the offset-th element (0-based) without walking the ones before:
    // a binary search over position values, counting with one binary search per list.
    void seek(std::size_t offset, std::uint32_t limit)
    {
        const auto countBelow = [&](std::uint32_t v) {
            std::size_t n = 0;
            for (const List &l : m_lists)
                n += std::size_t(std::lower_bound(l.begin(), l.end(), v) - l.begin());
            return n;
        };
        std::uint32_t lo = 0, hi = limit; // smallest v with countBelow(v + 1) > offset
        while (lo < hi) {
            const std::uint32_t mid = lo + (hi - lo) / 2;
            if (countBelow(mid + 1) > offset)
                hi = mid;
            else
                lo = mid + 1;
        }
        for (std::size_t i = 0; i < m_lists.size(); ++i)
            m_at[i] = std::size_t(std::lower_bound(m_lists[i].begin(), m_lists[i].end(), lo)
                                  - m_lists[i].begin());
    }

    bool next(std::uint32_t *out)
    {
        std::size_t best = m_lists.size();
        for (std::size_t i = 0; i < m_lists.size(); ++i) {
            if (m_at[i] < m_lists[i].size()
                && (best == m_lists.size() || m_lists[i][m_at[i]] < m_lists[best][m_at[best]]))
                best = i;
        }
        if (best == m_lists.size())
            return false;
        *out = m_lists[best][m_at[best]++];
        return true;
    }

private:
    std::vector<List> m_lists;
    std::vector<std::size_t> m_at;
};

} // namespace

bool AccountFilter::empty() const
{
    return organizationId.empty() && userId.empty() && connector.empty() && identifier.empty()
        && provider.empty() && connectionNames.empty();
}

bool AccountFilter::matches(const ConnectedAccountRow &row) const
{
    const entities::ConnectedAccount &a = row.account;
    return (organizationId.empty() || row.organizationId == organizationId)
        && (userId.empty() || row.userId == userId) && (connector.empty() || a.connector == connector)
        && (identifier.empty() || a.identifier == identifier) && (provider.empty() || a.provider == provider)
        && (connectionNames.empty()
            || std::find(connectionNames.begin(), connectionNames.end(), a.connector)
                != connectionNames.end());
}

std::string_view AccountTable::keyOf(Index index, const Row &row)
{
    switch (index) {
    case ByConnector:
        return row.account.connector;
    case ByIdentifier:
        return row.account.identifier;
    case ByProvider:
        return row.account.provider;
    case ByOrganization:
        return row.organizationId;
    case ByUser:
        return row.userId;
    case IndexCount:
        break;
    }
    return {};
}

bool AccountTable::less(Index index, std::uint32_t a, std::uint32_t b) const
{
    const std::string_view ka = keyOf(index, m_table.rows()[a]);
    const std::string_view kb = keyOf(index, m_table.rows()[b]);
    const std::uint32_t ha = hashKey(ka), hb = hashKey(kb);
    if (ha != hb)
        return ha < hb;
    if (ka != kb)
        return ka < kb;
    return a < b;
}

AccountTable::Row &AccountTable::insert(Row row)
{
    const bool append = m_table.empty() || m_table.rows().back().account.id < row.account.id;
    Row &stored = m_table.insert(std::move(row));
    if (m_stale)
        return stored;
    const auto pos = std::uint32_t(&stored - m_table.rows().data());
    for (int i = 0; i < IndexCount; ++i) {
        const auto index = Index(i);
        std::vector<std::uint32_t> &list = m_index[i];
        if (!append) {
            for (std::uint32_t &e : list)
                e += e >= pos ? 1 : 0;
        }
        if (keyOf(index, stored).empty())
            continue;
        const auto at = std::lower_bound(list.begin(), list.end(), pos,
                                         [&](std::uint32_t a, std::uint32_t b) { return less(index, a, b); });
        list.insert(at, pos);
    }
    return stored;
}

bool AccountTable::erase(std::string_view id)
{
    const Row *row = m_table.find(id);
    if (!row)
        return false;
    const auto pos = std::uint32_t(row - m_table.rows().data());
    if (!m_stale) {
        for (int i = 0; i < IndexCount; ++i) {
            const auto index = Index(i);
            std::vector<std::uint32_t> &list = m_index[i];
            if (!keyOf(index, *row).empty()) {
                const auto at
                    = std::lower_bound(list.begin(), list.end(), pos,
                                       [&](std::uint32_t a, std::uint32_t b) { return less(index, a, b); });
                if (at != list.end() && *at == pos)
                    list.erase(at);
            }
            for (std::uint32_t &e : list)
                e -= e > pos ? 1 : 0;
        }
    }
    m_table.rows().erase(m_table.rows().begin() + pos);
    return true;
}

void AccountTable::assign(Rows rows)
{
    m_table.assign(std::move(rows));
    m_stale = true;
}

void AccountTable::clear()
{
    m_table.clear();
    for (auto &list : m_index)
        list.clear();
    m_stale = false;
}

namespace {

// One index entry while building: the key's hash, the row, and a second, independent 32-bit
// hash of the key that tells two keys with one hash apart without touching the rows again.
struct BuildEntry
{
    std::uint32_t hash;
    std::uint32_t pos;
    std::uint32_t check;
};

std::uint32_t checkHash(std::string_view key) // FNV-1a
{
    std::uint32_t h = 2166136261u;
    for (const char c : key)
        h = (h ^ std::uint8_t(c)) * 16777619u;
    return h;
}

// Stable LSD radix sort by hash (three 11-bit digits: the buckets' write cursors stay in cache):
// entries come in position order, so they leave ordered by (hash, position).
void radixSort(std::vector<BuildEntry> &entries)
{
    std::vector<BuildEntry> buffer(entries.size());
    std::vector<std::size_t> counts(1 << 11);
    for (int shift = 0; shift < 32; shift += 11) {
        std::fill(counts.begin(), counts.end(), 0);
        for (const BuildEntry &e : entries)
            ++counts[(e.hash >> shift) & 0x7ff];
        std::size_t sum = 0;
        for (std::size_t &c : counts)
            sum += std::exchange(c, sum);
        for (const BuildEntry &e : entries)
            buffer[counts[(e.hash >> shift) & 0x7ff]++] = e;
        entries.swap(buffer);
    }
}

} // namespace

void AccountTable::reindex() const
{
    if (!m_stale)
        return;
    const Rows &rows = m_table.rows();
    // One pass over the rows for every index (the rows are large; the entries are not).
    std::array<std::vector<BuildEntry>, IndexCount> entries;
    for (auto &list : entries)
        list.reserve(rows.size());
    for (std::size_t pos = 0; pos < rows.size(); ++pos) {
        for (int i = 0; i < IndexCount; ++i) {
            const std::string_view key = keyOf(Index(i), rows[pos]);
            if (!key.empty())
                entries[i].push_back({hashKey(key), std::uint32_t(pos), checkHash(key)});
        }
    }
    for (int i = 0; i < IndexCount; ++i) {
        std::vector<BuildEntry> &order = entries[i];
        radixSort(order);
        // Two keys with one hash (a collision) are ordered by key; positions stay ascending per key.
        for (std::size_t a = 0; a < order.size();) {
            std::size_t b = a + 1;
            bool mixed = false;
            for (; b < order.size() && order[b].hash == order[a].hash; ++b)
                mixed = mixed || order[b].check != order[a].check;
            if (mixed) {
                const auto index = Index(i);
                std::stable_sort(order.begin() + std::ptrdiff_t(a), order.begin() + std::ptrdiff_t(b),
                                 [&](const BuildEntry &x, const BuildEntry &y) {
                                     return keyOf(index, rows[x.pos]) < keyOf(index, rows[y.pos]);
                                 });
            }
            a = b;
        }
        std::vector<std::uint32_t> &list = m_index[i];
        list.resize(order.size());
        for (std::size_t k = 0; k < order.size(); ++k)
            list[k] = order[k].pos;
        std::vector<BuildEntry>().swap(order);
    }
    m_stale = false;
}

std::span<const std::uint32_t> AccountTable::lookup(Index index, std::string_view key) const
{
    reindex();
    if (key.empty())
        return {};
    const std::vector<std::uint32_t> &list = m_index[index];
    const std::uint32_t h = hashKey(key);
    const auto first = std::partition_point(list.begin(), list.end(), [&](std::uint32_t e) {
        const std::string_view k = keyOf(index, m_table.rows()[e]);
        const std::uint32_t he = hashKey(k);
        return he != h ? he < h : k < key;
    });
    const auto last = std::partition_point(
        first, list.end(), [&](std::uint32_t e) { return keyOf(index, m_table.rows()[e]) == key; });
    return {first, last};
}

std::size_t AccountTable::page(const AccountFilter &filter, const std::function<bool(const Row &)> &accept,
                               std::size_t offset, std::size_t size,
                               const std::function<void(const Row &)> &visit) const
{
    const Rows &rows = m_table.rows();
    // Each filter given is a term: the rows one index lists (connection_names: several).
    std::vector<std::vector<List>> terms;
    const auto add = [&](Index index, const std::string &value) {
        if (!value.empty())
            terms.push_back({lookup(index, value)});
    };
    add(ByConnector, filter.connector);
    add(ByIdentifier, filter.identifier);
    add(ByProvider, filter.provider);
    add(ByOrganization, filter.organizationId);
    add(ByUser, filter.userId);
    if (!filter.connectionNames.empty()) {
        std::vector<std::string> names = filter.connectionNames;
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        std::vector<List> lists;
        for (const std::string &name : names)
            lists.push_back(lookup(ByConnector, name));
        terms.push_back(std::move(lists));
    }

    std::size_t total = 0;
    const auto consider = [&](const Row &row) {
        if (!filter.matches(row) || (accept && !accept(row)))
            return;
        if (total >= offset && total - offset < size)
            visit(row);
        ++total;
    };
    if (terms.empty()) {
        if (accept) {
            for (const Row &row : rows)
                consider(row);
            return total;
        }
        for (std::size_t i = offset; i < rows.size() && i - offset < size; ++i)
            visit(rows[i]);
        return rows.size();
    }

    // The most selective term drives; the others are checked per row.
    auto driver = std::min_element(terms.begin(), terms.end(), [](const auto &a, const auto &b) {
        return Merge(a).size() < Merge(b).size();
    });
    Merge merge(*driver);
    std::uint32_t pos = 0;
    if (terms.size() == 1 && !accept) {
        total = merge.size();
        if (offset >= total)
            return total;
        merge.seek(offset, std::uint32_t(rows.size()));
        for (std::size_t n = 0; n < size && merge.next(&pos); ++n)
            visit(rows[pos]);
        return total;
    }
    while (merge.next(&pos))
        consider(rows[pos]);
    return total;
}

} // namespace sk::sandbox
