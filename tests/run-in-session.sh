#!/usr/bin/env bash
# Runs a command the way every test runs: headless (offscreen), with throwaway XDG folders, in a
# private D-Bus session whose gnome-keyring is unlocked, so keychain tests meet a real Secret
# Service and nothing touches the user's own settings or keyring.
set -euo pipefail
exec dbus-run-session -- bash -c '
    set -euo pipefail
    base=$(mktemp -d)
    mkdir -m 700 "$base/runtime"
    export XDG_DATA_HOME="$base/data" XDG_CONFIG_HOME="$base/config" XDG_CACHE_HOME="$base/cache"
    export XDG_RUNTIME_DIR="$base/runtime" QT_QPA_PLATFORM=offscreen
    printf pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    trap "rm -rf \"$base\"" EXIT
    "$@"
' bash "$@"
