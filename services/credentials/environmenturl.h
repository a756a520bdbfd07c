#pragma once

#include "services/credentials/profile.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace sk::services {

// What the console makes of an environment URL the user typed: whether it can be used
// (https, except for a loopback sandbox), and which kind of environment the documented URL
// shapes suggest: https://<sub>.scalekit.dev is development, https://<sub>.scalekit.com is
// production, loopback is a local sandbox (development). Anything else: ask the user.
struct EnvironmentUrl
{
    QUrl url;        // the parsed URL (trailing slashes removed), valid only when problem is empty
    QString problem; // empty when usable; otherwise one sentence saying what is wrong
    std::optional<Profile::Kind> suggestedKind;
    bool loopback = false;

    bool isValid() const { return problem.isEmpty(); }
    // A short explanation of the suggestion ("a Scalekit development environment"), or empty.
    QString suggestionText() const;

    static EnvironmentUrl assess(const QString &text);
    static bool isLoopbackHost(const QString &host);
};

} // namespace sk::services
