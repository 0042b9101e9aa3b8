#!/usr/bin/env bash
# Refreshes the README's screenshots from the ones the end-to-end tests take of the
# built desk (tests/artifacts/, written by `make test`), so they show the desk as it
# is: run after the desk's look changes, check them, commit them.
set -euo pipefail
cd "$(dirname "$0")/.."

# README image <- the e2e screenshot it is.
pairs=(
  "desk.png:desk-write-en.png"
  "translate.png:desk-translate-workspace-outdated.png"
  "publish.png:desk-publish-panel.png"
)
for pair in "${pairs[@]}"; do
  to="docs/screenshots/${pair%%:*}"
  from="tests/artifacts/${pair#*:}"
  if [[ ! -f "$from" ]]; then
    echo "missing $from: run the desk's e2e tests first (make test)" >&2
    exit 1
  fi
  cp "$from" "$to"
  echo "$to <- $from"
done
