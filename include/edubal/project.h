/*
 * edubal/project.h - projection models of SPEC §7.1–§7.6: school-age
 * population, enrollment, seats, classes, teachers, preschool targets and
 * trajectories to a target year.
 *
 * Every model takes plain arrays with their lengths and options set through
 * setter functions; results are opaque handles with accessors and a render
 * function (text or JSON), or caller-allocated out-arrays.  Nothing here
 * reads files: the CSV readers of the command-line tool turn population.csv,
 * births.csv, enrollment.csv and capacity.csv into these arrays.
 *
 * Years are calendar years (int); "year index" i means first_year + i.
 * Ages are whole years 0 .. n_ages-1; the oldest age is an open group
 * ("n_ages-1 and over").  Counts must be finite and >= 0.  Out-parameters
 * are written only on success; on failure @p err (may be NULL) names the
 * argument and element (1-based row), or the year and grade, and says why.
 *
 * Model handles are not thread-safe while being changed; projecting from a
 * model and reading results only read them and are thread-safe.
 */
#ifndef EDUBAL_PROJECT_H
#define EDUBAL_PROJECT_H

#include <stddef.h>

#include <edubal/export.h>
#include <edubal/io.h>
#include <edubal/status.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Inputs of the cohort-component population model (SPEC §7.1). */
typedef struct edubal_cohort edubal_cohort;

/** Projected population by year and single age (SPEC §7.1). */
typedef struct edubal_population edubal_population;

/** Inputs of the grade-progression enrollment model (SPEC §7.2). */
typedef struct edubal_grades edubal_grades;

/** Projected enrollment by year and grade, with fitted ratios (SPEC §7.2). */
typedef struct edubal_enrollment edubal_enrollment;

/** How births are carried past the last year given.  ABI, append only. */
enum edubal_births_method {
	/** B(t) = the last given births, every later year. */
	EDUBAL_BIRTHS_CONSTANT = 0,
	/**
	 * Least-squares line through all given (year, births) pairs, floored at
	 * 0; needs two or more given years.
	 */
	EDUBAL_BIRTHS_LINEAR = 1,
	/**
	 * B(t+1) = Σ_{a=15..49} f · P(a,t) · ASFR(a): women of the projected
	 * population (the female share f of each age) times age-specific
	 * fertility; needs edubal_cohort_set_fertility().
	 */
	EDUBAL_BIRTHS_FERTILITY = 2
};

/** What the migration array holds.  ABI, append only. */
enum edubal_migration_kind {
	/** Net migrants per year M(a): people aged a who arrive (+) or leave (−). */
	EDUBAL_MIGRATION_COUNTS = 0,
	/** Net migration rates r(a): M(a,t) = r(a) · P(a,t). */
	EDUBAL_MIGRATION_RATES = 1
};

/** How grade-progression ratios are fitted from the last k observed
 *  transitions.  ABI, append only. */
enum edubal_ratio_method {
	EDUBAL_RATIO_MEAN = 0,      /**< arithmetic mean of the k ratios */
	EDUBAL_RATIO_GEOMETRIC = 1, /**< (Π ratios)^(1/k); a zero ratio gives 0 */
	EDUBAL_RATIO_MEDIAN = 2,    /**< median (mean of the middle two for even k) */
	EDUBAL_RATIO_LAST = 3,      /**< the most recent ratio */
	/** Σ i·r_i / Σ i, i = 1 (oldest) .. k (most recent): recent years weigh more. */
	EDUBAL_RATIO_WEIGHTED = 4
};

/* ---- §7.1 population ------------------------------------------------- */

/** @return a new model with no inputs, or NULL when out of memory.
 *  Defaults: survival 1 at every age, birth survival s₀ = 1, no migration,
 *  births method EDUBAL_BIRTHS_CONSTANT, scenario factors 1.  @since 0.4 */
EDUBAL_API edubal_cohort *edubal_cohort_new(void);

/** Free a model; NULL is a no-op.  @since 0.4 */
EDUBAL_API void edubal_cohort_free(edubal_cohort *cohort);

