/*
 * src/stats/sorted.h - values with positive weight, sorted, for the
 * rank-based statistics (Gini, quantiles, McLoone) and group decompositions.
 */
#ifndef EDUBAL_SRC_STATS_SORTED_H
#define EDUBAL_SRC_STATS_SORTED_H

#include <stddef.h>

#include <edubal/status.h>

struct edubal__point {
	double x;
	double w;
	int group;
};

enum edubal__order {
	EDUBAL__BY_VALUE,          /* ascending x */
	EDUBAL__BY_GROUP_THEN_VALUE
};

/*
 * Copy the points with positive weight (weights NULL: all weight 1) into a
 * new array sorted by order; groups may be NULL (group 0 for all).  The
 * caller frees *out with free().  *out_total is the compensated total
 * weight.  Returns EDUBAL_EDOM, with a message, when the total weight is 0.
 * Inputs must already have passed edubal__check_sample().
 */
edubal_status edubal__sorted_points(const double *values, size_t n,
	const double *weights, const int *groups, enum edubal__order order,
	struct edubal__point **out, size_t *out_n, double *out_total,
	edubal_error *err);

/*
 * Weighted type-1 quantile of sorted points: the first x whose cumulative
 * weight reaches p·total.  A fuzz of a few ulps, as in R's quantile(),
 * keeps p·total that rounds just above an exact cumulative weight from
 * skipping to the next value.
 */
double edubal__sorted_quantile(const struct edubal__point *points, size_t m,
	double total, double p);

#endif /* EDUBAL_SRC_STATS_SORTED_H */
