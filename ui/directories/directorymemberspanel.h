#pragma once

#include "models/directories/directorymembersmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace sk::ui {

class ResourceTableView;

// One drill-down list of a directory (its users, or its groups): a search box, for users a
// group filter, an "updated after" filter, the paged table (30 a page, more as it scrolls;
// "Load all" for the rest) and a count. The pane sets the directory; the filters re-query.
class DirectoryMembersPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Users, Groups };
    DirectoryMembersPanel(Kind kind, services::DirectoriesService *service, QWidget *parent = nullptr);

    // Shows this directory's members (empty ids: nothing), with the filters reset.
    void setDirectory(const std::string &organizationId, const std::string &directoryId);
    // Users: the groups to offer in the group filter, as (id, name).
    void setGroups(const QList<QPair<QString, QString>> &groups);
    // Users: show the members of one group (from the Groups list).
    void showGroup(const QString &groupId);

    models::PagedTableModel *model() const { return m_model; }
    models::DirectoryUsersModel *usersModel() const { return m_users; }
    models::DirectoryGroupsModel *groupsModel() const { return m_groups; }
    ResourceTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *groupFilter() const { return m_group; }
    QCheckBox *updatedAfterCheck() const { return m_updatedCheck; }
    QDateTimeEdit *updatedAfterEdit() const { return m_updatedAfter; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *loadAllButton() const { return m_loadAll; }

    // Applies the filters now (the search waits for typing to pause otherwise).
    void applyQuery();

signals:
    // Groups: a group was opened (Enter / double-click): show its members.
    void groupOpened(const QString &groupId);

private:
    void updateSummary();

    Kind m_kind;
    models::DirectoryUsersModel *m_users = nullptr;
    models::DirectoryGroupsModel *m_groups = nullptr;
    models::PagedTableModel *m_model = nullptr;
    std::string m_organizationId;
    std::string m_directoryId;
    QLineEdit *m_search;
    QComboBox *m_group = nullptr;
    QCheckBox *m_updatedCheck;
    QDateTimeEdit *m_updatedAfter;
    ResourceTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_loadAll;
    QTimer *m_searchDelay;
};

} // namespace sk::ui
