/*
 * src/stats/moment_set.h - the moments of several variables observed on
 * the same units, summed together.
 *
 * A level's seven indicators are seven samples of one set of schools with
 * one set of weights (enrollments).  Copying each into an array of its own
 * for edubal_stats_summary() and summing it there was a quarter of a
 * national evaluation: the copies, and seven compensated sums run one
 * after the other, each add waiting for the one before.  Here each unit
 * is visited once per pass and adds to every variable's sums, so the
 * variables' sums overlap in the processor.
 *
 * Each variable's sums are the same additions in the same order as
 * edubal_stats_summary() makes over that variable alone (moments.c), so
 * the results are the same bits: tests/unit/test_moment_set.c checks it.
 *
 * Use: init; then per sample reset, add every unit, center, add every
 * unit's squares in the same order, and read each variable's summary.
 */
#ifndef EDUBAL_SRC_STATS_MOMENT_SET_H
#define EDUBAL_SRC_STATS_MOMENT_SET_H

#include <stddef.h>

#include <edubal/stats.h>

#include "ksum.h"

struct edubal__moment_set {
	size_t k;                        /* variables */
	enum edubal_cv_method method;
	struct edubal__ksum total;       /* official: Σ w */
	size_t count;                    /* units with w != 0 */
	struct edubal__ksum *sums;       /* per variable: Σ w·x (official), Σ x */
	struct edubal__ksum *squares;    /* per variable: Σ w·d·d, Σ d·d */
	double *means;                   /* per variable, set by center */
};

/* Sums for k variables under method: EDUBAL_ENOMEM, or EDUBAL_EINVAL for
 * an unknown method.  Free with edubal__moment_set_free(). */
edubal_status edubal__moment_set_init(struct edubal__moment_set *set,
	size_t k, enum edubal_cv_method method);

void edubal__moment_set_free(struct edubal__moment_set *set);

/* Start a new sample. */
void edubal__moment_set_reset(struct edubal__moment_set *set);

/*
 * First pass: a unit with the variables' values x[0..k) and weight w
 * (> 0 and finite, or 0 to leave it out as edubal_stats_summary() does;
 * NaN values only spoil their own variable's results).
 */
static inline void
edubal__moment_set_add(struct edubal__moment_set *set, const double *x,
	double w)
{
	if (set->method == EDUBAL_CV_OFFICIAL) {
		edubal__ksum_add(&set->total, w);
		for (size_t i = 0; i < set->k; i++)
			edubal__ksum_add(&set->sums[i], w * x[i]);
		return;
	}
	if (w == 0)
		return;
	set->count++;
	for (size_t i = 0; i < set->k; i++)
		edubal__ksum_add(&set->sums[i], x[i]);
}

/* Between the passes: each variable's mean from its sums. */
void edubal__moment_set_center(struct edubal__moment_set *set);

/* Second pass: the same units in the same order. */
static inline void
edubal__moment_set_add_squares(struct edubal__moment_set *set,
	const double *x, double w)
{
	if (set->method == EDUBAL_CV_OFFICIAL) {
		for (size_t i = 0; i < set->k; i++) {
			double d = x[i] - set->means[i];
			edubal__ksum_add(&set->squares[i], w * d * d);
		}
		return;
	}
	if (w == 0)
		return;
	for (size_t i = 0; i < set->k; i++) {
		double d = x[i] - set->means[i];
		edubal__ksum_add(&set->squares[i], d * d);
	}
}

/*
 * After both passes: variable i's mean, SD and CV, the bits
 * edubal_stats_summary() gives for its values and the weights.
 * EDUBAL_EDOM, with no message, where it fails so: a zero total weight
 * (or no unit), a zero mean, a sample SD of fewer than 2 units.
 */
edubal_status edubal__moment_set_summary(const struct edubal__moment_set *set,
	size_t i, double *out_mean, double *out_sd, double *out_cv);

#endif /* EDUBAL_SRC_STATS_MOMENT_SET_H */
