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

test_that("seats: demand, gap, new schools and classes by hand (SPEC §7.3)", {
  s <- edubal_project_seats(c(900, 1300), capacity = 1000, school_seats = 200,
                            class_size = 45, year = 2025)
  expect_equal(s$year, c(2025, 2026))
  expect_equal(s$gap, c(900 - 1000, 1300 - 1000))
  # ceil(300 / 200) = 2 schools; ceil(900/45) = 20, ceil(1300/45) = 29.
  expect_equal(s$schools, c(0, 2))
  expect_equal(s$classes, c(20, 29))
  # 60 seats per 1000 residents: 20000 residents need 1200 seats.
  r <- edubal_project_seats(residents = c(10000, 20000), per_1000 = 60,
                            capacity = 1000, school_seats = 200)
  expect_equal(r$demand, c(600, 1200))
  expect_equal(r$schools, c(0, 1))
  e <- edubal_condition(edubal_project_seats(c(10, -1), capacity = 0,
                                             school_seats = 1))
  expect_s3_class(e, "edubal_error")
  expect_match(conditionMessage(e), "demand[1]", fixed = TRUE)
})

test_that("teachers and preschool seats by hand (SPEC §7.4, §7.5)", {
  t <- edubal_project_teachers(c(100, 205), students_per_teacher = 20,
                               current_staff = 8)
  # ceil(100/20) = 5, ceil(205/20) = 11; gap = required - 8.
  expect_equal(t$required, c(5, 11))
  expect_equal(t$gap, c(-3, 3))
  # Small schools: 3 classes × 2 teachers per class = 6 > ceil(40/20) = 2.
  c <- edubal_project_teachers(40, 20, classes = 3, teachers_per_class = 2)
  expect_equal(c$required, 6)
  p <- edubal_project_preschool(c(1000, 1201), target_ger = 0.9,
                                public_share = 0.5, inclusive_share = 0.8)
  # ceil(1201 × 0.9) = ceil(1080.9) = 1081; ceil(1081 × 0.5) = 541;
  # ceil(1081 × 0.8) = ceil(864.8) = 865.
  expect_equal(p$seats, c(900, 1081))
  expect_equal(p$public, c(450, 541))
  expect_equal(p$inclusive, c(720, 865))
})

test_that("trajectories: linear and fraction paths, checks (SPEC §7.6)", {
  t <- edubal_trajectory(0.8, 2024, 0.9, 2028, observed = c(0.8, 0.81, 0.86))
  expect_equal(t$path$year, 2024:2028)
  expect_equal(t$path$path, c(0.8, 0.825, 0.85, 0.875, 0.9), tolerance = 1e-12)
  # 0.825 - 0.81 = 0.015 behind in 2025; 2026 is 0.01 ahead.
  expect_equal(t$path$shortfall[1:3], c(0, 0.015, -0.01), tolerance = 1e-12)
  expect_equal(t$behind, 1)
  expect_true(is.na(t$attained))
  # Half of what remains each year, the target reached in the last year.
  f <- edubal_trajectory(10, 2024, 0, 2027, fraction = 0.5,
                         observed = c(10, 4, 0))
  expect_equal(f$path$path, c(10, 5, 2.5, 0))
  expect_equal(f$attained, 2026)
  expect_equal(f$behind, 0)
})

test_that("enrollment: ratios fitted and grades advanced by hand (SPEC §7.2)", {
  o <- cbind("1" = c(100, 100, 100), "2" = c(90, 80, 85))
  r <- edubal_project_enrollment(o, 2021, 2025,
                                 source = c(200, 200, 200, 300, 400),
                                 rate = 0.5, method = "mean", k = 2)
  # Transitions 100 -> 80 and 100 -> 85: mean ratio (0.8 + 0.85) / 2.
  expect_equal(r$ratios$ratio, 0.825, tolerance = 1e-12)
  e <- r$enrollment
  expect_equal(e$year, 2021:2025)
  expect_equal(e$projected, c(FALSE, FALSE, FALSE, TRUE, TRUE))
  # Grade 1 = 0.5 × source; grade 2 = last year's grade 1 × 0.825.
  expect_equal(e[["1"]], c(100, 100, 100, 150, 200))
  expect_equal(e[["2"]], c(90, 80, 85, 82.5, 123.75), tolerance = 1e-12)
  expect_equal(e$total, e[["1"]] + e[["2"]], tolerance = 1e-12)
  # A fitted rate: the mean of E(0,t) / source(t) over the last k years.
  f <- edubal_project_enrollment(o, 2021, 2024,
                                 source = c(200, 400, 250, 100), k = 2)
  expect_equal(f$intake_rate, (100 / 400 + 100 / 250) / 2, tolerance = 1e-12)
  j <- jsonlite::fromJSON(r$json, simplifyVector = FALSE)
  expect_equal(unlist(j$grades), c("1", "2"))
  # A zero denominator is an error naming the year and grade.
  z <- edubal_condition(edubal_project_enrollment(cbind(c(0, 5), c(1, 1)),
                                                  2021, 2023, source = 1:3))
  expect_s3_class(z, "edubal_error")
})

test_that("population from the sample files matches `edubal project population` (SPEC §7.1)", {
  dir <- file.path(edubal_root(), "data", "sample")
  pop <- file.path(dir, "population.csv")
  bir <- file.path(dir, "births.csv")
  p <- edubal_project_population(pop, births = bir)
  cli <- jsonlite::fromJSON(cli_output(c("project", "population",
                                         "--population", pop,
                                         "--births", bir,
                                         "--format", "json")),
                            simplifyVector = FALSE)
  # The CLI lists the projected years: the R rows after the base year.
  expect_equal(p$population$year[1], cli$base_year)
  got <- p$population[-1, ]
  expect_equal(got$year, vapply(cli$years, function(y) y$year, 0))
  for (i in seq_along(cli$years)) {
    y <- cli$years[[i]]
    expect_equal(got$total[i], y$population_total, tolerance = 1e-12)
    expect_equal(got$births[i], y$population_births, tolerance = 1e-12)
    ages <- grep("^age_", names(y), value = TRUE)
    expect_equal(unname(unlist(got[i, ages])), unname(unlist(y[ages])),
                 tolerance = 1e-12)
  }
  e <- edubal_condition(edubal_project_population(file.path(dir, "none.csv"),
                                                  births = bir))
  expect_s3_class(e, "edubal_error")
})
