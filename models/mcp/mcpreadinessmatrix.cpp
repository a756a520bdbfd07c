#include "models/mcp/mcpreadinessmatrix.h"

#include "models/mcp/mcpreadiness.h"

#include <algorithm>
#include <numeric>

namespace sk::models {

int McpReadinessMatrix::userRow(const QString &user)
{
    auto it = m_userIndex.constFind(user);
    if (it != m_userIndex.constEnd())
        return *it;
    const int row = int(m_users.size());
    m_users << user;
    m_userIndex.insert(user, row);
    m_cells.emplace_back();
    m_notReadyByUser.push_back(0);
    return row;
}

int McpReadinessMatrix::connectionColumn(const QString &connection)
{
    auto it = m_connectionIndex.constFind(connection);
    if (it != m_connectionIndex.constEnd())
        return *it;
    const int column = int(m_connections.size());
    m_connections << connection;
    m_connectionIndex.insert(connection, column);
    return column;
}

int McpReadinessMatrix::statusIndex(const QString &status)
{
    auto it = m_statusIndex.constFind(status);
    if (it != m_statusIndex.constEnd())
        return *it;
    const int index = int(m_statuses.size());
    m_statuses << status;
    m_statusIndex.insert(status, index);
    return index;
}

void McpReadinessMatrix::add(const entities::McpInstance &instance)
{
    const int row = userRow(QString::fromStdString(instance.userIdentifier));
    const int instanceIndex = int(m_instanceIds.size());
    m_instanceIds.push_back(instance.id);
    ++m_configCounts[QString::fromStdString(instance.config.name)];
    if (McpReadiness::of(instance).isReady())
        ++m_ready;
    else
        ++m_notReadyByUser[std::size_t(row)];
    for (const auto &mapping : instance.config.connectionToolMappings) {
        const int column = connectionColumn(QString::fromStdString(mapping.connectionName));
        auto &cells = m_cells[std::size_t(row)];
        if (cells.size() <= std::size_t(column))
            cells.resize(std::size_t(column) + 1);
        Cell &cell = cells[std::size_t(column)];
        if (cell.status >= 0)
            continue; // another instance of the user needs it too: same account, same status
        cell.status
            = std::int16_t(statusIndex(QString::fromStdString(mapping.connectedAccountStatus.value_or(""))));
        cell.instance = instanceIndex;
    }
}

void McpReadinessMatrix::merge(const McpReadinessMatrix &other)
{
    const int base = int(m_instanceIds.size());
    m_instanceIds.insert(m_instanceIds.end(), other.m_instanceIds.begin(), other.m_instanceIds.end());
    m_ready += other.m_ready;
    for (auto it = other.m_configCounts.constBegin(); it != other.m_configCounts.constEnd(); ++it)
        m_configCounts[it.key()] += it.value();
    for (int r = 0; r < other.rowCount(); ++r) {
        const int row = userRow(other.m_users[r]);
        m_notReadyByUser[std::size_t(row)] += other.m_notReadyByUser[std::size_t(r)];
        for (int c = 0; c < int(other.m_cells[std::size_t(r)].size()); ++c) {
            const Cell from = other.m_cells[std::size_t(r)][std::size_t(c)];
            if (from.status < 0)
                continue;
            const int column = connectionColumn(other.m_connections[c]);
            auto &cells = m_cells[std::size_t(row)];
            if (cells.size() <= std::size_t(column))
                cells.resize(std::size_t(column) + 1);
            if (cells[std::size_t(column)].status >= 0)
                continue;
            cells[std::size_t(column)]
                = { std::int16_t(statusIndex(other.m_statuses[from.status])), base + from.instance };
        }
    }
}

void McpReadinessMatrix::sort()
{
    // Columns by name; rows: users with more blocked instances first, then by name.
    std::vector<int> columns(static_cast<std::size_t>(columnCount()));
    std::iota(columns.begin(), columns.end(), 0);
    std::sort(columns.begin(), columns.end(), [this](int a, int b) {
        return m_connections[a].compare(m_connections[b], Qt::CaseInsensitive) < 0;
    });
    std::vector<int> rows(static_cast<std::size_t>(rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [this](int a, int b) {
        const int na = m_notReadyByUser[std::size_t(a)], nb = m_notReadyByUser[std::size_t(b)];
        if (na != nb)
            return na > nb;
        return m_users[a].compare(m_users[b], Qt::CaseInsensitive) < 0;
    });
    McpReadinessMatrix sorted;
    sorted.m_statuses = m_statuses;
    sorted.m_statusIndex = m_statusIndex;
    sorted.m_instanceIds = m_instanceIds;
    sorted.m_configCounts = m_configCounts;
    sorted.m_ready = m_ready;
    for (int c : columns)
        sorted.connectionColumn(m_connections[c]);
    for (int r : rows) {
        const int row = sorted.userRow(m_users[r]);
        sorted.m_notReadyByUser[std::size_t(row)] = m_notReadyByUser[std::size_t(r)];
        auto &cells = sorted.m_cells[std::size_t(row)];
        cells.resize(std::size_t(columnCount()));
        for (int c = 0; c < columnCount(); ++c)
            cells[std::size_t(sorted.m_connectionIndex.value(m_connections[c]))] = cell(r, c);
    }
    *this = std::move(sorted);
}

McpReadinessMatrix::Cell McpReadinessMatrix::cell(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0)
        return {};
    const auto &cells = m_cells[std::size_t(row)];
    return std::size_t(column) < cells.size() ? cells[std::size_t(column)] : Cell {};
}

QString McpReadinessMatrix::status(int row, int column) const
{
    const Cell c = cell(row, column);
    return c.status < 0 ? QString() : m_statuses[c.status];
}

QString McpReadinessMatrix::instanceAt(int row, int column) const
{
    const Cell c = cell(row, column);
    return c.instance < 0 ? QString() : QString::fromStdString(m_instanceIds[std::size_t(c.instance)]);
}

int McpReadinessMatrix::readyUserCount() const
{
    return int(std::count(m_notReadyByUser.begin(), m_notReadyByUser.end(), 0));
}

} // namespace sk::models
