#!/bin/sh
# stage.sh - meson's step for the R package: copy bindings/r to a staging
# directory with the SWIG output and the sample data, then
# R CMD INSTALL it into the build tree against the build tree's
# libedubal (meson-uninstalled/edubal-uninstalled.pc).
#
# stage.sh SRC_DIR WRAP_C SWIG_R SAMPLE_DIR STAGE_DIR LIB_DIR PC_DIR STAMP
set -eu
src=$1 wrap=$2 swig_r=$3 sample=$4 stage=$5 lib=$6 pcdir=$7 stamp=$8

rm -rf "$stage"
mkdir -p "$stage" "$lib"
for f in DESCRIPTION NAMESPACE LICENSE configure R man src tests; do
	cp -R "$src/$f" "$stage/"
done
cp "$wrap" "$stage/src/edubal_wrap.c"
cp "$swig_r" "$stage/R/swig_edubal.R"
mkdir -p "$stage/inst/extdata"
cp "$sample"/*.csv "$stage/inst/extdata/"

PKG_CONFIG_PATH="$pcdir${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
export PKG_CONFIG_PATH
log="$stage.log"
if ! nice R CMD INSTALL --no-multiarch --library="$lib" "$stage" >"$log" 2>&1
then
	cat "$log" >&2
	exit 1
fi
# Warnings are bugs, in the generated wrapper too.
if grep -q "warning:" "$log"; then
	grep -B2 -A3 "warning:" "$log" >&2
	exit 1
fi
touch "$stamp"
