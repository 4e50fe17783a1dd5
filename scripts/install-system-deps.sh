#!/usr/bin/env bash
# Make sure the Debian packages that Qt, the fonts and the tests need are present.
#
# Silent and quick when everything is there (no apt-get update). When packages are
# missing: as root, installs them; otherwise prints the one command to run and
# exits 0 anyway, since a desktop usually has them under other names. On systems
# without dpkg it only prints a note.
set -euo pipefail

PACKAGES=(
    # Qt's xcb platform plugin and OpenGL
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
    libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    # Fonts for names in Devanagari, CJK, Sinhala, Thai, Bengali, Myanmar...
    fonts-noto-cjk fonts-noto-core
    # PDF checks in the tests, and a virtual screen for screenshots
    poppler-utils poppler-data xvfb
    # The door test (tests/gui/test_door_e2e.py): keys typed into a real ssc-desktop on Xvfb,
    # and other countries' keyboard layouts loaded with setxkbmap
    xdotool x11-xkb-utils xkb-data
    # The Linux menu entry's check (tests/packaging/test_installers.py)
    desktop-file-utils
    # The judges' phone page (tests/gui/test_judge_phone_browser.py): a real headless browser
    chromium chromium-driver
)

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-system-deps: not a Debian-based system; make sure Qt 6's runtime libraries" \
         "and Noto fonts (CJK and core) are installed." >&2
    exit 0
fi

missing=()
for package in "${PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
    if [ "$status" != "installed" ]; then
        missing+=("$package")
    fi
done

[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "install-system-deps: missing Debian packages: ${missing[*]}" >&2
    echo "install-system-deps: to install them, run:" >&2
    echo "    sudo apt-get install --no-install-recommends ${missing[*]}"
    exit 0
fi

echo "install-system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-system-deps: done" >&2
