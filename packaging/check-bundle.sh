#!/usr/bin/env bash
# Check a Linux bundle the way a customer gets it: unpack the archive (the argument, or the
# newest dist/deepetch-desktop-*-linux-*.tar.gz) in a temporary folder, then, with no display,
# no Python and an empty HOME, run the GUI's --self-test, a purchase and its invoice from the
# `deepetch` command line, a catch-up and report exports, and install.sh / uninstall.sh into
# that HOME. Exits non-zero at the first failure, saying which. CI runs it after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
archive="${1:-$(ls -t dist/deepetch-desktop-*-linux-*.tar.gz 2>/dev/null | head -n 1 || true)}"
[ -f "$archive" ] || { echo "No bundle archive: run packaging/build-linux.sh first." >&2; exit 1; }
tmp="$(mktemp -d /tmp/deepetch-bundle-check.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
started=$SECONDS

fail() { echo "check-bundle: FAILED: $*" >&2; exit 1; }
step() { echo "check-bundle: $*" >&2; }
# The bundle alone: no display, no Qt platform chosen, no virtual environment, a fresh HOME.
home="$tmp/home"
mkdir -p "$home"
isolated() {
  env -i HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 TMPDIR="$tmp" \
    timeout 180 "$@"
}

step "unpacking $archive"
tar -C "$tmp" -xzf "$archive"
top="$tmp/$(basename "$archive" .tar.gz)"
[ -d "$top" ] || fail "the archive has no top folder $(basename "$top")"
for f in deepetch-desktop/deepetch-desktop deepetch-desktop/deepetch install.sh uninstall.sh \
    com.deepetch.Desktop.desktop com.deepetch.Desktop.svg com.deepetch.Desktop.metainfo.xml; do
  [ -e "$top/$f" ] || fail "$f is missing from the archive"
done
bundle="$top/deepetch-desktop"
# Of our own files, only what runs: no .ts catalogue source, no compiled cache of the tree.
ours="$bundle/_internal/deepetch_desktop"
[ -f "$ours/resources/translations/deepetch_en.qm" ] || fail "no .qm catalogue in the bundle"
extra="$(find "$ours" \( -name '*.ts' -o -name __pycache__ \) -print -quit)"
[ -z "$extra" ] || fail "the bundle carries $extra"

step "deepetch-desktop --version"
isolated "$bundle/deepetch-desktop" --version || fail "deepetch-desktop --version"
step "deepetch-desktop --self-test (no display)"
isolated "$bundle/deepetch-desktop" --self-test || fail "deepetch-desktop --self-test"

step "deepetch: init, terms approve, buy, invoices pdf, catch-up, reports, audit verify"
db="sqlite:///$tmp/check.sqlite3"
# Everyone logs in: init makes the first administrator, whose e-mail and password the
# following commands give (DEEPETCH_USER, DEEPETCH_PASSWORD), as a script would.
person=(env DEEPETCH_USER=controle@exemple.fr DEEPETCH_PASSWORD="paquet-verifie-2026")
cli() { isolated "${person[@]}" "$bundle/deepetch" --db "$db" "$@" || fail "deepetch $*"; }
cli init --company "Contrôle du paquet" --siren 552100554 --legal-form SAS \
  --address "1 rue de l'Essai\n75001 Paris" --einvoicing-address 552100554 \
  --admin-name "Contrôle" \
  --admin-email controle@exemple.fr
cli terms approve
cli buy EQUIPE
number="$(cli --json invoices list | sed -n 's/.*"number": "\([^"]*\)".*/\1/p' | head -n 1)"
[ -n "$number" ] || fail "no invoice after the purchase"
cli invoices pdf "$number" --output "$tmp/$number.pdf"
[ "$(head -c 5 "$tmp/$number.pdf")" = "%PDF-" ] || fail "invoices pdf wrote no PDF"
cli catch-up
today="$(date +%Y-%m-%d)"
for format in csv xlsx pdf; do
  cli report usage --from "$today" --to "$today" --format "$format" --output "$tmp/report.$format"
  [ -s "$tmp/report.$format" ] || fail "report --format $format wrote nothing"
done
cli audit verify
# The PostgreSQL driver is in the bundle: an unreachable server is a refusal, not an import
# error (status 2: database refused).
status=0
isolated "$bundle/deepetch" --db "postgresql://nobody@127.0.0.1:9/none" status \
  >"$tmp/pg.out" 2>&1 || status=$?
[ "$status" = 2 ] || { cat "$tmp/pg.out" >&2; fail "PostgreSQL URL: status $status, not 2"; }

step "install.sh and uninstall.sh in an empty HOME"
home="$tmp/install-home"
mkdir -p "$home"
isolated bash "$top/install.sh" >/dev/null || fail "install.sh"
opt="$home/.local/opt/deepetch-desktop"
share="$home/.local/share"
installed=("$opt/deepetch-desktop" "$opt/deepetch" "$opt/uninstall.sh"
           "$home/.local/bin/deepetch-desktop" "$home/.local/bin/deepetch"
           "$share/applications/com.deepetch.Desktop.desktop"
           "$share/icons/hicolor/scalable/apps/com.deepetch.Desktop.svg"
           "$share/metainfo/com.deepetch.Desktop.metainfo.xml")
for f in "${installed[@]}"; do [ -e "$f" ] || fail "install.sh did not make $f"; done
exec_line="$(grep '^Exec=' "$share/applications/com.deepetch.Desktop.desktop")"
[ "$exec_line" = "Exec=\"$opt/deepetch-desktop\"" ] || fail "menu entry: $exec_line"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$share/applications/com.deepetch.Desktop.desktop" \
    || fail "desktop-file-validate"
fi
# Through the link in ~/.local/bin, as a terminal would start it.
isolated "$home/.local/bin/deepetch-desktop" --version >/dev/null \
  || fail "deepetch-desktop through ~/.local/bin"
isolated "$home/.local/bin/deepetch" --help >/dev/null || fail "deepetch through ~/.local/bin"
isolated bash "$opt/uninstall.sh" >/dev/null || fail "uninstall.sh"
left="$(find "$home" \( -type f -o -type l \) | sed "s|^$home/||")"
[ -z "$left" ] || fail "uninstall.sh left: $left"
[ ! -e "$opt" ] || fail "uninstall.sh left $opt"
step "all checks passed in $((SECONDS - started)) s ($(du -sh "$bundle" | cut -f1) unpacked)"
