#!/usr/bin/env bash
# Make (or refresh) the project's virtual environment in .venv and install the project into it
# with the extras given as arguments ("" for none, "test"). Never installs into the system
# interpreter (PEP 668); reinstalls only when pyproject.toml or the extras changed.
# Prints nothing on success but what pip prints; the interpreter is .venv/bin/python.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
venv=".venv"
base="${DEEPETCH_PYTHON:-$(command -v python3 || true)}"
if [ -z "$base" ]; then
  echo "No python3 found: install Python 3.11 or newer (Debian: apt-get install python3)." >&2
  exit 1
fi
"$base" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "Python 3.11 or newer is needed; $base is $("$base" --version 2>&1)." >&2; exit 1; }
if [ ! -x "$venv/bin/python" ]; then
  if ! "$base" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    # Debian and Ubuntu ship venv and ensurepip apart from python3.
    pkg="python3-venv"
    ver="$("$base" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    if command -v apt-get >/dev/null 2>&1; then
      apt-cache show "python$ver-venv" >/dev/null 2>&1 && pkg="python$ver-venv"
      sudo_=(); [ "$(id -u)" = "0" ] || sudo_=(sudo)
      echo "Installing $pkg (needed to make the project's virtual environment)" >&2
      "${sudo_[@]}" apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive "${sudo_[@]}" apt-get install -y -qq "$pkg" >/dev/null
    else
      echo "$base cannot make a virtual environment: install its venv module." >&2; exit 1
    fi
  fi
  rm -rf "$venv"
  "$base" -m venv "$venv"
fi
stamp="$venv/.deepetch-installed"
digest="$(sha256sum pyproject.toml | cut -c1-16)"
# The stamp holds the digest of pyproject.toml and the extras installed with it; a request is
# met when the digest is the same and every extra it asks for is among them.
installed_extras=""
if [ -f "$stamp" ] && [ "$(head -n 1 "$stamp")" = "$digest" ]; then
  installed_extras="$(sed -n 2p "$stamp")"
  met=1
  for e in ${extras//,/ }; do
    case ",$installed_extras," in *",$e,"*) ;; *) met=0 ;; esac
  done
  [ "$met" = 1 ] && exit 0
fi
all="$(printf '%s\n' ${extras//,/ } ${installed_extras//,/ } | sort -u | paste -sd, -)"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
if [ -n "$all" ]; then spec=".[$all]"; else spec="."; fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$spec"
printf '%s\n%s\n' "$digest" "$all" > "$stamp"
