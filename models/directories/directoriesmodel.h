#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/directoriesservice.h"

#include <QDateTime>
#include <QHash>

#include <memory>
#include <optional>

namespace sk::services {
class OrganizationsService;
}

namespace sk::models {

// What the Directories tab narrows the list to, applied locally (the API has no directory
// search): text in the name, organization, provider or ID; a status key ("" any, a status
// name, or kStale); enabled or not.
struct DirectoryFilter
{
    static inline const QString kStale = QStringLiteral("@stale");
    QString text;
    QString status;
    std::optional<bool> enabled;
    bool isEmpty() const { return text.isEmpty() && status.isEmpty() && !enabled; }
    friend bool operator==(const DirectoryFilter &, const DirectoryFilter &) = default;
};

// The Directories tab's table. For one organization, its directories (one unpaginated call).
// Environment-wide, there is no list route (reference §2: directories are listed per
// organization), so each "page" is a page of organizations whose directories are listed a few
// at a time; organizations without directories add nothing, and the next page of organizations
// follows at once until some directories are found. organizationsScanned()/organizationsTotal()
// tell the progress; Esc (cancelLoading) stops the scan.
class DirectoriesModel : public EntityTableModel<entities::Directory>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Organization,
        Provider,
        Type,
        Status,
        Enabled,
        Users,
        Groups,
        LastSynced,
        ColumnCount
    };
    // How many organizations' directories are listed at once during a scan.
    static constexpr int kParallelLists = 4;

    DirectoriesModel(services::DirectoriesService *directories, services::OrganizationsService *organizations,
                     QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "" for every organization. Reloads when it changes (or when `force`).
    void setOrganization(const QString &organizationId, const QString &organizationName, bool force = false);
    QString organizationId() const { return m_organizationId; }
    bool isEnvironmentWide() const { return m_organizationId.isEmpty(); }
    QString organizationName(const std::string &organizationId) const;

    // Applied to what is loaded at once, and to every page that arrives.
    void setFilter(const DirectoryFilter &filter);
    const DirectoryFilter &filter() const { return m_filter; }
    // Directories loaded before the filter (the filter hides the rest).
    int loadedCount() const { return int(m_all.size()); }

    int organizationsScanned() const { return m_scanned; }
    int organizationsTotal() const { return m_organizationsTotal; }

    const entities::Directory *directoryAt(int row) const { return entityAt(row); }
    // After an action: the row and the unfiltered copy follow (the row stays shown even if it
    // no longer matches the filter, until the filter is applied again).
    void updateDirectory(const entities::Directory &directory);

    // Test seam: the clock "last synced" and staleness are measured against.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

signals:
    void scanProgress(int organizationsScanned, int organizationsTotal);

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;
    void clearEntities() override;
    void skipRepeated(std::vector<entities::Directory> &items) override;

private:
    struct Scan;
    void scanOrganizations(const std::string &pageToken, QObject *scope);
    void listNext(const std::shared_ptr<Scan> &scan, QObject *scope);
    void finishScan(const std::shared_ptr<Scan> &scan, QObject *scope);
    bool matches(const entities::Directory &directory) const;
    void applyFilter();

    services::DirectoriesService *m_directories;
    services::OrganizationsService *m_organizations;
    QString m_organizationId;
    QHash<QString, QString> m_organizationNames;
    DirectoryFilter m_filter;
    std::vector<entities::Directory> m_all; // everything loaded, before the filter
    int m_scanned = 0;
    int m_scannedCommitted = 0; // organizations of the pages loaded
    int m_organizationsTotal = kUnknownTotal;
    std::function<QDateTime()> m_clock;
};

} // namespace sk::models
