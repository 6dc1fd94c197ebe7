#!/usr/bin/env bash
# Build Kopdes_Desktop-<version>-x86_64.AppImage from the one-folder bundle.
#
#   packaging/linux/build_appimage.sh [BUNDLE_DIR] [OUT_DIR]
#
# BUNDLE_DIR defaults to dist/kopdes-desktop (made by packaging/build.py), OUT_DIR to dist/.
# It lays out an AppDir (build/AppDir) and runs appimagetool on it. appimagetool is not a Python
# package: download it from https://github.com/AppImage/appimagetool/releases, make it
# executable and put it on PATH (or set APPIMAGETOOL). Without it the AppDir is still made, and
# build/AppDir/AppRun runs the app as the AppImage would. See docs/PACKAGING.md.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="$(readlink -f "${1:-$root/dist/kopdes-desktop}")"
out="$(readlink -f "${2:-$root/dist}")"
appdir="$root/build/AppDir"
python="${PYTHON:-python3}"

[ -x "$bundle/kopdes-desktop" ] || { echo "build_appimage: no bundle at $bundle (run packaging/build.py)" >&2; exit 1; }
version="$("$python" -c 'import sys; sys.path.insert(0, sys.argv[1]); import bundle_layout; print(bundle_layout.version())' "$root/packaging")"

rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" "$appdir/usr/share/icons"
cp -a "$bundle" "$appdir/usr/lib/kopdes-desktop"
cp "$here/AppRun" "$appdir/AppRun"
chmod +x "$appdir/AppRun"
cp "$here/kopdes-desktop.desktop" "$appdir/kopdes-desktop.desktop"
cp "$here/kopdes-desktop.desktop" "$appdir/usr/share/applications/kopdes-desktop.desktop"
cp -a "$here/icons/hicolor" "$appdir/usr/share/icons/hicolor"
cp "$here/icons/hicolor/256x256/apps/kopdes-desktop.png" "$appdir/kopdes-desktop.png"
ln -sf kopdes-desktop.png "$appdir/.DirIcon"
echo "build_appimage: AppDir ready in $appdir"

tool="${APPIMAGETOOL:-$(command -v appimagetool || true)}"
if [ -z "$tool" ]; then
    echo "build_appimage: appimagetool not found; set APPIMAGETOOL or put it on PATH" >&2
    exit 2
fi
mkdir -p "$out"
target="$out/Kopdes_Desktop-$version-x86_64.AppImage"
ARCH=x86_64 "$tool" --no-appstream "$appdir" "$target"
echo "build_appimage: $target ($(du -h "$target" | cut -f1))"
