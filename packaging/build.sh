#!/usr/bin/env bash
# Build the SSC Desktop bundle with PyInstaller: packaging/dist/ssc-desktop/{ssc-desktop,ssc}.
#
#   bash packaging/build.sh              use the active venv, else ./.venv, else make a throwaway one
#   bash packaging/build.sh --fresh      always build in a throwaway venv (packaging/.build-venv)
#   SSC_PYI_SELFCHECK=1 bash packaging/build.sh   also build the ssc-selfcheck diagnostic
#
# Works on Linux, macOS and Windows (Git Bash); build on the OS you want the bundle for.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cd "$repo"

fresh=0
for arg in "$@"; do
    case "$arg" in
        --fresh) fresh=1 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

venv_python() {  # the python inside venv $1 (bin/ on Unix, Scripts/ on Windows)
    if [ -x "$1/bin/python" ]; then echo "$1/bin/python"; else echo "$1/Scripts/python.exe"; fi
}

if [ "$fresh" = 0 ] && [ -n "${VIRTUAL_ENV:-}" ]; then
    python="$(venv_python "$VIRTUAL_ENV")"
elif [ "$fresh" = 0 ] && [ -d "$repo/.venv" ]; then
    python="$(venv_python "$repo/.venv")"
else
    base_python="${PYTHON:-$(command -v python3 || command -v python)}"
    venv="$here/.build-venv"
    rm -rf "$venv"
    "$base_python" -m venv "$venv"
    python="$(venv_python "$venv")"
    "$python" -m pip install --upgrade pip
    "$python" -m pip install "$repo"   # a regular (non-editable) install of the app and its pinned deps
fi

echo "build.sh: using $("$python" -c 'import sys; print(sys.executable, sys.version.split()[0])')"
"$python" -m pip install --upgrade "pyinstaller>=6.10"

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean \
    --distpath "$here/dist" --workpath "$here/build" \
    "$here/ssc-desktop.spec"
end=$(date +%s)

bundle="$here/dist/ssc-desktop"
size=$(du -sh "$bundle" | cut -f1)
echo "build.sh: built $bundle ($size) in $((end - start)) s"
echo "build.sh: try  $bundle/ssc --version"
