/*
 * tests/unit/test_project.c - unit tests of edubal/project.h, the
 * projection models of SPEC §7.1–§7.6.
 *
 * Every expected value is worked out by hand beside the assertion, from the
 * formulas of SPEC §7, never taken from the code's own output.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

#define LEN(a) (sizeof (a) / sizeof *(a))
#define TOL 1e-12
#define SENTINEL 42.0

#define ASSERT_REL(got, want) do { \
	double got_ = (got), want_ = (want); \
	double lim_ = TOL * (want_ == 0.0 ? 1.0 : fabs(want_)); \
	ck_assert_msg(fabs(got_ - want_) <= lim_, "%s = %.17g, want %.17g", \
		#got, got_, want_); \
} while (0)

#define ASSERT_OK(call) do { \
	edubal_status s_ = (call); \
	ck_assert_msg(s_ == EDUBAL_OK, "%s failed: %s", #call, \
		edubal_error_message(err)); \
} while (0)

/* The call fails with status, a message containing needle, and row. */
#define ASSERT_FAILS(call, status, needle, row) do { \
	edubal_error_clear(err); \
	edubal_status s_ = (call); \
	ck_assert_int_eq(s_, (status)); \
	ck_assert_msg(strstr(edubal_error_message(err), (needle)) != NULL, \
		"message \"%s\" lacks \"%s\"", edubal_error_message(err), (needle)); \
	ck_assert_uint_eq(edubal_error_row(err), (row)); \
} while (0)

static edubal_error *err;
static const char *root = ".";   /* source root, argv[1] */

/* tests/data/project/NAME under the source root. */
static const char *
data(const char *name)
{
	static char path[4][1024];
	static int next;
	char *p = path[next++ % 4];
	snprintf(p, sizeof path[0], "%s/tests/data/project/%s", root, name);
	return p;
}

static void
setup(void)
{
	err = edubal_error_new();
	ck_assert_ptr_nonnull(err);
}

static void
teardown(void)
{
	edubal_error_free(err);
}

/* ---- §7.1 population ------------------------------------------------- */

/* SPEC §7.1: survival 1 and no migration shift each cohort one age up a
 * year, exactly; the open age 4 gathers ages 3 and 4. */
START_TEST(test_population_shifted_cohorts)
{
	double base[] = {10, 20, 30, 40, 50}, births[] = {11, 12};
	edubal_cohort *c = edubal_cohort_new();
	edubal_population *p = NULL;
	ASSERT_OK(edubal_cohort_set_base(c, 2020, base, LEN(base), err));
	ASSERT_OK(edubal_cohort_set_births(c, 2021, births, 2, err));
	ASSERT_OK(edubal_cohort_project(c, 2022, &p, err));
	ck_assert_int_eq(edubal_population_first_year(p), 2020);
	ck_assert_uint_eq(edubal_population_years(p), 3);
	ck_assert_uint_eq(edubal_population_ages(p), 5);
	double y2021[] = {11, 10, 20, 30, 40 + 50};
	double y2022[] = {12, 11, 10, 20, 30 + 90};
	for (size_t a = 0; a < 5; a++) {
		ck_assert(edubal_population_count(p, 0, a) == base[a]);
		ck_assert(edubal_population_count(p, 1, a) == y2021[a]);
		ck_assert(edubal_population_count(p, 2, a) == y2022[a]);
	}
	ck_assert(isnan(edubal_population_births(p, 0)));
	ck_assert(edubal_population_births(p, 2) == 12);
	ck_assert(isnan(edubal_population_count(p, 3, 0)));
	ck_assert(isnan(edubal_population_count(p, 0, 5)));
	edubal_population_free(p);
	edubal_cohort_free(c);
}
END_TEST

/* SPEC §7.1 by hand: survival, migration counts and birth survival. */
START_TEST(test_population_hand)
{
	double base[] = {100, 80, 60}, s[] = {0.9, 0.8, 0.5}, m[] = {2, -4, 1};
	double births[] = {50};
	edubal_cohort *c = edubal_cohort_new();
	edubal_population *p = NULL;
	ASSERT_OK(edubal_cohort_set_base(c, 2020, base, 3, err));
	ASSERT_OK(edubal_cohort_set_survival(c, s, 3, err));
	ASSERT_OK(edubal_cohort_set_migration(c, EDUBAL_MIGRATION_COUNTS, m, 3,
		err));
	ASSERT_OK(edubal_cohort_set_birth_survival(c, 0.98, err));
	ASSERT_OK(edubal_cohort_set_births(c, 2021, births, 1, err));
	ASSERT_OK(edubal_cohort_project(c, 2022, &p, err));
	/* 2021: 50·0.98 = 49; 100·0.9 + 2 = 92; 80·0.8 − 4 + 60·0.5 + 1 = 91 */
	ASSERT_REL(edubal_population_count(p, 1, 0), 49);
	ASSERT_REL(edubal_population_count(p, 1, 1), 92);
	ASSERT_REL(edubal_population_count(p, 1, 2), 91);
	/* 2022, births constant at 50: 49; 49·0.9 + 2 = 46.1;
	 * 92·0.8 − 4 + 91·0.5 + 1 = 73.6 − 4 + 45.5 + 1 = 116.1 */
	ASSERT_REL(edubal_population_count(p, 2, 0), 49);
	ASSERT_REL(edubal_population_count(p, 2, 1), 46.1);
	ASSERT_REL(edubal_population_count(p, 2, 2), 116.1);
	ASSERT_REL(edubal_population_group(p, 2, 1, 2), 46.1 + 116.1);
	edubal_population_free(p);
	edubal_cohort_free(c);
}
END_TEST

