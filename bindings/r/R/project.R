# edubal_project_population(): the cohort-component population model of
# SPEC §7.1 (include/edubal/project.h) from R.  The model is set up and
# projected by C; the result is read count by count into a data.frame and
# rendered to JSON by C.  Nothing is computed here.

births_methods <- c(constant = 0L, linear = 1L, fertility = 2L)
migration_kinds <- c(counts = 0L, rates = 1L)

# One name of a choice, as an edubal_error naming the argument.
choice <- function(x, choices, arg) {
  if (!is.character(x) || length(x) != 1 || !x %in% names(choices))
    edubal_stop(sprintf("%s must be one of %s", arg,
                        paste(names(choices), collapse = ", ")),
                column = arg)
  choices[[x]]
}

# base and births are vectors, or the paths of population.csv and
# births.csv (SCHEMA.md "Projection inputs"), read and checked by C as by
# `edubal project population`: the base is the last year of
# population.csv, births start in births.csv's first year, and last_year
# defaults to the CLI's --to (2035).
edubal_project_population <- function(base, year = NULL, last_year = 2035,
                                      births,
                                      births_first_year = year + 1,
                                      survival = NULL, birth_survival = 1,
                                      migration = NULL,
                                      migration_kind = "counts",
                                      births_method = "constant",
                                      asfr = NULL, female_share = 0.5,
                                      births_factor = 1,
                                      migration_factor = 1,
                                      county = NULL) {
  if (is.character(base)) {
    files <- read_population_files(base, births, county)
    base <- files$base
    year <- files$year
    births <- files$births
    births_first_year <- files$births_first_year
  }
  if (is.null(year) || length(year) != 1 || is.na(year))
    edubal_stop("year must be the base year", column = "year")
  base <- check_values(base, "base")
  births <- check_values(births, "births")
  m <- edubal_cohort()   # SWIG constructor of bindings/edubal.i
  swig_cohort_set_base(m, year, base)
  if (!is.null(survival))
    swig_cohort_set_survival(m, check_values(survival, "survival"))
  swig_cohort_set_birth_survival(m, birth_survival)
  if (!is.null(migration))
    swig_cohort_set_migration(m, choice(migration_kind, migration_kinds,
                                        "migration_kind"),
                              check_values(migration, "migration"))
  swig_cohort_set_births(m, births_first_year, births)
  swig_cohort_set_births_method(m, choice(births_method, births_methods,
                                          "births_method"))
  if (!is.null(asfr))
    swig_cohort_set_fertility(m, check_values(asfr, "asfr"), female_share)
  swig_cohort_set_scenario(m, births_factor, migration_factor)
  p <- swig_cohort_project(m, last_year)

  first <- swig_population_first_year(p)
  ny <- swig_population_years(p)
  na <- swig_population_ages(p)
  counts <- vapply(seq_len(na) - 1, function(a)
    vapply(seq_len(ny) - 1, function(y) swig_population_count(p, y, a), 0),
    numeric(ny))
  counts <- matrix(counts, nrow = ny, ncol = na)
  colnames(counts) <- paste0("age_", seq_len(na) - 1)
  population <- data.frame(year = first + seq_len(ny) - 1, counts,
                           check.names = FALSE)
  population$total <- vapply(seq_len(ny) - 1, function(y)
    swig_population_group(p, y, 0, na - 1), 0)
  population$births <- vapply(seq_len(ny) - 1, function(y)
    swig_population_births(p, y), 0)
  structure(list(population = population,
                 json = swig_population_render(p, 1L),
                 text = swig_population_render(p, 0L),
                 handle = p),
            class = "edubal_population")
}

# population.csv and births.csv of one county through edubal_inputs_read.
read_population_files <- function(population, births, county) {
  if (length(population) != 1 || !is.character(births) ||
      length(births) != 1)
    edubal_stop("give population and births as vectors or as two CSV paths",
                column = "births")
  inp <- swig_inputs_read(path.expand(population), path.expand(births),
                          NULL, NULL, county)
  ny <- swig_inputs_population_years(inp)
  na <- swig_inputs_population_ages(inp)
  nb <- swig_inputs_births_years(inp)
  list(base = outs(swig_inputs_population(inp, ny - 1, na))$out,
       year = swig_inputs_population_first_year(inp) + ny - 1,
       births = outs(swig_inputs_births(inp, nb))$out,
       births_first_year = swig_inputs_births_first_year(inp))
}

print.edubal_population <- function(x, ...) {
  cat(sprintf("edubal population projection, %d-%d\n",
              min(x$population$year), max(x$population$year)))
  print(x$population[, c("year", "total", "births")], row.names = FALSE)
  invisible(x)
}

# ---- §7.3 seats, §7.4 teachers, §7.5 preschool, §7.6 trajectories ------
# Each C call fills caller-sized vectors (the length is passed, C makes
# them); the results come back as a list of class eb_r_outs.
outs <- function(x) unclass(x)

# The years column of a result: given years, or 1..n.
years_of <- function(year, n) {
  if (is.null(year)) return(seq_len(n))
  if (length(year) == 1) return(year + seq_len(n) - 1)
  if (length(year) != n)
    edubal_stop(sprintf("year must have 1 or %d elements", n),
                column = "year")
  year
}

edubal_project_seats <- function(demand = NULL, capacity, school_seats,
                                 residents = NULL, per_1000 = NULL,
                                 class_size = NULL, year = NULL) {
  if (is.null(demand) == is.null(residents))
    edubal_stop("give either demand or residents (with per_1000)",
                column = "demand")
  if (!is.null(residents)) {
    residents <- check_values(residents, "residents")
    if (is.null(per_1000))
      edubal_stop("residents need per_1000", column = "per_1000")
    demand <- outs(swig_project_standard_seats(residents, per_1000,
                                               length(residents)))$out
  }
  demand <- check_values(demand, "demand")
  n <- length(demand)
  g <- outs(swig_project_seat_gap(demand, capacity, school_seats, n, n))
  df <- data.frame(year = years_of(year, n), demand = demand,
                   gap = g$out_gap, schools = g$out_schools)
  if (!is.null(class_size))
    df$classes <- outs(swig_project_classes(demand, class_size, n))$out
  df
}

