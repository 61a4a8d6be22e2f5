# R CMD check entry point; meson runs the same directory through
# tests/r/run-testthat.R.
library(testthat)
library(edubal)
test_check("edubal")
