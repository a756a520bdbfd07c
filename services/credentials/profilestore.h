#pragma once

#include "services/credentials/profile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace sk::services {

// The user's environment profiles, kept with QSettings in the platform's config location
// (one group per profile under "Profiles/"), plus the name of the profile used last.
// Never the client secret: that is SecretStore's. Every call re-reads the settings, so a
// profile added by `scalekit-console profiles add` shows up in a running console.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // Empty settingsFile: the application's own QSettings (organization and application
    // names); otherwise that INI file (tests, tools).
    explicit ProfileStore(QObject *parent = nullptr);
    explicit ProfileStore(const QString &settingsFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const; // sorted by name, case-insensitively
    QStringList names() const;
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const { return profile(name).has_value(); }
    bool isEmpty() const { return names().isEmpty(); }

    // Adds or replaces the profile. Returns an empty string, or what is wrong (bad name,
    // bad URL, a profile from the environment, settings not writable).
    QString save(const Profile &profile);
    // Renames keeping every field; fails when `to` exists or is not a valid name.
    QString rename(const QString &from, const QString &to);
    bool remove(const QString &name);

    // The profile the console used last ("" when none, or the sandbox).
    QString currentName() const;
    void setCurrentName(const QString &name);

    // Where the settings live (for messages and tests).
    QString fileName() const;

signals:
    void profilesChanged();
    void currentChanged(const QString &name);

private:
    std::unique_ptr<QSettings> openSettings() const;
    static std::optional<Profile> readProfile(QSettings &settings, const QString &name);
    static void writeProfile(QSettings &settings, const Profile &profile);
    QString commit(QSettings &settings);

    QString m_settingsFile;
};

} // namespace sk::services
