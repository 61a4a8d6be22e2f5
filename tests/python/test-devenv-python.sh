#!/bin/sh
# `meson devenv -C BUILD PYTHON -c "import edubal"` imports the package of
# this build directory (the README's command).
# usage: test-devenv-python.sh BUILD_DIR PYTHON
set -eu
build=$1
python=$2
found=$(cd / && meson devenv -C "$build" "$python" -c \
	'import edubal; print(edubal.__file__)')
case "$found" in
"$(cd "$build" && pwd)"/bindings/python/edubal/__init__.py) ;;
*) echo "devenv imports edubal from '$found', not from $build" >&2; exit 1 ;;
esac