/* SPEC §7.1 migration as rates: M(a,t) = r(a)·P(a,t). */
START_TEST(test_population_migration_rates)
{
	double base[] = {100, 100}, r[] = {0.1, -0.2}, births[] = {10};
	edubal_cohort *c = edubal_cohort_new();
	edubal_population *p = NULL;
	ASSERT_OK(edubal_cohort_set_base(c, 2020, base, 2, err));
	ASSERT_OK(edubal_cohort_set_migration(c, EDUBAL_MIGRATION_RATES, r, 2,
		err));
	ASSERT_OK(edubal_cohort_set_births(c, 2021, births, 1, err));
	ASSERT_OK(edubal_cohort_project(c, 2021, &p, err));
	/* open age 1: (100 + 0.1·100) + (100 − 0.2·100) = 110 + 80 = 190 */
	ASSERT_REL(edubal_population_count(p, 1, 0), 10);
	ASSERT_REL(edubal_population_count(p, 1, 1), 190);
	edubal_population_free(p);
	edubal_cohort_free(c);
}
END_TEST

/* Totals conserved: with survival 1 and no migration, every year's total
 * is last year's plus the births. */
START_TEST(test_population_totals_conserved)
{
	double base[30], births[] = {300, 310, 290, 280, 305, 299};
	for (size_t a = 0; a < LEN(base); a++)
		base[a] = 100.0 + 7.0 * (double) a;
	edubal_cohort *c = edubal_cohort_new();
	edubal_population *p = NULL;
	ASSERT_OK(edubal_cohort_set_base(c, 2020, base, LEN(base), err));
	ASSERT_OK(edubal_cohort_set_births(c, 2021, births, LEN(births), err));
	ASSERT_OK(edubal_cohort_project(c, 2030, &p, err));
	for (size_t y = 1; y < edubal_population_years(p); y++)
		ASSERT_REL(edubal_population_group(p, y, 0, 29),
			edubal_population_group(p, y - 1, 0, 29) +
			edubal_population_births(p, y));
	/* years after 2026 carry the last births, 299, on */
	ck_assert(edubal_population_births(p, 10) == 299);
	edubal_population_free(p);
	edubal_cohort_free(c);
}
END_TEST

/* More births never give fewer people of any age in any year. */
START_TEST(test_population_monotone_in_births)
{
	double base[20], s[20], births[] = {200, 210, 190};
	for (size_t a = 0; a < 20; a++) {
		base[a] = 50.0 + (double) a;
		s[a] = 0.99;
	}
	edubal_population *p[3] = {NULL, NULL, NULL};
	double factor[3] = {0.9, 1.0, 1.1};
	for (size_t i = 0; i < 3; i++) {
		edubal_cohort *c = edubal_cohort_new();
		ASSERT_OK(edubal_cohort_set_base(c, 2020, base, 20, err));
		ASSERT_OK(edubal_cohort_set_survival(c, s, 20, err));
		ASSERT_OK(edubal_cohort_set_births(c, 2021, births, 3, err));
		ASSERT_OK(edubal_cohort_set_births_method(c, EDUBAL_BIRTHS_LINEAR,
			err));
		ASSERT_OK(edubal_cohort_set_scenario(c, factor[i], 1.0, err));
		ASSERT_OK(edubal_cohort_project(c, 2035, &p[i], err));
		edubal_cohort_free(c);
	}
	for (size_t y = 0; y < 16; y++) {
		for (size_t a = 0; a < 20; a++) {
			ck_assert(edubal_population_count(p[0], y, a) <=
			          edubal_population_count(p[1], y, a));
			ck_assert(edubal_population_count(p[1], y, a) <=
			          edubal_population_count(p[2], y, a));
		}
	}
	/* and strictly more children aged 0-5 in 2030 */
	ck_assert(edubal_population_group(p[0], 10, 0, 5) <
	          edubal_population_group(p[2], 10, 0, 5));
	for (size_t i = 0; i < 3; i++)
		edubal_population_free(p[i]);
}
END_TEST

/* SPEC §7.1 linear births trend: 100, 110, 120 in 2019-2021 give 130
 * and 140; a falling trend stops at 0. */
START_TEST(test_population_births_linear)
{
	double base[] = {1, 1, 1}, up[] = {100, 110, 120}, down[] = {20, 10};
	edubal_cohort *c = edubal_cohort_new();
	edubal_population *p = NULL;
	ASSERT_OK(edubal_cohort_set_base(c, 2020, base, 3, err));
	ASSERT_OK(edubal_cohort_set_births(c, 2019, up, 3, err));
	ASSERT_OK(edubal_cohort_set_births_method(c, EDUBAL_BIRTHS_LINEAR, err));
	ASSERT_OK(edubal_cohort_project(c, 2023, &p, err));
	ASSERT_REL(edubal_population_births(p, 1), 120); /* given, 2021 */
	ASSERT_REL(edubal_population_births(p, 2), 130);
	ASSERT_REL(edubal_population_births(p, 3), 140);
	edubal_population_free(p);
	/* 20, 10 in 2020-2021: 0 in 2022, −10 floored to 0 in 2023 */
	ASSERT_OK(edubal_cohort_set_births(c, 2020, down, 2, err));
	ASSERT_OK(edubal_cohort_project(c, 2023, &p, err));
	ASSERT_REL(edubal_population_births(p, 2), 0);
	ASSERT_REL(edubal_population_births(p, 3), 0);
	edubal_population_free(p);
	edubal_cohort_free(c);
}
END_TEST

