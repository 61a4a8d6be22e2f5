#!/bin/sh
# docs/r.md: `R CMD INSTALL bindings/r` against an installed libedubal
# found by pkg-config alone.  Installs libedubal into a scratch DESTDIR,
# installs the R package from a copy of the source checkout's bindings/
# (configure runs SWIG there), then loads it in a fresh R and computes
# the five-school CV (SPEC §1: 0.515257).
# usage: test-r-install.sh BUILD_DIR SOURCE_DIR
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

# A checkout with only what the package needs, so nothing is generated in
# the real source tree; the meson build's staged copy is not used.
mkdir -p "$dest/checkout/data" "$dest/rlib"
cp -R "$src/bindings" "$dest/checkout/"
cp -R "$src/data/sample" "$dest/checkout/data/"
rm -f "$dest/checkout/bindings/r/src/edubal_wrap.c" \
	"$dest/checkout/bindings/r/R/swig_edubal.R"
nice R CMD INSTALL --no-multiarch --library="$dest/rlib" \
	"$dest/checkout/bindings/r" >"$dest/install.log" 2>&1 ||
	{ cat "$dest/install.log" >&2; exit 1; }
grep -q "configure: swig -r" "$dest/install.log" ||
	{ echo "configure did not run SWIG" >&2; exit 1; }

# A fresh R without the build tree on R_LIBS or LD_LIBRARY_PATH.
env -u R_LIBS -u LD_LIBRARY_PATH R_LIBS_USER="$dest/rlib" Rscript -e '
library(edubal)
stopifnot(edubal_version() == Sys.getenv("EDUBAL_EXPECTED_VERSION"))
n <- c(45, 37, 89, 76, 55)
cv <- edubal_cv(c(279, 137, 935, 160, 402) / n, n)
stopifnot(abs(cv - 0.515257) < 5e-7)
cat("installed package: edubal", edubal_version(), "cv", cv, "\n")
'