edubal_project_teachers <- function(students, students_per_teacher,
                                    current_staff = 0, classes = NULL,
                                    teachers_per_class = 0, year = NULL) {
  students <- check_values(students, "students")
  if (!is.null(classes)) classes <- check_values(classes, "classes")
  n <- length(students)
  t <- outs(swig_project_teachers(students, classes, students_per_teacher,
                                  teachers_per_class, current_staff, n, n))
  data.frame(year = years_of(year, n), students = students,
             required = t$out_required, gap = t$out_gap)
}

edubal_project_preschool <- function(children_3_5, target_ger,
                                     public_share, inclusive_share,
                                     year = NULL) {
  children_3_5 <- check_values(children_3_5, "children_3_5")
  n <- length(children_3_5)
  p <- outs(swig_project_preschool(children_3_5, target_ger, public_share,
                                   inclusive_share, n, n, n))
  data.frame(year = years_of(year, n), children_3_5 = children_3_5,
             seats = p$out_seats, public = p$out_public,
             inclusive = p$out_inclusive)
}

# As `edubal project trajectory`: linear unless a fraction is given; the
# path rises when the target is above the base.
edubal_trajectory <- function(base, base_year, target, target_year,
                              fraction = NULL, observed = NULL) {
  for (arg in c("base", "base_year", "target", "target_year"))
    if (!is.numeric(get(arg)) || length(get(arg)) != 1 || is.na(get(arg)))
      edubal_stop(sprintf("%s must be one number", arg), column = arg)
  n <- target_year - base_year + 1
  if (n < 2 || n != round(n))
    edubal_stop("target_year must be a whole year after base_year",
                column = "target_year")
  kind <- if (is.null(fraction)) 0L else 1L
  path <- outs(swig_trajectory_path(base, base_year, target, target_year,
                                    kind, if (is.null(fraction)) 0
                                          else fraction, n))$out
  rising <- as.integer(target > base)
  df <- data.frame(year = base_year + seq_len(n) - 1, path = path)
  result <- list(path = df, behind = NA_real_, attained = NA_real_)
  if (!is.null(observed)) {
    observed <- check_values(observed, "observed")
    if (length(observed) > n)
      edubal_stop(sprintf("observed has %d values for %d years",
                          length(observed), n), column = "observed")
    m <- length(observed)
    chk <- outs(swig_trajectory_check(path[seq_len(m)], observed, rising, m))
    df$observed <- c(observed, rep(NA_real_, n - m))
    df$shortfall <- c(chk$out_shortfall, rep(NA_real_, n - m))
    att <- outs(swig_trajectory_attainment(base_year, observed, target,
                                           rising))
    result <- list(path = df, behind = chk$out_behind,
                   attained = if (att$out_met != 0) att$out_year
                              else NA_real_)
  }
  result
}

# ---- §7.2 enrollment ------------------------------------------------------

ratio_methods <- c(mean = 0L, geometric = 1L, median = 2L, last = 3L,
                   weighted = 4L)

# observed: a matrix or data.frame, one row per year (first_year on), one
# column per grade of one chain; intake from source (population at the
# entry age, or births with lag = the entry age) from source_first_year.
edubal_project_enrollment <- function(observed, first_year, last_year,
                                      source, source_first_year = first_year,
                                      lag = 0, rate = NA_real_,
                                      method = "mean", k = 3,
                                      labels = colnames(observed)) {
  observed <- as.matrix(observed)
  if (!is.numeric(observed))
    edubal_stop("observed must be numeric", column = "observed")
  ng <- ncol(observed)
  g <- edubal_grades()   # SWIG constructor of bindings/edubal.i
  # Row-major years × grades, as edubal_grades_set_observed reads it.
  swig_grades_set_observed(g, first_year, as.numeric(t(observed)), ng)
  swig_grades_set_fit(g, choice(method, ratio_methods, "method"), k)
  swig_grades_set_intake(g, source_first_year, check_values(source, "source"),
                         lag, as.numeric(rate))
  e <- swig_grades_project(g, last_year)
  ny <- swig_enrollment_years(e)
  students <- vapply(seq_len(ng) - 1, function(gr)
    vapply(seq_len(ny) - 1, function(y) swig_enrollment_students(e, y, gr), 0),
    numeric(ny))
  students <- matrix(students, nrow = ny, ncol = ng)
  names <- if (is.null(labels)) as.character(seq_len(ng)) else labels
  colnames(students) <- names
  first <- swig_enrollment_first_year(e)
  enrollment <- data.frame(year = first + seq_len(ny) - 1,
                           projected = seq_len(ny) >
                             swig_enrollment_observed_years(e),
                           students, check.names = FALSE)
  enrollment$total <- vapply(seq_len(ny) - 1, function(y)
    swig_enrollment_sum(e, y, 0, ng - 1), 0)
  ratios <- data.frame(from = names[-ng], to = names[-1],
                       ratio = vapply(seq_len(ng - 1) - 1, function(gr)
                         swig_enrollment_ratio(e, gr), 0))
  list(enrollment = enrollment, ratios = ratios,
       intake_rate = swig_enrollment_intake_rate(e),
       json = swig_enrollment_render(e, labels, 1L),
       text = swig_enrollment_render(e, labels, 0L))
}
