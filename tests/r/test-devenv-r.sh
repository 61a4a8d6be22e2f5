#!/bin/sh
# `meson devenv -C BUILD Rscript -e 'library(edubal)'` loads the package
# the build installed into BUILD/bindings/r/r-lib, linked to the build's
# libedubal, even with no R_LIBS of the caller.
# usage: test-devenv-r.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
env -u R_LIBS BUILD="$build" meson devenv -C "$build" Rscript -e '
library(edubal)
where <- normalizePath(find.package("edubal"))
want <- normalizePath(file.path(Sys.getenv("BUILD"), "bindings", "r", "r-lib",
                                "edubal"))
if (where != want) stop("devenv loads edubal from ", where, ", not ", want)
n <- c(45, 37, 89, 76, 55)
cat("devenv: edubal", edubal_version(), "from", where, "cv",
    edubal_cv(c(279, 137, 935, 160, 402) / n, n), "\n")
'
