#pragma once

#include "services/api/connectionsettings.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace sk::services {

// One Scalekit environment the user works with: where it is, which API client, what kind of
// environment it is and how it looks. Never holds the client secret: that lives in the OS
// keychain (SecretStore) and only reaches memory when a connection is made.
struct Profile
{
    enum class Kind { Development, Staging, Production };

    QString name;          // also the settings group and the keychain key; see isValidName()
    QUrl environmentUrl;   // https://<sub>.scalekit.dev, https://<sub>.scalekit.com, loopback http
    QString clientId;
    Kind kind = Kind::Development;
    QString color;         // "#rrggbb"; empty: the kind's colour
    bool readOnly = false; // every write is disabled while this profile is active
    bool fromEnvironment = false; // the SCALEKIT_* variables: shown, never edited or stored

    bool isProduction() const { return kind == Kind::Production; }
    bool isEditable() const { return !fromEnvironment; }
    QString effectiveColor() const { return color.isEmpty() ? defaultColor(kind) : color; }
    // What the switcher and the window title show: the name, or "From environment".
    QString displayName() const;
    api::ConnectionSettings connectionSettings(const QString &clientSecret) const;

    // The name of the profile built from the environment variables; reserved.
    static QString environmentProfileName() { return QStringLiteral("environment"); }
    // Empty when usable as a profile name; otherwise what is wrong with it.
    static QString nameProblem(const QString &name);
    static bool isValidName(const QString &name) { return nameProblem(name).isEmpty(); }
    static bool isValidColor(const QString &color);

    static QString kindName(Kind kind);  // "development", "staging", "production"
    static QString kindLabel(Kind kind); // "Development", ... (translated)
    static std::optional<Kind> kindFromName(const QString &name);
    static QString defaultColor(Kind kind);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace sk::services