/* SPEC §7.1 births from women 15-49 × ASFR: 1000 people aged 20 and 500
 * aged 30, half women, ASFR 0.1 at 20 and 0.05 at 30:
 * B(2021) = 0.5·1000·0.1 + 0.5·500·0.05 = 50 + 12.5 = 62.5; a year on
 * they are 21 and 31, where ASFR is 0, so B(2022) = 0. */
START_TEST(test_population_births_fertility)
{
	double base[50] = {0}, asfr[35] = {0};
	base[20] = 1000;
	base[30] = 500;
	asfr[20 - 15] = 0.1;
	asfr[30 - 15] = 0.05;
	edubal_cohort *c = edubal_cohort_new();
	edubal_population *p = NULL;
	ASSERT_OK(edubal_cohort_set_base(c, 2020, base, 50, err));
	ASSERT_OK(edubal_cohort_set_fertility(c, asfr, 35, 0.5, err));
	ASSERT_OK(edubal_cohort_set_births_method(c, EDUBAL_BIRTHS_FERTILITY,
		err));
	ASSERT_OK(edubal_cohort_project(c, 2022, &p, err));
	ASSERT_REL(edubal_population_births(p, 1), 62.5);
	ASSERT_REL(edubal_population_count(p, 1, 0), 62.5);
	ASSERT_REL(edubal_population_births(p, 2), 0);
	edubal_population_free(p);
	edubal_cohort_free(c);
}
END_TEST

START_TEST(test_population_errors)
{
	double base[] = {10, 20, -3, 5}, good[] = {10, 20, 30, 5};
	double s_bad[] = {1, 1.5, 1, 1}, births[] = {5};
	edubal_cohort *c = edubal_cohort_new();
	edubal_population *p = NULL;
	/* negative count: element 3 named */
	ASSERT_FAILS(edubal_cohort_set_base(c, 2020, base, 4, err),
		EDUBAL_EINVAL, "must not be negative", 3);
	ASSERT_FAILS(edubal_cohort_set_survival(c, s_bad, 4, err),
		EDUBAL_EINVAL, "must lie in [0, 1]", 2);
	ASSERT_FAILS(edubal_cohort_project(c, 2025, &p, err), EDUBAL_EINVAL,
		"no base population", 0);
	ASSERT_OK(edubal_cohort_set_base(c, 2020, good, 4, err));
	ASSERT_FAILS(edubal_cohort_project(c, 2025, &p, err), EDUBAL_EINVAL,
		"births are required for year 2021", 0);
	/* a gap between the base year and the first births */
	ASSERT_OK(edubal_cohort_set_births(c, 2023, births, 1, err));
	ASSERT_FAILS(edubal_cohort_project(c, 2025, &p, err), EDUBAL_EINVAL,
		"births start in 2023: year 2021", 0);
	ASSERT_OK(edubal_cohort_set_births(c, 2021, births, 1, err));
	ASSERT_FAILS(edubal_cohort_project(c, 2020, &p, err), EDUBAL_EINVAL,
		"must come after the base year", 0);
	double short_s[] = {1, 1};
	ASSERT_OK(edubal_cohort_set_survival(c, short_s, 2, err));
	ASSERT_FAILS(edubal_cohort_project(c, 2025, &p, err), EDUBAL_EINVAL,
		"survival has 2 ages", 0);
	double one[] = {1, 1, 1, 1};
	ASSERT_OK(edubal_cohort_set_survival(c, one, 4, err));
	/* 11 leave age 1 but only 10 are aged 0 → 2021 age 1 negative */
	double m[] = {-11, 0, 0, 0};
	ASSERT_OK(edubal_cohort_set_migration(c, EDUBAL_MIGRATION_COUNTS, m, 4,
		err));
	ASSERT_FAILS(edubal_cohort_project(c, 2025, &p, err), EDUBAL_EDOM,
		"year 2021, age 1", 0);
	ASSERT_OK(edubal_cohort_set_births_method(c, EDUBAL_BIRTHS_FERTILITY,
		err));
	ASSERT_FAILS(edubal_cohort_project(c, 2025, &p, err), EDUBAL_EINVAL,
		"needs age-specific fertility", 0);
	ASSERT_OK(edubal_cohort_set_births_method(c, EDUBAL_BIRTHS_LINEAR, err));
	double zero[] = {0, 0, 0, 0};
	ASSERT_OK(edubal_cohort_set_migration(c, EDUBAL_MIGRATION_COUNTS, zero, 4,
		err));
	ASSERT_FAILS(edubal_cohort_project(c, 2025, &p, err), EDUBAL_EDOM,
		"at least two years", 0);
	double rates[] = {0, 1.5, 0, 0};
	ASSERT_FAILS(edubal_cohort_set_migration(c, EDUBAL_MIGRATION_RATES,
		rates, 4, err), EDUBAL_EINVAL, "must lie in [-1, 1]", 2);
	double nan_births[] = {NAN};
	ASSERT_FAILS(edubal_cohort_set_births(c, 2021, nan_births, 1, err),
		EDUBAL_EINVAL, "NaN", 1);
	ck_assert_ptr_null(p);
	edubal_cohort_free(c);
	edubal_cohort_free(NULL);
	edubal_population_free(NULL);
}
END_TEST

