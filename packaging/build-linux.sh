#!/usr/bin/env bash
# Build the Linux bundle: a build virtual environment (build/venv, or DEEPETCH_BUILD_VENV) with
# the project's dependencies and PyInstaller, the one-folder bundle dist/deepetch-desktop/ from
# packaging/deepetch-desktop.spec, then dist/deepetch-desktop-VERSION-linux-ARCH.tar.gz holding
# it with the menu entry, the icon, the AppStream metadata and install.sh / uninstall.sh.
# Works as root on Debian 12 with only the system python3; prints the archive's path last.
# Check the result with packaging/check-bundle.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
venv="${DEEPETCH_BUILD_VENV:-build/venv}"
work="build/pyinstaller"
dist="dist"
started=$SECONDS

bash scripts/system-deps.sh  # Qt's system libraries: PyInstaller links against what it finds
# What only the build needs: binutils (PyInstaller reads the libraries with objdump) and every
# library Qt's xcb plugin loads, so that the bundle carries them and shows a window on a
# desktop that lacks some (libxcb-cursor0 since Qt 6.5, icccm and keysyms rarely installed).
build_deps=(binutils libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
            libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  missing=()
  for pkg in "${build_deps[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
base="${DEEPETCH_PYTHON:-$(command -v python3 || true)}"
if [ -z "$base" ]; then
  echo "No python3 found: install Python 3.11 or newer (Debian: apt-get install python3)." >&2
  exit 1
fi
"$base" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "Python 3.11 or newer is needed; $base is $("$base" --version 2>&1)." >&2; exit 1; }
if [ ! -x "$venv/bin/python" ]; then
  if ! "$base" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
      # Debian ships venv apart from python3 (PEP 668: nothing goes into the system python).
      sudo_=(); [ "$(id -u)" = "0" ] || sudo_=(sudo)
      "${sudo_[@]}" apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive "${sudo_[@]}" apt-get install -y -qq python3-venv >/dev/null
    else
      echo "$base cannot make a virtual environment: install its venv module." >&2; exit 1
    fi
  fi
  rm -rf "$venv"
  "$base" -m venv "$venv"
fi
# Reinstall only when pyproject.toml changed. The project itself is installed for its
# dependencies and its metadata (version); PyInstaller analyses the source tree (pathex).
stamp="$venv/.deepetch-build"
digest="$(cat pyproject.toml packaging/build-linux.sh | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  # tzdata: time zones for a system without /usr/share/zoneinfo; the postgresql extra: psycopg.
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    ".[postgresql]" "pyinstaller>=6.10,<7" tzdata
  echo "$digest" > "$stamp"
fi
rm -rf build/lib build/bdist.*  # the in-tree wheel build's leftovers: not part of the bundle

version="$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("deepetch-desktop"))')"
arch="$(uname -m)"
name="deepetch-desktop-$version-linux-$arch"
echo "Building $name with $("$venv/bin/pyinstaller" --version 2>&1 | tail -n 1)" >&2
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" \
  packaging/deepetch-desktop.spec
bundle="$dist/deepetch-desktop"
for exe in deepetch-desktop deepetch; do
  [ -x "$bundle/$exe" ] || { echo "PyInstaller made no $bundle/$exe" >&2; exit 1; }
done

# The archive: one top folder named like the archive. Hard links, not a 300 MB copy.
stage="$dist/$name"
rm -rf "$stage" "$dist/$name.tar.gz"
mkdir -p "$stage"
cp -al "$bundle" "$stage/deepetch-desktop"
cp packaging/com.deepetch.Desktop.desktop packaging/com.deepetch.Desktop.metainfo.xml \
  packaging/icons/com.deepetch.Desktop.svg packaging/linux/install.sh \
  packaging/linux/uninstall.sh "$stage/"
cp packaging/linux/README.txt "$stage/README.txt"
chmod 755 "$stage/install.sh" "$stage/uninstall.sh"
if command -v pigz >/dev/null 2>&1; then compress=(-I pigz); else compress=(-z); fi
tar -C "$dist" "${compress[@]}" -cf "$dist/$name.tar.gz" "$name"
rm -rf "$stage"
size="$(du -sh "$bundle" | cut -f1)"
echo "Built in $((SECONDS - started)) s: $bundle ($size), $dist/$name.tar.gz" \
  "($(du -h "$dist/$name.tar.gz" | cut -f1))" >&2
echo "$root/$dist/$name.tar.gz"
