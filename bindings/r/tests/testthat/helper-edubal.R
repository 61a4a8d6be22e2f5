# The edubal source tree (tests/data, docs/): EDUBAL_SOURCE_ROOT, set by
# meson, or this file's place in a checkout (bindings/r/tests/testthat).
edubal_root <- function() {
  root <- Sys.getenv("EDUBAL_SOURCE_ROOT", "")
  if (root == "")
    root <- normalizePath(file.path("..", "..", "..", ".."), mustWork = FALSE)
  if (!file.exists(file.path(root, "tests", "data", "five-schools.csv")))
    skip("edubal source tree not found (set EDUBAL_SOURCE_ROOT)")
  root
}

sample_table <- function(name) {
  path <- system.file("extdata", paste0(name, ".csv"), package = "edubal")
  if (path == "")
    path <- file.path(edubal_root(), "data", "sample", paste0(name, ".csv"))
  read.csv(path, stringsAsFactors = FALSE, encoding = "UTF-8")
}

# The condition raised by expr, failing the test if there is none.
edubal_condition <- function(expr) {
  cond <- tryCatch({ force(expr); NULL }, condition = function(e) e)
  testthat::expect_false(is.null(cond), info = "expected an error")
  cond
}

# The built CLI (build/tools/edubal/edubal): EDUBAL_CLI, set by meson.
edubal_cli <- function() {
  cli <- Sys.getenv("EDUBAL_CLI", "")
  if (cli == "" || !file.exists(cli))
    skip("edubal CLI not found (set EDUBAL_CLI)")
  cli
}

# The standard output of the CLI run with args, as one string.
cli_output <- function(args) {
  out <- system2(edubal_cli(), args, stdout = TRUE, stderr = FALSE)
  testthat::expect_null(attr(out, "status"))
  paste0(paste(out, collapse = "\n"), "\n")
}
