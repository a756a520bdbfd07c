#include "ui/profiles/profileswitcher.h"

#include "ui/profiles/profilechip.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolButton>

namespace sk::ui {

using services::Profile;

ProfileSwitcher::ProfileSwitcher(QToolButton *button, QWidget *window)
    : QObject(window)
    , m_button(button)
    , m_menu(new QMenu(button))
    , m_group(new QActionGroup(this))
    , m_shortcut(new QAction(tr("Switch environment…"), window))
{
    m_menu->setObjectName(QStringLiteral("environmentMenu"));
    m_group->setExclusive(true);
    if (QMenu *old = button->menu(); old && old != m_menu)
        old->deleteLater();
    button->setMenu(m_menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolTip(tr("Switch environment (Ctrl+Shift+E)"));

    m_shortcut->setObjectName(QStringLiteral("actionSwitchEnvironment"));
    m_shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_shortcut->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_shortcut);
    connect(m_shortcut, &QAction::triggered, this, [this] {
        if (m_button && m_button->isVisible())
            m_button->showMenu();
        else
            m_menu->popup(QCursor::pos());
    });
    rebuild();
}

void ProfileSwitcher::setProfiles(const QList<Profile> &profiles, const QString &current)
{
    m_profiles = profiles;
    m_current = current;
    rebuild();
}

void ProfileSwitcher::setSandboxAvailable(bool available)
{
    m_sandboxAvailable = available;
    rebuild();
}

QAction *ProfileSwitcher::actionFor(const QString &name) const
{
    for (QAction *action : m_menu->actions()) {
        if (action->data().toString() == name && action->isCheckable())
            return action;
    }
    return nullptr;
}

void ProfileSwitcher::rebuild()
{
    for (QAction *action : m_group->actions())
        m_group->removeAction(action);
    m_menu->clear();
    m_menu->addSection(tr("Environments"));
    for (const Profile &profile : std::as_const(m_profiles)) {
        QAction *action = m_menu->addAction(ProfileChip::icon(profile), ProfileChip::label(profile));
        action->setObjectName(QStringLiteral("profile_") + profile.name);
        action->setData(profile.name);
        action->setCheckable(true);
        action->setChecked(profile.name == m_current);
        action->setToolTip(profile.environmentUrl.toString());
        m_group->addAction(action);
        const QString name = profile.name;
        connect(action, &QAction::triggered, this, [this, name] { emit profileSelected(name); });
    }
    if (m_profiles.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No environments yet"));
        none->setEnabled(false);
    }
    if (m_sandboxAvailable) {
        m_menu->addSeparator();
        QAction *sandbox = m_menu->addAction(ProfileChip::icon(QStringLiteral("#7b61ff")), tr("Local sandbox"));
        sandbox->setObjectName(QStringLiteral("profile_sandbox"));
        sandbox->setData(sandboxName());
        sandbox->setCheckable(true);
        sandbox->setChecked(m_current == sandboxName());
        sandbox->setToolTip(tr("The embedded Scalekit-compatible sandbox with realistic data"));
        m_group->addAction(sandbox);
        connect(sandbox, &QAction::triggered, this, &ProfileSwitcher::sandboxSelected);
    }
    m_menu->addSeparator();
    m_add = m_menu->addAction(tr("Add environment…"));
    m_add->setObjectName(QStringLiteral("actionAddEnvironment"));
    connect(m_add, &QAction::triggered, this, &ProfileSwitcher::addRequested);
    m_manage = m_menu->addAction(tr("Manage…"));
    m_manage->setObjectName(QStringLiteral("actionManageEnvironments"));
    m_manage->setEnabled(!m_profiles.isEmpty());
    connect(m_manage, &QAction::triggered, this, &ProfileSwitcher::manageRequested);
}

} // namespace sk::ui
