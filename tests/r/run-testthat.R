# Runs the R package's testthat tests against the installed package (the
# build tree's r-lib on R_LIBS): Rscript run-testthat.R TEST_DIR.
# Exit status 1 when a test fails or errors; skipped tests are listed.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1)
  stop("usage: Rscript run-testthat.R TESTTHAT_DIR")
library(testthat)
results <- test_dir(args[1], package = "edubal", load_package = "installed",
                    reporter = "check", stop_on_failure = TRUE)
df <- as.data.frame(results)
cat(sprintf("testthat: %d tests, %d failed, %d skipped\n", sum(df$nb),
            sum(df$failed), sum(df$skipped)))
