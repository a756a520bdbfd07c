#pragma once

#include "services/credentials/profile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QToolButton;
class QWidget;

namespace sk::ui {

// The toolbar's environment menu: every profile with its colour and kind, the local sandbox,
// "Add environment…" and "Manage…". Ctrl+Shift+E (anywhere in the window) opens it.
//
//     auto *switcher = new ProfileSwitcher(window->environmentButton(), window);
//     switcher->setProfiles(profiles, current);
//     connect(switcher, &ProfileSwitcher::profileSelected, ...);
class ProfileSwitcher : public QObject
{
    Q_OBJECT

public:
    // Installs the menu on the button (replacing its placeholder) and the shortcut on `window`.
    ProfileSwitcher(QToolButton *button, QWidget *window);

    // current: the active profile's name, Profile::environmentProfileName() for the SCALEKIT_*
    // profile, kSandbox for the local sandbox, or empty.
    void setProfiles(const QList<services::Profile> &profiles, const QString &current);
    void setSandboxAvailable(bool available);

    QMenu *menu() const { return m_menu; }
    QAction *shortcutAction() const { return m_shortcut; }
    QAction *addAction() const { return m_add; }
    QAction *manageAction() const { return m_manage; }
    // The menu entry of a profile (or kSandbox), for tests.
    QAction *actionFor(const QString &name) const;
    static QString sandboxName() { return QStringLiteral(":sandbox"); }

signals:
    void profileSelected(const QString &name);
    void sandboxSelected();
    void addRequested();
    void manageRequested();

private:
    void rebuild();

    QPointer<QToolButton> m_button;
    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_shortcut;
    QAction *m_add = nullptr;
    QAction *m_manage = nullptr;
    QList<services::Profile> m_profiles;
    QString m_current;
    bool m_sandboxAvailable = true;
};

} // namespace sk::ui
