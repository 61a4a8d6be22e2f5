/*
 * src/stats/sorted.c - sorted copies of weighted samples.
 */
#include "sorted.h"

#include <float.h>
#include <stdlib.h>

#include "../error.h"
#include "input.h"
#include "ksum.h"

static int
compare_value(const void *a, const void *b)
{
	double x = ((const struct edubal__point *) a)->x;
	double y = ((const struct edubal__point *) b)->x;
	return (x > y) - (x < y);
}

static int
compare_group_then_value(const void *a, const void *b)
{
	int g = ((const struct edubal__point *) a)->group;
	int h = ((const struct edubal__point *) b)->group;
	if (g != h)
		return (g > h) - (g < h);
	return compare_value(a, b);
}

edubal_status
edubal__sorted_points(const double *values, size_t n, const double *weights,
	const int *groups, enum edubal__order order, struct edubal__point **out,
	size_t *out_n, double *out_total, edubal_error *err)
{
	struct edubal__point *points = malloc(n * sizeof *points);
	if (!points)
		return edubal__fail(err, EDUBAL_ENOMEM,
			"out of memory sorting %zu values", n);
	struct edubal__ksum total = {0, 0};
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		double w = edubal__weight(weights, i);
		if (w == 0)
			continue;
		points[m].x = values[i];
		points[m].w = w;
		points[m].group = groups ? groups[i] : 0;
		edubal__ksum_add(&total, w);
		m++;
	}
	if (m == 0) {
		free(points);
		return edubal__fail(err, EDUBAL_EDOM,
			"total weight is zero: the statistic is undefined");
	}
	qsort(points, m, sizeof *points, order == EDUBAL__BY_VALUE ?
		compare_value : compare_group_then_value);
	*out = points;
	*out_n = m;
	*out_total = edubal__ksum_value(&total);
	return EDUBAL_OK;
}

double
edubal__sorted_quantile(const struct edubal__point *points, size_t m,
	double total, double p)
{
	double target = p * total - 4 * DBL_EPSILON * total;
	struct edubal__ksum cumulative = {0, 0};
	for (size_t i = 0; i < m; i++) {
		edubal__ksum_add(&cumulative, points[i].w);
		if (edubal__ksum_value(&cumulative) >= target)
			return points[i].x;
	}
	return points[m - 1].x;
}
