#pragma once

#include "app/console/cli/clisettings.h"

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;

namespace sk::app::cli {

// The guards of the commands that change something, the CLI's side of what the window does
// (a read-only profile disables every write; in production a destructive action is confirmed):
// - a read-only profile refuses every write;
// - in production, a destructive write (one that stops something working, like rotating a SCIM
//   token) runs only with --confirm-production. The environment is production when the saved
//   profile says so or, for --env-url and the SCALEKIT_* variables, when the URL is not a
//   Scalekit development URL or loopback (https://<sub>.scalekit.com and unknown hosts).
QCommandLineOption confirmProductionOption();

enum class WriteKind { Additive, Destructive };

// Nothing when the command may go on; otherwise the exit code to end with (2; the reason is on
// stderr). what names the action ("directories rotate-token").
std::optional<int> refuseWrite(const QCommandLineParser &parser, const PreparedCommand &prepared,
                               const QString &what, WriteKind kind);

} // namespace sk::app::cli
