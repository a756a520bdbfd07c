#pragma once

#include "services/credentials/profile.h"

#include <QProcessEnvironment>

#include <optional>

namespace sk::services {

// The read-only "From environment" profile built from the variables the official SDKs read:
// SCALEKIT_ENV_URL (or SCALEKIT_ENVIRONMENT_URL), SCALEKIT_CLIENT_ID, SCALEKIT_CLIENT_SECRET.
// Its secret comes from the environment, never from (or into) the keychain.
struct EnvironmentProfile
{
    Profile profile;
    QString clientSecret;
    QString problem; // empty when usable; otherwise what is missing or wrong

    // Nothing when no environment URL is set.
    static std::optional<EnvironmentProfile> detect(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace sk::services
