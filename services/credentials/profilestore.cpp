#include "services/credentials/profilestore.h"

#include "services/credentials/environmenturl.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace sk::services {

namespace {
const QString kProfilesGroup = QStringLiteral("Profiles");
const QString kCurrentKey = QStringLiteral("ProfilesState/current");
const QString kUrlKey = QStringLiteral("url");
const QString kClientIdKey = QStringLiteral("clientId");
const QString kKindKey = QStringLiteral("kind");
const QString kColorKey = QStringLiteral("color");
const QString kReadOnlyKey = QStringLiteral("readOnly");
} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(QString(), parent)
{
}

ProfileStore::ProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
{
}

ProfileStore::~ProfileStore() = default;

std::unique_ptr<QSettings> ProfileStore::openSettings() const
{
    if (m_settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

QString ProfileStore::fileName() const
{
    return openSettings()->fileName();
}

std::optional<Profile> ProfileStore::readProfile(QSettings &settings, const QString &name)
{
    settings.beginGroup(kProfilesGroup);
    const bool exists = settings.childGroups().contains(name);
    std::optional<Profile> result;
    if (exists) {
        settings.beginGroup(name);
        Profile profile;
        profile.name = name;
        profile.environmentUrl = QUrl(settings.value(kUrlKey).toString(), QUrl::StrictMode);
        profile.clientId = settings.value(kClientIdKey).toString();
        profile.kind = Profile::kindFromName(settings.value(kKindKey).toString()).value_or(Profile::Kind::Development);
        const QString color = settings.value(kColorKey).toString();
        profile.color = Profile::isValidColor(color) ? color : QString();
        profile.readOnly = settings.value(kReadOnlyKey, false).toBool();
        settings.endGroup();
        result = std::move(profile);
    }
    settings.endGroup();
    return result;
}

void ProfileStore::writeProfile(QSettings &settings, const Profile &profile)
{
    settings.beginGroup(kProfilesGroup);
    settings.remove(profile.name);
    settings.beginGroup(profile.name);
    settings.setValue(kUrlKey, profile.environmentUrl.toString());
    settings.setValue(kClientIdKey, profile.clientId);
    settings.setValue(kKindKey, Profile::kindName(profile.kind));
    if (!profile.color.isEmpty())
        settings.setValue(kColorKey, profile.color);
    settings.setValue(kReadOnlyKey, profile.readOnly);
    settings.endGroup();
    settings.endGroup();
}

QString ProfileStore::commit(QSettings &settings)
{
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return tr("Cannot write the settings file %1.").arg(settings.fileName());
    emit profilesChanged();
    return {};
}

QList<Profile> ProfileStore::profiles() const
{
    auto settings = openSettings();
    QList<Profile> result;
    for (const QString &name : names()) {
        if (auto profile = readProfile(*settings, name))
            result << *profile;
    }
    return result;
}

QStringList ProfileStore::names() const
{
    auto settings = openSettings();
    settings->beginGroup(kProfilesGroup);
    QStringList names = settings->childGroups();
    settings->endGroup();
    names.removeIf([](const QString &name) { return !Profile::isValidName(name); });
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (!Profile::isValidName(name))
        return std::nullopt;
    auto settings = openSettings();
    return readProfile(*settings, name);
}

QString ProfileStore::save(const Profile &profile)
{
    if (profile.fromEnvironment)
        return tr("The profile from the environment variables cannot be saved.");
    if (const QString problem = Profile::nameProblem(profile.name); !problem.isEmpty())
        return problem;
    const EnvironmentUrl url = EnvironmentUrl::assess(profile.environmentUrl.toString());
    if (!url.isValid())
        return url.problem;
    if (profile.clientId.trimmed().isEmpty())
        return tr("The client ID is missing.");
    if (!profile.color.isEmpty() && !Profile::isValidColor(profile.color))
        return tr("The colour must look like #rrggbb.");
    Profile stored = profile;
    stored.environmentUrl = url.url;
    stored.clientId = profile.clientId.trimmed();
    auto settings = openSettings();
    writeProfile(*settings, stored);
    return commit(*settings);
}

QString ProfileStore::rename(const QString &from, const QString &to)
{
    if (from == to)
        return {};
    if (const QString problem = Profile::nameProblem(to); !problem.isEmpty())
        return problem;
    auto settings = openSettings();
    std::optional<Profile> profile = readProfile(*settings, from);
    if (!profile)
        return tr("There is no profile named '%1'.").arg(from);
    if (readProfile(*settings, to))
        return tr("A profile named '%1' already exists.").arg(to);
    profile->name = to;
    writeProfile(*settings, *profile);
    settings->beginGroup(kProfilesGroup);
    settings->remove(from);
    settings->endGroup();
    const bool wasCurrent = settings->value(kCurrentKey).toString() == from;
    if (wasCurrent)
        settings->setValue(kCurrentKey, to);
    const QString problem = commit(*settings);
    if (problem.isEmpty() && wasCurrent)
        emit currentChanged(to);
    return problem;
}

bool ProfileStore::remove(const QString &name)
{
    auto settings = openSettings();
    if (!readProfile(*settings, name))
        return false;
    settings->beginGroup(kProfilesGroup);
    settings->remove(name);
    settings->endGroup();
    const bool wasCurrent = settings->value(kCurrentKey).toString() == name;
    if (wasCurrent)
        settings->remove(kCurrentKey);
    const bool ok = commit(*settings).isEmpty();
    if (ok && wasCurrent)
        emit currentChanged(QString());
    return ok;
}

QString ProfileStore::currentName() const
{
    return openSettings()->value(kCurrentKey).toString();
}

void ProfileStore::setCurrentName(const QString &name)
{
    auto settings = openSettings();
    if (settings->value(kCurrentKey).toString() == name)
        return;
    if (name.isEmpty())
        settings->remove(kCurrentKey);
    else
        settings->setValue(kCurrentKey, name);
    settings->sync();
    emit currentChanged(name);
}

} // namespace sk::services
