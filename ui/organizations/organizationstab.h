#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace sk::api {
class ApiClient;
}
namespace sk::models {
class OrganizationsModel;
}
namespace sk::services {
class EnvironmentStatus;
}

namespace sk::ui {

class EmptyStateWidget;
class ResourceTableView;

// The Organizations tab: a searchable, sortable table of every organization, loaded a page at
// a time as it scrolls. Shows its empty state until an environment is connected.
class OrganizationsTab : public QWidget
{
    Q_OBJECT

public:
    OrganizationsTab(api::ApiClient *client, services::EnvironmentStatus *status, QWidget *parent = nullptr);

    models::OrganizationsModel *model() const { return m_model; }
    ResourceTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    void refresh();

private:
    void onConnectionChanged();
    void updateSummary();

    services::EnvironmentStatus *m_status;
    models::OrganizationsModel *m_model;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    ResourceTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_summary;
    QTimer *m_searchDelay;
    bool m_loadedOnce = false;
};

} // namespace sk::ui
