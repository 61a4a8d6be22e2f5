/*
 * tools/edubal/project_run.c - run the SPEC §7 models for one scenario:
 * population, then enrollment chains fed by it, then seats, teachers and
 * preschool targets per section, as named series over the output years.
 * All arithmetic is the library's; this file only wires arrays together.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "project_cli.h"

const char *const project_sections[SECTIONS] = {"preschool", "primary",
	"junior", "senior"};

/* Grades of each section: K1–K3, 1–6, 7–9, 10–12. */
static const char *const grade_names[15] = {"K1", "K2", "K3", "1", "2", "3",
	"4", "5", "6", "7", "8", "9", "10", "11", "12"};
static const size_t section_first[SECTIONS] = {0, 3, 9, 12};
static const size_t section_last[SECTIONS] = {2, 8, 11, 14};

struct series *
project_series(struct project_result *r, const char *name)
{
	for (size_t i = 0; i < r->n; i++) {
		if (strcmp(r->s[i].name, name) == 0)
			return &r->s[i];
	}
	if (r->n == MAX_SERIES)
		return NULL;
	struct series *s = &r->s[r->n++];
	snprintf(s->name, sizeof s->name, "%s", name);
	return s;
}

/* Store out[0..years) as series "prefix_name" of scenario sc. */
static int
store(struct project_result *r, size_t sc, const char *prefix,
	const char *name, const double *x)
{
	char full[48];
	snprintf(full, sizeof full, "%s%s%s", prefix ? prefix : "",
		prefix ? "_" : "", name);
	struct series *s = project_series(r, full);
	if (!s)
		return cli_fail(EDUBAL_EINTERNAL, NULL);
	memcpy(s->v[sc], x, r->years * sizeof *x);
	return -1;
}

static const double *
get(struct project_result *r, const char *prefix, const char *name,
	size_t sc)
{
	char full[48];
	snprintf(full, sizeof full, "%s_%s", prefix, name);
	for (size_t i = 0; i < r->n; i++) {
		if (strcmp(r->s[i].name, full) == 0)
			return r->s[i].v[sc];
	}
	return NULL;
}

static edubal_status
build_cohort(const struct project_options *o, const edubal_inputs *in,
	size_t sc, edubal_cohort *c, edubal_error *err)
{
	size_t A = edubal_inputs_population_ages(in);
	size_t last = edubal_inputs_population_years(in) - 1;
	double *x = malloc((A > 35 ? A : 35) * sizeof *x);
	if (!x)
		return EDUBAL_ENOMEM;
	edubal_status st = edubal_inputs_population(in, last, x, A, err);
	if (st == EDUBAL_OK)
		st = edubal_cohort_set_base(c, edubal_inputs_population_first_year(in)
			+ (int) last, x, A, err);
	for (size_t a = 0; a < A; a++)
		x[a] = o->survival;
	if (st == EDUBAL_OK)
		st = edubal_cohort_set_survival(c, x, A, err);
	int counts = o->migration_count != 0;
	for (size_t a = 0; a < A; a++)
		x[a] = counts ? o->migration_count : o->migration_rate;
	if (st == EDUBAL_OK && (counts || o->migration_rate != 0))
		st = edubal_cohort_set_migration(c, counts ? EDUBAL_MIGRATION_COUNTS
			: EDUBAL_MIGRATION_RATES, x, A, err);
	size_t nb = edubal_inputs_births_years(in);
	double *b = nb ? malloc(nb * sizeof *b) : NULL;
	if (st == EDUBAL_OK && nb && (st = edubal_inputs_births(in, b, nb, err))
	    == EDUBAL_OK)
		st = edubal_cohort_set_births(c, edubal_inputs_births_first_year(in),
			b, nb, err);
	free(b);
	for (size_t a = 0; a < 35; a++)
		x[a] = o->asfr;
	if (st == EDUBAL_OK && !isnan(o->asfr))
		st = edubal_cohort_set_fertility(c, x, 35, o->female_share, err);
	if (st == EDUBAL_OK)
		st = edubal_cohort_set_births_method(c, o->births_method, err);
	if (st == EDUBAL_OK && sc > 0)
		st = edubal_cohort_set_scenario(c, o->births_band[sc - 1],
			o->migration_band[sc - 1], err);
	free(x);
	return st;
}

