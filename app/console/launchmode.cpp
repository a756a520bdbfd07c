#include "app/console/launchmode.h"

#include <cstring>

namespace sk::app {

LaunchMode detectLaunchMode(int argc, char **argv)
{
    LaunchMode mode = LaunchMode::Gui;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--screenshot") == 0 || std::strncmp(arg, "--screenshot=", 13) == 0) {
            mode = LaunchMode::Screenshot;
        } else if (std::strcmp(arg, "--measure-load") == 0 || std::strncmp(arg, "--measure-load=", 15) == 0) {
            mode = LaunchMode::Measure;
        } else if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0
                   || std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0) {
            return LaunchMode::Cli;
        } else if (i == 1 && arg[0] != '-') {
            return LaunchMode::Cli; // a subcommand: export, portal-link, ...
        }
    }
    return mode;
}

bool cliMayUseKeychain(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "profiles") == 0)
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--profile") == 0 || std::strncmp(argv[i], "--profile=", 10) == 0)
            return true;
    }
    return false;
}

} // namespace sk::app
