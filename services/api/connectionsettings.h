#pragma once

#include <QString>
#include <QUrl>

namespace sk::api {

// Where to connect and with which environment credentials. The secret lives only in memory;
// it is never logged, never written to a settings file.
struct ConnectionSettings
{
    QUrl environmentUrl; // https://<sub>.scalekit.dev, https://<sub>.scalekit.com, or loopback http
    QString clientId;
    QString clientSecret;

    bool isLoopback() const;
    // Empty when usable; otherwise a sentence saying what is wrong (https required, no host...).
    QString validate() const;
    // The environment URL with a path appended ("/api/v1/organizations").
    QUrl resolve(const QString &path) const;
};

} // namespace sk::api