/**
 * The base population P(a, year) for ages a = 0 .. n_ages-1 (copied).
 * @retval EDUBAL_EINVAL NULL, n_ages < 2, a negative or non-finite count
 *         (@p err names element a+1).
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_cohort_set_base(edubal_cohort *cohort,
	int year, const double *counts, size_t n_ages, edubal_error *err);

/**
 * Survival s(a): the share of people aged a in year t alive at a+1 in t+1
 * (copied).  n must equal n_ages of the base (checked when projecting).
 * @retval EDUBAL_EINVAL a value outside [0, 1].
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_cohort_set_survival(edubal_cohort *cohort,
	const double *survival, size_t n, edubal_error *err);

/** Survival of births to age 0 at the end of their year, s₀ in [0, 1].
 *  @since 0.4 */
EDUBAL_API edubal_status edubal_cohort_set_birth_survival(
	edubal_cohort *cohort, double s0, edubal_error *err);

/**
 * Net migration by age of origin a (copied), the same every year; it joins
 * age a+1 next year.  Counts may be negative; rates must lie in [-1, 1].
 * A projection in which migrants leaving exceed the people there fails
 * with EDUBAL_EDOM naming the year and age.  n must equal n_ages.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_cohort_set_migration(edubal_cohort *cohort,
	enum edubal_migration_kind kind, const double *migration, size_t n,
	edubal_error *err);

/**
 * Births B(t) for t = first_year .. first_year+n-1 (copied).  Years after
 * the last are extrapolated by the births method.  The years projected
 * (base+1 ..) must start no earlier than first_year and be contiguous with
 * the given years; earlier years serve the linear trend and lagged intake.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_cohort_set_births(edubal_cohort *cohort,
	int first_year, const double *births, size_t n, edubal_error *err);

/** How births are extrapolated past the given years.  @since 0.4 */
EDUBAL_API edubal_status edubal_cohort_set_births_method(
	edubal_cohort *cohort, enum edubal_births_method method,
	edubal_error *err);

/**
 * Age-specific fertility rates for ages 15..49 (n = 35, births per woman
 * per year, copied) and the female share of each age in [0, 1] (the
 * population files carry no sex; SPEC §7.1, [assumed]).
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_cohort_set_fertility(edubal_cohort *cohort,
	const double *asfr, size_t n, double female_share, edubal_error *err);

/**
 * Scenario factors (SPEC §7 "uncertainty band"): every birth count is
 * multiplied by @p births_factor and every migration count or rate by
 * @p migration_factor.  Both finite and >= 0; 1 is the medium scenario.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_cohort_set_scenario(edubal_cohort *cohort,
	double births_factor, double migration_factor, edubal_error *err);

/**
 * Project from the base year to @p last_year (> base year):
 * P(a+1,t+1) = P(a,t)·s(a) + M(a,t) for a+1 < A−1; the open age A−1
 * gathers P(A−2,t)·s(A−2) + P(A−1,t)·s(A−1) + M(A−2,t) + M(A−1,t);
 * P(0,t+1) = B(t+1)·s₀.
 * @param[out] out_population new result; free with edubal_population_free().
 * @retval EDUBAL_EINVAL no base, a length that differs from n_ages, no
 *         births for base+1, a gap between the given births and the years
 *         projected, fertility method without rates, last_year <= base.
 * @retval EDUBAL_EDOM a count would turn negative (year and age named),
 *         linear trend from fewer than two years.
 * @retval EDUBAL_ENOMEM out of memory.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_cohort_project(const edubal_cohort *cohort,
	int last_year, edubal_population **out_population, edubal_error *err);

/** Free a result; NULL is a no-op.  @since 0.4 */
EDUBAL_API void edubal_population_free(edubal_population *population);

/** @return the base year (year index 0).  @since 0.4 */
EDUBAL_API int edubal_population_first_year(const edubal_population *population);

/** @return the number of years, base year included.  @since 0.4 */
EDUBAL_API size_t edubal_population_years(const edubal_population *population);

/** @return the number of single ages (the last is an open group).  @since 0.4 */
EDUBAL_API size_t edubal_population_ages(const edubal_population *population);

