#!/bin/sh
# Install into a scratch DESTDIR and import the installed package with
# Debian's python3 from there; check that the install directory is one
# that this python3 searches.
# usage: test-install-python.sh BUILD_DIR PYTHON PY_INSTALL_DIR
set -eu
build=$1
python=$2
pydir=$3
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
meson install -C "$build" --destdir "$dest" --no-rebuild --quiet
[ -f "$dest$pydir/edubal/__init__.py" ] ||
	{ echo "edubal/__init__.py not installed in $pydir" >&2; exit 1; }
ls "$dest$pydir"/edubal/_edubal*.so >/dev/null
"$python" -c 'import sys; d = sys.argv[1]
assert d in sys.path, "%s is not on sys.path of %s: %s" % (d, sys.executable, sys.path)' "$pydir"
libdir=$(dirname "$(find "$dest" -name 'libedubal.so.0' | head -n 1)")
cd "$dest"
LD_LIBRARY_PATH=$libdir PYTHONPATH=$dest$pydir "$python" -c '
import edubal, sys
assert edubal.__file__.startswith(sys.argv[1]), edubal.__file__
x = edubal.cv([279/45, 137/37, 935/89, 160/76, 402/55], [45, 37, 89, 76, 55])
print("installed edubal", edubal.__version__, "cv %.6f" % x)
assert abs(x - 0.515257) < 5e-7' "$dest"
