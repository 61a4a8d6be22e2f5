#!/bin/sh
# usage: check-exports.sh LIBRARY.so MAPFILE
# The dynamic symbols a library defines must be exactly the global names of
# its version script: nothing internal leaks, nothing public is missing.
set -eu
lib=$1
map=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/ {print $3}' |
	sed 's/@.*//' | sort -u > "$tmp/exported"
sed -n 's/^[[:space:]]*\([a-z_][a-z0-9_]*\);$/\1/p' "$map" | sort -u > "$tmp/expected"
if ! grep -q . "$tmp/expected"; then
	echo "no symbols found in $map" >&2
	exit 1
fi
if grep -v '^edubal_' "$tmp/exported"; then
	echo "symbols above are exported but lack the edubal_ prefix" >&2
	exit 1
fi
diff -u "$tmp/expected" "$tmp/exported"
echo "exports match $map: $(wc -l < "$tmp/exported") symbols"
