# SPEC §2, testdata/sample-county: edubal_evaluate() on the bundled sample
# county gives exactly tests/data/evaluate/sample-expected.json, both as
# JSON and in the data.frames.

expected_report <- function() {
  jsonlite::fromJSON(file.path(edubal_root(), "tests", "data", "evaluate",
                               "sample-expected.json"),
                     simplifyVector = FALSE)
}

# Every value of `expected` is in `actual` at the same path; numbers to a
# relative 1e-9 (as tests/unit/test_evaluate.c).
expect_contains <- function(expected, actual, path = "$") {
  if (is.list(expected) && !is.null(names(expected))) {
    for (k in names(expected))
      expect_contains(expected[[k]], actual[[k]], paste0(path, ".", k))
  } else if (is.list(expected)) {
    expect_equal(length(actual), length(expected), info = path)
    for (i in seq_along(expected))
      expect_contains(expected[[i]], actual[[i]], sprintf("%s[%d]", path, i))
  } else if (is.numeric(expected)) {
    expect_true(is.numeric(actual), info = path)
    expect_equal(actual, expected, tolerance = 1e-9, info = path)
  } else {
    expect_identical(actual, expected, info = path)
  }
}

sample_report <- function() {
  edubal_evaluate(sample_table("schools"), sample_table("counties"))
}

test_that("the sample county's JSON equals expected.json (SPEC §2)", {
  r <- sample_report()
  expect_contains(expected_report(),
                  jsonlite::fromJSON(r$json, simplifyVector = FALSE))
})

test_that("the sample county's data.frames hold expected.json (SPEC §2)", {
  e <- expected_report()
  r <- sample_report()
  expect_s3_class(r, "edubal_report")
  expect_equal(r$standard, e$standard)
  ec <- e$counties[[1]]
  expect_equal(nrow(r$counties), 1)
  expect_equal(r$counties$county_id, ec$county_id)
  expect_equal(r$counties$verdict, "fail")
  expect_equal(r$counties$verdict, ec$verdict)
  expect_equal(r$counties$reasons, 3)
  for (level in names(ec$resource)) {
    el <- ec$resource[[level]]
    lv <- r$levels[r$levels$level == level, ]
    expect_equal(nrow(lv), 1)
    expect_equal(lv$pass, el$pass)
    expect_equal(lv$schools, el$schools)
    expect_equal(lv$students, el$students)
    expect_equal(lv$schools_failing, el$schools_failing)
    expect_equal(lv$composite_cv, el$composite_cv, tolerance = 1e-9)
    ind <- r$indicators[r$indicators$level == level, ]
    expect_equal(ind$key, vapply(el$indicators, `[[`, "", "key"))
    for (f in c("mean", "sd", "cv", "limit"))
      expect_equal(ind[[f]], vapply(el$indicators, `[[`, 0, f),
                   tolerance = 1e-9, info = paste(level, f))
    expect_equal(ind$pass, vapply(el$indicators, `[[`, TRUE, "pass"))
  }
  expect_equal(r$items$key, vapply(ec$items, `[[`, "", "key"))
  expect_equal(r$items$part, vapply(ec$items, `[[`, "", "part"))
  expect_equal(r$items$pass, vapply(ec$items, `[[`, TRUE, "pass"))
  num <- function(v) if (is.null(v)) NA_real_ else as.numeric(v)
  expect_equal(r$items$value, vapply(ec$items, function(i) num(i$value), 0))
  expect_equal(r$items$threshold,
               vapply(ec$items, function(i) num(i$threshold), 0))
  expect_equal(r$schools$school_id, vapply(e$schools, `[[`, "", "school_id"))
  expect_equal(r$schools$section, vapply(e$schools, `[[`, "", "section"))
  expect_equal(r$schools$met, vapply(e$schools, `[[`, 0, "met"))
  expect_equal(r$schools$pass, vapply(e$schools, `[[`, TRUE, "pass"))
  for (k in names(e$schools[[1]]$indicators))
    expect_equal(r$schools[[k]],
                 vapply(e$schools, function(s) num(s$indicators[[k]]), 0),
                 tolerance = 1e-9, info = k)
  expect_true(all(r$schools$county_id == "C03000"))
})

test_that("the three reasons of the sample county (testdata README)", {
  r <- sample_report()
  expect_setequal(r$reasons$code, c("resource.primary.school.C03000-0000",
                                    "item.class_size",
                                    "item.migrant_children"))
  expect_true(any(grepl("随迁子女", r$reasons$zh)))
})

test_that("CSV paths and data.frames give the same report", {
  dir <- system.file("extdata", package = "edubal")
  skip_if(dir == "", "sample data not installed")
  a <- edubal_evaluate(file.path(dir, "schools.csv"),
                       file.path(dir, "counties.csv"))
  b <- sample_report()
  expect_identical(a$json, b$json)
})

test_that("numeric ids are accepted like text ids", {
  s <- sample_table("schools")
  c <- sample_table("counties")
  s$county_id <- 110101L
  c$county_id <- 110101L
  r <- edubal_evaluate(s, c)
  expect_equal(r$counties$county_id, "110101")
})

