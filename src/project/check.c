/*
 * src/project/check.c - argument checks shared by the projection models.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

double *
edubal__project_copy(const double *src, size_t n)
{
	double *dst = malloc((n ? n : 1) * sizeof *dst);
	if (dst && n)
		memcpy(dst, src, n * sizeof *dst);
	return dst;
}

edubal_status
edubal__project_check_counts(const char *arg, const double *x, size_t n,
	bool negative_ok, edubal_error *err)
{
	if (!x && n)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL", arg);
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(x[i]))
			return edubal__fail_element(err, EDUBAL_EINVAL, arg, i, x[i],
				"NaN and infinity are not accepted");
		if (!negative_ok && x[i] < 0)
			return edubal__fail_element(err, EDUBAL_EINVAL, arg, i, x[i],
				"must not be negative");
	}
	return EDUBAL_OK;
}

edubal_status
edubal__project_check_range(const char *arg, const double *x, size_t n,
	double lo, double hi, edubal_error *err)
{
	if (!x && n)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL", arg);
	for (size_t i = 0; i < n; i++) {
		/* The negated test also catches NaN. */
		if (!(x[i] >= lo && x[i] <= hi))
			return edubal__fail_element(err, EDUBAL_EINVAL, arg, i, x[i],
				"must lie in [%g, %g]", lo, hi);
	}
	return EDUBAL_OK;
}

edubal_status
edubal__project_check_out(const char *arg, const void *out, size_t out_len,
	size_t n, edubal_error *err)
{
	if (!out)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL", arg);
	if (out_len != n)
		return edubal__fail(err, EDUBAL_EINVAL, "%s has length %zu, "
			"expected %zu", arg, out_len, n);
	return EDUBAL_OK;
}