static int
population_series(struct project_result *r, size_t sc,
	const edubal_population *p)
{
	static const struct { const char *name; size_t lo, hi; } groups[] = {
		{"age_3_5", 3, 5}, {"age_6_11", 6, 11}, {"age_12_14", 12, 14},
		{"age_15_17", 15, 17}, {"total", 0, (size_t) -1}};
	double x[MAX_YEARS];
	for (size_t y = 0; y < r->years; y++)
		x[y] = edubal_population_births(p, y + 1);
	int rc = store(r, sc, "population", "births", x);
	for (size_t i = 0; rc < 0 && i < sizeof groups / sizeof *groups; i++) {
		for (size_t y = 0; y < r->years; y++)
			x[y] = edubal_population_group(p, y + 1, groups[i].lo,
				groups[i].hi);
		rc = store(r, sc, "population", groups[i].name, x);
	}
	for (size_t a = 0; rc < 0 && a < edubal_population_ages(p); a++) {
		char name[24];
		snprintf(name, sizeof name, "%zu", a);
		for (size_t y = 0; y < r->years; y++)
			x[y] = edubal_population_count(p, y + 1, a);
		rc = store(r, sc, "age", name, x);
	}
	return rc;
}

/*
 * The intake source of a chain entering at entry_age, years from its
 * first year to o->to: the population of that age (population.csv up to
 * the base year, projected after it) or the births entry_age years
 * earlier (births.csv up to the base year, projected after).  A year the
 * files lack is NaN, which the library rejects naming the element.
 */
static double *
intake_source(const struct project_options *o, const edubal_inputs *in,
	const edubal_population *p, size_t entry_age, int *first_year)
{
	int base = edubal_population_first_year(p);
	int births = o->intake_births;
	int first = births ? edubal_inputs_births_first_year(in)
	                   : edubal_inputs_population_first_year(in);
	size_t n_file = births ? edubal_inputs_births_years(in)
	                       : edubal_inputs_population_years(in);
	size_t A = edubal_inputs_population_ages(in);
	size_t n = (size_t) (o->to - first) + 1;
	size_t cap = n_file > A ? n_file : A;
	double *src = malloc(n * sizeof *src), *file = malloc(cap * sizeof *file);
	if (!src || !file || (births &&
	    edubal_inputs_births(in, file, n_file, NULL) != EDUBAL_OK)) {
		free(src);
		free(file);
		return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		int year = first + (int) i;
		size_t y = (size_t) (year - base);
		if (year > base)
			src[i] = births ? edubal_population_births(p, y) :
				edubal_population_count(p, y, entry_age);
		else if (i >= n_file)
			src[i] = NAN;
		else if (births)
			src[i] = file[i];
		else
			src[i] = edubal_inputs_population(in, i, file, A, NULL) ==
				EDUBAL_OK ? file[entry_age] : NAN;
	}
	free(file);
	*first_year = first;
	return src;
}

/* The grades of a chain: from `first` on, while enrollment.csv has them. */
static size_t
chain_length(const edubal_inputs *in, size_t first, size_t last)
{
	size_t n = 0;
	while (first + n <= last && edubal_inputs_has_grade(in,
	                                                 grade_names[first + n]))
		n++;
	return n;
}

static enum edubal_ratio_method
method_of(const struct project_options *o, size_t sc)
{
	return sc == 0 ? o->ratio_method : o->ratio_band[sc - 1];
}

