#pragma once

#include "sandbox/sandboxoptions.h"
#include "ui/consoletabs.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace sk::app {

// The GUI's command line, parsed and validated. Headless subcommands parse their own.
struct ConsoleOptions
{
    bool sandbox = false;
    QString screenshotFile;
    std::optional<ui::TabId> tab;
    std::optional<QSize> size;
    std::optional<ui::TabId> measureLoadTab; // --measure-load TAB
    QString measureFilter; // --measure-filter TEXT (with --measure-load)
    QString profile;                          // --profile NAME: that saved environment
    QStringList sandboxArguments;           // the --sandbox-* options as given
    sandbox::SandboxOptions sandboxOptions; // ...and as the embedded sandbox takes them
};

struct ParseResult
{
    enum class Status { Run, ExitOk, UsageError };
    Status status = Status::Run;
    QString message; // --help/--version text, or the usage error
    ConsoleOptions options;
};

ParseResult parseConsoleOptions(const QStringList &arguments);

} // namespace sk::app
