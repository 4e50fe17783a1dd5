#!/usr/bin/env bash
# Wrap the PyInstaller app (packaging/dist/SSC Desktop.app) in a disk image, on macOS.
#
#   bash packaging/build.sh && bash packaging/macos/make-dmg.sh [VERSION]
#
# Signing and notarizing (needed before other Macs open it without a warning), with an
# Apple Developer ID:
#   codesign --deep --force --options runtime --sign "Developer ID Application: NAME (TEAM)" "packaging/dist/SSC Desktop.app"
#   xcrun notarytool submit packaging/dist/ssc-desktop-VERSION.dmg --keychain-profile PROFILE --wait
#   xcrun stapler staple packaging/dist/ssc-desktop-VERSION.dmg
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dist="$here/../dist"
version="${1:-$(python3 -c 'import re,pathlib;print(re.search(r"__version__ = \"(.+?)\"", pathlib.Path("'"$here"'/../../ssc_desktop/__init__.py").read_text()).group(1))')}"
app="$dist/SSC Desktop.app"
[ -d "$app" ] || { echo "no $app: run bash packaging/build.sh on macOS first" >&2; exit 1; }
command -v hdiutil >/dev/null || { echo "hdiutil is macOS's; build the disk image on a Mac" >&2; exit 1; }
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"  # drag the app onto it
hdiutil create -volname "SSC Desktop $version" -srcfolder "$staging" -ov -format UDZO "$dist/ssc-desktop-$version.dmg"
echo "wrote $dist/ssc-desktop-$version.dmg"
