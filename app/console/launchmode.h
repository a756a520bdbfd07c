#pragma once

namespace sk::app {

// Decided from the raw arguments before any Q*Application exists, because the mode decides
// which application class to build and whether to force the offscreen platform.
enum class LaunchMode {
    Gui, // the window
    Screenshot, // the window rendered offscreen into a PNG, then exit
    Measure, // --measure-load: the window loads a tab's list, prints timings, exits
    Cli, // a headless command (export, portal-link, ...) or --help/--version
};

LaunchMode detectLaunchMode(int argc, char **argv);

// Whether a command may reach the OS keychain: the `profiles` commands and any command given
// --profile. qtkeychain answers through libsecret, whose callbacks come from a GLib main loop,
// so those keep Qt's GLib event dispatcher; the others (environment variables only) may use
// Qt's own, which costs less per event (the bulk export feels it once per page).
bool cliMayUseKeychain(int argc, char **argv);

} // namespace sk::app
