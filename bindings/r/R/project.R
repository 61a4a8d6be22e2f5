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

edubal_project_population <- function(base, year, last_year, births,
                                      births_first_year = year + 1,
                                      survival = NULL, birth_survival = 1,
                                      migration = NULL,
                                      migration_kind = "counts",
                                      births_method = "constant",
                                      asfr = NULL, female_share = 0.5,
                                      births_factor = 1,
                                      migration_factor = 1) {
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

print.edubal_population <- function(x, ...) {
  cat(sprintf("edubal population projection, %d-%d\n",
              min(x$population$year), max(x$population$year)))
  print(x$population[, c("year", "total", "births")], row.names = FALSE)
  invisible(x)
}