/** @return P(age, first_year + year_index), or NaN out of range.  @since 0.4 */
EDUBAL_API double edubal_population_count(const edubal_population *population,
	size_t year_index, size_t age);

/**
 * @return Σ P(a, year) for a = age_lo .. age_hi inclusive (compensated
 * sum; ages past the oldest are not there and add nothing), NaN if the
 * year is out of range or age_lo > age_hi.
 * @since 0.4
 */
EDUBAL_API double edubal_population_group(const edubal_population *population,
	size_t year_index, size_t age_lo, size_t age_hi);

/** @return births B(first_year + year_index) used (scaled by the scenario
 *  factor), NaN for the base year or out of range.  @since 0.4 */
EDUBAL_API double edubal_population_births(const edubal_population *population,
	size_t year_index);

/**
 * Render as text (a table per year of the groups 3–5, 6–11, 12–14, 15–17,
 * total and births, then single ages 0–17) or JSON (docs/projections.md).
 * @param format EDUBAL_FORMAT_TEXT or EDUBAL_FORMAT_JSON.
 * @param[out] out_text new string; free with edubal_free().
 * @retval EDUBAL_EINVAL NULL argument, a format other than text or JSON.
 * @retval EDUBAL_ENOMEM out of memory.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_population_render(
	const edubal_population *population, enum edubal_report_format format,
	char **out_text, edubal_error *err);

/* ---- §7.2 enrollment --------------------------------------------------- */

/**
 * Fit grade-progression ratios GPR(g) = mean over the last k transitions of
 * E(g+1,t+1) / E(g,t), by @p method.
 * @param students observed enrollment, row-major: students[y*n_grades + g]
 *        for year index y and grade g (consecutive grades of one chain).
 * @param n length of @p students, a multiple of n_grades (>= 2 years).
 * @param k how many of the latest transitions to use (1 .. years−1).
 * @param[out] out_ratios n_grades−1 ratios (grade g to g+1).
 * @retval EDUBAL_EDOM a denominator E(g,t) is 0: @p err names the year
 *         index (row) and the grade (column "grade N"), never an infinite
 *         ratio.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_project_fit_ratios(const double *students,
	size_t n, size_t n_grades, enum edubal_ratio_method method, size_t k,
	double *out_ratios, size_t out_len, edubal_error *err);

/** @return a new enrollment model, or NULL when out of memory.  Defaults:
 *  EDUBAL_RATIO_MEAN over k = 3 transitions (fewer when fewer were
 *  observed).  @since 0.4 */
EDUBAL_API edubal_grades *edubal_grades_new(void);

/** Free a model; NULL is a no-op.  @since 0.4 */
EDUBAL_API void edubal_grades_free(edubal_grades *grades);

/**
 * Observed enrollment of one chain of consecutive grades (K1–K3, or 1–9,
 * ...), years first_year .. first_year + n/n_grades − 1, row-major as in
 * edubal_project_fit_ratios() (copied).
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_grades_set_observed(edubal_grades *grades,
	int first_year, const double *students, size_t n, size_t n_grades,
	edubal_error *err);

/** Ratio fitting method and k.  @since 0.4 */
EDUBAL_API edubal_status edubal_grades_set_fit(edubal_grades *grades,
	enum edubal_ratio_method method, size_t k, edubal_error *err);

/**
 * Entry-grade intake: E(0,t) = rate · source(t − lag), with source given
 * for years source_first_year .. + n − 1 (copied): the population at the
 * entry age (lag 0; age 6 for grade 1, age 3 for K1) or births (lag = the
 * entry age).  A NaN @p rate is fitted: the mean of E(0,t) / source(t−lag)
 * over the last k observed years (a zero source is EDUBAL_EDOM).
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_grades_set_intake(edubal_grades *grades,
	int source_first_year, const double *source, size_t n, int lag,
	double rate, edubal_error *err);

/**
 * Project to @p last_year: E(g+1,t+1) = E(g,t)·GPR(g), E(0,t) from the
 * intake.  The result holds the observed years, then the projected ones.
 * @retval EDUBAL_EINVAL no observations or intake, a source year missing.
 * @retval EDUBAL_EDOM a zero denominator in fitting.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_grades_project(const edubal_grades *grades,
	int last_year, edubal_enrollment **out_enrollment, edubal_error *err);

/** Free a result; NULL is a no-op.  @since 0.4 */
EDUBAL_API void edubal_enrollment_free(edubal_enrollment *enrollment);

