#!/usr/bin/env bash
# Install Deepetch Desktop from this unpacked archive for the current user, no root needed:
# the program in ~/.local/opt/deepetch-desktop, the commands deepetch-desktop and deepetch as
# symbolic links in ~/.local/bin, the menu entry (with the program's absolute path), its icon
# and the AppStream metadata under ~/.local/share. Installing again replaces the program; the
# data (~/.local/share/deepetch-desktop) is never touched. uninstall.sh undoes exactly this.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_id="com.deepetch.Desktop"
opt="$HOME/.local/opt/deepetch-desktop"
bin="$HOME/.local/bin"
share="$HOME/.local/share"
[ -x "$here/deepetch-desktop/deepetch-desktop" ] || {
  echo "Run install.sh from the unpacked archive (deepetch-desktop/ is missing)." >&2; exit 1; }

# Copy beside the old version, then swap, so a failed copy leaves the old one working.
mkdir -p "$(dirname "$opt")" "$bin" "$share/applications" \
  "$share/icons/hicolor/scalable/apps" "$share/metainfo"
rm -rf "$opt.new"
cp -a "$here/deepetch-desktop" "$opt.new"
cp "$here/uninstall.sh" "$opt.new/uninstall.sh"
rm -rf "$opt"
mv "$opt.new" "$opt"
for exe in deepetch-desktop deepetch; do
  ln -sfn "$opt/$exe" "$bin/$exe"
done
# The menu runs the program by its absolute path: ~/.local/bin is not on every session's PATH.
# Quoted, as the Desktop Entry specification wants for a path that may hold spaces.
sed -e "s|^Exec=deepetch-desktop|Exec=\"$opt/deepetch-desktop\"|" "$here/$app_id.desktop" \
  > "$share/applications/$app_id.desktop"
cp "$here/$app_id.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
cp "$here/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
# Menus notice a new entry by themselves (no MimeType: no desktop database to update). An
# icon cache, when there is one already, would hide the change until rebuilt.
if [ -f "$share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -f -t "$share/icons/hicolor" 2>/dev/null || true
fi
echo "Deepetch Desktop installed in $opt."
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "Add $bin to your PATH to type deepetch-desktop and deepetch in a terminal." ;;
esac
echo "To remove it: $opt/uninstall.sh"
