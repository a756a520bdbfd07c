#include "ui/profiles/profilecontroller.h"

#include "services/credentials/environmentprofile.h"
#include "services/credentials/environmenturl.h"
#include "services/credentials/profilestore.h"
#include "services/credentials/secretstore.h"
#include "ui/profiles/firstrunpage.h"
#include "ui/profiles/manageprofilesdialog.h"
#include "ui/profiles/profiledialog.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/widgets/confirmbytypingdialog.h"
#include "ui/widgets/messagebanner.h"

#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

#include <utility>

namespace sk::ui {

using services::Profile;
using services::SecretStore;

ProfileController::ProfileController(services::ProfileStore *store, services::SecretStore *secrets,
                                     QNetworkAccessManager *network, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_network(network)
    , m_window(window)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_keychainBanner(new MessageBanner(window))
{
    m_keychainBanner->setAccessibleName(tr("Keychain warning"));
    connect(m_secrets, &SecretStore::stateChanged, this, &ProfileController::updateKeychainBanner);
    connect(m_store, &services::ProfileStore::profilesChanged, this, &ProfileController::refresh);
}

ProfileController::~ProfileController() = default;

services::EnvironmentStatus::Kind ProfileController::statusKind(const Profile &profile)
{
    using Kind = services::EnvironmentStatus::Kind;
    switch (profile.kind) {
    case Profile::Kind::Production: return Kind::Production;
    case Profile::Kind::Staging: return Kind::Staging;
    case Profile::Kind::Development: break;
    }
    return services::EnvironmentUrl::isLoopbackHost(profile.environmentUrl.host()) ? Kind::Sandbox : Kind::Development;
}

void ProfileController::attachSwitcher(QToolButton *button)
{
    m_switcher = new ProfileSwitcher(button, m_window);
    connect(m_switcher, &ProfileSwitcher::profileSelected, this, &ProfileController::activate);
    connect(m_switcher, &ProfileSwitcher::sandboxSelected, this, &ProfileController::activateSandbox);
    connect(m_switcher, &ProfileSwitcher::addRequested, this, &ProfileController::addEnvironment);
    connect(m_switcher, &ProfileSwitcher::manageRequested, this, &ProfileController::manageProfiles);
    refresh();
}

QList<Profile> ProfileController::profiles() const
{
    QList<Profile> all = m_store->profiles();
    if (const auto fromEnvironment = services::EnvironmentProfile::detect(m_environment))
        all << fromEnvironment->profile;
    return all;
}

void ProfileController::refresh()
{
    if (m_switcher)
        m_switcher->setProfiles(profiles(), m_currentName);
    if (m_manage)
        m_manage->setProfiles(m_store->profiles(), m_currentName);
}

void ProfileController::updateKeychainBanner()
{
    if (m_secrets->state() != SecretStore::State::Unavailable) {
        m_keychainBanner->showMessage(MessageBanner::Level::Info, QString());
        return;
    }
    m_keychainBanner->showMessage(
        MessageBanner::Level::Warning,
        tr("<b>No system keychain:</b> %1<br>Client secrets you enter are kept only until you quit; nothing is "
           "written to disk. Start a Secret Service (for example gnome-keyring or KWallet) to keep them.")
            .arg(m_secrets->unavailableReason().toHtmlEscaped()));
}

void ProfileController::start()
{
    m_secrets->probe(this);
    const QString last = m_store->currentName();
    if (!last.isEmpty() && m_store->contains(last)) {
        activate(last);
        return;
    }
    if (const auto fromEnvironment = services::EnvironmentProfile::detect(m_environment)) {
        activate(Profile::environmentProfileName());
        return;
    }
    if (m_store->isEmpty()) {
        showFirstRun();
        return;
    }
    refresh(); // profiles exist but none was used last: wait for the switcher
}

void ProfileController::activate(const QString &name)
{
    const int serial = ++m_activation;
    if (name == Profile::environmentProfileName()) {
        const auto fromEnvironment = services::EnvironmentProfile::detect(m_environment);
        if (!fromEnvironment) {
            emit activationFailed(tr("SCALEKIT_ENV_URL is not set."));
            return;
        }
        if (!fromEnvironment->problem.isEmpty()) {
            emit activationFailed(tr("Cannot use the environment from the SCALEKIT_* variables: %1")
                                      .arg(fromEnvironment->problem));
            return;
        }
        setActive(fromEnvironment->profile, fromEnvironment->clientSecret);
        return;
    }
    const std::optional<Profile> profile = m_store->profile(name);
    if (!profile) {
        emit activationFailed(tr("There is no environment named '%1'.").arg(name));
        refresh();
        return;
    }
    m_secrets->read(name, this, [this, serial, profile = *profile](const SecretStore::Outcome &outcome) {
        if (serial != m_activation)
            return; // the user switched again meanwhile
        if (outcome.ok()) {
            setActive(profile, outcome.secret);
            return;
        }
        const QString message = outcome.status == SecretStore::Outcome::Status::NotFound
            ? tr("The client secret of '%1' is not in the keychain. Enter it to connect.").arg(profile.name)
            : tr("Cannot read the client secret of '%1' from the keychain: %2").arg(profile.name, outcome.error);
        emit activationFailed(message);
        openProfileDialog(profile, QString(), message);
    });
}

void ProfileController::setActive(const Profile &profile, const QString &secret)
{
    const bool wasReadOnly = isReadOnly();
    m_active = profile;
    m_currentName = profile.name;
    if (!profile.fromEnvironment)
        m_store->setCurrentName(profile.name);
    refresh();
    if (m_firstRun)
        std::exchange(m_firstRun, nullptr)->close();
    emit activeProfileChanged();
    if (wasReadOnly != isReadOnly())
        emit readOnlyChanged(isReadOnly());
    emit environmentChosen(profile, profile.connectionSettings(secret));
}

void ProfileController::markSandboxActive()
{
    const bool wasReadOnly = isReadOnly();
    ++m_activation;
    m_active.reset();
    m_currentName = ProfileSwitcher::sandboxName();
    refresh();
    if (m_firstRun)
        std::exchange(m_firstRun, nullptr)->close();
    emit activeProfileChanged();
    if (wasReadOnly)
        emit readOnlyChanged(false);
}

void ProfileController::activateSandbox()
{
    markSandboxActive();
    emit sandboxRequested();
}

void ProfileController::addEnvironment()
{
    openProfileDialog(std::nullopt, QString());
}

void ProfileController::editProfile(const QString &name)
{
    const std::optional<Profile> profile = m_store->profile(name);
    if (!profile)
        return;
    m_secrets->read(name, this, [this, profile = *profile](const SecretStore::Outcome &outcome) {
        QString note;
        if (outcome.status == SecretStore::Outcome::Status::Failed)
            note = tr("The client secret could not be read from the keychain: %1").arg(outcome.error);
        openProfileDialog(profile, outcome.ok() ? outcome.secret : QString(), note);
    });
}

void ProfileController::openProfileDialog(const std::optional<Profile> &existing, const QString &secret,
                                          const QString &note)
{
    QWidget *parent = m_manage ? static_cast<QWidget *>(m_manage.data())
        : m_firstRun           ? m_firstRun.data()
                               : m_window.data();
    auto *dialog = new ProfileDialog(m_network, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingNames(m_store->names());
    if (existing)
        dialog->setProfile(*existing, secret);
    if (!note.isEmpty()) {
        dialog->testResult()->setText(note);
        dialog->testResult()->show();
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveFromDialog(dialog); });
    dialog->open();
    emit dialogOpened(dialog);
}

void ProfileController::saveFromDialog(ProfileDialog *dialog)
{
    const Profile profile = dialog->profile();
    const QString original = dialog->originalName();
    const bool activateAfter = original.isEmpty() || original == m_currentName || m_currentName.isEmpty();
    m_secrets->write(profile.name, dialog->secret(), this,
                     [this, profile, original, activateAfter](const SecretStore::Outcome &outcome) {
                         if (!outcome.ok()) {
                             QMessageBox::warning(m_window, tr("Environment not saved"),
                                                  tr("The client secret could not be stored in the keychain: "
                                                     "%1")
                                                      .arg(outcome.error));
                             return;
                         }
                         finishSave(profile, original, activateAfter);
                     });
}

void ProfileController::finishSave(const Profile &profile, const QString &originalName, bool activateAfter)
{
    if (const QString problem = m_store->save(profile); !problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Environment not saved"), problem);
        return;
    }
    if (!originalName.isEmpty() && originalName != profile.name) {
        const bool wasCurrent = m_store->currentName() == originalName;
        m_store->remove(originalName);
        if (wasCurrent)
            m_store->setCurrentName(profile.name);
        if (m_currentName == originalName)
            m_currentName = profile.name;
        m_secrets->remove(originalName, this, {});
    }
    refresh();
    if (m_manage)
        m_manage->select(profile.name);
    if (activateAfter)
        activate(profile.name);
}

void ProfileController::removeProfile(const QString &name)
{
    const std::optional<Profile> profile = m_store->profile(name);
    if (!profile)
        return;
    QWidget *parent = m_manage ? static_cast<QWidget *>(m_manage.data()) : m_window.data();
    if (!ConfirmByTypingDialog::confirmDestructive(
            parent, profile->isProduction(), tr("Remove environment"),
            tr("Remove the environment '%1' (%2) and delete its client secret from the keychain? The "
               "environment itself is not changed.")
                .arg(name, profile->environmentUrl.toString()),
            name, tr("Remove")))
        return;
    m_secrets->remove(name, this, [this, name](const SecretStore::Outcome &outcome) {
        if (!outcome.ok()) {
            QMessageBox::warning(m_window, tr("Environment not removed"),
                                 tr("The client secret could not be deleted from the keychain: %1").arg(outcome.error));
            return;
        }
        m_store->remove(name);
        if (m_currentName == name) {
            m_currentName.clear();
            m_active.reset();
            emit activeProfileChanged();
        }
        refresh();
    });
}

void ProfileController::manageProfiles()
{
    if (m_manage) {
        m_manage->raise();
        m_manage->activateWindow();
        return;
    }
    m_manage = new ManageProfilesDialog(m_window);
    m_manage->setAttribute(Qt::WA_DeleteOnClose);
    m_manage->setProfiles(m_store->profiles(), m_currentName);
    connect(m_manage, &ManageProfilesDialog::addRequested, this, &ProfileController::addEnvironment);
    connect(m_manage, &ManageProfilesDialog::editRequested, this, &ProfileController::editProfile);
    connect(m_manage, &ManageProfilesDialog::removeRequested, this, &ProfileController::removeProfile);
    connect(m_manage, &ManageProfilesDialog::useRequested, this, &ProfileController::activate);
    m_manage->open();
    emit dialogOpened(m_manage);
}

FirstRunPage *ProfileController::createFirstRunPage(QWidget *parent)
{
    auto *page = new FirstRunPage(parent);
    if (const auto fromEnvironment = services::EnvironmentProfile::detect(m_environment))
        page->setEnvironmentVariablesHost(fromEnvironment->profile.environmentUrl.host());
    connect(page, &FirstRunPage::exploreSandboxRequested, this, &ProfileController::activateSandbox);
    connect(page, &FirstRunPage::addEnvironmentRequested, this, &ProfileController::addEnvironment);
    connect(page, &FirstRunPage::useEnvironmentVariablesRequested, this,
            [this] { activate(Profile::environmentProfileName()); });
    return page;
}

void ProfileController::showFirstRun()
{
    if (m_firstRun) {
        m_firstRun->raise();
        return;
    }
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("firstRunDialog"));
    dialog->setWindowTitle(tr("Welcome to Scalekit Console"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(createFirstRunPage(dialog));
    dialog->resize(620, 480);
    m_firstRun = dialog;
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace sk::ui
