/*
 * src/stats/input.c - argument checks shared by every stats function.
 */
#include "input.h"

#include <math.h>

#include "../error.h"

static edubal_status
check_lengths(const double *values, size_t n, const double *weights,
	size_t n_weights, edubal_error *err)
{
	if (!values)
		return edubal__fail(err, EDUBAL_EINVAL, "values is NULL");
	if (n == 0)
		return edubal__fail(err, EDUBAL_EINVAL,
			"no values (n = 0): the statistic is undefined");
	if (!weights && n_weights != 0)
		return edubal__fail(err, EDUBAL_EINVAL,
			"weights is NULL but n_weights is %zu", n_weights);
	if (weights && n_weights != n)
		return edubal__fail(err, EDUBAL_EINVAL,
			"weights has %zu elements but values has %zu", n_weights, n);
	return EDUBAL_OK;
}

edubal_status
edubal__check_sample(const double *values, size_t n, const double *weights,
	size_t n_weights, edubal_error *err)
{
	edubal_status st = check_lengths(values, n, weights, n_weights, err);
	if (st != EDUBAL_OK)
		return st;
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(values[i]))
			return edubal__fail_element(err, EDUBAL_EINVAL, "values", i,
				values[i], "values must be finite numbers");
		if (!weights)
			continue;
		if (!isfinite(weights[i]))
			return edubal__fail_element(err, EDUBAL_EINVAL, "weights", i,
				weights[i], "weights must be finite numbers");
		if (weights[i] < 0)
			return edubal__fail_element(err, EDUBAL_EINVAL, "weights", i,
				weights[i], "weights must not be negative");
	}
	return EDUBAL_OK;
}

edubal_status
edubal__check_nonnegative_sample(const double *values, size_t n,
	const double *weights, size_t n_weights, const char *index_name,
	edubal_error *err)
{
	edubal_status st = edubal__check_sample(values, n, weights, n_weights, err);
	if (st != EDUBAL_OK)
		return st;
	for (size_t i = 0; i < n; i++) {
		if (values[i] < 0)
			return edubal__fail_element(err, EDUBAL_EDOM, "values", i,
				values[i], "the %s is undefined for negative values",
				index_name);
	}
	return EDUBAL_OK;
}

edubal_status
edubal__check_out(const void *out, const char *name, edubal_error *err)
{
	if (!out)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL", name);
	return EDUBAL_OK;
}
