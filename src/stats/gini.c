/*
 * src/stats/gini.c - weighted Gini coefficient.
 *
 * G = Σi Σj wi·wj·|xi − xj| / (2·W²·μ).  With the values sorted, each value
 * is larger than the weight before it and smaller than the weight after it,
 * so the double sum collapses to Σi wi·xi·(W_before − W_after) and the
 * whole index costs one sort.  Tied values cancel in pairs, so their order
 * does not matter.
 */
#include <stdlib.h>

#include <edubal/stats.h>

#include "../error.h"
#include "input.h"
#include "ksum.h"
#include "sorted.h"

edubal_status
edubal_stats_gini(const double *values, size_t n, const double *weights,
	size_t n_weights, double *out_gini, edubal_error *err)
{
	edubal_status st = edubal__check_out(out_gini, "out_gini", err);
	if (st != EDUBAL_OK)
		return st;
	st = edubal__check_nonnegative_sample(values, n, weights, n_weights,
		"Gini coefficient", err);
	if (st != EDUBAL_OK)
		return st;
	struct edubal__point *points;
	size_t m;
	double total;
	st = edubal__sorted_points(values, n, weights, NULL, EDUBAL__BY_VALUE,
		&points, &m, &total, err);
	if (st != EDUBAL_OK)
		return st;
	struct edubal__ksum before = {0, 0}, spread = {0, 0}, mass = {0, 0};
	for (size_t i = 0; i < m; i++) {
		double w = points[i].w, wx = w * points[i].x;
		double w_before = edubal__ksum_value(&before);
		double w_after = total - w_before - w;
		edubal__ksum_add(&spread, wx * (w_before - w_after));
		edubal__ksum_add(&mass, wx);
		edubal__ksum_add(&before, w);
	}
	free(points);
	double weighted_sum = edubal__ksum_value(&mass); /* W·μ */
	if (weighted_sum == 0)
		return edubal__fail(err, EDUBAL_EDOM,
			"the mean is zero: the Gini coefficient is undefined");
	*out_gini = edubal__ksum_value(&spread) / (total * weighted_sum);
	return EDUBAL_OK;
}
