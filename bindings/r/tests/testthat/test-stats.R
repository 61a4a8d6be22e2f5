# SPEC §1: the five-school example of the coefficient of variation.
test_that("five-school CV is 0.515257 (SPEC §1, hand calculation)", {
  d <- read.csv(file.path(edubal_root(), "tests", "data", "five-schools.csv"),
                stringsAsFactors = FALSE, encoding = "UTF-8")
  x <- d$books / d$students
  # By hand: W = 302 students, books = 1913, so the weighted mean is
  # X = 1913 / 302 = 6.334437; sum w (x - X)^2 = sum books^2/students
  # - W X^2 = 15334.92 - 12117.78 = 3217.14 (books^2/students:
  # 1729.8, 507.3, 9822.8, 336.8, 2938.3), S = sqrt(3217.14 / 302) =
  # 3.263861 and CV = S / X = 0.515257.
  X <- 1913 / 302
  S <- sqrt((279^2 / 45 + 137^2 / 37 + 935^2 / 89 + 160^2 / 76 +
             402^2 / 55 - 302 * X^2) / 302)
  expect_equal(S / X, 0.515257, tolerance = 1e-6)
  expect_equal(edubal_cv(x, d$students), S / X, tolerance = 1e-12)
  expect_equal(round(edubal_cv(x, d$students), 6), 0.515257)
})

test_that("unweighted and sample CV follow their formulas (SPEC §1)", {
  x <- c(2, 4, 4, 4, 5, 5, 7, 9)   # mean 5, population SD 2
  expect_equal(edubal_cv(x, method = "unweighted"), 2 / 5, tolerance = 1e-12)
  expect_equal(edubal_cv(x, method = "sample"), sqrt(32 / 7) / 5,
               tolerance = 1e-12)
  # Equal weights give the official formula the unweighted value.
  expect_equal(edubal_cv(x), 2 / 5, tolerance = 1e-12)
})

test_that("Gini, Theil and McLoone match hand calculations (SPEC §1)", {
  # Gini of (1, 2, 3, 4): sum |xi - xj| over ordered pairs = 20,
  # G = 20 / (2 * 4^2 * 2.5) = 0.25.
  expect_equal(edubal_gini(c(1, 2, 3, 4)), 0.25, tolerance = 1e-12)
  # Weights count a value as repeated: (1 w2, 3 w1) is (1, 1, 3):
  # pairs |1-3| four times = 8, G = 8 / (2 * 9 * 5/3) = 4/15.
  expect_equal(edubal_gini(c(1, 3), c(2, 1)), 4 / 15, tolerance = 1e-12)
  # Theil T of (1, 3): mean 2, T = (0.5 ln 0.5 + 1.5 ln 1.5) / 2.
  expect_equal(edubal_theil(c(1, 3)),
               (0.5 * log(0.5) + 1.5 * log(1.5)) / 2, tolerance = 1e-12)
  # Theil L of (1, 3) = (ln 2 + ln(2/3)) / 2.
  expect_equal(edubal_theil(c(1, 3), kind = "L"),
               (log(2) + log(2 / 3)) / 2, tolerance = 1e-12)
  # McLoone of (1, 2, 3, 4, 5): median 3, lower half W/2 = 2.5 values:
  # 1 + 2 + 0.5 * 3 = 4.5 against 2.5 * 3 = 7.5, M = 0.6.
  expect_equal(edubal_mcloone(c(1, 2, 3, 4, 5)), 0.6, tolerance = 1e-12)
})

test_that("errors are edubal_error conditions with the C message", {
  e <- edubal_condition(edubal_cv(c(1, NA, 3)))
  expect_s3_class(e, "edubal_error")
  expect_s3_class(e, "error")
  expect_match(conditionMessage(e), "values must be finite numbers")
  expect_equal(e$column, "values")
  expect_equal(e$row, 2)

  e <- edubal_condition(edubal_cv(c(1, 2), c(1, -1)))
  expect_s3_class(e, "edubal_error")
  expect_match(conditionMessage(e), "weights must not be negative")

  e <- edubal_condition(edubal_cv(c(1, 2, 3), c(1, 1)))
  expect_s3_class(e, "edubal_error")
  expect_equal(e$status, "invalid argument")

  # Zero mean: the CV is undefined, never NaN or Inf.
  e <- edubal_condition(edubal_cv(c(-1, 1)))
  expect_s3_class(e, "edubal_error")

  e <- edubal_condition(edubal_cv("a"))
  expect_s3_class(e, "edubal_error")
  e <- edubal_condition(edubal_cv(1:3, method = "median"))
  expect_s3_class(e, "edubal_error")
  e <- edubal_condition(edubal_theil(c(0, 1), kind = "L"))
  expect_s3_class(e, "edubal_error")
})

test_that("version and standards come from the library", {
  expect_match(edubal_version(), "^[0-9]+\\.[0-9]+\\.[0-9]+$")
  s <- edubal_standards()
  expect_s3_class(s, "data.frame")
  expect_true("cn-2017-compulsory" %in% s$id)
  expect_equal(s$name_zh[s$id == "cn-2017-compulsory"],
               "县域义务教育优质均衡发展督导评估(2017)")
  expect_true(all(s$parent[s$id == "gd-bqw-2023"] == "cn-2017-compulsory"))
})
