#!/bin/sh
# Install into a scratch DESTDIR, build a client with pkg-config against that
# copy only, and run it.  usage: test-install.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
src=$2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
meson install -C "$build" --destdir "$dest" --no-rebuild --quiet
pc=$(find "$dest" -name edubal.pc | head -n 1)
[ -n "$pc" ] || { echo "edubal.pc was not installed" >&2; exit 1; }
PKG_CONFIG_PATH=$(dirname "$pc")
PKG_CONFIG_SYSROOT_DIR=$dest
export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
flags=$(pkg-config --cflags --libs edubal)
echo "pkg-config: $flags"
${CC:-cc} -std=c11 -Wall -Werror -o "$dest/five_schools" \
	"$src/tests/install/five_schools.c" $flags -lm
libdir=$(dirname "$(find "$dest" -name 'libedubal.so.0' | head -n 1)")
objdump -p "$libdir/libedubal.so.0" | grep -q 'SONAME *libedubal.so.0'
LD_LIBRARY_PATH=$libdir "$dest/five_schools"