/* Record the fitted ratios of the medium scenario for the output. */
static void
note_ratios(struct project_result *r, const edubal_enrollment *e,
	size_t first)
{
	size_t G = edubal_enrollment_grades(e), used = strlen(r->ratio_text);
	for (size_t g = 0; g + 1 < G; g++) {
		double ratio = edubal_enrollment_ratio(e, g);
		json_array_append_new(r->ratios, json_pack("{s:s, s:s, s:f}",
			"from", grade_names[first + g], "to", grade_names[first + g + 1],
			"ratio", ratio));
		int k = snprintf(r->ratio_text + used, sizeof r->ratio_text - used,
			"  %s -> %s: %.6f\n", grade_names[first + g],
			grade_names[first + g + 1], ratio);
		used += k > 0 ? (size_t) k : 0;
		if (used >= sizeof r->ratio_text)
			used = sizeof r->ratio_text - 1;
	}
	json_array_append_new(r->ratios, json_pack("{s:s, s:s, s:f}", "from",
		first == 0 ? "population age 3" : "population age 6", "to",
		grade_names[first], "ratio", edubal_enrollment_intake_rate(e)));
	snprintf(r->ratio_text + used, sizeof r->ratio_text - used,
		"  intake of %s: %.6f\n", grade_names[first],
		edubal_enrollment_intake_rate(e));
}

/* Students of each section the chain covers, over the output years. */
static int
chain_series(struct project_result *r, size_t sc, const edubal_enrollment *e,
	size_t first, size_t G)
{
	int e_first = edubal_enrollment_first_year(e);
	for (size_t g = 0; g < G; g++) {
		double x[MAX_YEARS];
		for (size_t y = 0; y < r->years; y++)
			x[y] = edubal_enrollment_students(e, (size_t) (r->first_year +
				(int) y - e_first), g);
		int rc = store(r, sc, "grade", grade_names[first + g], x);
		if (rc >= 0)
			return rc;
	}
	for (size_t s = 0; s < SECTIONS; s++) {
		size_t lo = section_first[s], hi = section_last[s];
		if (lo < first || lo >= first + G)
			continue;
		hi = hi < first + G - 1 ? hi : first + G - 1;
		double x[MAX_YEARS];
		for (size_t y = 0; y < r->years; y++)
			x[y] = edubal_enrollment_sum(e, (size_t) (r->first_year + (int) y
				- e_first), lo - first, hi - first);
		int rc = store(r, sc, project_sections[s], "students", x);
		if (rc >= 0)
			return rc;
	}
	return -1;
}

/*
 * A zero denominator in fitting names a year index (row) and a grade of
 * the chain (column "grade N"): restate it as the enrollment.csv cell.
 */
static int
chain_error(const edubal_inputs *in, size_t first, edubal_status st,
	const edubal_error *err)
{
	size_t g = 0, y = edubal_error_row(err);
	if (st != EDUBAL_EDOM || y == 0 ||
	    sscanf(edubal_error_column(err), "grade %zu", &g) != 1 || g == 0)
		return cli_fail(st, err);
	const char *from = grade_names[first + g - 1], *to = grade_names[first + g];
	int year = edubal_inputs_enrollment_first_year(in) + (int) y - 1;
	fprintf(stderr, "edubal: %s: row %zu, column \"students\": value \"0\": "
	        "grade %s has no students in %d, so the ratio to grade %s in %d "
	        "would be infinite\n", edubal_inputs_enrollment_source(in),
	        edubal_inputs_enrollment_row(in, from, y - 1), from, year, to,
	        year + 1);
	return cli_fail_status(st);
}

