# docs/r-report.Rmd renders the sample county's evaluation with its
# ggplot2 chart.  Skipped only where rmarkdown, knitr, ggplot2 or pandoc
# are missing (scripts/dev installs them all).
test_that("docs/r-report.Rmd renders the sample county", {
  rmd <- file.path(edubal_root(), "docs", "r-report.Rmd")
  for (pkg in c("rmarkdown", "knitr", "ggplot2"))
    skip_if_not_installed(pkg)
  skip_if_not(rmarkdown::pandoc_available(), "pandoc is not installed")
  dir <- tempfile("edubal-report-")
  dir.create(dir)
  on.exit(unlink(dir, recursive = TRUE), add = TRUE)
  file.copy(rmd, dir)
  out <- rmarkdown::render(file.path(dir, "r-report.Rmd"), quiet = TRUE,
                           envir = new.env(), output_dir = dir,
                           intermediates_dir = dir)
  expect_true(file.exists(out))
  html <- paste(readLines(out, encoding = "UTF-8", warn = FALSE),
                collapse = "\n")
  # The verdict, a reason of the sample county and the chart (an image).
  expect_match(html, "C03000", fixed = TRUE)
  expect_match(html, "随迁子女", fixed = TRUE)
  expect_match(html, "<img src=\"data:image/png;base64,", fixed = TRUE)
})