START_TEST(test_population_render)
{
	double base[] = {1, 2, 3, 4, 5, 6, 7}, births[] = {8};
	edubal_cohort *c = edubal_cohort_new();
	edubal_population *p = NULL;
	char *text = NULL;
	ASSERT_OK(edubal_cohort_set_base(c, 2020, base, 7, err));
	ASSERT_OK(edubal_cohort_set_births(c, 2021, births, 1, err));
	ASSERT_OK(edubal_cohort_project(c, 2021, &p, err));
	ASSERT_OK(edubal_population_render(p, EDUBAL_FORMAT_JSON, &text, err));
	/* 2021: ages 8,1,2,3,4,5,6+7 → 3-5 = 3+4+5 = 12 */
	ck_assert_ptr_nonnull(strstr(text, "\"3-5\": 12.0"));
	ck_assert_ptr_nonnull(strstr(text, "\"births\": null"));
	ck_assert_ptr_nonnull(strstr(text, "\"total\": 36.0"));
	edubal_free(text);
	ASSERT_OK(edubal_population_render(p, EDUBAL_FORMAT_TEXT, &text, err));
	ck_assert_ptr_nonnull(strstr(text, "2021"));
	edubal_free(text);
	ASSERT_FAILS(edubal_population_render(p, EDUBAL_FORMAT_CSV, &text, err),
		EDUBAL_EINVAL, "text or JSON", 0);
	edubal_population_free(p);
	edubal_cohort_free(c);
}
END_TEST

/* ---- §7.2 enrollment -------------------------------------------------- */

/* Four years of grades 1-3. */
static const double obs[] = {
	100, 90, 80,
	110, 95, 85,
	120, 105, 90,
	130, 112, 96,
};

/* SPEC §7.2 ratios by each method from the last k transitions.
 * Grade 1→2: 95/100 = 0.95, 105/110, 112/120; grade 2→3: 85/90, 90/95,
 * 96/105. */
START_TEST(test_fit_methods)
{
	double r[2];
	ASSERT_OK(edubal_project_fit_ratios(obs, 12, 3, EDUBAL_RATIO_MEAN, 2, r,
		2, err));
	ASSERT_REL(r[0], (105.0 / 110 + 112.0 / 120) / 2);
	ASSERT_REL(r[1], (90.0 / 95 + 96.0 / 105) / 2);
	ASSERT_OK(edubal_project_fit_ratios(obs, 12, 3, EDUBAL_RATIO_GEOMETRIC,
		3, r, 2, err));
	ASSERT_REL(r[0], cbrt(0.95 * (105.0 / 110) * (112.0 / 120)));
	/* median of 0.95, 0.954545…, 0.933333… is 0.95 */
	ASSERT_OK(edubal_project_fit_ratios(obs, 12, 3, EDUBAL_RATIO_MEDIAN, 3,
		r, 2, err));
	ASSERT_REL(r[0], 0.95);
	/* median of 85/90 = 0.9444, 90/95 = 0.9474, 96/105 = 0.9143 */
	ASSERT_REL(r[1], 85.0 / 90);
	ASSERT_OK(edubal_project_fit_ratios(obs, 12, 3, EDUBAL_RATIO_LAST, 3, r,
		2, err));
	ASSERT_REL(r[0], 112.0 / 120);
	ASSERT_REL(r[1], 96.0 / 105);
	/* weights 1, 2, 3 oldest to newest, over 6 */
	ASSERT_OK(edubal_project_fit_ratios(obs, 12, 3, EDUBAL_RATIO_WEIGHTED, 3,
		r, 2, err));
	ASSERT_REL(r[0], (1 * 0.95 + 2 * (105.0 / 110) + 3 * (112.0 / 120)) / 6);
	/* median of an even k: mean of the middle two */
	ASSERT_OK(edubal_project_fit_ratios(obs, 12, 3, EDUBAL_RATIO_MEDIAN, 2,
		r, 2, err));
	ASSERT_REL(r[0], (105.0 / 110 + 112.0 / 120) / 2);
}
END_TEST

START_TEST(test_fit_errors)
{
	double z[] = {100, 90, 0, 95, 80, 85};  /* grade 1 has 0 in year 2 */
	double r[1] = {SENTINEL};
	ASSERT_FAILS(edubal_project_fit_ratios(z, 6, 2, EDUBAL_RATIO_MEAN, 2, r,
		1, err), EDUBAL_EDOM, "would be infinite", 2);
	ck_assert_str_eq(edubal_error_column(err), "grade 1");
	ck_assert(r[0] == SENTINEL);
	ASSERT_FAILS(edubal_project_fit_ratios(obs, 12, 3, EDUBAL_RATIO_MEAN, 4,
		r, 2, err), EDUBAL_EINVAL, "k = 4", 0);
	ASSERT_FAILS(edubal_project_fit_ratios(obs, 11, 3, EDUBAL_RATIO_MEAN, 1,
		r, 2, err), EDUBAL_EINVAL, "two years", 0);
	ASSERT_FAILS(edubal_project_fit_ratios(obs, 12, 3, EDUBAL_RATIO_MEAN, 1,
		r, 1, err), EDUBAL_EINVAL, "out_ratios has length 1", 0);
	double neg[] = {1, 2, -3, 4};
	ASSERT_FAILS(edubal_project_fit_ratios(neg, 4, 2, EDUBAL_RATIO_MEAN, 1,
		r, 1, err), EDUBAL_EINVAL, "must not be negative", 3);
}
END_TEST