/** @return the first observed year.  @since 0.4 */
EDUBAL_API int edubal_enrollment_first_year(const edubal_enrollment *enrollment);

/** @return years held, observed and projected.  @since 0.4 */
EDUBAL_API size_t edubal_enrollment_years(const edubal_enrollment *enrollment);

/** @return how many of the years were observed (the rest are projected).
 *  @since 0.4 */
EDUBAL_API size_t edubal_enrollment_observed_years(
	const edubal_enrollment *enrollment);

/** @return the number of grades.  @since 0.4 */
EDUBAL_API size_t edubal_enrollment_grades(const edubal_enrollment *enrollment);

/** @return E(grade, first_year + year_index), NaN out of range.  @since 0.4 */
EDUBAL_API double edubal_enrollment_students(
	const edubal_enrollment *enrollment, size_t year_index, size_t grade);

/** @return Σ over grades g_lo..g_hi of year_index, NaN out of range.
 *  @since 0.4 */
EDUBAL_API double edubal_enrollment_sum(const edubal_enrollment *enrollment,
	size_t year_index, size_t g_lo, size_t g_hi);

/** @return the fitted ratio of grade g to g+1, NaN out of range.  @since 0.4 */
EDUBAL_API double edubal_enrollment_ratio(const edubal_enrollment *enrollment,
	size_t grade);

/** @return the intake rate used (given or fitted).  @since 0.4 */
EDUBAL_API double edubal_enrollment_intake_rate(
	const edubal_enrollment *enrollment);

/**
 * Render as text or JSON (docs/projections.md).
 * @param labels n_labels grade names ("K1", "1", ...), or NULL for 1, 2, ...
 * @param[out] out_text new string; free with edubal_free().
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_enrollment_render(
	const edubal_enrollment *enrollment, const char *const *labels,
	size_t n_labels, enum edubal_report_format format, char **out_text,
	edubal_error *err);

/* ---- §7.3 seats, §7.4 teachers, §7.5 preschool --------------------------- */

/**
 * Planning-standard seat demand: out[i] = residents[i] / 1000 · per_1000.
 * @param[out] out n seats, written only on success (out_len == n).
 * @retval EDUBAL_EINVAL NULL, a negative or non-finite resident count
 *         (@p err names the element) or per_1000, out_len != n.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_project_standard_seats(
	const double *residents, size_t n, double per_1000, double *out,
	size_t out_len, edubal_error *err);

/**
 * Classes: out[i] = ceil(students[i] / class_size), class_size > 0.
 * @retval EDUBAL_EINVAL NULL, negative or non-finite students, class_size
 *         <= 0, out_len != n.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_project_classes(const double *students,
	size_t n, double class_size, double *out, size_t out_len,
	edubal_error *err);

/**
 * Seat gap and new schools: gap[i] = demand[i] − capacity (negative: spare
 * seats); schools[i] = ceil(max(gap[i], 0) / school_seats), school_seats
 * > 0 the seats of the chosen standard school size.
 * @retval EDUBAL_EINVAL NULL, negative demand or capacity, school_seats
 *         <= 0, a length != n.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_project_seat_gap(const double *demand,
	size_t n, double capacity, double school_seats, double *out_gap,
	size_t gap_len, double *out_schools, size_t schools_len,
	edubal_error *err);

/**
 * Teachers required (SPEC §7.4): required[i] = max(ceil(students[i] /
 * students_per_teacher), classes[i] · teachers_per_class); pass classes =
 * NULL, n_classes = 0 where the class-based rule does not apply (it applies
 * to small rural schools and teaching points).  gap[i] = required[i] −
 * current_staff (negative: surplus).
 * @retval EDUBAL_EINVAL NULL, negative students or classes, n_classes
 *         neither 0 nor n, students_per_teacher <= 0, a negative
 *         teachers_per_class or current_staff, a length != n.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_project_teachers(const double *students,
	size_t n, const double *classes, size_t n_classes,
	double students_per_teacher, double teachers_per_class,
	double current_staff, double *out_required, size_t required_len,
	double *out_gap, size_t gap_len, edubal_error *err);

/**
 * Preschool seats for targets (SPEC §7.5): seats[i] = ceil(children_3_5[i]
 * · target_ger); public[i] = ceil(seats[i] · public_share); inclusive[i] =
 * ceil(seats[i] · inclusive_share) (public plus certified-inclusive
 * private).  Rates in [0, 2] for GER and [0, 1] for shares.
 * @retval EDUBAL_EINVAL NULL, negative children, a rate out of range, a
 *         length != n.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_project_preschool(const double *children_3_5,
	size_t n, double target_ger, double public_share, double inclusive_share,
	double *out_seats, size_t seats_len, double *out_public,
	size_t public_len, double *out_inclusive, size_t inclusive_len,
	edubal_error *err);

/* ---- §7.6 trajectories, §7 scenario bands ------------------------------- */

