/*
 * src/stats/ksum.h - compensated (Neumaier) summation.
 *
 * Plain left-to-right sums lose digits when many terms of mixed size are
 * added; national-scale data has hundreds of thousands of schools.  The
 * Neumaier variant of Kahan summation carries the lost low-order part and
 * stays exact to about one unit in the last place regardless of n.  Needs
 * strict IEEE arithmetic: never build with -ffast-math.
 */
#ifndef EDUBAL_SRC_STATS_KSUM_H
#define EDUBAL_SRC_STATS_KSUM_H

#include <math.h>

struct edubal__ksum {
	double sum;
	double carry;
};

static inline void
edubal__ksum_add(struct edubal__ksum *k, double x)
{
	double t = k->sum + x;
	if (fabs(k->sum) >= fabs(x))
		k->carry += (k->sum - t) + x;
	else
		k->carry += (x - t) + k->sum;
	k->sum = t;
}

static inline double
edubal__ksum_value(const struct edubal__ksum *k)
{
	return k->sum + k->carry;
}

#endif /* EDUBAL_SRC_STATS_KSUM_H */
