#!/usr/bin/env bash
# Installs what `make run` or `make test` needs and is missing: Debian/Ubuntu packages
# (apt-get, through sudo when not root), the UI's npm packages, and for tests tauri-driver
# and the Nu HTML checker.
# Usage: scripts/bootstrap.sh run|test
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}

say() { printf 'dateline: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

build_pkgs=(libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev librsvg2-dev
  libayatana-appindicator3-dev libxdo-dev libssl-dev pkg-config file build-essential curl)
# The desk keeps its token in the Secret Service; a headless run brings its own.
# CJK text (ja, zh-Hans) would show as empty boxes on a machine without these fonts.
run_pkgs=(gnome-keyring dbus-x11 libsecret-1-dev fonts-noto-cjk)
# The drop test drags files in from a small GTK window (python3-gi) moved by xdotool.
# The site's pages are checked by the Nu HTML checker, a Java program from PyPI (below).
test_pkgs=(xvfb xauth webkit2gtk-driver chromium chromium-driver xdotool python3-gi gir1.2-gtk-3.0
  python3-venv default-jre-headless)

want=("${build_pkgs[@]}" "${run_pkgs[@]}")
[ "$mode" = test ] && want+=("${test_pkgs[@]}")

command -v cargo >/dev/null || die "Rust is missing: install it with rustup (https://rustup.rs), then run this again."
command -v node >/dev/null && command -v npm >/dev/null ||
  die "Node.js 20 or newer with npm is missing: install it (https://nodejs.org or your package manager), then run this again."
# Vite 8 wants ^20.19 or >=22.12.
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)||(a===20&&b>=19)?0:1)' ||
  die "Node.js $(node --version) is too old: the UI needs Node.js 20.19+ or 22.12+."

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
else
  missing=("${want[@]}")
fi

if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null ||
    die "no apt-get here: install these packages (Debian/Ubuntu names) with your package manager: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=()
  elif command -v sudo >/dev/null; then sudo=(sudo)
  else die "installing ${missing[*]} needs root: run as root or install sudo"; fi
  say "installing system packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  say "installing the UI's npm packages"
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "$mode" = test ]; then
  # 2.1.0: the 3.0 alphas fail to match WebKitWebDriver's capabilities.
  if [ "$(tauri-driver --version 2>/dev/null || true)" != "tauri-driver 2.1.0" ]; then
    say "installing tauri-driver 2.1.0"
    cargo install tauri-driver --locked --version 2.1.0 --quiet
  fi

  # The W3C Nu HTML checker for the site's pages, into a virtualenv outside the clone.
  scripts/nu-checker.sh install
fi
