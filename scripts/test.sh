#!/usr/bin/env bash
# `make test`: everything CI runs, in order, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*" >&2; }

step "prerequisites"
scripts/bootstrap.sh test
# The desktop session below gets a temporary HOME, so the site's page check is told
# where the Nu HTML checker is rather than looking under HOME.
DATELINE_VNU_JAR=$(scripts/nu-checker.sh path)
export DATELINE_VNU_JAR

step "cargo fmt --check"
cargo fmt --all --check

step "Fluent checks of locales/ (every locale against en-US)"
cargo run --quiet -p dateline-l10n --bin ftl-check -- locales

step "UI build (the desk embeds ui/dist)"
(cd ui && npm run --silent build)

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "binaries for the end-to-end tests"
cargo build --quiet -p dateline -p dateline-site

step "Rust tests (unit, integration, end-to-end: desk via WebDriver, site in headless Chromium)"
# One desktop session for all of them: the keyring tests need the Secret Service, the
# desk's WebDriver tests an X server. `cargo test` also regenerates ui/src/lib/bindings.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
scripts/with-desktop-session.sh cargo test --workspace --quiet 2>&1 | tee "$log"

step "IPC bindings and permissions are the ones generated from Rust"
# ts-rs (on cargo test) and src-tauri/build.rs (the commands' callers and permissions).
generated="ui/src/lib/bindings src-tauri/permissions"
[ -z "$(git status --porcelain -- $generated)" ] ||
  { git status --short -- $generated >&2; echo "$generated differ from what Rust generates: commit the regenerated files" >&2; exit 1; }

step "UI type check and tests"
(cd ui && npm run --silent check && npm test --silent) 2>&1 | tee -a "$log"

# One closing line for every suite together. With pipefail, any failure above has
# already stopped the script, so this line only ever reports a green run.
passed=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  /^test result: / { for (i = 1; i <= NF; i++) if ($i ~ /^passed;?$/) n += $(i - 1) }
  /^ *Tests +[0-9]+ passed/ { for (i = 1; i <= NF; i++) if ($i == "passed") n += $(i - 1) }
  END { print n + 0 }')
printf '\nsummary: %s passed, 0 failed\n' "$passed"
