#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/organizationsservice.h"

#include <optional>

namespace sk::models {

// The Organizations tab's table: every organization, or the matches of a search (server-side
// :search from 3 characters on), a page at a time.
class OrganizationsModel : public EntityTableModel<entities::Organization>
{
    Q_OBJECT

public:
    enum Column { DisplayName, Id, ExternalId, Slug, Region, Sso, DirectorySync, Created, Updated, ColumnCount };
    static constexpr int kPageSize = 100;
    static constexpr int kSearchPageSize = 30;
    static constexpr int kMinSearchLength = 3;

    explicit OrganizationsModel(api::ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shorter than kMinSearchLength: the whole list. Reloads when the effective query changes.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // Forgets the search without loading anything (another environment is coming).
    void clearSearch() { m_search.clear(); }

    const entities::Organization *organizationAt(int row) const { return entityAt(row); }
    // Replaces the row holding organization.id, if loaded (after an edit).
    void updateOrganization(const entities::Organization &organization) { replaceEntity(organization); }
    // A newly created organization goes first; a deleted one goes.
    void insertOrganization(const entities::Organization &organization);
    void removeOrganization(const std::string &id) { removeEntity(id); }

    // A search that is an organization ID ("org_…") fetches just that organization. Any other
    // search also asks for an organization with that exact external ID and, when there is one,
    // lists it first. exactMatchRow() is that row (or -1) once the first page has loaded.
    int exactMatchRow() const;
    static bool looksLikeOrganizationId(const QString &text);

protected:
    api::ApiCall *requestPage(const std::string &pageToken) override;
    QVariant entityData(int row, int column, int role) const override;
    void clearEntities() override;
    // The exact match may come again in the search results: it is listed once, first.
    void skipRepeated(std::vector<entities::Organization> &items) override;

private:
    api::ApiCall *requestById(const std::string &id);
    api::ApiCall *requestSearch(const std::string &pageToken);

    services::OrganizationsService m_service;
    QString m_search;
    std::optional<std::string> m_exactId; // the exact match of the current search
    QPointer<api::ApiCall> m_chained;      // the search that follows the external-ID lookup
    int m_generation = 0;                  // bumps on every reload: late answers are dropped
};

} // namespace sk::models
