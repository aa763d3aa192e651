#!/usr/bin/env bash
# Debian packages the application (Qt offscreen/xcb, fonts) and the tests (poppler, PostgreSQL)
# need. Installs only what is missing; does nothing when not root or not on Debian/Ubuntu.
set -euo pipefail
want=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fontconfig
      fonts-dejavu-core)
[ "${1:-}" = "--tests" ] && want+=(poppler-utils postgresql)
command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ] || exit 0
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
