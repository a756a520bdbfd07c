#pragma once

#include "services/entities/mcpinstance.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace sk::models {

// Users (rows) by connections (columns): the status of each user's account on each connection
// that one of their MCP instances needs. Built from instances (their config mappings carry the
// user's connected_account_status), a page at a time; compact so hundreds of users by dozens of
// connections stay cheap to hold and to paint. Rows and columns keep first-seen order until
// sort() orders them (users with the fewest ready instances first, then by name).
class McpReadinessMatrix
{
public:
    struct Cell
    {
        std::int16_t status = -1; // index into statuses(); -1: no instance of this user needs it
        std::int32_t instance = -1; // index into instanceIds(): the instance that needs it
    };

    void add(const entities::McpInstance &instance);
    void merge(const McpReadinessMatrix &other);
    void sort();
    void clear() { *this = {}; }

    int rowCount() const { return int(m_users.size()); }
    int columnCount() const { return int(m_connections.size()); }
    const QStringList &users() const { return m_users; }
    const QStringList &connections() const { return m_connections; }
    const QStringList &statuses() const { return m_statuses; }
    // The cell's status key ("" for a connection with no account, and when no instance of the
    // user needs the connection: tell them apart with cell().status >= 0).
    QString status(int row, int column) const;
    Cell cell(int row, int column) const;
    const std::vector<std::string> &instanceIds() const { return m_instanceIds; }
    QString instanceAt(int row, int column) const;
    int rowOfUser(const QString &user) const { return m_userIndex.value(user, -1); }

    int instanceCount() const { return int(m_instanceIds.size()); }
    int readyInstanceCount() const { return m_ready; }
    int readyUserCount() const;
    // Instances per config name.
    const QHash<QString, int> &configCounts() const { return m_configCounts; }

private:
    int userRow(const QString &user);
    int connectionColumn(const QString &connection);
    int statusIndex(const QString &status);

    QStringList m_users;
    QStringList m_connections;
    QStringList m_statuses;
    QHash<QString, int> m_userIndex;
    QHash<QString, int> m_connectionIndex;
    QHash<QString, int> m_statusIndex;
    std::vector<std::vector<Cell>> m_cells; // [row][column], rows grown to columnCount on access
    std::vector<std::string> m_instanceIds;
    std::vector<int> m_notReadyByUser; // per row
    QHash<QString, int> m_configCounts;
    int m_ready = 0;
};

} // namespace sk::models
