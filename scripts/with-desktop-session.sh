#!/usr/bin/env bash
# Runs a command as on a fresh desktop: its own X server (Xvfb), its own D-Bus session,
# an unlocked GNOME Keyring, and temporary HOME and XDG folders, so tests neither read
# nor write the real user's data or secrets, and leave no daemon behind.
set -euo pipefail
command -v xvfb-run >/dev/null || { echo "dateline: xvfb-run is missing (package xvfb); run scripts/bootstrap.sh test" >&2; exit 1; }
command -v dbus-run-session >/dev/null || { echo "dateline: dbus-run-session is missing (package dbus)" >&2; exit 1; }

session=$(mktemp -d "${TMPDIR:-/tmp}/dateline-session.XXXXXX")
# A browser may wake the document portal, which mounts a FUSE folder in the runtime dir.
cleanup() {
  fusermount -uz "$session/runtime/doc" 2>/dev/null || umount -l "$session/runtime/doc" 2>/dev/null || true
  rm -rf "$session" 2>/dev/null || true
}
trap cleanup EXIT
mkdir -p "$session"/{home,data,cache,config,runtime}
chmod 700 "$session/runtime"
# Rust and npm keep their caches where the real HOME says.
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}" RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
export HOME="$session/home" XDG_DATA_HOME="$session/data" XDG_CACHE_HOME="$session/cache" \
  XDG_CONFIG_HOME="$session/config" XDG_RUNTIME_DIR="$session/runtime"
export NO_AT_BRIDGE=1

xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  dbus-run-session -- bash -c '
    # A throwaway password for a throwaway keyring that lives in this session only.
    echo -n "dateline-test-session" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' _ "$@"
