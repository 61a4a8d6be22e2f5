#!/bin/sh
# `meson devenv -C BUILD` puts the freshly built edubal first on PATH.
# usage: test-devenv.sh BUILD_DIR
set -eu
build=$1
found=$(meson devenv -C "$build" sh -c 'command -v edubal')
case "$found" in
"$(cd "$build" && pwd)"/tools/edubal/edubal) ;;
*) echo "devenv PATH gives '$found', not the build's edubal" >&2; exit 1 ;;
esac
meson devenv -C "$build" edubal --version