/** Shape of a path to a target.  ABI, append only. */
enum edubal_path_kind {
	/** Equal steps: v(y) = v₀ + (target − v₀)·(y − y₀)/(Y − y₀). */
	EDUBAL_PATH_LINEAR = 0,
	/**
	 * Close at least a fraction f of what remains each year:
	 * v(y) = v(y−1) + f·(target − v(y−1)), and v(Y) = target.
	 */
	EDUBAL_PATH_FRACTION = 1
};

/**
 * The yearly path from @p base_value in @p base_year to @p target in
 * @p target_year: out[i] for year base_year + i, out_len = target_year −
 * base_year + 1 (> 1).  @p fraction in (0, 1] for EDUBAL_PATH_FRACTION,
 * ignored otherwise.
 * @retval EDUBAL_EINVAL non-finite values, target_year <= base_year,
 *         out_len wrong, fraction outside (0, 1], unknown kind.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_trajectory_path(double base_value,
	int base_year, double target, int target_year, enum edubal_path_kind kind,
	double fraction, double *out, size_t out_len, edubal_error *err);

/**
 * Check an observed series against a path of the same years: shortfall[i]
 * = how far observed[i] is behind path[i] toward the target (positive:
 * behind, <= 0: on track), given that the path rises when @p rising != 0
 * and falls otherwise.  @p out_behind counts years behind.
 * @retval EDUBAL_EINVAL NULL, NaN/Inf, n_observed != n, a length != n.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_trajectory_check(const double *path,
	size_t n, const double *observed, size_t n_observed, int rising,
	double *out_shortfall, size_t shortfall_len, size_t *out_behind,
	edubal_error *err);

/**
 * The first year in which a series (years first_year ..) meets a target:
 * value >= target when @p rising != 0, value <= target otherwise.
 * @param[out] out_year that year, or first_year − 1 when never met.
 * @param[out] out_met 1 when met, 0 otherwise.
 * @retval EDUBAL_EINVAL NULL, NaN/Inf in the series or target.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_trajectory_attainment(int first_year,
	const double *series, size_t n, double target, int rising, int *out_year,
	int *out_met, edubal_error *err);

/**
 * A band over scenario results: out_low[i] = min(a[i], b[i], c[i]),
 * out_high[i] = max(...), for the outputs of the low, medium and high
 * scenarios (any order: a ratio method need not order its outputs).
 * @retval EDUBAL_EINVAL NULL, NaN/Inf, differing lengths.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_project_band(const double *a, size_t n,
	const double *b, size_t n_b, const double *c, size_t n_c,
	double *out_low, size_t low_len, double *out_high, size_t high_len,
	edubal_error *err);

/* ---- projection inputs (SCHEMA.md "Projection inputs") ------------------ */

/** The projection input files of one county, read and checked. */
typedef struct edubal_inputs edubal_inputs;

