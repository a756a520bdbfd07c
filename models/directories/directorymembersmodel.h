#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/directoriesservice.h"

namespace sk::models {

// Which directory the users and groups models list, and how they are narrowed. The API filters
// by group (users only) and by update time; the text search is local (the API has none), so a
// search loads every page and keeps the matches.
struct DirectoryMembersQuery
{
    std::string organizationId;
    std::string directoryId;
    std::string groupId; // users only: members of this group
    entities::Timestamp updatedAfter; // changed after this time
    QString search; // in names, emails, IDs (effectiveSearch: 3 characters on)
    friend bool operator==(const DirectoryMembersQuery &, const DirectoryMembersQuery &) = default;
};

// The users of one directory, 30 a page (the API's limit).
class DirectoryUsersModel : public EntityTableModel<entities::DirectoryUser>
{
    Q_OBJECT

public:
    enum Column { Name, Email, Username, Groups, Updated, ColumnCount };
    static constexpr int kPageSize = 30;

    explicit DirectoryUsersModel(services::DirectoriesService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reloads when the query changes; an empty directoryId shows nothing.
    void setQuery(const DirectoryMembersQuery &query);
    const DirectoryMembersQuery &query() const { return m_query; }
    bool isFiltered() const;
    const entities::DirectoryUser *userAt(int row) const { return entityAt(row); }

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;
    void skipRepeated(std::vector<entities::DirectoryUser> &items) override;

private:
    services::DirectoriesService *m_service;
    DirectoryMembersQuery m_query;
};

// The groups of one directory, 30 a page.
class DirectoryGroupsModel : public EntityTableModel<entities::DirectoryGroup>
{
    Q_OBJECT

public:
    enum Column { Name, Members, Updated, Id, ColumnCount };
    static constexpr int kPageSize = 30;

    explicit DirectoryGroupsModel(services::DirectoriesService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQuery(const DirectoryMembersQuery &query); // groupId is ignored
    const DirectoryMembersQuery &query() const { return m_query; }
    const entities::DirectoryGroup *groupAt(int row) const { return entityAt(row); }

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;
    void skipRepeated(std::vector<entities::DirectoryGroup> &items) override;

private:
    services::DirectoriesService *m_service;
    DirectoryMembersQuery m_query;
};

} // namespace sk::models