test_that("NA in a required column is an error naming the row", {
  s <- sample_table("schools")
  c <- sample_table("counties")
  s$school_id[4] <- NA
  e <- edubal_condition(edubal_evaluate(s, c))
  expect_s3_class(e, "edubal_error")
  expect_match(conditionMessage(e),
    "schools: row 4, column \"school_id\": empty cell in a required column",
    fixed = TRUE)
  expect_equal(e$row, 4)
  expect_equal(e$column, "school_id")
  expect_equal(e$status, "bad input data")

  s <- sample_table("schools")
  s$type[7] <- NA
  e <- edubal_condition(edubal_evaluate(s, c))
  expect_s3_class(e, "edubal_error")
  expect_match(conditionMessage(e), "row 7, column \"type\"", fixed = TRUE)

  # A primary school without its enrollment, in a numeric column.
  s <- sample_table("schools")
  expect_equal(s$type[2], "primary")
  s$students_primary[2] <- NA
  e <- edubal_condition(edubal_evaluate(s, c))
  expect_s3_class(e, "edubal_error")
  expect_match(conditionMessage(e), "row 2, column \"students_primary\"",
               fixed = TRUE)
})

test_that("bad input is an edubal_error naming row, column and value", {
  s <- sample_table("schools")
  c <- sample_table("counties")
  s$students_primary[2] <- -3
  e <- edubal_condition(edubal_evaluate(s, c))
  expect_s3_class(e, "edubal_error")
  expect_equal(conditionMessage(e), paste0("schools: row 2, column ",
    "\"students_primary\": value \"-3\": negative count"))
  expect_equal(e$value, "-3")

  s <- sample_table("schools")
  s$boarding[3] <- NaN
  e <- edubal_condition(edubal_evaluate(s, c))
  expect_s3_class(e, "edubal_error")
  expect_match(conditionMessage(e), "row 3, column \"boarding\"", fixed = TRUE)

  e <- edubal_condition(edubal_evaluate(sample_table("schools"),
                                        standard = "no-such-standard"))
  expect_s3_class(e, "edubal_error")
  e <- edubal_condition(edubal_evaluate(list(a = 1)))
  expect_s3_class(e, "edubal_error")
  e <- edubal_condition(edubal_evaluate(file.path(tempdir(), "none.csv")))
  expect_s3_class(e, "edubal_error")
  expect_equal(e$status, "file cannot be read")
})

test_that("unknown columns are noted, not refused", {
  s <- sample_table("schools")
  s$comment <- "x"
  r <- edubal_evaluate(s, sample_table("counties"))
  expect_match(r$notes, "comment")
})

test_that("handles are freed by finalizers and refused once invalid", {
  # Many evaluations without an explicit free: each dataset, standard and
  # report is released by its finalizer at gc() (run under ASan/valgrind
  # this shows no leak); here it must at least not crash.
  s <- sample_table("schools")
  for (i in 1:20) edubal_evaluate(s)
  invisible(gc())
  # A handle that went through serialization has lost its C pointer.
  h <- edubal:::edubal_dataset()
  h2 <- unserialize(serialize(h, NULL))
  e <- edubal_condition(edubal:::swig_dataset_rows(h2, 0L))
  expect_s3_class(e, "edubal_error")
  expect_match(conditionMessage(e), "no longer valid")
  # The wrong kind of handle is refused, not dereferenced.
  e <- edubal_condition(edubal:::swig_report_county_count(h))
  expect_s3_class(e, "edubal_error")
})

test_that("classes go to classes.csv: a 46-pupil class fails class size", {
  # tests/data/evaluate: a county that passes everything, plus one class of
  # 46 pupils in C03000-0001 (the 2017 standard allows at most 45).
  dir <- file.path(edubal_root(), "tests", "data", "evaluate")
  read <- function(f) read.csv(file.path(dir, f), stringsAsFactors = FALSE,
                               encoding = "UTF-8")
  r0 <- edubal_evaluate(read("pass-schools.csv"), read("pass-counties.csv"))
  expect_equal(r0$counties$verdict, "pass")
  r <- edubal_evaluate(read("pass-schools.csv"), read("pass-counties.csv"),
                       classes = read("classes-46.csv"), lang = "en")
  expect_equal(r$counties$verdict, "fail")
  expect_equal(r$reasons$code, "item.class_size")
  expect_match(r$reasons$en, "C03000-0001", fixed = TRUE)
  expect_false(r$items$pass[r$items$key == "class_size"])
})

test_that("kindergartens without schools: the 2020 preschool items (SPEC §4)", {
  dir <- file.path(edubal_root(), "tests", "data", "preschool")
  k <- read.csv(file.path(dir, "kindergartens.csv"), stringsAsFactors = FALSE,
                encoding = "UTF-8")
  c <- read.csv(file.path(dir, "counties.csv"), stringsAsFactors = FALSE,
                encoding = "UTF-8")
  r <- edubal_evaluate(NULL, c, kindergartens = k,
                       standard = "cn-2020-preschool")
  item <- function(key) r$items[r$items$key == key, ]
  # Gross enrollment rate = 900 children / 1000 of age = 0.9 >= 0.85.
  expect_equal(item("preschool_ger")$value, 900 / 1000, tolerance = 1e-12)
  expect_true(item("preschool_ger")$pass)
  # Inclusive coverage = (300 public + 250 inclusive private) / 900 < 0.80.
  expect_equal(item("inclusive_coverage")$value, 550 / 900, tolerance = 1e-12)
  expect_false(item("inclusive_coverage")$pass)
  # Public share = 300 / 900 < 0.50.
  expect_equal(item("public_share")$value, 300 / 900, tolerance = 1e-12)
  expect_false(item("public_share")$pass)
  expect_equal(nrow(r$schools), 0)
  expect_equal(r$counties$verdict, "fail")
})
