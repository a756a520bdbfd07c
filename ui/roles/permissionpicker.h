#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;


namespace sk::services {
class Services;
}

namespace sk::ui {

// Checkable list of every permission in the environment (all pages of GET /permissions), with a
// filter box. Checked names set before the list has loaded are kept and applied when it arrives;
// a checked name the server does not list still shows (so an edit never drops it silently).
class PermissionPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PermissionPicker(services::Services *services, QWidget *parent = nullptr);

    void setChecked(const QStringList &names);
    QStringList checked() const;
    bool isLoaded() const { return m_loaded; }
    QListWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

signals:
    void loaded();
    void changed();

private:
    void fetch(const std::string &pageToken);
    void addItem(const QString &name, const QString &description, bool checked);
    void applyFilter();

    services::Services *m_services;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QStringList m_pending;
    bool m_loaded = false;
    int m_pages = 0;
};

} // namespace sk::ui