static int
run_chain(const struct project_options *o, const edubal_inputs *in,
	const edubal_population *p, size_t sc, size_t first, size_t last,
	struct project_result *r, edubal_error *err)
{
	size_t G = chain_length(in, first, last);
	if (G < 2)
		return -1;
	size_t years = edubal_inputs_enrollment_years(in);
	size_t entry_age = first == 0 ? 3 : 6;
	double *obs = malloc(years * G * sizeof *obs), *col = malloc(years *
		sizeof *col);
	int src_first = 0;
	double *src = intake_source(o, in, p, o->intake_births ? 0 : entry_age,
		&src_first);
	edubal_grades *m = edubal_grades_new();
	edubal_enrollment *e = NULL;
	edubal_status st = obs && col && src && m ? EDUBAL_OK : EDUBAL_ENOMEM;
	for (size_t g = 0; st == EDUBAL_OK && g < G; g++) {
		st = edubal_inputs_enrollment(in, grade_names[first + g], col, years,
			err);
		for (size_t y = 0; st == EDUBAL_OK && y < years; y++)
			obs[y * G + g] = col[y];
	}
	if (st == EDUBAL_OK)
		st = edubal_grades_set_observed(m, edubal_inputs_enrollment_first_year(
			in), obs, years * G, G, err);
	if (st == EDUBAL_OK)
		st = edubal_grades_set_fit(m, method_of(o, sc), o->k, err);
	if (st == EDUBAL_OK)
		st = edubal_grades_set_intake(m, src_first, src, (size_t) (o->to -
			src_first) + 1, o->intake_births ? (int) entry_age : 0, NAN, err);
	if (st == EDUBAL_OK)
		st = edubal_grades_project(m, o->to, &e, err);
	int rc = st == EDUBAL_OK ? chain_series(r, sc, e, first, G) :
		chain_error(in, first, st, err);
	if (rc < 0 && sc == 0)
		note_ratios(r, e, first);
	edubal_enrollment_free(e);
	edubal_grades_free(m);
	free(obs);
	free(col);
	free(src);
	return rc;
}

static double
given(const struct per_section *ps, size_t s)
{
	return ps->v[s];
}

/* Seats, classes, gap and schools of one section (SPEC §7.3). */
static int
section_seats(const struct project_options *o, const edubal_inputs *in,
	struct project_result *r, size_t sc, size_t s, edubal_error *err)
{
	const char *name = project_sections[s];
	const double *students = get(r, name, "students", sc);
	const double *residents = get(r, "population", "total", sc);
	double need[MAX_YEARS], x[MAX_YEARS], y[MAX_YEARS], capacity;
	size_t n = r->years;
	edubal_status st = EDUBAL_OK;
	memcpy(need, students, n * sizeof *need);
	int rc = -1;
	if (!isnan(given(&o->per_1000, s))) {
		/* The plans count urban residents: the share of the population
		 * that --urban-share says lives in towns. */
		double urban[MAX_YEARS];
		for (size_t i = 0; i < n; i++)
			urban[i] = residents[i] * o->urban_share;
		st = edubal_project_standard_seats(urban, n,
			given(&o->per_1000, s), x, n, err);
		if (st == EDUBAL_OK && (rc = store(r, sc, name, "standard_seats", x))
		    < 0)
			for (size_t i = 0; i < n; i++)
				need[i] = fmax(need[i], x[i]);
	}
	if (st == EDUBAL_OK && rc < 0)
		rc = store(r, sc, name, "seats_needed", need);
	if (st == EDUBAL_OK && rc < 0 && !isnan(given(&o->class_size, s)) &&
	    (st = edubal_project_classes(students, n, given(&o->class_size, s), x,
	                                 n, err)) == EDUBAL_OK)
		rc = store(r, sc, name, "classes", x);
	if (st == EDUBAL_OK && rc < 0 &&
	    edubal_inputs_capacity(in, name, &capacity, NULL) == EDUBAL_OK) {
		double seats = isnan(given(&o->school_seats, s)) ? 1.0 :
			given(&o->school_seats, s);
		st = edubal_project_seat_gap(need, n, capacity, seats, x, n, y, n,
			err);
		if (st == EDUBAL_OK)
			rc = store(r, sc, name, "seat_gap", x);
		if (st == EDUBAL_OK && rc < 0 && !isnan(given(&o->school_seats, s)))
			rc = store(r, sc, name, "new_schools", y);
	}
	return st == EDUBAL_OK ? rc : cli_fail(st, err);
}