/* SPEC §7.2 projection by hand: 2021-2022 observed [100, 90], [110, 95];
 * ratio 95/100 = 0.95 (k shrinks to the one transition); age-6
 * population 200, 220, 240, 250 in 2021-2024; fitted intake rate
 * 110/220 = 0.5.  2023: 0.5·240 = 120, 110·0.95 = 104.5;
 * 2024: 0.5·250 = 125, 120·0.95 = 114. */
START_TEST(test_enrollment_hand)
{
	double o[] = {100, 90, 110, 95}, pop6[] = {200, 220, 240, 250};
	edubal_grades *m = edubal_grades_new();
	edubal_enrollment *e = NULL;
	ASSERT_OK(edubal_grades_set_observed(m, 2021, o, 4, 2, err));
	ASSERT_OK(edubal_grades_set_intake(m, 2021, pop6, 4, 0, NAN, err));
	ASSERT_OK(edubal_grades_project(m, 2024, &e, err));
	ck_assert_uint_eq(edubal_enrollment_years(e), 4);
	ck_assert_uint_eq(edubal_enrollment_observed_years(e), 2);
	ASSERT_REL(edubal_enrollment_ratio(e, 0), 0.95);
	ASSERT_REL(edubal_enrollment_intake_rate(e), 0.5);
	ASSERT_REL(edubal_enrollment_students(e, 2, 0), 120);
	ASSERT_REL(edubal_enrollment_students(e, 2, 1), 104.5);
	ASSERT_REL(edubal_enrollment_students(e, 3, 0), 125);
	ASSERT_REL(edubal_enrollment_students(e, 3, 1), 114);
	ASSERT_REL(edubal_enrollment_sum(e, 3, 0, 1), 239);
	ck_assert(isnan(edubal_enrollment_ratio(e, 1)));
	char *text = NULL;
	const char *labels[] = {"K1", "K2"};
	ASSERT_OK(edubal_enrollment_render(e, labels, 2, EDUBAL_FORMAT_JSON,
		&text, err));
	ck_assert_ptr_nonnull(strstr(text, "\"from\": \"K1\""));
	ck_assert_ptr_nonnull(strstr(text, "\"intake_rate\": 0.5"));
	edubal_free(text);
	edubal_enrollment_free(e);
	/* the same from births lagged 6 years, with a given rate 0.5 */
	ASSERT_OK(edubal_grades_set_intake(m, 2015, pop6, 4, 6, 0.5, err));
	ASSERT_OK(edubal_grades_project(m, 2024, &e, err));
	ASSERT_REL(edubal_enrollment_students(e, 3, 0), 125);
	edubal_enrollment_free(e);
	edubal_grades_free(m);
}
END_TEST

/* Outputs monotone in births, end to end: births ×0.9, ×1, ×1.1 feed the
 * age-6 population (SPEC §7.1), which feeds grade 1 (SPEC §7.2); no
 * projected grade may fall when births rise. */
START_TEST(test_enrollment_monotone_in_births)
{
	double base[12], births[] = {90, 95, 100, 105};
	double o[] = {80, 78, 76, 82, 79, 77};   /* 2019-2020, grades 1-3 */
	for (size_t a = 0; a < 12; a++)
		base[a] = 80.0 + (double) a;
	double factor[3] = {0.9, 1.0, 1.1};
	edubal_enrollment *e[3];
	for (size_t i = 0; i < 3; i++) {
		edubal_cohort *c = edubal_cohort_new();
		edubal_population *p = NULL;
		edubal_grades *m = edubal_grades_new();
		double age6[11];
		ASSERT_OK(edubal_cohort_set_base(c, 2020, base, 12, err));
		ASSERT_OK(edubal_cohort_set_births(c, 2021, births, 4, err));
		ASSERT_OK(edubal_cohort_set_scenario(c, factor[i], 1.0, err));
		ASSERT_OK(edubal_cohort_project(c, 2030, &p, err));
		for (size_t y = 0; y < 11; y++)
			age6[y] = edubal_population_count(p, y, 6);
		ASSERT_OK(edubal_grades_set_observed(m, 2019, o, 6, 3, err));
		ASSERT_OK(edubal_grades_set_intake(m, 2020, age6, 11, 0, 0.98, err));
		ASSERT_OK(edubal_grades_project(m, 2030, &e[i], err));
		edubal_grades_free(m);
		edubal_population_free(p);
		edubal_cohort_free(c);
	}
	for (size_t y = 0; y < edubal_enrollment_years(e[0]); y++) {
		for (size_t g = 0; g < 3; g++) {
			ck_assert(edubal_enrollment_students(e[0], y, g) <=
			          edubal_enrollment_students(e[1], y, g));
			ck_assert(edubal_enrollment_students(e[1], y, g) <=
			          edubal_enrollment_students(e[2], y, g));
		}
	}
	/* births of 2021 reach age 6 in 2027: grade 1 then differs strictly */
	ck_assert(edubal_enrollment_students(e[0], 8, 0) <
	          edubal_enrollment_students(e[2], 8, 0));
	for (size_t i = 0; i < 3; i++)
		edubal_enrollment_free(e[i]);
}
END_TEST

