#!/usr/bin/env bash
# Set up Precedent on a fresh Debian/Ubuntu machine: a virtualenv with the project installed,
# and a Chromium for Playwright. Idempotent: a second run only checks.
#   bash scripts/setup.sh          # for running Precedent
#   bash scripts/setup.sh --test   # also the test tools and the services tests use
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf 'setup: %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_updated=0
apt_install() {
  command -v apt-get >/dev/null || return 1
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq || return 1; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

PY=${PYTHON:-python3}
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { say "Python 3.11 or newer is needed (found $("$PY" --version 2>&1))"; exit 1; }

if [ ! -x .venv/bin/python ]; then
  say "creating .venv"
  "$PY" -m venv .venv 2>/dev/null || { apt_install python3-venv && "$PY" -m venv .venv; }
fi
extras=""
[ "$want_test" = 1 ] && extras="[test]"
stamp=".venv/.installed$extras-$(cat pyproject.toml | cksum | cut -d' ' -f1)"
if [ ! -f "$stamp" ]; then
  say "installing Precedent$extras into .venv"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".$extras"
  touch "$stamp"
fi

# Chromium for Playwright: Debian's own build (Playwright's browser download is not needed).
chromium=${PRECEDENT_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  say "installing Debian's chromium"
  if ! apt_install chromium; then
    say "no apt/root: trying Playwright's own Chromium download (needs internet)"
    .venv/bin/python -m playwright install chromium \
      && say "set PRECEDENT_CHROMIUM to the Playwright Chromium path to use it" \
      || say "WARNING: no Chromium; pages that need JavaScript will fail (plain pages still crawl)"
  fi
fi

if [ "$want_test" = 1 ] && ! command -v redis-server >/dev/null; then
  say "installing redis-server for the scale-out tests"
  apt_install redis-server || say "WARNING: no redis-server; tests marked 'redis' will be skipped"
fi
say "ready"