/* Teachers of one section (SPEC §7.4). */
static int
section_teachers(const struct project_options *o, struct project_result *r,
	size_t sc, size_t s, edubal_error *err)
{
	const char *name = project_sections[s];
	const double *students = get(r, name, "students", sc);
	const double *classes = get(r, name, "classes", sc);
	double req[MAX_YEARS], gap[MAX_YEARS];
	size_t n = r->years;
	int class_rule = !isnan(o->class_teachers) && classes;
	double staff = isnan(given(&o->staff, s)) ? 0 : given(&o->staff, s);
	if (isnan(given(&o->ratio, s)))
		return -1;
	edubal_status st = edubal_project_teachers(students, n,
		class_rule ? classes : NULL, class_rule ? n : 0, given(&o->ratio, s),
		class_rule ? o->class_teachers : 0, staff, req, n, gap, n, err);
	if (st != EDUBAL_OK)
		return cli_fail(st, err);
	int rc = store(r, sc, name, "teachers", req);
	if (rc < 0 && !isnan(given(&o->staff, s)))
		rc = store(r, sc, name, "teacher_gap", gap);
	return rc;
}

/* Preschool seats for the target GER and shares (SPEC §7.5). */
static int
preschool_targets(const struct project_options *o, const edubal_inputs *in,
	struct project_result *r, size_t sc, edubal_error *err)
{
	const double *children = get(r, "population", "age_3_5", sc);
	double seats[MAX_YEARS], pub[MAX_YEARS], inc[MAX_YEARS], capacity;
	size_t n = r->years;
	edubal_status st = edubal_project_preschool(children, n, o->ger,
		o->public_share, o->inclusive_share, seats, n, pub, n, inc, n, err);
	if (st != EDUBAL_OK)
		return cli_fail(st, err);
	int rc = store(r, sc, "preschool", "target_seats", seats);
	if (rc < 0)
		rc = store(r, sc, "preschool", "public_seats", pub);
	if (rc < 0)
		rc = store(r, sc, "preschool", "inclusive_seats", inc);
	if (rc < 0 && edubal_inputs_capacity(in, "preschool", &capacity, NULL) ==
	    EDUBAL_OK) {
		for (size_t i = 0; i < n; i++)
			seats[i] -= capacity;
		rc = store(r, sc, "preschool", "target_gap", seats);
	}
	return rc;
}

int
project_run(const struct project_options *o, const edubal_inputs *in,
	size_t sc, struct project_result *r, edubal_error *err)
{
	edubal_cohort *c = edubal_cohort_new();
	edubal_population *p = NULL;
	if (!c)
		return cli_fail(EDUBAL_ENOMEM, NULL);
	edubal_status st = build_cohort(o, in, sc, c, err);
	if (st == EDUBAL_OK)
		st = edubal_cohort_project(c, o->to, &p, err);
	edubal_cohort_free(c);
	if (st != EDUBAL_OK)
		return cli_fail(st, err);
	r->first_year = edubal_population_first_year(p) + 1;
	r->years = edubal_population_years(p) - 1;
	int rc = population_series(r, sc, p);
	int wants_school = strcmp(o->command, "population") != 0 &&
	                   strcmp(o->command, "preschool") != 0;
	if (rc < 0 && wants_school)
		rc = run_chain(o, in, p, sc, 0, 2, r, err);
	if (rc < 0 && wants_school)
		rc = run_chain(o, in, p, sc, 3, 14, r, err);
	edubal_population_free(p);
	for (size_t s = 0; rc < 0 && wants_school && s < SECTIONS; s++) {
		if (!get(r, project_sections[s], "students", sc))
			continue;
		rc = section_seats(o, in, r, sc, s, err);
		if (rc < 0)
			rc = section_teachers(o, r, sc, s, err);
	}
	if (rc < 0 && !isnan(o->ger))
		rc = preschool_targets(o, in, r, sc, err);
	return rc;
}