START_TEST(test_enrollment_errors)
{
	double o[] = {100, 90, 0, 95, 120, 90}, pop6[] = {200, 0, 240, 250};
	edubal_grades *m = edubal_grades_new();
	edubal_enrollment *e = NULL;
	ASSERT_FAILS(edubal_grades_project(m, 2024, &e, err), EDUBAL_EINVAL,
		"both required", 0);
	ASSERT_OK(edubal_grades_set_observed(m, 2021, o, 6, 2, err));
	ASSERT_OK(edubal_grades_set_intake(m, 2021, pop6, 4, 0, 0.5, err));
	/* grade 1 had no pupils in 2022: the ratio to grade 2 in 2023 */
	ASSERT_FAILS(edubal_grades_project(m, 2024, &e, err), EDUBAL_EDOM,
		"year 2022, grade 1 has no students", 2);
	double o2[] = {100, 90, 110, 95};
	ASSERT_OK(edubal_grades_set_observed(m, 2021, o2, 4, 2, err));
	ASSERT_OK(edubal_grades_set_intake(m, 2021, pop6, 4, 0, NAN, err));
	ASSERT_FAILS(edubal_grades_project(m, 2024, &e, err), EDUBAL_EDOM,
		"intake source is 0 for 2022", 0);
	ASSERT_OK(edubal_grades_set_intake(m, 2021, pop6, 3, 0, 0.5, err));
	ASSERT_FAILS(edubal_grades_project(m, 2024, &e, err), EDUBAL_EINVAL,
		"no value for 2024", 0);
	ASSERT_OK(edubal_grades_set_fit(m, EDUBAL_RATIO_LAST, 2, err));
	ASSERT_FAILS(edubal_grades_project(m, 2023, &e, err), EDUBAL_EINVAL,
		"k = 2 but only 1", 0);
	ASSERT_FAILS(edubal_grades_project(m, 2022, &e, err), EDUBAL_EINVAL,
		"after the last observed year 2022", 0);
	ck_assert_ptr_null(e);
	edubal_grades_free(m);
	edubal_grades_free(NULL);
	edubal_enrollment_free(NULL);
}
END_TEST

/* ---- §7.3 seats, §7.4 teachers, §7.5 preschool --------------------------- */

START_TEST(test_seats_hand)
{
	/* 50000/1000·80 = 4000, 62500/1000·80 = 5000 (xx-city-2022 primary) */
	double res[] = {50000, 62500}, d[2];
	ASSERT_OK(edubal_project_standard_seats(res, 2, 80, d, 2, err));
	ASSERT_REL(d[0], 4000);
	ASSERT_REL(d[1], 5000);
	/* ceil(90/45) = 2, ceil(91/45) = 3, 0 */
	double st[] = {90, 91, 0}, cl[3];
	ASSERT_OK(edubal_project_classes(st, 3, 45, cl, 3, err));
	ck_assert(cl[0] == 2 && cl[1] == 3 && cl[2] == 0);
	/* gaps 4000−3500 = 500, 5000−3500 = 1500, 3000−3500 = −500;
	 * schools of 1080 seats: ceil(500/1080) = 1, ceil(1500/1080) = 2, 0 */
	double dem[] = {4000, 5000, 3000}, gap[3], schools[3];
	ASSERT_OK(edubal_project_seat_gap(dem, 3, 3500, 1080, gap, 3, schools, 3,
		err));
	ck_assert(gap[0] == 500 && gap[1] == 1500 && gap[2] == -500);
	ck_assert(schools[0] == 1 && schools[1] == 2 && schools[2] == 0);
	ASSERT_FAILS(edubal_project_classes(st, 3, 0, cl, 3, err), EDUBAL_EINVAL,
		"class_size = 0", 0);
	ASSERT_FAILS(edubal_project_seat_gap(dem, 3, 3500, 1080, gap, 2, schools,
		3, err), EDUBAL_EINVAL, "out_gap has length 2", 0);
	double neg[] = {5, -1};
	ASSERT_FAILS(edubal_project_standard_seats(neg, 2, 80, d, 2, err),
		EDUBAL_EINVAL, "must not be negative", 2);
}
END_TEST

START_TEST(test_teachers_hand)
{
	/* ratio 19: ceil(190/19) = 10, ceil(200/19) = ceil(10.53) = 11;
	 * 6 classes × 2 = 12 is larger for the small rural schools */
	double st[] = {190, 200}, cl[] = {6, 6}, req[2], gap[2];
	ASSERT_OK(edubal_project_teachers(st, 2, NULL, 0, 19, 0, 11, req, 2,
		gap, 2, err));
	ck_assert(req[0] == 10 && req[1] == 11);
	ck_assert(gap[0] == -1 && gap[1] == 0);
	ASSERT_OK(edubal_project_teachers(st, 2, cl, 2, 19, 2, 11, req, 2, gap,
		2, err));
	ck_assert(req[0] == 12 && req[1] == 12);
	ck_assert(gap[0] == 1 && gap[1] == 1);
	/* 13.5 (junior): ceil(270/13.5) = 20 exactly */
	double j[] = {270};
	ASSERT_OK(edubal_project_teachers(j, 1, NULL, 0, 13.5, 0, 0, req, 1,
		gap, 1, err));
	ck_assert(req[0] == 20);
	ASSERT_FAILS(edubal_project_teachers(st, 2, cl, 1, 19, 2, 11, req, 2,
		gap, 2, err), EDUBAL_EINVAL, "classes has length 1", 0);
	ASSERT_FAILS(edubal_project_teachers(st, 2, NULL, 0, 0, 2, 11, req, 2,
		gap, 2, err), EDUBAL_EINVAL, "students_per_teacher", 0);
}
END_TEST