/**
 * Read population.csv (county_id, year, age, count), births.csv
 * (county_id, year, births), enrollment.csv (county_id, year, grade
 * K1–K3 or 1–12, students) and capacity.csv (county_id, section preschool,
 * primary, junior or senior, seats); any path may be NULL.  Only the rows
 * of @p county_id are kept (NULL: the files must hold one county).
 * Rejected with file, row, column, value and reason: a year or age that
 * is not a whole number (ages 0–120), a negative count, a repeated key, a
 * gap in the years, a year lacking an age or a grade that other years
 * have, an unknown grade or section.
 * @param[out] out_inputs new handle; free with edubal_inputs_free().
 * @retval EDUBAL_EIO a file cannot be read.
 * @retval EDUBAL_EDATA bad data, as above.
 * @retval EDUBAL_ENOTFOUND a required column is missing.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_inputs_read(const char *population,
	const char *births, const char *enrollment, const char *capacity,
	const char *county_id, edubal_inputs **out_inputs, edubal_error *err);

/** Free the inputs; NULL is a no-op.  @since 0.4 */
EDUBAL_API void edubal_inputs_free(edubal_inputs *inputs);

/** @return the county read (borrowed), "" if none.  @since 0.4 */
EDUBAL_API const char *edubal_inputs_county(const edubal_inputs *inputs);

/** @return the first year of population.csv.  @since 0.4 */
EDUBAL_API int edubal_inputs_population_first_year(const edubal_inputs *inputs);

/** @return the years of population.csv (0 if not read).  @since 0.4 */
EDUBAL_API size_t edubal_inputs_population_years(const edubal_inputs *inputs);

/** @return the number of single ages, 0 .. oldest.  @since 0.4 */
EDUBAL_API size_t edubal_inputs_population_ages(const edubal_inputs *inputs);

/** Copy the counts by age of one year into out[0 .. ages).  @since 0.4 */
EDUBAL_API edubal_status edubal_inputs_population(const edubal_inputs *inputs,
	size_t year_index, double *out, size_t out_len, edubal_error *err);

/** @return the first year of births.csv.  @since 0.4 */
EDUBAL_API int edubal_inputs_births_first_year(const edubal_inputs *inputs);

/** @return the years of births.csv (0 if not read).  @since 0.4 */
EDUBAL_API size_t edubal_inputs_births_years(const edubal_inputs *inputs);

/** Copy the births of every year into out.  @since 0.4 */
EDUBAL_API edubal_status edubal_inputs_births(const edubal_inputs *inputs,
	double *out, size_t out_len, edubal_error *err);

/** @return the first year of enrollment.csv.  @since 0.4 */
EDUBAL_API int edubal_inputs_enrollment_first_year(const edubal_inputs *inputs);

/** @return the years of enrollment.csv (0 if not read).  @since 0.4 */
EDUBAL_API size_t edubal_inputs_enrollment_years(const edubal_inputs *inputs);

/** @return 1 if enrollment.csv has the grade ("K1", "7"), else 0.  @since 0.4 */
EDUBAL_API int edubal_inputs_has_grade(const edubal_inputs *inputs,
	const char *grade);

/** Copy the students of one grade, every year, into out.  @since 0.4 */
EDUBAL_API edubal_status edubal_inputs_enrollment(const edubal_inputs *inputs,
	const char *grade, double *out, size_t out_len, edubal_error *err);

/**
 * @return the spreadsheet row of enrollment.csv that gave the students of
 * @p grade in year index @p year_index (0 if none), so that a model error
 * about a year and grade can name the row.
 * @since 0.4
 */
EDUBAL_API size_t edubal_inputs_enrollment_row(const edubal_inputs *inputs,
	const char *grade, size_t year_index);

/** @return enrollment.csv as named when read (borrowed), "" if none.
 *  @since 0.4 */
EDUBAL_API const char *edubal_inputs_enrollment_source(
	const edubal_inputs *inputs);

/** The seats of a section in capacity.csv.
 *  @retval EDUBAL_ENOTFOUND the section was not given.  @since 0.4 */
EDUBAL_API edubal_status edubal_inputs_capacity(const edubal_inputs *inputs,
	const char *section, double *out_seats, edubal_error *err);

#ifdef __cplusplus
}
#endif

#endif /* EDUBAL_PROJECT_H */
