/*
 * Unit tests of the moments of several variables summed together
 * (src/stats/moment_set.h), which the evaluator uses for a level's
 * indicators: hand-worked means, SDs and CVs of SPEC §1 for each method,
 * the undefined cases, and the promise that each variable's results are
 * the bits edubal_stats_summary() gives for that variable alone.
 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

#include "stats/moment_set.h"

/* Units are rows of x: x[u * k + i] is variable i of unit u. */
static void
run_passes(struct edubal__moment_set *set, const double *x,
	const double *w, size_t units)
{
	edubal__moment_set_reset(set);
	for (size_t u = 0; u < units; u++)
		edubal__moment_set_add(set, x + u * set->k, w[u]);
	edubal__moment_set_center(set);
	for (size_t u = 0; u < units; u++)
		edubal__moment_set_add_squares(set, x + u * set->k, w[u]);
}

/*
 * SPEC §1, official (enrollment-weighted, population SD), by hand:
 *   A = 1, 2, 3 with weights 1, 1, 2: W = 4, mean = (1 + 2 + 6) / 4 = 2.25;
 *     Σ w (x − mean)² = 1.5625 + 0.0625 + 2 * 0.5625 = 2.75,
 *     SD = sqrt(2.75 / 4) = sqrt(0.6875), CV = SD / 2.25.
 *   B = 10, 10, 10: SD 0, CV 0.
 */
START_TEST(official_by_hand)
{
	const double x[] = {1, 10, 2, 10, 3, 10}, w[] = {1, 1, 2};
	struct edubal__moment_set set;
	ck_assert_int_eq(edubal__moment_set_init(&set, 2, EDUBAL_CV_OFFICIAL),
		EDUBAL_OK);
	run_passes(&set, x, w, 3);
	double mean, sd, cv;
	ck_assert_int_eq(edubal__moment_set_summary(&set, 0, &mean, &sd, &cv),
		EDUBAL_OK);
	ck_assert_double_eq_tol(mean, 2.25, 1e-15);
	ck_assert_double_eq_tol(sd, sqrt(0.6875), 1e-15);
	ck_assert_double_eq_tol(cv, sqrt(0.6875) / 2.25, 1e-15);
	ck_assert_int_eq(edubal__moment_set_summary(&set, 1, &mean, &sd, &cv),
		EDUBAL_OK);
	ck_assert_double_eq(mean, 10);
	ck_assert_double_eq(sd, 0);
	ck_assert_double_eq(cv, 0);
	edubal__moment_set_free(&set);
}
END_TEST

/*
 * SPEC §1, unweighted and n−1 forms: weights only select, a zero weight
 * leaves the unit out.  x = 2, 4, 9 (the 9 of weight 0): mean 3,
 * Σ (x − 3)² = 2; population SD = sqrt(2 / 2) = 1, CV 1/3; sample SD =
 * sqrt(2 / 1), CV sqrt(2)/3.
 */
START_TEST(unweighted_and_sample_by_hand)
{
	const double x[] = {2, 4, 9}, w[] = {5, 7, 0};
	struct edubal__moment_set set;
	double mean, sd, cv;
	ck_assert_int_eq(edubal__moment_set_init(&set, 1, EDUBAL_CV_UNWEIGHTED),
		EDUBAL_OK);
	run_passes(&set, x, w, 3);
	ck_assert_int_eq(edubal__moment_set_summary(&set, 0, &mean, &sd, &cv),
		EDUBAL_OK);
	ck_assert_double_eq(mean, 3);
	ck_assert_double_eq(sd, 1);
	ck_assert_double_eq_tol(cv, 1.0 / 3, 1e-15);
	edubal__moment_set_free(&set);

	ck_assert_int_eq(edubal__moment_set_init(&set, 1, EDUBAL_CV_SAMPLE),
		EDUBAL_OK);
	run_passes(&set, x, w, 3);
	ck_assert_int_eq(edubal__moment_set_summary(&set, 0, &mean, &sd, &cv),
		EDUBAL_OK);
	ck_assert_double_eq(mean, 3);
	ck_assert_double_eq_tol(sd, sqrt(2), 1e-15);
	ck_assert_double_eq_tol(cv, sqrt(2) / 3, 1e-15);
	edubal__moment_set_free(&set);
}
END_TEST