START_TEST(test_preschool_hand)
{
	/* GER 0.9: ceil(1000·0.9) = 900, ceil(999·0.9) = ceil(899.1) = 900;
	 * "5085": public ceil(900·0.5) = 450, inclusive ceil(900·0.85) = 765;
	 * Pingdingshan public 60%: 540 */
	double ch[] = {1000, 999}, seats[2], pub[2], inc[2];
	ASSERT_OK(edubal_project_preschool(ch, 2, 0.9, 0.5, 0.85, seats, 2, pub,
		2, inc, 2, err));
	ck_assert(seats[0] == 900 && seats[1] == 900);
	ck_assert(pub[0] == 450 && inc[0] == 765);
	ASSERT_OK(edubal_project_preschool(ch, 2, 0.9, 0.6, 0.8, seats, 2, pub,
		2, inc, 2, err));
	ck_assert(pub[1] == 540 && inc[1] == 720);
	ASSERT_FAILS(edubal_project_preschool(ch, 2, 0.9, 1.5, 0.8, seats, 2,
		pub, 2, inc, 2, err), EDUBAL_EINVAL, "must lie in [0, 1]", 1);
}
END_TEST

/* ---- §7.6 trajectories and bands ------------------------------------- */

START_TEST(test_trajectory_paths)
{
	/* linear 0.6 (2022) to 1.0 (2026): steps of 0.1 */
	double p[5];
	ASSERT_OK(edubal_trajectory_path(0.6, 2022, 1.0, 2026, EDUBAL_PATH_LINEAR,
		0, p, 5, err));
	ASSERT_REL(p[0], 0.6);
	ASSERT_REL(p[1], 0.7);
	ASSERT_REL(p[2], 0.8);
	ASSERT_REL(p[3], 0.9);
	ASSERT_REL(p[4], 1.0);
	/* ≥ 25% of what remains a year, 100 non-compliant schools to 0:
	 * 100, 75, 56.25, 42.1875, then 0 in the target year */
	ASSERT_OK(edubal_trajectory_path(100, 2022, 0, 2026,
		EDUBAL_PATH_FRACTION, 0.25, p, 5, err));
	ASSERT_REL(p[1], 75);
	ASSERT_REL(p[2], 56.25);
	ASSERT_REL(p[3], 42.1875);
	ASSERT_REL(p[4], 0);
	ASSERT_FAILS(edubal_trajectory_path(100, 2022, 0, 2026,
		EDUBAL_PATH_FRACTION, 1.25, p, 5, err), EDUBAL_EINVAL, "fraction", 0);
	ASSERT_FAILS(edubal_trajectory_path(100, 2022, 0, 2022,
		EDUBAL_PATH_LINEAR, 0, p, 1, err), EDUBAL_EINVAL, "target year", 0);
	ASSERT_FAILS(edubal_trajectory_path(100, 2022, 0, 2026,
		EDUBAL_PATH_LINEAR, 0, p, 4, err), EDUBAL_EINVAL, "expected 5", 0);
}
END_TEST

START_TEST(test_trajectory_check_and_attainment)
{
	/* rising path 0, 25, 50; observed 0, 20, 60: behind by 5 in year 2 */
	double path[] = {0, 25, 50}, seen[] = {0, 20, 60}, s[3];
	size_t behind = 99;
	ASSERT_OK(edubal_trajectory_check(path, 3, seen, 3, 1, s, 3, &behind,
		err));
	ck_assert(s[0] == 0 && s[1] == 5 && s[2] == -10);
	ck_assert_uint_eq(behind, 1);
	/* falling path: observed above the path is behind */
	ASSERT_OK(edubal_trajectory_check(path, 3, seen, 3, 0, s, 3, &behind,
		err));
	ck_assert(s[1] == -5 && s[2] == 10);
	ck_assert_uint_eq(behind, 1);
	double ger[] = {0.8, 0.84, 0.86, 0.9};
	int year = 0, met = 0;
	ASSERT_OK(edubal_trajectory_attainment(2024, ger, 4, 0.85, 1, &year,
		&met, err));
	ck_assert_int_eq(year, 2026);
	ck_assert_int_eq(met, 1);
	ASSERT_OK(edubal_trajectory_attainment(2024, ger, 4, 0.95, 1, &year,
		&met, err));
	ck_assert_int_eq(met, 0);
	ck_assert_int_eq(year, 2023);
	double large[] = {10, 7, 4};
	ASSERT_OK(edubal_trajectory_attainment(2024, large, 3, 5, 0, &year,
		&met, err));
	ck_assert_int_eq(year, 2026);
	ASSERT_FAILS(edubal_trajectory_check(path, 3, seen, 2, 1, s, 3, &behind,
		err), EDUBAL_EINVAL, "observed has length 2", 0);
}
END_TEST

START_TEST(test_band)
{
	double a[] = {1, 5}, b[] = {2, 3}, c[] = {3, 4}, lo[2], hi[2];
	ASSERT_OK(edubal_project_band(a, 2, b, 2, c, 2, lo, 2, hi, 2, err));
	ck_assert(lo[0] == 1 && lo[1] == 3 && hi[0] == 3 && hi[1] == 5);
	ASSERT_FAILS(edubal_project_band(a, 2, b, 1, c, 2, lo, 2, hi, 2, err),
		EDUBAL_EINVAL, "differ in length", 0);
}
END_TEST

