#!/usr/bin/env bash
# `make run`: the demo publication on 127.0.0.1 and the desk connected to it.
# Ctrl-C (or closing the desk) stops both. Data is kept between runs:
#   the site's in $DATELINE_DEMO_DIR (default .dateline-demo/site),
#   the desk's in the OS app-data folder (~/.local/share/org.dateline.desk).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

say() { printf 'dateline: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  die "no display: make run opens a desktop window. Run it in a desktop session, or headless under Xvfb (apt-get install xvfb; xvfb-run -a make run)"
fi

scripts/bootstrap.sh run

cleanups=()
cleanup() {
  local i
  for ((i = ${#cleanups[@]} - 1; i >= 0; i--)); do eval "${cleanups[$i]}" || true; done
}
trap cleanup EXIT
# Ctrl-C asks the desk to close like its window's close button (it saves first); the
# EXIT cleanups then wait for it before stopping the site and the bus.
trap '[ -n "${desk_pid:-}" ] && kill -TERM "$desk_pid" 2>/dev/null; exit 130' INT TERM

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

say "building the UI and the binaries (the first build takes a few minutes)"
(cd ui && npm run --silent build)
cargo build --quiet -p dateline -p dateline-site
target=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
site_bin="$target/debug/dateline-site"
desk_bin="$target/debug/dateline"

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

"$site_bin" serve --data "$data" --listen "127.0.0.1:$port" --base-url "$url" &
site_pid=$!
cleanups+=("kill -TERM $site_pid 2>/dev/null; wait $site_pid 2>/dev/null")
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
# In its own session, in the background, and waited for: the terminal's Ctrl-C would
# also hit WebKit's helper processes and kill the page before it could save, so the
# trap above turns Ctrl-C into one SIGTERM to the desk, which closes like its window.
setsid "$desk_bin" &
desk_pid=$!
cleanups+=("wait $desk_pid 2>/dev/null")
wait "$desk_pid"
