#pragma once

#include "services/api/connectionsettings.h"
#include "services/credentials/profile.h"

#include <QCommandLineOption>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace sk::app::cli {

// Connection options shared by every headless command:
// - --profile NAME: a saved profile (`scalekit-console profiles add`), its secret read from
//   the OS keychain; "environment" names the profile built from the SCALEKIT_* variables;
// - otherwise --env-url and --client-id, with the secret only from SCALEKIT_CLIENT_SECRET
//   (never argv); or the SDKs' variables SCALEKIT_ENV_URL (or SCALEKIT_ENVIRONMENT_URL),
//   SCALEKIT_CLIENT_ID, SCALEKIT_CLIENT_SECRET.
void addConnectionOptions(QCommandLineParser &parser);

struct SettingsResult
{
    std::optional<api::ConnectionSettings> settings;
    QString problem; // what is missing or wrong, when settings is empty
    std::optional<services::Profile> profile; // the saved profile used, with --profile
};

// With --profile this waits for the keychain (it runs a local event loop).
SettingsResult connectionSettings(const QCommandLineParser &parser);

// The settings of a saved profile (or "environment"), its secret from the keychain.
SettingsResult profileSettings(const QString &name);

// A simple command's start: adds --help and the connection options to the parser (after the
// command's own), parses, and checks the number of positional arguments. With stop set the
// command ends there with that exit code (help printed, or a usage error reported).
struct PreparedCommand
{
    std::optional<int> stop;
    std::optional<api::ConnectionSettings> settings;
    std::optional<services::Profile> profile; // the saved profile used, with --profile
};
PreparedCommand prepareCommand(QCommandLineParser &parser, const QStringList &arguments, int positionalCount,
                               const QString &usage);

} // namespace sk::app::cli