/* ---- inputs --------------------------------------------------------- */

/* County X: 2023 ages 0-19 are 100 + age; births 60, 55, 50 in 2022-2024;
 * grades 1, 2: 100, 90 (2022) and 110, 95 (2023); 150 primary seats. */
START_TEST(test_inputs_read)
{
	edubal_inputs *in = NULL;
	double ages[20], b[3], g2[2], seats = 0;
	ASSERT_OK(edubal_inputs_read(data("population.csv"), data("births.csv"),
		data("enrollment.csv"), data("capacity.csv"), NULL, &in, err));
	ck_assert_str_eq(edubal_inputs_county(in), "X");
	ck_assert_int_eq(edubal_inputs_population_first_year(in), 2023);
	ck_assert_uint_eq(edubal_inputs_population_years(in), 1);
	ck_assert_uint_eq(edubal_inputs_population_ages(in), 20);
	ASSERT_OK(edubal_inputs_population(in, 0, ages, 20, err));
	ck_assert(ages[0] == 100 && ages[19] == 119);
	ck_assert_int_eq(edubal_inputs_births_first_year(in), 2022);
	ASSERT_OK(edubal_inputs_births(in, b, 3, err));
	ck_assert(b[0] == 60 && b[2] == 50);
	ck_assert(edubal_inputs_has_grade(in, "2") && !edubal_inputs_has_grade(
		in, "3") && !edubal_inputs_has_grade(in, "K1"));
	ASSERT_OK(edubal_inputs_enrollment(in, "2", g2, 2, err));
	ck_assert(g2[0] == 90 && g2[1] == 95);
	/* header row 1; 2023 grade 2 is the fifth line */
	ck_assert_uint_eq(edubal_inputs_enrollment_row(in, "2", 1), 5);
	ASSERT_OK(edubal_inputs_capacity(in, "primary", &seats, err));
	ck_assert(seats == 150);
	ASSERT_FAILS(edubal_inputs_capacity(in, "junior", &seats, err),
		EDUBAL_ENOTFOUND, "no capacity", 0);
	ASSERT_FAILS(edubal_inputs_enrollment(in, "7", g2, 2, err),
		EDUBAL_ENOTFOUND, "no such grade", 0);
	edubal_inputs_free(in);
	edubal_inputs_free(NULL);
}
END_TEST

START_TEST(test_inputs_errors)
{
	edubal_inputs *in = NULL;
	ASSERT_FAILS(edubal_inputs_read(data("gap-years.csv"), NULL, NULL, NULL,
		NULL, &in, err), EDUBAL_EDATA, "year 2022 is missing", 5);
	ASSERT_FAILS(edubal_inputs_read(data("negative-count.csv"), NULL, NULL,
		NULL, NULL, &in, err), EDUBAL_EDATA, "must not be negative", 3);
	ASSERT_FAILS(edubal_inputs_read(data("age-out-of-range.csv"), NULL, NULL,
		NULL, NULL, &in, err), EDUBAL_EDATA, "from 0 to 120", 4);
	ASSERT_FAILS(edubal_inputs_read(data("duplicate-age.csv"), NULL, NULL,
		NULL, NULL, &in, err), EDUBAL_EDATA, "repeats row 3", 4);
	ASSERT_FAILS(edubal_inputs_read(data("population.csv"), NULL,
		data("bad-grade.csv"), NULL, NULL, &in, err), EDUBAL_EDATA,
		"not a grade", 3);
	ASSERT_FAILS(edubal_inputs_read(data("population.csv"), NULL, NULL,
		NULL, "Z", &in, err), EDUBAL_EDATA, "no rows for this county", 0);
	ck_assert_ptr_null(in);
}
END_TEST

static Suite *
project_suite(void)
{
	Suite *s = suite_create("project");
	TCase *tc = tcase_create("population");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_population_shifted_cohorts);
	tcase_add_test(tc, test_population_hand);
	tcase_add_test(tc, test_population_migration_rates);
	tcase_add_test(tc, test_population_totals_conserved);
	tcase_add_test(tc, test_population_monotone_in_births);
	tcase_add_test(tc, test_population_births_linear);
	tcase_add_test(tc, test_population_births_fertility);
	tcase_add_test(tc, test_population_errors);
	tcase_add_test(tc, test_population_render);
	suite_add_tcase(s, tc);
	tc = tcase_create("enrollment");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_fit_methods);
	tcase_add_test(tc, test_fit_errors);
	tcase_add_test(tc, test_enrollment_hand);
	tcase_add_test(tc, test_enrollment_monotone_in_births);
	tcase_add_test(tc, test_enrollment_errors);
	suite_add_tcase(s, tc);
	tc = tcase_create("seats, teachers, preschool, trajectories");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_seats_hand);
	tcase_add_test(tc, test_teachers_hand);
	tcase_add_test(tc, test_preschool_hand);
	tcase_add_test(tc, test_trajectory_paths);
	tcase_add_test(tc, test_trajectory_check_and_attainment);
	tcase_add_test(tc, test_band);
	suite_add_tcase(s, tc);
	tc = tcase_create("inputs");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_inputs_read);
	tcase_add_test(tc, test_inputs_errors);
	suite_add_tcase(s, tc);
	return s;
}

int
main(int argc, char **argv)
{
	if (argc > 1)
		root = argv[1];
	SRunner *sr = srunner_create(project_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