/* The CV is undefined (EDUBAL_EDOM) for a zero mean, a sample SD of one
 * unit, and no weight at all; a NaN spoils its own variable only. */
START_TEST(undefined_cases)
{
	const double x[] = {-1, 5, 1, NAN}, w[] = {1, 1};
	struct edubal__moment_set set;
	double mean = 7, sd = 7, cv = 7;
	ck_assert_int_eq(edubal__moment_set_init(&set, 2, EDUBAL_CV_OFFICIAL),
		EDUBAL_OK);
	run_passes(&set, x, w, 2);
	ck_assert_int_eq(edubal__moment_set_summary(&set, 0, &mean, &sd, &cv),
		EDUBAL_EDOM);
	ck_assert_double_eq(mean, 7);   /* untouched */
	ck_assert(isnan(edubal__ksum_value(&set.sums[1])));
	const double zero_w[] = {0, 0};
	run_passes(&set, x, zero_w, 2);
	ck_assert_int_eq(edubal__moment_set_summary(&set, 0, &mean, &sd, &cv),
		EDUBAL_EDOM);
	edubal__moment_set_free(&set);

	ck_assert_int_eq(edubal__moment_set_init(&set, 2, EDUBAL_CV_SAMPLE),
		EDUBAL_OK);
	run_passes(&set, x, w, 1);
	ck_assert_int_eq(edubal__moment_set_summary(&set, 0, &mean, &sd, &cv),
		EDUBAL_EDOM);
	edubal__moment_set_free(&set);

	ck_assert_int_eq(edubal__moment_set_init(&set, 1,
		(enum edubal_cv_method) 99), EDUBAL_EINVAL);
}
END_TEST

/* A deterministic generator of awkward samples: magnitudes from 1e-3 to
 * 1e6, so that compensation matters. */
static uint64_t
next(uint64_t *state)
{
	*state = *state * 6364136223846793005u + 1442695040888963407u;
	return *state >> 11;
}

static double
awkward(uint64_t *state)
{
	double unit = (double) next(state) / 9007199254740992.0;   /* [0, 1) */
	return ldexp(1 + unit, (int) (next(state) % 30) - 10);
}

/* Each variable's results are the bits of edubal_stats_summary() over
 * that variable alone, for every method (the report must not change). */
START_TEST(same_bits_as_summary)
{
	enum { K = 7, UNITS = 301 };
	static const enum edubal_cv_method methods[] = {EDUBAL_CV_OFFICIAL,
		EDUBAL_CV_UNWEIGHTED, EDUBAL_CV_SAMPLE};
	uint64_t state = 12345;
	double *x = malloc(UNITS * K * sizeof *x), w[UNITS], column[UNITS];
	ck_assert_ptr_nonnull(x);
	for (size_t u = 0; u < UNITS; u++) {
		w[u] = (double) (1 + next(&state) % 3000);
		for (size_t i = 0; i < K; i++)
			x[u * K + i] = awkward(&state);
	}
	for (size_t m = 0; m < sizeof methods / sizeof methods[0]; m++) {
		struct edubal__moment_set set;
		ck_assert_int_eq(edubal__moment_set_init(&set, K, methods[m]),
			EDUBAL_OK);
		for (size_t units = 2; units <= UNITS; units += 37) {
			run_passes(&set, x, w, units);
			for (size_t i = 0; i < K; i++) {
				for (size_t u = 0; u < units; u++)
					column[u] = x[u * K + i];
				double a[3], b[3];
				ck_assert_int_eq(edubal__moment_set_summary(&set, i,
					&a[0], &a[1], &a[2]), EDUBAL_OK);
				ck_assert_int_eq(edubal_stats_summary(column, units, w,
					units, methods[m], &b[0], &b[1], &b[2], NULL),
					EDUBAL_OK);
				ck_assert_mem_eq(a, b, sizeof a);
			}
		}
		edubal__moment_set_free(&set);
	}
	free(x);
}
END_TEST

static Suite *
moment_set_suite(void)
{
	Suite *s = suite_create("moment_set");
	TCase *tc = tcase_create("moments");
	tcase_add_test(tc, official_by_hand);
	tcase_add_test(tc, unweighted_and_sample_by_hand);
	tcase_add_test(tc, undefined_cases);
	tcase_add_test(tc, same_bits_as_summary);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(moment_set_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
