#!/usr/bin/env bash
# Debian packages the application (Qt offscreen/xcb, fonts) and the tests (poppler, PostgreSQL)
# need. Installs only what is missing, as root or through sudo; does nothing elsewhere.
set -euo pipefail
# Qt's xcb platform plugin (a real X11 display) loads these at start; offscreen needs fewer.
want=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fontconfig
      fonts-dejavu-core libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
      libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0
      libxcb-xkb1)
[ "${1:-}" = "--tests" ] && want+=(poppler-utils postgresql xvfb xauth)  # xvfb: tests/gui/test_screen_fit.py
command -v apt-get >/dev/null 2>&1 || exit 0
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ "${#missing[@]}" -gt 0 ] || exit 0
sudo_=()
if [ "$(id -u)" != "0" ]; then
  # A user: through sudo, asking for the password only when someone is there to type it.
  if command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
    sudo_=(sudo)
  else
    echo "Missing Debian packages (install them as root): apt-get install ${missing[*]}" >&2
    exit 0
  fi
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  "${sudo_[@]}" apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive "${sudo_[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
