/*
 * src/stats/quantile.c - rank-based statistics: weighted quantiles, the
 * P95/P5 range ratio, the McLoone index and the share below a standard.
 *
 * Weights are students, so a school of 900 counts as 900 pupils at its
 * value: quantiles are those of the pupil distribution, never of schools.
 */
#include <math.h>
#include <stdlib.h>

#include <edubal/stats.h>

#include "../error.h"
#include "input.h"
#include "ksum.h"
#include "sorted.h"

edubal_status
edubal_stats_quantile(const double *values, size_t n, const double *weights,
	size_t n_weights, double p, double *out_quantile, edubal_error *err)
{
	edubal_status st = edubal__check_out(out_quantile, "out_quantile", err);
	if (st != EDUBAL_OK)
		return st;
	if (!(p >= 0 && p <= 1))
		return edubal__fail(err, EDUBAL_EINVAL,
			"p = %g: a probability must be in [0, 1]", p);
	if ((st = edubal__check_sample(values, n, weights, n_weights, err)))
		return st;
	struct edubal__point *points;
	size_t m;
	double total;
	st = edubal__sorted_points(values, n, weights, NULL, EDUBAL__BY_VALUE,
		&points, &m, &total, err);
	if (st != EDUBAL_OK)
		return st;
	*out_quantile = edubal__sorted_quantile(points, m, total, p);
	free(points);
	return EDUBAL_OK;
}

edubal_status
edubal_stats_range_ratio(const double *values, size_t n, const double *weights,
	size_t n_weights, double *out_ratio, edubal_error *err)
{
	edubal_status st = edubal__check_out(out_ratio, "out_ratio", err);
	if (st != EDUBAL_OK)
		return st;
	st = edubal__check_nonnegative_sample(values, n, weights, n_weights,
		"range ratio", err);
	if (st != EDUBAL_OK)
		return st;
	struct edubal__point *points;
	size_t m;
	double total;
	st = edubal__sorted_points(values, n, weights, NULL, EDUBAL__BY_VALUE,
		&points, &m, &total, err);
	if (st != EDUBAL_OK)
		return st;
	double p95 = edubal__sorted_quantile(points, m, total, 0.95);
	double p5 = edubal__sorted_quantile(points, m, total, 0.05);
	free(points);
	if (p5 == 0)
		return edubal__fail(err, EDUBAL_EDOM,
			"the 5th percentile is zero: the P95/P5 ratio is undefined");
	*out_ratio = p95 / p5;
	return EDUBAL_OK;
}

/* Sum of w·x and of w over the points strictly below median. */
static void
lower_half(const struct edubal__point *points, size_t m, double median,
	double *weighted_sum, double *weight)
{
	struct edubal__ksum s = {0, 0}, w = {0, 0};
	for (size_t i = 0; i < m && points[i].x < median; i++) {
		edubal__ksum_add(&s, points[i].w * points[i].x);
		edubal__ksum_add(&w, points[i].w);
	}
	*weighted_sum = edubal__ksum_value(&s);
	*weight = edubal__ksum_value(&w);
}

edubal_status
edubal_stats_mcloone(const double *values, size_t n, const double *weights,
	size_t n_weights, double *out_mcloone, edubal_error *err)
{
	edubal_status st = edubal__check_out(out_mcloone, "out_mcloone", err);
	if (st != EDUBAL_OK)
		return st;
	st = edubal__check_nonnegative_sample(values, n, weights, n_weights,
		"McLoone index", err);
	if (st != EDUBAL_OK)
		return st;
	struct edubal__point *points;
	size_t m;
	double total;
	st = edubal__sorted_points(values, n, weights, NULL, EDUBAL__BY_VALUE,
		&points, &m, &total, err);
	if (st != EDUBAL_OK)
		return st;
	double median = edubal__sorted_quantile(points, m, total, 0.5);
	double below_sum, below_weight;
	lower_half(points, m, median, &below_sum, &below_weight);
	free(points);
	if (median == 0)
		return edubal__fail(err, EDUBAL_EDOM,
			"the median is zero: the McLoone index is undefined");
	double half = total / 2;
	/* The median school supplies the weight that completes the lower half. */
	double at_median = fmax(half - below_weight, 0);
	*out_mcloone = (below_sum + at_median * median) / (median * half);
	return EDUBAL_OK;
}

edubal_status
edubal_stats_share_below(const double *values, size_t n, const double *weights,
	size_t n_weights, double threshold, double *out_share, edubal_error *err)
{
	edubal_status st = edubal__check_out(out_share, "out_share", err);
	if (st != EDUBAL_OK)
		return st;
	if (!isfinite(threshold))
		return edubal__fail(err, EDUBAL_EINVAL,
			"threshold = %g: must be a finite number", threshold);
	if ((st = edubal__check_sample(values, n, weights, n_weights, err)))
		return st;
	struct edubal__ksum total = {0, 0}, below = {0, 0};
	for (size_t i = 0; i < n; i++) {
		double w = edubal__weight(weights, i);
		edubal__ksum_add(&total, w);
		if (values[i] < threshold)
			edubal__ksum_add(&below, w);
	}
	double W = edubal__ksum_value(&total);
	if (W == 0)
		return edubal__fail(err, EDUBAL_EDOM,
			"total weight is zero: the share is undefined");
	*out_share = edubal__ksum_value(&below) / W;
	return EDUBAL_OK;
}
