#!/usr/bin/env bash
# `make run`: the demo publication on 127.0.0.1 and the desk connected to it.
# Ctrl-C (or closing the desk) stops both, the desk first, and ends with status 0. Data
# is kept between runs:
#   the site's in $DATELINE_DEMO_DIR (default .dateline-demo/site),
#   the desk's in the OS app-data folder (~/.local/share/org.dateline.desk).
# DATELINE_SITE_BIN and DATELINE_DESK_BIN, both set, name the binaries to run instead
# of building them (tests/tests/make_run.rs runs this script with stand-ins).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

say() { printf 'dateline: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  die "no display: make run opens a desktop window. Run it in a desktop session, or headless under Xvfb (apt-get install xvfb; xvfb-run -a make run)"
fi

prebuilt=
[ -n "${DATELINE_SITE_BIN:-}" ] && [ -n "${DATELINE_DESK_BIN:-}" ] && prebuilt=1
[ -n "$prebuilt" ] || scripts/bootstrap.sh run

# Undone in reverse order on exit: the desk is stopped before the site, the site before
# the bus.
cleanups=()
exiting=
cleanup() {
  local i
  exiting=1
  for ((i = ${#cleanups[@]} - 1; i >= 0; i--)); do eval "${cleanups[$i]}" || true; done
}
trap cleanup EXIT

# The site and the desk run in sessions of their own, so the terminal's Ctrl-C reaches
# only this script, which then stops them in order: the desk first, asked to close like
# its window's close button (it saves, and its outbox sends what is waiting), waited
# for, and only then the site, which must still be there to answer that last send.
# (Reaching the site too, Ctrl-C stopped it while the desk was still saving.) Before
# the desk runs, Ctrl-C just stops the start (status 130).
interrupted=
desk_pid=
desk_asked=
desk_closed=
on_signal() {
  interrupted=1
  [ -z "$exiting" ] || return 0
  [ -n "$desk_pid" ] || exit 130
  # Once is enough: the desk takes further signals as part of the same request.
  [ -z "$desk_asked" ] && [ -z "$desk_closed" ] || return 0
  desk_asked=1
  say "closing the desk (it saves and sends first), then stopping the site"
  kill -TERM "$desk_pid" 2>/dev/null || true
}
trap on_signal INT TERM
# start_detached VAR command...: runs the command in its own session, in the
# background, and sets VAR to its pid. A signal that comes meanwhile is acted on once
# the pid is known, so nothing started is left running.
start_detached() {
  local var=$1
  shift
  trap 'interrupted=1' INT TERM
  setsid "$@" &
  printf -v "$var" '%s' "$!"
  trap on_signal INT TERM
}
# stop_desk: asks the desk to close and waits until it has. `wait` returns early when a
# signal comes (the trap has then asked the desk to close), so it waits again.
desk_status=0
stop_desk() {
  [ -n "$desk_pid" ] && [ -z "$desk_closed" ] || return 0
  kill -TERM "$desk_pid" 2>/dev/null || true
  wait_desk
}
wait_desk() {
  while :; do
    wait "$desk_pid" && desk_status=0 || desk_status=$?
    kill -0 "$desk_pid" 2>/dev/null || break
  done
  desk_closed=1
}

# No session bus (a bare Xvfb, an SSH login): give this run its own, with a keyring that
# lives only as long as the run. The desk never stores its token anywhere else.
# dbus-launch detaches the bus from this terminal, so Ctrl-C reaches the desk (which
# then saves and closes) but not the bus it still needs while closing.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  say "no D-Bus session here: starting a private one with a temporary keyring for this run"
  eval "$(dbus-launch --sh-syntax)"
  cleanups+=("kill $DBUS_SESSION_BUS_PID 2>/dev/null")
  keyring_home=$(mktemp -d)
  cleanups+=("rm -rf '$keyring_home'")
  head -c 24 /dev/urandom | base64 | tr -d '\n' |
    XDG_DATA_HOME="$keyring_home" gnome-keyring-daemon --unlock --components=secrets >/dev/null
fi

if [ -n "$prebuilt" ]; then
  site_bin=$DATELINE_SITE_BIN
  desk_bin=$DATELINE_DESK_BIN
else
  say "building the UI and the binaries (the first build takes a few minutes)"
  (cd ui && npm run --silent build)
  cargo build --quiet -p dateline -p dateline-site
  target=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
  site_bin="$target/debug/dateline-site"
  desk_bin="$target/debug/dateline"
fi

demo=${DATELINE_DEMO_DIR:-$root/.dateline-demo}
data="$demo/site"
port=${DATELINE_PORT:-8080}
url="http://127.0.0.1:$port"

fresh=
if [ ! -f "$data/site.toml" ]; then
  say "creating the demo publication in $data"
  mkdir -p "$demo"
  "$site_bin" init --data "$data" --config tests/fixtures/publication/site.toml
  fresh=1
fi

start_detached site_pid "$site_bin" serve --data "$data" --listen "127.0.0.1:$port" --base-url "$url"
cleanups+=("kill -TERM $site_pid 2>/dev/null; wait $site_pid 2>/dev/null")
[ -z "$interrupted" ] || exit 130
for _ in $(seq 1 100); do
  curl -fsS "$url/healthz" >/dev/null 2>&1 && break
  kill -0 "$site_pid" 2>/dev/null || die "dateline-site stopped; is port $port free? (DATELINE_PORT=... make run picks another)"
  sleep 0.1
done
curl -fsS "$url/healthz" >/dev/null || die "dateline-site did not answer on $url"

# A fresh editor token for this run's desk; the previous run's one is revoked.
"$site_bin" token revoke --data "$data" --label "make run desk" >/dev/null 2>&1 || true
token=$("$site_bin" token create --data "$data" --role editor --label "make run desk")

if [ -n "$fresh" ]; then
  say "publishing the demo articles through the API"
  for file in tests/fixtures/publication/articles/*.json; do
    id=$(basename "$file" .json)
    # The token goes in a header file, not on curl's command line where ps shows it.
    curl -fsS -o /dev/null -X PUT "$url/api/v1/articles/$id" \
      -H @<(printf 'Authorization: Bearer %s\n' "$token") \
      -H "Idempotency-Key: demo-$id" -H "If-None-Match: *" \
      -H "Content-Type: application/json" --data-binary @"$file" ||
      say "could not publish the demo article $file"
  done
fi

printf '%s\n' "$token" | "$desk_bin" connect "$url"
unset token

say "site: $url   desk: opening (Ctrl-C stops both)"
# In its own session too: the terminal's Ctrl-C would also hit WebKit's helper
# processes and kill the page before it could save, so the trap above turns Ctrl-C into
# one SIGTERM to the desk, which closes like its window.
start_detached desk_pid "$desk_bin"
cleanups+=("stop_desk")
[ -z "$interrupted" ] || on_signal
wait_desk
# Closed by its window or by Ctrl-C: 0 when the desk closed cleanly. The cleanups then
# stop the site and the bus.
exit "$desk_status"
