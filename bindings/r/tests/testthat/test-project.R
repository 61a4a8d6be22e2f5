# SPEC §7.1: the cohort-component model through edubal_project_population().
# Expected values are worked out by hand in each test.

test_that("survival 1 and no migration shift cohorts exactly (SPEC §7.1)", {
  p <- edubal_project_population(base = c(100, 90, 80, 70), year = 2024,
                                 last_year = 2027,
                                 births = c(110, 120, 130))
  pop <- p$population
  expect_s3_class(p, "edubal_population")
  expect_equal(pop$year, 2024:2027)
  # Ages 0..3, 3 open: each cohort moves up one age a year, births enter
  # at age 0 and the open group gathers ages 2 and 3.
  expect_equal(unname(unlist(pop[1, paste0("age_", 0:3)])), c(100, 90, 80, 70))
  expect_equal(unname(unlist(pop[2, paste0("age_", 0:3)])), c(110, 100, 90, 150))
  expect_equal(unname(unlist(pop[3, paste0("age_", 0:3)])), c(120, 110, 100, 240))
  expect_equal(unname(unlist(pop[4, paste0("age_", 0:3)])), c(130, 120, 110, 340))
  # Nobody dies or moves: each total is the last plus the year's births.
  expect_equal(pop$total, c(340, 340 + 110, 340 + 110 + 120,
                            340 + 110 + 120 + 130))
  expect_true(is.nan(pop$births[1]))
  expect_equal(pop$births[-1], c(110, 120, 130))
  # The JSON of the library says the same.
  j <- jsonlite::fromJSON(p$json, simplifyVector = FALSE)
  expect_equal(j$base_year, 2024)
  expect_equal(unlist(j$years[[4]]$ages), c(130, 120, 110, 340))
})

test_that("survival, birth survival and migration counts (SPEC §7.1)", {
  p <- edubal_project_population(base = c(100, 200, 300), year = 2020,
                                 last_year = 2021, births = 50,
                                 survival = c(0.9, 0.8, 0.5),
                                 birth_survival = 0.98,
                                 migration = c(10, -20, 0))
  # P(0) = 50 × 0.98 = 49; P(1) = 100 × 0.9 + 10 = 100;
  # P(2, open) = 200 × 0.8 + 300 × 0.5 − 20 + 0 = 290.
  expect_equal(unname(unlist(p$population[2, c("age_0", "age_1", "age_2")])),
               c(49, 100, 290), tolerance = 1e-12)
  expect_equal(p$population$total[2], 49 + 100 + 290, tolerance = 1e-12)
  # Scenario factors scale births and migration.
  q <- edubal_project_population(base = c(100, 200, 300), year = 2020,
                                 last_year = 2021, births = 50,
                                 migration = c(10, -20, 0),
                                 births_factor = 2, migration_factor = 0)
  expect_equal(unname(unlist(q$population[2, c("age_0", "age_1", "age_2")])),
               c(100, 100, 500))
})

test_that("bad projection input raises edubal_error naming the element", {
  e <- edubal_condition(edubal_project_population(c(100, -1, 80), 2024, 2026,
                                                  c(110, 120)))
  expect_s3_class(e, "edubal_error")
  expect_match(conditionMessage(e), "counts[1] = -1", fixed = TRUE)
  e <- edubal_condition(edubal_project_population(c(100, 90), 2024, 2026,
                                                  c(110, 120),
                                                  births_method = "cubic"))
  expect_s3_class(e, "edubal_error")
  expect_equal(e$column, "births_method")
})
