#pragma once

#include "models/core/entitytablemodel.h"
#include "models/organizations/organizationrow.h"
#include "services/resources/organizationsservice.h"

#include <optional>

namespace sk::models {

// The Organizations tab's table: every organization, or the matches of a search (server-side
// :search from 3 characters on), a page at a time. Rows are packed (OrganizationRowCodec): a
// tenant with 100,000 organizations costs megabytes, not a hundred.
class OrganizationsModel : public EntityTableModel<entities::Organization, &entities::Organization::id,
                                                   CompactRows<OrganizationRowCodec>>
{
    Q_OBJECT

public:
    enum Column {
        DisplayName,
        Id,
        ExternalId,
        Slug,
        Region,
        Sso,
        DirectorySync,
        Created,
        Updated,
        ColumnCount
    };
    explicit OrganizationsModel(services::OrganizationsService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    // On the packed row's UTF-8 bytes: no QString per cell (100,000 rows in milliseconds).
    bool rowMatches(int row, const TextMatcher &matcher) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shorter than listquery::kMinSearchLength: the whole list. Reloads when the effective query changes.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // Forgets the search without loading anything (another environment is coming).
    void clearSearch() { m_search.clear(); }

    std::optional<entities::Organization> organizationAt(int row) const { return entityCopy(row); }
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

signals:
    // The search named this organization exactly (its org_ ID or external ID); it is listed
    // first.
    void exactMatchFound(const QString &organizationId);

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;
    void clearEntities() override;
    // The exact match may come again in the search results: it is listed once, first.
    void skipRepeated(std::vector<entities::Organization> &items) override;

private:
    void requestById(const std::string &id, QObject *scope);
    void requestSearch(const std::string &pageToken, QObject *scope);

    services::OrganizationsService *m_service;
    QString m_search;
    std::optional<std::string> m_exactId; // the exact match of the current search
};

} // namespace sk::models
