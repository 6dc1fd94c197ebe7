#!/usr/bin/env bash
# Install or upgrade Kopdes Desktop for the current user from the one-folder bundle (no root).
#
#   packaging/linux/install.sh [BUNDLE_DIR]    install, or upgrade in place
#   packaging/linux/install.sh --uninstall     remove the program; the data stays
#
# Program folder: ~/.local/opt/kopdes-desktop; commands: ~/.local/bin/kopdes-desktop and
# ~/.local/bin/kopdes; menu entry and icons under ~/.local/share. The mentor's data folder
# (~/.local/share/KopdesDesktop) is separate and is never touched by this script.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
prefix="${KOPDES_PREFIX:-$HOME/.local/opt/kopdes-desktop}"
bin_dir="$HOME/.local/bin"
desktop_file="$data_home/applications/kopdes-desktop.desktop"
icon_sizes="16 24 32 48 64 128 256 512"

refresh_menus() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
}

uninstall() {
    rm -rf "$prefix" "$prefix.new" "$prefix.old"
    rm -f "$bin_dir/kopdes-desktop" "$bin_dir/kopdes" "$desktop_file"
    for size in $icon_sizes; do
        rm -f "$data_home/icons/hicolor/${size}x${size}/apps/kopdes-desktop.png"
    done
    rm -f "$data_home/icons/hicolor/scalable/apps/kopdes-desktop.svg"
    refresh_menus
    echo "Kopdes Desktop dihapus; data Anda tetap di $data_home/KopdesDesktop"
}

install() {
    local bundle
    bundle="$(readlink -f "${1:-$here/../../dist/kopdes-desktop}")"
    [ -x "$bundle/kopdes-desktop" ] || { echo "install.sh: no bundle at $bundle" >&2; exit 1; }
    mkdir -p "$(dirname "$prefix")" "$bin_dir" "$data_home/applications"
    # Copy beside the old version first, then swap: an interrupted upgrade leaves a working copy.
    rm -rf "$prefix.new" "$prefix.old"
    cp -a "$bundle" "$prefix.new"
    [ -d "$prefix" ] && mv "$prefix" "$prefix.old"
    mv "$prefix.new" "$prefix"
    rm -rf "$prefix.old"
    ln -sf "$prefix/kopdes-desktop" "$bin_dir/kopdes-desktop"
    ln -sf "$prefix/kopdes" "$bin_dir/kopdes"
    sed "s|^Exec=kopdes-desktop|Exec=$prefix/kopdes-desktop|" "$here/kopdes-desktop.desktop" > "$desktop_file"
    for size in $icon_sizes scalable; do
        local folder="${size}x${size}"
        [ "$size" = scalable ] && folder=scalable
        mkdir -p "$data_home/icons/hicolor/$folder/apps"
        cp "$here/icons/hicolor/$folder/apps/"kopdes-desktop.* "$data_home/icons/hicolor/$folder/apps/"
    done
    refresh_menus
    echo "Kopdes Desktop $("$prefix/kopdes" --version | cut -d' ' -f2) terpasang di $prefix"
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
else
    install "$@"
fi
