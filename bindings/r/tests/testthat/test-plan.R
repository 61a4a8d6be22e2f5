# SPEC §7.7: edubal_plan() on the bundled sample county.  The expected
# additions are worked out by hand from data/sample/schools.csv and
# costs.csv (school C03000-0000, 725 primary students, sports ground
# 4205.9 m², 11 multimedia rooms; 500 元/m², 60000 元/room).

sample_plan <- function(...) {
  edubal_plan(sample_table("schools"), sample_table("counties"), ...)
}

test_that("the plan adds the hand-computed minimum to the failing school (SPEC §7.7)", {
  p <- sample_plan()
  expect_s3_class(p, "edubal_plan")
  expect_equal(nrow(p$rows), 2)
  sports <- p$rows[p$rows$resource == "sports_area", ]
  # 85% of 7.5 m²/student × 725 = 4621.875 m², so ceil(4621.875 - 4205.9)
  # = 416 m² (415 would leave 6.37365 < 6.375).
  expect_equal(sports$school_id, "C03000-0000")
  expect_equal(sports$addition, 416)
  expect_equal(sports$current, 4205.9 / 725, tolerance = 1e-12)
  expect_equal(sports$target, (4205.9 + 416) / 725, tolerance = 1e-12)
  expect_equal(sports$threshold, 7.5)
  expect_equal(sports$cost, 416 * 500)
  # 2.3 rooms per 100 students × 7.25 = 16.675, so 17 rooms: 6 more.
  mm <- p$rows[p$rows$resource == "multimedia_classrooms", ]
  expect_equal(mm$addition, 6)
  expect_equal(mm$current, 11 / 725 * 100, tolerance = 1e-12)
  expect_equal(mm$target, 17 / 725 * 100, tolerance = 1e-12)
  expect_equal(mm$cost, 6 * 60000)
  expect_false(any(p$rows$shared))
  expect_equal(p$counties$county_id, "C03000")
  expect_equal(p$counties$cost, 208000 + 360000)
  expect_false(p$counties$pass_before)
  expect_true(p$counties$pass_after)
  expect_identical(p$counties$schools, 1L)
})

test_that("the planned data make the failing sample school pass (SPEC §7.7)", {
  before <- edubal_evaluate(sample_table("schools"), sample_table("counties"))
  p <- sample_plan()
  s0 <- before$schools[before$schools$school_id == "C03000-0000", ]
  s1 <- p$result$schools[p$result$schools$school_id == "C03000-0000", ]
  expect_false(s0$pass)
  expect_true(s1$pass)
  expect_true(all(p$result$levels$pass))
  # The CV rows: every limit met after the plan.
  expect_true(nrow(p$cvs) > 0)
  expect_true(all(p$cvs$after <= p$cvs$limit))
  expect_equal(p$cvs$county_id, rep("C03000", nrow(p$cvs)))
})

test_that("edubal_plan JSON, text and CSV equal `edubal plan --example` (SPEC §7.7)", {
  p <- sample_plan()
  for (f in c("json", "text", "csv"))
    expect_identical(p[[f]], cli_output(c("plan", "--example",
                                          "--format", f)), info = f)
  # Inputs given as paths give the same plan.
  dir <- file.path(edubal_root(), "data", "sample")
  q <- edubal_plan(file.path(dir, "schools.csv"),
                   file.path(dir, "counties.csv"),
                   costs = file.path(dir, "costs.csv"))
  expect_identical(q$json, p$json)
})

test_that("costs and limits as data.frames (SPEC §7.7)", {
  costs <- sample_table("costs")
  costs$unit_cost[costs$resource == "sports_area"] <- 1000
  p <- sample_plan(costs = costs)
  expect_equal(p$rows$cost[p$rows$resource == "sports_area"], 416 * 1000)
  # A limit below the 416 m² needed leaves no way to pass.
  limits <- data.frame(school_id = "C03000-0000", resource = "sports_area",
                       max_addition = 100)
  e <- edubal_condition(sample_plan(limits = limits))
  expect_s3_class(e, "edubal_error")
  expect_match(conditionMessage(e), "C03000-0000", fixed = TRUE)
})

test_that("a bad cost row raises edubal_error naming the row", {
  costs <- sample_table("costs")
  costs$unit_cost[3] <- -5
  e <- edubal_condition(sample_plan(costs = costs))
  expect_s3_class(e, "edubal_error")
  expect_equal(e$row, 3)
  expect_equal(e$source, "costs")
  expect_match(conditionMessage(e), "row 3", fixed = TRUE)
})
