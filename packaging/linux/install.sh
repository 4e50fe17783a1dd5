#!/usr/bin/env bash
# Install a built bundle (packaging/dist/ssc-desktop) for the current user on Linux:
# the folder under ~/.local/opt, the two programs on PATH, the menu entry and its icon.
#
#   bash packaging/linux/install.sh [BUNDLE_FOLDER]        (default: packaging/dist/ssc-desktop)
#   bash packaging/linux/install.sh --uninstall
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/ssc-desktop"
bin="$HOME/.local/bin"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$opt" "$bin/ssc-desktop" "$bin/ssc" "$prefix/applications/ssc-desktop.desktop" \
        "$prefix/icons/hicolor/256x256/apps/ssc-desktop.png"
    echo "SSC Desktop removed (your databases in $prefix/ssc-desktop are kept)."
    exit 0
fi

bundle="${1:-$here/../dist/ssc-desktop}"
[ -x "$bundle/ssc-desktop" ] || { echo "no built bundle at $bundle: run bash packaging/build.sh first" >&2; exit 1; }
mkdir -p "$opt" "$bin" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps"
rm -rf "$opt" && cp -a "$bundle" "$opt"
ln -sf "$opt/ssc-desktop" "$bin/ssc-desktop"
ln -sf "$opt/ssc" "$bin/ssc"
cp "$here/../icons/app.png" "$prefix/icons/hicolor/256x256/apps/ssc-desktop.png"
sed "s#^Exec=ssc-desktop#Exec=$opt/ssc-desktop#; s#^TryExec=ssc-desktop#TryExec=$opt/ssc-desktop#" \
    "$here/ssc-desktop.desktop" > "$prefix/applications/ssc-desktop.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/applications" || true
echo "SSC Desktop installed: $opt (menu entry 'SSC Desktop'; ssc and ssc-desktop in $bin)"
