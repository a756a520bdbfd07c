#pragma once

#include "models/core/pagedtablemodel.h"
#include "models/core/rowstore.h"
#include "services/entities/page.h"
#include "services/resources/servicesupport.h"

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sk::models {

// A PagedTableModel whose rows are entities of type T held in a vector: the page callback that
// appends them, access by row, lookup by id, in-place replacement, and insertion or removal
// outside paging (after a create or a delete). IdMember says where a T keeps its id (T::id for
// most; sessions use &SessionDetails::sessionId, API clients &M2MClient::clientId, roles and
// permissions, addressed by name, &Role::name and &Permission::name). Store says how rows are
// kept (models/core/rowstore.h): the entities themselves by default, or compact packed rows for
// lists that grow to hundreds of thousands (then entityCopy() rebuilds an entity).
//
//     class UsersModel : public EntityTableModel<entities::User> { ... };
//     void requestPage(const std::string &token, QObject *scope) override
//     { m_service->list({kPageSize, token}, scope, appendPage()); }
template<typename T, std::string T::*IdMember = &T::id, typename Store = VectorRows<T, IdMember>>
class EntityTableModel : public PagedTableModel
{
public:
    explicit EntityTableModel(QObject *parent = nullptr)
        : PagedTableModel(parent)
    {
        // Loading everything: pages are held back and inserted a batch at a time (at most
        // every kBatchMs), so the view lays out and repaints ten times a second, not per page.
        QObject::connect(this, &PagedTableModel::loadingAllChanged, this, [this](bool on) {
            if (!on)
                flushPending();
        });
    }

    static constexpr int kBatchMs = 100;

    static constexpr bool kKeepsEntities = std::is_same_v<Store, VectorRows<T, IdMember>>;

    const T *entityAt(int row) const requires kKeepsEntities
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
    }
    // A copy of the row's entity (any store), or nullopt when there is no such row.
    std::optional<T> entityCopy(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? m_rows.copyAt(std::size_t(row)) : std::nullopt;
    }

    // The row holding the entity with this id, or -1 when it is not loaded.
    int rowOf(std::string_view id) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (m_rows.idAt(i) == id)
                return int(i);
        }
        return -1;
    }
    int rowOf(const QString &id) const { return rowOf(id.toStdString()); }
    int rowOfId(const QString &id) const override { return rowOf(id); }

    // Replaces the row holding entity's id, if loaded (after an edit). Returns that row or -1.
    int replaceEntity(const T &entity)
    {
        const int row = rowOf(entity.*IdMember);
        if (row >= 0) {
            m_rows.replaceAt(std::size_t(row), entity);
            entityChanged(row);
        }
        return row;
    }

    // Adds an entity at `row` (after a create); the total follows.
    void insertEntity(int row, const T &entity)
    {
        beginInsertEntities(row, 1);
        m_rows.insertAt(std::size_t(row), entity);
        endInsertEntities();
    }

    // Drops the row holding the entity with this id, if loaded (after a delete). Returns that
    // row or -1.
    int removeEntity(const std::string &id)
    {
        const int row = rowOf(id);
        if (row >= 0) {
            beginRemoveEntities(row, 1);
            m_rows.eraseAt(std::size_t(row));
            endRemoveEntities();
        }
        return row;
    }

protected:
    // The callback for a page request: appends the page's items, or reports the failure.
    services::Callback<entities::Page<T>> appendPage()
    {
        return [this](api::Result<entities::Page<T>> result) { pageReceived(std::move(result)); };
    }

    // The callback for a list the API returns whole (roles, an organization's connections or
    // directories): one page holding every item.
    services::Callback<std::vector<T>> appendWhole()
    {
        return [this](api::Result<std::vector<T>> result) {
            if (!result) {
                pageFailed(result.error());
                return;
            }
            appendEntities(result.value());
            pageLoaded({}, int(m_rows.size()));
        };
    }

    // The body of appendPage()'s callback, for subclasses that look at the answer first.
    void pageReceived(api::Result<entities::Page<T>> result)
    {
        if (!result) {
            pageFailed(result.error());
            return;
        }
        auto &page = result.value();
        // Room for every row the server says there are, at once: no doubling slack and no
        // copying while a large list loads. Counts are informational: an absurd one is capped.
        constexpr std::int32_t kReserveCap = 2'000'000;
        if (page.totalSize > 0 && std::size_t(page.totalSize) > m_rows.capacity())
            m_rows.reserve(std::size_t(std::min(page.totalSize, kReserveCap)));
        appendEntities(page.items);
        pageLoaded(page.nextPageToken, page.totalSize);
    }

    // Appends items (those skipRepeated() leaves) as new rows; the page is not reported.
    void appendEntities(std::vector<T> &items)
    {
        skipRepeated(items);
        if (isLoadingAll()) {
            std::move(items.begin(), items.end(), std::back_inserter(m_pending));
            if (!m_sinceFlush.isValid() || m_sinceFlush.elapsed() >= kBatchMs)
                flushPending();
            return;
        }
        flushPending();
        if (items.empty())
            return;
        beginAppend(int(items.size()));
        m_rows.append(items);
        endAppend();
    }

    // Inserts the rows held back while loading everything, as one batch.
    void flushPending()
    {
        m_sinceFlush.start();
        if (m_pending.empty())
            return;
        beginAppend(int(m_pending.size()));
        m_rows.append(m_pending);
        m_pending.clear();
        endAppend();
    }

    // Before items are appended: drop those that must not be listed again (say, a match
    // already listed first). Keeps them all by default.
    virtual void skipRepeated(std::vector<T> &items) { Q_UNUSED(items) }

    void clearEntities() override
    {
        m_rows.clear();
        m_pending.clear();
    }

    Store m_rows;
    std::vector<T> m_pending; // loaded while loading everything, not inserted yet
    QElapsedTimer m_sinceFlush;
};

} // namespace sk::models
