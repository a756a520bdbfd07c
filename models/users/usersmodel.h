#pragma once

#include "models/core/entitytablemodel.h"
#include "services/resources/usersservice.h"

#include <vector>

namespace sk::models {

// The Users tab's table, a page at a time, in one of two modes:
//  - every user of the environment (GET /users, or /users:search from 3 characters);
//  - one organization's members (GET /organizations/{id}/users, or its users:search).
// Membership status and roles: for an organization's members, their membership in that
// organization. Environment-wide, a summary of all memberships: the most pressing status
// (invite expired > pending invite > unknown > inactive > active) with how many memberships
// have it ("Pending invite (1 of 3)", "Active (all 2)", "No organization"), and the distinct
// role names; the tooltip lists every organization with its status and roles.
class UsersModel : public EntityTableModel<entities::User>
{
    Q_OBJECT

public:
    // Membership and roles come early: they are what a support engineer looks for.
    enum Column { Name, Email, Status, Roles, Id, ExternalId, LastLogin, Created, ColumnCount };
    explicit UsersModel(services::UsersService *service, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shorter than listquery::kMinSearchLength: the whole list. A usr_ ID is looked up directly (GET
    // /users/{id}). Reloads when the effective query changes.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // Empty: every user of the environment. Reloads when it changes.
    void setOrganization(const QString &organizationId);
    QString organizationId() const { return m_organizationId; }
    // Both at once, with a single reload.
    void setQuery(const QString &organizationId, const QString &search);

    const entities::User *userAt(int row) const { return entityAt(row); }
    int rowOfUser(const QString &userId) const { return rowOf(userId); } // -1 when not loaded
    // Replaces the row holding user.id, if loaded (after an edit).
    void updateUser(const entities::User &user) { replaceEntity(user); }

protected:
    void requestPage(const std::string &pageToken, QObject *scope) override;
    QVariant entityData(int row, int column, int role) const override;

private:
    void requestById(const std::string &userId, const std::string &organizationId, QObject *scope,
                     services::Callback<entities::Page<entities::User>> done);
    // The membership the Status and Roles columns show, or nullptr for the environment summary.
    const entities::OrganizationMembership *shownMembership(const entities::User &user) const;
    QVariant statusData(const entities::User &user, int role) const;
    QVariant rolesData(const entities::User &user, int role) const;
    static QString membershipsTooltip(const entities::User &user);

    services::UsersService *m_service;
    QString m_search;
    QString m_organizationId;
};

} // namespace sk::models
