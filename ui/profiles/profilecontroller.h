#pragma once

#include "services/api/connectionsettings.h"
#include "services/core/environmentstatus.h"
#include "services/credentials/profile.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <optional>

class QNetworkAccessManager;
class QToolButton;
class QWidget;

namespace sk::services {
class ProfileStore;
class SecretStore;
}

namespace sk::ui {

class FirstRunPage;
class ManageProfilesDialog;
class MessageBanner;
class ProfileDialog;
class ProfileSwitcher;

// The environment profiles in the GUI: the toolbar switcher, the first-run choice, the
// add/edit and manage dialogs, and the keychain banner. It decides which environment to use
// and hands it over with environmentChosen(); connecting (and cancelling what is in flight,
// reloading the tabs) is the session's job. Dialogs are opened with open(), never exec(), so
// tests find them with findChild<ProfileDialog *>() and drive them.
class ProfileController : public QObject
{
    Q_OBJECT

public:
    ProfileController(services::ProfileStore *store, services::SecretStore *secrets, QNetworkAccessManager *network,
                      QWidget *window, QObject *parent = nullptr);
    ~ProfileController() override;

    // Puts the switcher menu on the toolbar's environment button (and Ctrl+Shift+E on the window).
    void attachSwitcher(QToolButton *button);
    // A banner (hidden until needed) saying the keychain is unavailable; the window places it.
    MessageBanner *keychainBanner() const { return m_keychainBanner; }
    ProfileSwitcher *switcher() const { return m_switcher; }
    // The SCALEKIT_* variables the "From environment" profile is built from (tests replace them).
    void setProcessEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

    // Chooses the first environment: the profile used last, else the SCALEKIT_* variables,
    // else the first-run page. Also asks the keychain whether it answers.
    void start();
    void activate(const QString &name);
    void activateSandbox();
    // For a session started with --sandbox: marks the sandbox as current without asking for it.
    void markSandboxActive();

    void addEnvironment();
    void editProfile(const QString &name);
    void removeProfile(const QString &name);
    void manageProfiles();
    void showFirstRun();
    // A first-run page wired to this controller, for a window that embeds it.
    FirstRunPage *createFirstRunPage(QWidget *parent);

    // All profiles: the saved ones, then "From environment" when the variables are set.
    QList<services::Profile> profiles() const;
    std::optional<services::Profile> activeProfile() const { return m_active; }
    bool isReadOnly() const { return m_active && m_active->readOnly; }
    bool isProduction() const { return m_active && m_active->isProduction(); }

    static services::EnvironmentStatus::Kind statusKind(const services::Profile &profile);

signals:
    // Connect to this environment now (the secret is only in `settings`, in memory).
    void environmentChosen(const sk::services::Profile &profile, const sk::api::ConnectionSettings &settings);
    void sandboxRequested();
    void activeProfileChanged();
    void readOnlyChanged(bool readOnly);
    // A profile could not be used (no secret, keychain failure...): a sentence for the user.
    void activationFailed(const QString &message);
    void dialogOpened(QWidget *dialog);

private:
    void refresh();
    void updateKeychainBanner();
    void openProfileDialog(const std::optional<services::Profile> &existing, const QString &secret,
                           const QString &note = {});
    void saveFromDialog(ProfileDialog *dialog);
    void finishSave(const services::Profile &profile, const QString &originalName, bool activateAfter);
    void setActive(const services::Profile &profile, const QString &secret);

    services::ProfileStore *m_store;
    services::SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QPointer<QWidget> m_window;
    QProcessEnvironment m_environment;
    ProfileSwitcher *m_switcher = nullptr;
    MessageBanner *m_keychainBanner = nullptr;
    QPointer<ManageProfilesDialog> m_manage;
    QPointer<QWidget> m_firstRun;
    std::optional<services::Profile> m_active;
    QString m_currentName; // a profile name, ProfileSwitcher::sandboxName(), or empty
    int m_activation = 0;  // serial: a late keychain answer for an older switch is dropped
};

} // namespace sk::ui
