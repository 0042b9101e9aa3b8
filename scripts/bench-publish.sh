#!/usr/bin/env bash
# Bulk publishing from the desk (issue 5, "Measured"): 1,000 articles with three locales
# each, queued with publish_many and delivered by the outbox's sender at its default
# concurrency and at 8 and 16, to a release-built dateline-site on loopback; beside it the
# site's own limit for the same PUTs sent straight to the API. Results go in
# docs/PERFORMANCE.md, "Publishing".
#
# Not part of `make test`: it wants the machine to itself. The desk keeps the token in
# the OS keyring, so the benchmark runs inside scripts/with-desktop-session.sh.
# Usage: scripts/bench-publish.sh [articles, default 1000] [extra benchmark arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000}
shift || true
say() { printf 'bench: %s\n' "$*" >&2; }
command -v curl >/dev/null || { say "curl is missing"; exit 1; }

cargo build --release -q -p dateline-site
cargo bench -q -p e2e --bench publish --no-run
target=${CARGO_TARGET_DIR:-target}
site_bin="$target/release/dateline-site"

work=$(mktemp -d /tmp/dateline-bench-publish.XXXXXX)
site_pid=
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=18490
url="http://127.0.0.1:$port"
data="$work/site"
"$site_bin" init --data "$data" --config tests/fixtures/publication/site.toml >/dev/null
# The token travels in a file only this user can read, never on a command line.
umask 077
"$site_bin" token create --data "$data" --role editor --label bench-publish >"$work/token"
if curl -s -o /dev/null "$url/healthz"; then say "port $port is already in use"; exit 1; fi
RUST_LOG=warn "$site_bin" serve --data "$data" --listen "127.0.0.1:$port" --base-url "$url" \
  >"$work/site.log" 2>&1 &
site_pid=$!
for _ in $(seq 100); do curl -fsS "$url/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

say "machine: $(nproc) cores, $(uname -sr); $(date -u '+%Y-%m-%d %H:%M UTC')"
scripts/with-desktop-session.sh cargo bench -q -p e2e --bench publish -- \
  --site "$url" --token-file "$work/token" --articles "$articles" "$@"
say "site peak memory: $(grep VmHWM /proc/$site_pid/status | awk '{print $2, $3}')"
