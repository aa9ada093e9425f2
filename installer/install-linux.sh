#!/bin/sh
# Per-user install of the bundle built by `make installer` on Linux:
#   installer/install-linux.sh            (installs into ~/.local)
#   PREFIX=/opt/coach installer/install-linux.sh   (as root, for every user)
# Upgrading is running it again with a newer bundle: the program folder is replaced, the
# data folder (~/.local/share/Coach) is never touched; Coach migrates the database itself.
set -eu
HERE=$(cd "$(dirname "$0")/.." && pwd)
BUNDLE="$HERE/dist/coach"
[ -x "$BUNDLE/coach" ] || { echo "no bundle at $BUNDLE: run 'make installer' first" >&2; exit 1; }
if [ "$(id -u)" = 0 ] && [ -z "${PREFIX:-}" ]; then PREFIX=/opt/coach; fi
PREFIX=${PREFIX:-$HOME/.local/lib/coach}
SHARE=$([ "$(id -u)" = 0 ] && echo /usr/share || echo "$HOME/.local/share")
BINDIR=$([ "$(id -u)" = 0 ] && echo /usr/local/bin || echo "$HOME/.local/bin")

rm -rf "$PREFIX.new"
mkdir -p "$(dirname "$PREFIX")" "$BINDIR" "$SHARE/applications" \
    "$SHARE/icons/hicolor/256x256/apps" "$SHARE/metainfo"
cp -a "$BUNDLE" "$PREFIX.new"
rm -rf "$PREFIX.old"
[ -d "$PREFIX" ] && mv "$PREFIX" "$PREFIX.old"
mv "$PREFIX.new" "$PREFIX"
rm -rf "$PREFIX.old"
ln -sf "$PREFIX/coach" "$BINDIR/coach"
cp "$HERE/installer/coach.desktop" "$SHARE/applications/coach.desktop"
cp "$HERE/resources/icons/coach.png" "$SHARE/icons/hicolor/256x256/apps/coach.png"
cp "$HERE/installer/io.github.coach.Coach.metainfo.xml" "$SHARE/metainfo/"
command -v update-desktop-database >/dev/null && update-desktop-database "$SHARE/applications" || true
echo "Coach installed in $PREFIX; start it from the menu or with '$BINDIR/coach'."
