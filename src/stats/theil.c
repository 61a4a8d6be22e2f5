/*
 * src/stats/theil.c - Theil T and L indices and their decomposition into
 * between-group and within-group inequality.
 *
 * Zeros: in T a zero value contributes 0, the limit of t·ln t as t -> 0; in
 * L a zero value with positive weight sends the index to infinity, which we
 * refuse with EDUBAL_EDOM and the element named.  Negative values are
 * outside the domain of both.
 */
#include <math.h>
#include <stdlib.h>

#include <edubal/stats.h>

#include "../error.h"
#include "input.h"
#include "ksum.h"
#include "sorted.h"

/* Contribution of one unit of weight at value x to the index around mean. */
static double
theil_term(enum edubal_theil_kind kind, double x, double mean)
{
	if (kind == EDUBAL_THEIL_T)
		return x == 0 ? 0 : (x / mean) * log(x / mean);
	return log(mean / x);
}

static edubal_status
check_theil_input(const double *values, size_t n, const double *weights,
	size_t n_weights, enum edubal_theil_kind kind, edubal_error *err)
{
	if (kind != EDUBAL_THEIL_T && kind != EDUBAL_THEIL_L)
		return edubal__fail(err, EDUBAL_EINVAL, "unknown Theil index kind %d",
			(int) kind);
	edubal_status st = edubal__check_nonnegative_sample(values, n, weights,
		n_weights, "Theil index", err);
	if (st != EDUBAL_OK || kind != EDUBAL_THEIL_L)
		return st;
	for (size_t i = 0; i < n; i++) {
		if (values[i] == 0 && edubal__weight(weights, i) > 0)
			return edubal__fail_element(err, EDUBAL_EDOM, "values", i,
				values[i], "Theil L (mean log deviation) is undefined "
				"when a value with positive weight is zero; use Theil T");
	}
	return EDUBAL_OK;
}

/* Weight and mean of points[0..m); the mean is 0 if the weight is. */
static void
points_mean(const struct edubal__point *p, size_t m, double *weight,
	double *mean)
{
	struct edubal__ksum w = {0, 0}, s = {0, 0};
	for (size_t i = 0; i < m; i++) {
		edubal__ksum_add(&w, p[i].w);
		edubal__ksum_add(&s, p[i].w * p[i].x);
	}
	*weight = edubal__ksum_value(&w);
	*mean = *weight > 0 ? edubal__ksum_value(&s) / *weight : 0;
}

/* Theil index of points[0..m) around their own mean (mean > 0). */
static double
points_theil(const struct edubal__point *p, size_t m,
	enum edubal_theil_kind kind, double weight, double mean)
{
	struct edubal__ksum sum = {0, 0};
	for (size_t i = 0; i < m; i++)
		edubal__ksum_add(&sum, p[i].w * theil_term(kind, p[i].x, mean));
	return edubal__ksum_value(&sum) / weight;
}

struct theil_parts {
	double total;
	double between;
	double within;
};

/* Points sorted by group; every group is one contiguous run. */
static void
decompose(const struct edubal__point *p, size_t m,
	enum edubal_theil_kind kind, double weight, double mean,
	struct theil_parts *parts)
{
	struct edubal__ksum between = {0, 0}, within = {0, 0};
	size_t start = 0;
	while (start < m) {
		size_t end = start;
		while (end < m && p[end].group == p[start].group)
			end++;
		double wg, mg;
		points_mean(p + start, end - start, &wg, &mg);
		/* Under T a group whose values are all 0 has no share of the
		 * total and contributes nothing; under L zeros were refused. */
		if (mg > 0) {
			double tg = points_theil(p + start, end - start, kind, wg, mg);
			double share = kind == EDUBAL_THEIL_T ?
				(wg * mg) / (weight * mean) : wg / weight;
			double gap = kind == EDUBAL_THEIL_T ?
				log(mg / mean) : log(mean / mg);
			edubal__ksum_add(&within, share * tg);
			edubal__ksum_add(&between, share * gap);
		}
		start = end;
	}
	parts->total = points_theil(p, m, kind, weight, mean);
	parts->between = edubal__ksum_value(&between);
	parts->within = edubal__ksum_value(&within);
}

static edubal_status
theil_parts(const double *values, size_t n, const double *weights,
	size_t n_weights, const int *groups, enum edubal_theil_kind kind,
	struct theil_parts *parts, edubal_error *err)
{
	edubal_status st = check_theil_input(values, n, weights, n_weights, kind,
		err);
	if (st != EDUBAL_OK)
		return st;
	struct edubal__point *points;
	size_t m;
	double total;
	st = edubal__sorted_points(values, n, weights, groups,
		EDUBAL__BY_GROUP_THEN_VALUE, &points, &m, &total, err);
	if (st != EDUBAL_OK)
		return st;
	double weight, mean;
	points_mean(points, m, &weight, &mean);
	if (mean == 0) {
		free(points);
		return edubal__fail(err, EDUBAL_EDOM,
			"the mean is zero: the Theil index is undefined");
	}
	decompose(points, m, kind, weight, mean, parts);
	free(points);
	return EDUBAL_OK;
}

edubal_status
edubal_stats_theil(const double *values, size_t n, const double *weights,
	size_t n_weights, enum edubal_theil_kind kind, double *out_theil,
	edubal_error *err)
{
	edubal_status st = edubal__check_out(out_theil, "out_theil", err);
	if (st != EDUBAL_OK)
		return st;
	struct theil_parts parts;
	st = theil_parts(values, n, weights, n_weights, NULL, kind, &parts, err);
	if (st == EDUBAL_OK)
		*out_theil = parts.total;
	return st;
}

edubal_status
edubal_stats_theil_decompose(const double *values, size_t n,
	const double *weights, size_t n_weights, const int *groups,
	size_t n_groups, enum edubal_theil_kind kind, double *out_total,
	double *out_between, double *out_within, edubal_error *err)
{
	edubal_status st;
	if ((st = edubal__check_out(out_total, "out_total", err)) ||
	    (st = edubal__check_out(out_between, "out_between", err)) ||
	    (st = edubal__check_out(out_within, "out_within", err)))
		return st;
	if (!groups)
		return edubal__fail(err, EDUBAL_EINVAL, "groups is NULL");
	if (values && n_groups != n)
		return edubal__fail(err, EDUBAL_EINVAL,
			"groups has %zu elements but values has %zu", n_groups, n);
	struct theil_parts parts;
	st = theil_parts(values, n, weights, n_weights, groups, kind, &parts, err);
	if (st != EDUBAL_OK)
		return st;
	*out_total = parts.total;
	*out_between = parts.between;
	*out_within = parts.within;
	return EDUBAL_OK;
}
