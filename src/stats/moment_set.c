/*
 * src/stats/moment_set.c - the moments of several variables observed on
 * the same units (moment_set.h).  The formulas are moments.c's (SPEC §1):
 * official X = Σ w·x / W and S = sqrt(Σ w·(x − X)² / W); unweighted and
 * n−1 forms over the units of nonzero weight.
 */
#include "moment_set.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool
known_method(enum edubal_cv_method method)
{
	return method == EDUBAL_CV_OFFICIAL || method == EDUBAL_CV_UNWEIGHTED ||
		method == EDUBAL_CV_SAMPLE;
}

edubal_status
edubal__moment_set_init(struct edubal__moment_set *set, size_t k,
	enum edubal_cv_method method)
{
	memset(set, 0, sizeof *set);
	if (!known_method(method))
		return EDUBAL_EINVAL;
	size_t room = k ? k : 1;
	/* One block: two sums and a mean per variable. */
	struct edubal__ksum *block = malloc(room * (2 * sizeof *block +
		sizeof(double)));
	if (!block)
		return EDUBAL_ENOMEM;
	set->k = k;
	set->method = method;
	set->sums = block;
	set->squares = block + room;
	set->means = (double *) (block + 2 * room);
	edubal__moment_set_reset(set);
	return EDUBAL_OK;
}

void
edubal__moment_set_free(struct edubal__moment_set *set)
{
	free(set->sums);
	memset(set, 0, sizeof *set);
}

void
edubal__moment_set_reset(struct edubal__moment_set *set)
{
	set->total = (struct edubal__ksum){0, 0};
	set->count = 0;
	for (size_t i = 0; i < set->k; i++) {
		set->sums[i] = (struct edubal__ksum){0, 0};
		set->squares[i] = (struct edubal__ksum){0, 0};
		set->means[i] = NAN;
	}
}

/* What the means and SDs are divided by: W, or the number of units (n−1
 * for the sample SD). */
static double
mean_divisor(const struct edubal__moment_set *set)
{
	if (set->method == EDUBAL_CV_OFFICIAL)
		return edubal__ksum_value(&set->total);
	return (double) set->count;
}

void
edubal__moment_set_center(struct edubal__moment_set *set)
{
	double divisor = mean_divisor(set);
	for (size_t i = 0; i < set->k; i++)
		set->means[i] = edubal__ksum_value(&set->sums[i]) / divisor;
}

edubal_status
edubal__moment_set_summary(const struct edubal__moment_set *set, size_t i,
	double *out_mean, double *out_sd, double *out_cv)
{
	double divisor = mean_divisor(set);
	if (divisor == 0)
		return EDUBAL_EDOM;   /* zero total weight, or no unit */
	double dof = divisor;
	if (set->method == EDUBAL_CV_SAMPLE) {
		if (set->count < 2)
			return EDUBAL_EDOM;
		dof = (double) (set->count - 1);
	}
	double mean = set->means[i];
	if (mean == 0)
		return EDUBAL_EDOM;   /* the CV is undefined */
	double sd = sqrt(edubal__ksum_value(&set->squares[i]) / dof);
	*out_mean = mean;
	*out_sd = sd;
	*out_cv = sd / fabs(mean);
	return EDUBAL_OK;
}
