#!/usr/bin/env bash
# Remove what install.sh put in place for the current user, and only that: the program in
# ~/.local/opt/deepetch-desktop, the two links in ~/.local/bin (when they still point there),
# the menu entry, the icon and the AppStream metadata. The data in
# ~/.local/share/deepetch-desktop (database, backups) is kept: delete it yourself if wanted.
set -euo pipefail
app_id="com.deepetch.Desktop"
opt="$HOME/.local/opt/deepetch-desktop"
bin="$HOME/.local/bin"
share="$HOME/.local/share"
for exe in deepetch-desktop deepetch; do
  # Another program's deepetch of the same name is not ours to remove.
  if [ -L "$bin/$exe" ] && [ "$(readlink "$bin/$exe")" = "$opt/$exe" ]; then
    rm -f "$bin/$exe"
  fi
done
rm -f "$share/applications/$app_id.desktop" \
  "$share/icons/hicolor/scalable/apps/$app_id.svg" \
  "$share/metainfo/$app_id.metainfo.xml"
rm -rf "$opt" "$opt.new"
# Menus notice the entry gone by themselves; an icon cache, if the user has one, is rebuilt.
if [ -f "$share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -f -t "$share/icons/hicolor" 2>/dev/null || true
fi
echo "Deepetch Desktop removed. Its data stays in $share/deepetch-desktop."
