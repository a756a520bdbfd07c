#pragma once

#include "services/credentials/profile.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace sk::ui {

// "Manage environments…": the saved profiles with Add, Edit (also renames) and Remove. The
// dialog only asks; the controller does the work and calls setProfiles() again.
class ManageProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManageProfilesDialog(QWidget *parent = nullptr);

    void setProfiles(const QList<services::Profile> &profiles, const QString &current);
    QString selectedName() const;
    void select(const QString &name);

    QListWidget *list() const { return m_list; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void addRequested();
    void editRequested(const QString &name);
    void removeRequested(const QString &name);
    void useRequested(const QString &name);

private:
    void updateButtons();

    QListWidget *m_list;
    QLabel *m_details;
    QPushButton *m_use = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QList<services::Profile> m_profiles;
};

} // namespace sk::ui
