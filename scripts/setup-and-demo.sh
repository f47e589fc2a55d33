#!/usr/bin/env bash
# The newcomer's first command: `bash scripts/setup-and-demo.sh`.
# On a Debian-like machine: installs Chromium and Firefox ESR if they are missing, installs the project's packages,
# builds Pith for Chrome and Firefox, then runs the demo (Pith on a sample article, in headless Chromium).
# Safe to run again: each step either does nothing new or redoes its work from scratch.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*"; }
die() { printf '\nsetup failed: %s\n' "$*" >&2; exit 1; }

# Root runs apt-get directly; anyone else goes through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root or sudo to run: $*"
  fi
}

step "Checking Node.js (20 or newer)"
command -v node >/dev/null 2>&1 || die "Node.js is not installed: install Node.js 20 or newer (https://nodejs.org), then run this again."
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js $(node --version) is too old: Pith needs Node.js 20 or newer."
echo "node $(node --version), npm $(npm --version)"

# The browsers the demo and the end-to-end tests drive: Chromium, and Firefox ESR for `npm test`.
need_browser() { # <path> <apt package> <name>
  if [ -x "$1" ]; then
    echo "found: $("$1" --version 2>/dev/null)"
    return
  fi
  command -v apt-get >/dev/null 2>&1 || die "$1 is missing and apt-get is not available: install $3 with your system's package manager."
  echo "not found: installing $2 from the system packages (apt-get)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$2"
  [ -x "$1" ] || die "apt-get installed $2, but $1 is still missing."
  echo "installed: $("$1" --version 2>/dev/null)"
}

step "Checking Chromium (/usr/bin/chromium)"
need_browser /usr/bin/chromium chromium Chromium

step "Checking Firefox ESR (/usr/bin/firefox-esr, for the Firefox tests in npm test)"
need_browser /usr/bin/firefox-esr firefox-esr "Firefox ESR"

step "Checking Firefox ESR's German language pack (for the Firefox UI-language test in npm test)"
DE_LANGPACK=/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi
if [ -f "$DE_LANGPACK" ]; then
  echo "found: $DE_LANGPACK"
elif command -v apt-get >/dev/null 2>&1; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr-l10n-de
else
  echo "not found, and apt-get is not available: the Firefox UI-language test in npm test will say how to add it."
fi

step "Installing the project's packages (npm ci)"
npm ci

step "Building Pith for Chrome and Firefox (npm run build:all)"
npm run build:all

step "Running the demo (npm run demo)"
npm run demo

printf '\nAll set. Next: `npm test` runs every check; the README explains how to load .output/chrome-mv3 in your browser.\n'
