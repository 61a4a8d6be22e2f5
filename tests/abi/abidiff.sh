#!/bin/sh
# tests/abi/abidiff.sh BUILD_DIR - compare the ABI of BUILD_DIR's
# libedubal.so with the previous release's (docs/abi.md).
#
# The previous release is the commit in tests/abi/previous-release.  Its
# library is built from `git archive` in a temporary directory (CI runs
# in a clone with full history), and abidiff compares the two with only
# the public headers in view, so that internal types are not ABI.
#
# abidiff's exit status is a bit mask: 1 error, 2 usage error, 4 an ABI
# change (e.g. an added function: compatible), 8 an incompatible change
# (a removed or changed symbol, a changed public type).  Only 4 passes;
# anything incompatible needs the SONAME bump of docs/abi.md, and then
# this baseline must move to the release that bumped it.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
baseline=$(sed -n '1s/[[:space:]]*$//p' "$src/tests/abi/previous-release")
new_lib=$build/src/libedubal.so

if [ ! -f "$new_lib" ]; then
	echo "abi: $new_lib not found (build with -Ddefault_library=shared or both)" >&2
	exit 1
fi
if ! git -C "$src" cat-file -e "$baseline^{commit}" 2>/dev/null; then
	echo "abi: baseline commit $baseline is not in this clone (git fetch --unshallow?)" >&2
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/old"
git -C "$src" archive "$baseline" | tar -x -C "$tmp/old"
# Same build type as ours (debug info is what abidiff reads).
meson setup "$tmp/old-build" "$tmp/old" -Ddefault_library=shared \
	-Dbuildtype=debugoptimized > "$tmp/setup.log" 2>&1 ||
	{ cat "$tmp/setup.log" >&2; exit 1; }
meson compile -C "$tmp/old-build" src/edubal:shared_library > "$tmp/build.log" 2>&1 ||
	{ cat "$tmp/build.log" >&2; exit 1; }

set +e
abidiff --fail-no-debug-info \
	--headers-dir1 "$tmp/old/include/edubal" \
	--headers-dir1 "$tmp/old-build/include/edubal" \
	--headers-dir2 "$src/include/edubal" \
	--headers-dir2 "$build/include/edubal" \
	"$tmp/old-build/src/libedubal.so" "$new_lib"
status=$?
set -e
case $status in
0) echo "abi: no ABI change since $baseline" ;;
4) echo "abi: compatible additions since $baseline (see above)" ;;
*)
	echo "abi: abidiff exit $status: incompatible change or error since" \
		"$baseline; see docs/abi.md (SONAME bump) before changing this" >&2
	exit 1 ;;
esac
