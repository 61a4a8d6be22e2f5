# edubal_evaluate()$html and edubal_report_save(): the pages and files are
# the library's (edubal evaluate --format ...), byte for byte.

test_that("the report's HTML page equals `edubal evaluate --format html`", {
  dir <- file.path(edubal_root(), "data", "sample")
  r <- edubal_evaluate(file.path(dir, "schools.csv"),
                       file.path(dir, "counties.csv"))
  expect_match(r$html, "^<!DOCTYPE html>")
  cli <- cli_output(c("evaluate", "--schools", file.path(dir, "schools.csv"),
                      "--counties", file.path(dir, "counties.csv"),
                      "--format", "html"))
  expect_identical(sub("\n$", "", r$html), sub("\n$", "", cli))
})

test_that("edubal_report_save writes each format as rendered", {
  r <- edubal_evaluate(sample_table("schools"), sample_table("counties"))
  dir <- tempfile("edubal-save-")
  dir.create(dir)
  on.exit(unlink(dir, recursive = TRUE), add = TRUE)
  read <- function(f) paste(readLines(f, encoding = "UTF-8", warn = FALSE),
                            collapse = "\n")
  edubal_report_save(r, file.path(dir, "r.html"))
  expect_identical(read(file.path(dir, "r.html")), sub("\n$", "", r$html))
  edubal_report_save(r, file.path(dir, "r.out"), format = "json")
  expect_identical(read(file.path(dir, "r.out")), sub("\n$", "", r$json))
  edubal_report_save(r, file.path(dir, "r.xlsx"))
  # An xlsx workbook is a zip archive: "PK\003\004".
  magic <- readBin(file.path(dir, "r.xlsx"), "raw", 4)
  expect_identical(magic, as.raw(c(0x50, 0x4b, 0x03, 0x04)))
  e <- edubal_condition(edubal_report_save(r, file.path(dir, "r.pdf")))
  expect_s3_class(e, "edubal_error")
  e <- edubal_condition(edubal_report_save(r, file.path(dir, "no", "r.csv")))
  expect_s3_class(e, "edubal_error")
})
