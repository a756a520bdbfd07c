#pragma once

#include "models/core/pagedtablemodel.h"
#include "services/entities/page.h"
#include "services/resources/servicesupport.h"

#include <QString>

#include <vector>

namespace sk::models {

// A PagedTableModel whose rows are entities of type T held in a vector: the page callback that
// appends them, access by row, lookup by id and in-place replacement. IdMember says where a T
// keeps its id (T::id for most; sessions use &SessionDetails::sessionId).
//
//     class UsersModel : public EntityTableModel<entities::User> { ... };
//     api::ApiCall *requestPage(const std::string &token) override
//     { return m_service.list({kPageSize, token}, this, appendPage()); }
template <typename T, std::string T::*IdMember = &T::id>
class EntityTableModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

    const T *entityAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
    }

    // The row holding the entity with this id, or -1 when it is not loaded.
    int rowOf(const QString &id) const
    {
        const std::string key = id.toStdString();
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].*IdMember == key)
                return int(i);
        }
        return -1;
    }

    // Replaces the row holding entity's id, if loaded (after an edit). Returns that row or -1.
    int replaceEntity(const T &entity)
    {
        const int row = rowOf(QString::fromStdString(entity.*IdMember));
        if (row >= 0) {
            m_rows[std::size_t(row)] = entity;
            entityChanged(row);
        }
        return row;
    }

protected:
    // The callback for a page request: appends the page's items, or reports the failure.
    services::Callback<entities::Page<T>> appendPage()
    {
        return [this](api::Result<entities::Page<T>> result) {
            if (!result) {
                pageFailed(result.error());
                return;
            }
            auto &page = result.value();
            if (!page.items.empty()) {
                beginAppend(int(page.items.size()));
                std::move(page.items.begin(), page.items.end(), std::back_inserter(m_rows));
                endAppend();
            }
            pageLoaded(page.nextPageToken, page.totalSize);
        };
    }

    void clearEntities() override { m_rows.clear(); }

    std::vector<T> m_rows;
};

} // namespace sk::models
