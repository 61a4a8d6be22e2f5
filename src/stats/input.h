/*
 * src/stats/input.h - argument checks shared by every stats function.
 */
#ifndef EDUBAL_SRC_STATS_INPUT_H
#define EDUBAL_SRC_STATS_INPUT_H

#include <stddef.h>

#include <edubal/stats.h>

/* Weight of element i: weights[i], or 1 when the caller passed none. */
static inline double
edubal__weight(const double *weights, size_t i)
{
	return weights ? weights[i] : 1.0;
}

/*
 * Check values/weights as documented in stats.h: non-NULL values, n > 0,
 * weights NULL with n_weights 0 or of length n, everything finite, weights
 * non-negative.
 */
edubal_status edubal__check_sample(const double *values, size_t n,
	const double *weights, size_t n_weights, edubal_error *err);

/* As edubal__check_sample(), and every value must be >= 0 (EDUBAL_EDOM). */
edubal_status edubal__check_nonnegative_sample(const double *values, size_t n,
	const double *weights, size_t n_weights, const char *index_name,
	edubal_error *err);

/* The out-parameter named name must not be NULL. */
edubal_status edubal__check_out(const void *out, const char *name,
	edubal_error *err);

#endif /* EDUBAL_SRC_STATS_INPUT_H */
